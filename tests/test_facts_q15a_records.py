"""Facts, round 15a: a won-lost record kept over part of a season ('2-6 at home', '4-4 on the
road', '9-1 in one-score games', '2-4 in the Lake Division') is another fact than the season's
record of the same figures. Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.tallies import _scope


def test_what_a_record_counts() -> None:
    text = "The Owls were 4-4 on the road and moved to 9-1 in one-score games."
    assert _scope(text, "4", "4") == "road"
    assert _scope(text, "9", "1") == "games"
    assert _scope("The Hawks (5-10) fell to 2-6 at home.", "2", "6") == "home"
    assert _scope("The Hawks (5-10) fell to 2-6 at home.", "5", "10") == ""
    assert _scope("They finished 2-4 in the Lake Division again.", "2", "4") == "in:lake division"
    assert _scope("They are 24-23 in the regular season since 2010.", "24", "23") == ""


def _records(facts: list, article_id: str) -> set[str]:
    return {f.id for f in facts for c in f.claims if c.article == article_id and c.unit == "record"}


def test_a_home_record_is_not_the_season_record() -> None:
    a = make("The Hawks fell to 2-6 at home this season after the loss to the Owls.", "a")
    b = make("The Hawks (2-6) lost again on Sunday, this time to the Owls.", "b")
    facts = check(a, b)
    assert _records(facts, a.id) and not _records(facts, a.id) & _records(facts, b.id)


def test_two_season_records_still_meet() -> None:
    a = make("The Hawks (2-6) lost again on Sunday, this time to the Owls.", "a")
    b = make("The Hawks fell to 2-6 with the loss to the Owls on Sunday.", "b")
    facts = check(a, b)
    assert _records(facts, a.id) & _records(facts, b.id)
