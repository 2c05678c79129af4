"""Facts, round 15a: figures of another occasion than the story's own are other facts: a
place on a field or a course ('the 14-yard line') is no distance covered, and a figure after an
earlier full date ('on Oct. 10, 2002,') or in 'last season' belongs to that earlier event.
Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from storyweave.facts.traits import dated_before, last_year


def test_a_yard_line_is_a_place_on_the_field_not_a_gain() -> None:
    a = make("The Owls had the ball at the Hawks 14-yard line when the pass was picked off.",
             "a")
    b = make("Ana Ruiz ran for 14 yards on the opening drive of the game.", "b")
    facts = check(a, b)
    assert holding(facts, a, 14.0) is not holding(facts, b, 14.0)


def test_two_yard_lines_of_one_play_still_meet() -> None:
    a = make("The Owls had the ball at the Hawks 14-yard line when the pass was picked off.",
             "a")
    b = make("The pass was picked off with the Owls on the Hawks 14 yard line.", "b")
    facts = check(a, b)
    fact = holding(facts, a, 14.0)
    assert fact is holding(facts, b, 14.0) and fact.status == "agree"


def test_a_figure_after_an_earlier_full_date_is_that_events() -> None:
    a = make("A quake of magnitude 7.6 struck the coast of Norland on Sunday, officials said. "
             "The last big quakes there came on Oct. 10, 2002, the largest at magnitude 7.6.",
             "a", "2009-01-05")
    b = make("The magnitude 7.6 quake struck the coast of Norland early on Sunday.", "b",
             "2009-01-05")
    facts = check(a, b)
    today = holding(facts, b, 7.6)
    assert len([c for c in today.claims if c.article == a.id]) == 1
    earlier = [f for f in facts for c in f.claims if c.article == a.id and f is not today]
    assert earlier and all(c.article == a.id for c in earlier[0].claims)


def test_which_dates_mark_an_earlier_event() -> None:
    assert dated_before("The quakes struck on Oct. 10, 2002, the largest at ", "2009-01-05") \
        == "2002"
    assert dated_before("On January 2, 2009, the largest at ", "2009-01-05") == ""
    assert dated_before("Since Oct. 10, 2002, the town has had ", "2009-01-05") == ""
    assert dated_before("The quakes struck on Oct. 10, 2002, with ", None) == "2002"
    #        an undated article writes the year of a date only when it is not this year's


def test_last_season_is_an_earlier_period() -> None:
    assert last_year("Last season it was Ruiz who led the Owls", opening=True)
    assert not last_year("This season Ruiz leads the Owls", opening=True)
    a = make("Last season it was Ana Ruiz who led the Owls, with 793 yards in 14 games.", "a")
    b = make("Ana Ruiz missed 14 games this season with a knee injury.", "b")
    facts = check(a, b)
    assert holding(facts, a, 14.0) is not holding(facts, b, 14.0)

