"""The example corpus reads without problems, and its ground truth matches its files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from storyweave.ingest import read_inputs
from storyweave.model import InputProblem, RawDocument

TRUTH = json.loads((EXAMPLES.parent / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raws() -> dict[str, RawDocument]:
    items = list(read_inputs([str(EXAMPLES)]))
    assert not [i for i in items if isinstance(i, InputProblem)]
    return {str(Path(i.source).relative_to(EXAMPLES)): i for i in items}


def _raw_text(doc: RawDocument) -> str:
    return doc.text if doc.text is not None else doc.html or ""


def test_every_example_is_read_and_described(raws) -> None:
    assert set(raws) == set(TRUTH["articles"])
    assert sorted(a for s in TRUTH["stories"] for a in s["articles"]) == sorted(raws)
    assert any(d.html for d in raws.values()) and any("#" in s for s in raws)


def test_jsonl_metadata_comes_through(raws) -> None:
    for source, doc in raws.items():
        if "#" in source:
            truth = TRUTH["articles"][source]
            assert doc.outlet == truth["outlet"] and doc.title == truth["title"]
            assert doc.published.startswith(truth["published"])
            assert list(doc.byline) == truth["byline"] and doc.clean is False


def test_quoted_ground_truth_is_in_the_files(raws) -> None:
    for source, truth in TRUTH["articles"].items():
        text = _raw_text(raws[source])
        first, last = text.find(truth["body_first"]), text.find(truth["body_last"])
        assert 0 <= first < last, source
        for kind, lines in truth["boilerplate"].items():
            assert kind in {
                "comments",
                "related",
                "caption",
                "byline",
                "furniture",
                "faq",
                "duplicate",
                "title",
                "other",
            }
            for line in lines:
                assert line in text, (source, line)
    for fact in TRUTH["facts"]:
        for source, quoted in fact["claims"].items():
            assert quoted in _raw_text(raws[source]), (fact["label"], source)


def test_derivations_point_at_the_wire_story_and_accounts_partition(raws) -> None:
    for truth in TRUTH["articles"].values():
        if truth["derives_from"]:
            assert truth["derives_from"] in raws and truth["relation"]
    for story in TRUTH["stories"]:
        flat = [a for acc in story["accounts"] for a in acc]
        assert sorted(flat) == sorted(story["articles"])


def test_the_excerpt_is_verbatim_and_the_condensed_rewrite_is_shorter(raws) -> None:
    wire = raws["continentalpress.txt"].text
    excerpt = raws["valleydigest.txt"].text
    paragraphs = [p for p in excerpt.split("\n\n") if len(p.split()) > 25 and "\n" not in p]
    assert len(paragraphs) == TRUTH["articles"]["valleydigest.txt"]["body_paragraphs"]
    assert all(p in wire for p in paragraphs)
    condensed = raws["aggregators.jsonl#1"].text
    assert len(condensed.split()) < 0.5 * len(wire.split())
