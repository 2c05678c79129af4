"""Facts, round 16a: a distance from where something happened ('25 miles northwest of where he
escaped') is never one fact with a distance from a named place ('25 miles east of Dallas'),
even of the same value. Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.quantities import extract_quantities


def _things(text: str) -> list[str]:
    return [m.thing for m in extract_quantities(make(text)) if m.dimension == "distance"]


def test_a_distance_from_where_names_no_place() -> None:
    assert _things("He was found about 25 miles northwest of where he escaped.") == ["(where)"]
    assert _things("The bus stopped 10 km from where the race began.") == ["(where)"]
    assert _things("The camp lies about 25 miles east of Dallas.") == ["dallas"]


def test_where_and_a_named_place_are_two_facts() -> None:
    a = make("He was caught on Friday, about 25 miles northwest of where he escaped.", "a")
    b = make("The escape happened near Irving, about 25 miles east of Dallas, police said.", "b")
    facts = check(a, b)
    of_a = {f.id for f in facts for c in f.claims if c.article == a.id}
    of_b = {f.id for f in facts for c in f.claims if c.article == b.id}
    assert of_a and of_b and not of_a & of_b
