"""Facts, round 16a: a won-lost record of three figures, wins, losses and draws or ties
('(45-7-2, 12 KOs)', 'went 10-5-3'), is one record of three sides, never a score of its last
two. Every text here is written for the test."""

from __future__ import annotations

import re

from facts_story import check, make
from storyweave.facts.quantities import extract_quantities
from storyweave.facts.tallies import _scope, tally_unit


def _units(text: str) -> list[tuple[str, str | None]]:
    return [(m.group(), (tally_unit(text, m.start(), m.end()) or (None, None))[1])
            for m in re.finditer(r"\d+", text)]


def test_three_sides_are_one_record() -> None:
    text = "Jones (31-4-1, 20 KOs) was stopped in the fifth round on Friday."
    assert _units(text)[:3] == [("31", "record"), ("4", "record"), ("1", "record")]
    found = [m for m in extract_quantities(make(text)) if m.dimension == "record"]
    assert [m.claim.value for m in found] == [31, 4, 1]
    assert found[0].link is not None and found[1].link is not None and found[2].link is None


def test_a_triple_that_is_no_record() -> None:
    assert {u for _, u in _units("The coach set up his side in a 4-3-3 formation.")} == {None}
    assert {u for _, u in _units("Call the desk at 555-12-34 for details.")} == {None}
    assert {u for _, u in _units("The Owls beat the Hawks 20-13 on Sunday.")} == {"score"}


def test_scope_of_a_record_with_draws() -> None:
    assert _scope("The Owls went 6-2-1 at home last season.", "6", "2", "1") == "home"
    assert _scope("The Owls went 6-2-1 at home last season.", "6", "2") == ""


def _records(facts: list, article_id: str) -> set[str]:
    return {f.id for f in facts for c in f.claims if c.article == article_id and c.unit == "record"}


def test_same_record_with_draws_agrees() -> None:
    a = make("Jones (31-4-1, 20 KOs) was stopped in the fifth round on Friday.", "a")
    b = make("Jones fell to 31-4-1 with the loss in the fifth round on Friday.", "b")
    c = make("Jones, 32-4-1 with 20 knockouts, was stopped in the fifth round.", "c")
    facts = check(a, b, c)
    shared = _records(facts, a.id) & _records(facts, b.id)
    assert len(shared) == 1
    fact = next(f for f in facts if f.id in shared)
    assert fact.status == "agree" and len(fact.claims) == 6
    assert not any(f.id not in shared for f in facts for cl in f.claims
                   if cl.article in (a.id, b.id) and cl.unit == "record")
