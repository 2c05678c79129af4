"""Provenance on the project's fictional example corpus, against its ground truth file."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, REPO
from storyweave.pipeline import read_and_clean
from storyweave.provenance import trace
from storyweave.settings import Settings

pytestmark = pytest.mark.slow  # cleans the corpus and loads MiniLM (about 5 s)


@pytest.fixture(scope="module")
def dam_story():
    truth = json.loads((REPO / "examples" / "truth.json").read_text(encoding="utf-8"))
    story = next(s for s in truth["stories"] if len(s["articles"]) > 1)
    articles, problems, _ = read_and_clean([EXAMPLES], Settings())
    assert not problems
    name = {a.id: a.source.split("corpus/", 1)[1] for a in articles}
    members = sorted((a for a in articles if name[a.id] in story["articles"]),
                     key=lambda a: (a.published or "9999", a.id))
    edges, accounts = trace(members, Settings().provenance)
    return story, name, edges, accounts


def test_accounts_match_the_ground_truth(dam_story) -> None:
    story, name, _, accounts = dam_story
    got = sorted(sorted(name[a] for a in acc) for acc in accounts)
    assert got == sorted(sorted(acc) for acc in story["accounts"])


def test_edges_stay_inside_the_wire_family(dam_story) -> None:
    story, name, edges, _ = dam_story
    family = set(max(story["accounts"], key=len))
    assert edges
    for e in edges:
        assert name[e.target] in family
        assert e.source.startswith("unseen:") or name[e.source] in family
    parents = {name[e.target]: name.get(e.source, e.source) for e in edges}
    assert parents.get("valleydigest.txt") == "continentalpress.txt"


def test_every_derived_article_points_at_its_true_source_with_its_relation(dam_story) -> None:
    story, name, edges, _ = dam_story
    truth = json.loads((REPO / "examples" / "truth.json").read_text(encoding="utf-8"))
    expected = {(t["derives_from"], a, t["relation"]) for a, t in truth["articles"].items()
                if t["derives_from"] and a in story["articles"]}
    got = {(name.get(e.source, e.source), name[e.target], e.relation) for e in edges}
    assert got == expected
