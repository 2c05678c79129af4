"""The JSON output follows its JSON Schema (draft 2020-12), and the schema documents every field."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

import storyweave
from conftest import BORDER_TALKS, EXAMPLES
from storyweave import contract, model
from storyweave.model import (
    Analysis,
    Article,
    Citation,
    Claim,
    Edge,
    Evidence,
    Fact,
    InputProblem,
    Removed,
    Sentence,
    Story,
    SummarySentence,
    TimelineEvent,
)

SCHEMA = contract.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def _errors(doc: dict) -> list[str]:
    return [f"{e.json_path}: {e.message[:200]}" for e in VALIDATOR.iter_errors(doc)]


def _resolve(node: dict) -> dict:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _schema_nodes(node: Any, path: str = "#") -> Iterator[tuple[str, dict]]:
    if isinstance(node, dict):
        if "type" in node or "enum" in node or "const" in node or "$ref" in node:
            yield path, node
        for key, child in node.items():
            if key in ("properties", "$defs"):
                for name, sub in child.items():
                    yield from _schema_nodes(sub, f"{path}/{name}")
            elif key in ("items", "anyOf", "prefixItems"):
                for i, sub in enumerate(child if isinstance(child, list) else [child]):
                    yield from _schema_nodes(sub, f"{path}/{key}{i}")


def _undocumented_keys(value: Any, node: dict, path: str = "$") -> Iterator[str]:
    """Keys in ``value`` that the schema does not name (the schema allows them; we don't)."""
    node = _resolve(node)
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key, child in value.items():
            if key not in props:
                yield f"{path}.{key}"
            else:
                yield from _undocumented_keys(child, props[key], f"{path}.{key}")
    elif isinstance(value, list) and "items" in node:
        for i, child in enumerate(value):
            yield from _undocumented_keys(child, node["items"], f"{path}[{i}]")
    elif "anyOf" in node and value is not None:
        yield from _undocumented_keys(value, node["anyOf"][0], path)


def test_schema_is_valid_draft_2020_12_and_ships_with_the_package() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["properties"]["schema"]["const"] == contract.SCHEMA_ID


def test_every_field_in_the_schema_has_a_description() -> None:
    missing = [
        p
        for p, node in _schema_nodes(SCHEMA)
        if "$ref" not in node and "/anyOf" not in p and not node.get("description")
    ]
    assert not missing
    for name, definition in SCHEMA["$defs"].items():
        for prop, sub in definition.get("properties", {}).items():
            assert sub.get("description") or "$ref" in sub, f"{name}.{prop}"


def test_schema_enums_match_the_model() -> None:
    article = SCHEMA["$defs"]["article"]["properties"]
    story = SCHEMA["$defs"]["story"]["properties"]
    assert article["removed"]["items"]["properties"]["kind"]["enum"] == list(model.REMOVED_KINDS)
    edge = story["provenance"]["items"]["properties"]
    assert edge["relation"]["enum"] == list(model.RELATIONS)
    fact = story["facts"]["items"]["properties"]
    assert fact["kind"]["enum"] == list(model.FACT_KINDS)
    assert fact["status"]["enum"] == list(model.FACT_STATUSES)
    claim = fact["claims"]["items"]["properties"]
    assert claim["speaker_basis"]["enum"] == [*model.SPEAKER_BASES, None]


def _full_analysis() -> Analysis:
    """An analysis with every optional field filled, so the schema sees each one."""
    text = "The dam broke at dawn. About 5,000 people left.\n\nOfficials said so."
    article = Article(
        id="a1",
        source="x.jsonl#2",
        text=text,
        title="Dam breaks",
        byline=("A. Writer",),
        outlet="Wire",
        published="2025-10-14T09:12:00-04:00",
        url="https://x.test/1",
        removed=(Removed(text="Share this", kind="furniture", reason="share line", at=22),),
        sentences=(
            Sentence(start=0, end=22),
            Sentence(start=23, end=47),
            Sentence(start=49, end=67, paragraph=1),
        ),
    )
    other = Article(id="a2", source="y.txt", text="About 7,000 people left.")
    claim = Claim(
        article="a1",
        text=text[23:47],
        span=(23, 34),
        value=5000.0,
        unit="people",
        qualifier="about",
        speaker=None,
        sentence_span=(23, 47),
    )
    story = Story(
        id="s1",
        title="Dam breaks",
        articles=("a1", "a2"),
        accounts=(("a1",), ("a2",)),
        provenance=(
            Edge(
                source="unseen:1",
                target="a1",
                relation="shared-origin",
                confidence=0.5,
                evidence=(
                    Evidence(
                        source_span=(0, 20), target_span=(0, 22), kind="paraphrase", similarity=0.4,
                        source_article="a2",
                    ),
                ),
            ),
        ),
        facts=(
            Fact(
                id="f1",
                kind="quantity",
                label="people evacuated",
                status="conflict",
                independent_accounts=2,
                claims=(claim,),
                note="differs",
            ),
            Fact(
                id="f2",
                kind="quote",
                label="Officials: “so”",
                status="single",
                independent_accounts=1,
                claims=(
                    Claim(article="a1", text="Officials said so.", span=(49, 67), value="so",
                          speaker="Officials", sentence_span=(49, 67), speaker_basis="role",
                          speaker_span=(49, 58)),
                ),
            ),
        ),
        summary=(
            SummarySentence(
                text="About 5,000 or 7,000 people left.",
                citations=(Citation(article="a1", span=(23, 47)),),
                contested=True,
                note="figures differ",
            ),
            SummarySentence(
                text="Yesterday the dam broke.",
                citations=(Citation(article="a1", span=(0, 22)),),
                day="2025-10-14",
            ),
        ),
        timeline=(
            TimelineEvent(
                date="2025-10-14",
                text="The dam broke.",
                citations=(Citation(article="a1", span=(0, 22)),),
            ),
            TimelineEvent(
                date="2025-10-20",
                text="Repairs will start on Monday.",
                citations=(Citation(article="a1", span=(0, 22)),),
                planned=True,
            ),
        ),
    )
    return Analysis(
        articles=(article, other),
        stories=(story,),
        problems=(InputProblem(source="bad.json", message="malformed JSON", line=3),),
        duplicates=(("copy.txt", "a1"),),
    )


def test_a_fully_populated_analysis_validates_and_is_fully_documented() -> None:
    doc = json.loads(contract.to_json(_full_analysis()))
    assert _errors(doc) == []
    assert list(_undocumented_keys(doc, SCHEMA)) == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("articles", 0, "removed", 0, "kind"), "sidebar"),
        (("articles", 0, "sentences", 0), [3]),
        (("articles", 0, "sentences", 0), [-1, 4]),
        (("articles", 0, "language"), "English"),
        (("articles", 0, "published"), "14 October 2025"),
        (("stories", 0, "provenance", 0, "relation"), "plagiarism"),
        (("stories", 0, "facts", 0, "status"), "unclear"),
        (("schema",), "storyweave.analysis/2"),
        (("problems", 0, "line"), 0),
    ],
)
def test_schema_rejects_what_the_contract_forbids(path: tuple, value: Any) -> None:
    doc = json.loads(contract.to_json(_full_analysis()))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert _errors(doc)


def test_schema_requires_the_core_fields() -> None:
    doc = json.loads(contract.to_json(_full_analysis()))
    for field in ("id", "text", "removed", "path"):
        broken = copy.deepcopy(doc)
        del broken["articles"][0][field]
        assert _errors(broken), field


def test_round_trip_through_the_contract_keeps_everything() -> None:
    analysis = _full_analysis()
    for article in analysis.articles:
        assert contract.article_from_dict(contract.article_to_dict(article)) == article
    story = analysis.stories[0]
    again = contract.story_from_dict(json.loads(json.dumps(contract.story_to_dict(story))))
    assert contract.story_to_dict(again) == contract.story_to_dict(story)


def _check_spans(doc: dict) -> None:
    """The contract's promises that JSON Schema cannot express."""
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    assert len(texts) == len(doc["articles"]), "article ids are unique"

    def inside(article: str, span: list[int] | None) -> None:
        if span is not None:
            assert 0 <= span[0] <= span[1] <= len(texts[article]), (article, span)

    for a in doc["articles"]:
        previous = 0
        for start, end in a.get("sentences", []):
            assert previous <= start < end <= len(a["text"])
            assert "\n\n" not in a["text"][start:end]
            previous = end
        for r in a["removed"]:
            assert 0 <= r.get("at", 0) <= len(a["text"])
    for s in doc["stories"]:
        members = set(s["articles"])
        assert members <= set(texts)
        if s["accounts"]:
            flat = [x for acc in s["accounts"] for x in acc]
            assert sorted(flat) == sorted(members), "accounts partition the story"
        for e in s["provenance"]:
            assert e["target"] in members
            for ev in e["evidence"]:
                inside(e["target"], ev["target_span"])
                if e["source"] in texts:
                    inside(e["source"], ev["source_span"])
                    assert "source_article" not in ev  # the edge's source is the article
                elif "source_article" in ev:  # an unseen origin: a sibling of the pile
                    assert ev["source_article"] in members - {e["target"]}
                    inside(ev["source_article"], ev["source_span"])
        for f in s["facts"]:
            for c in f["claims"]:
                inside(c["article"], c["span"])
                inside(c["article"], c.get("sentence_span"))
        for ss in s["summary"]:
            for c in ss.get("spans", []):
                inside(c["article"], c["span"])


@pytest.fixture(scope="module")
def real_outputs() -> dict[str, dict]:
    return {
        "examples": contract.to_dict(storyweave.analyze([EXAMPLES])),
        "border-talks": contract.to_dict(storyweave.analyze([BORDER_TALKS])),
    }


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["examples", "border-talks"])
def test_real_output_validates_against_the_schema(real_outputs, corpus: str) -> None:
    doc = json.loads(json.dumps(real_outputs[corpus]))  # exactly what --json writes
    assert _errors(doc) == []
    assert list(_undocumented_keys(doc, SCHEMA)) == []
    assert doc["articles"] and not doc["problems"]
    _check_spans(doc)


@pytest.mark.slow
def test_real_output_of_the_examples_covers_every_input(real_outputs) -> None:
    doc = real_outputs["examples"]
    paths = {a["path"] for a in doc["articles"]} | {d["path"] for d in doc["duplicates"]}
    assert len(paths) == 8
    assert any(p.endswith("aggregators.jsonl#2") for p in paths)
