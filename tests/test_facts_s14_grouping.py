"""Grouping faults found on news piles: figures of different things put in one fact."""

from __future__ import annotations

from facts_story import check, holding, make


def test_two_values_of_one_article_are_two_things() -> None:
    a = make("Mark Olsen tied the game with a 45-yard field goal late in the third quarter. "
             "In the first half Tom Pike made a 44-yard field goal to give the Hawks the lead.",
             "a")
    b = make("Olsen's 45-yard field goal tied the game in the third quarter.", "b")
    facts = check(a, b)
    assert holding(facts, a, 45.0) is holding(facts, b, 45.0)
    assert holding(facts, a, 44.0) is not holding(facts, a, 45.0)
    c = make("More than 75 percent of the members backed the plan on Monday. Close to 90 "
             "percent of the staff had signed the letter.", "c")
    facts = check(c)
    assert holding(facts, c, 75.0) is not holding(facts, c, 90.0)


def test_a_changed_figure_does_not_continue_another_players() -> None:
    a = make("Doug Reed finished with 23 points for the home side. Sam Lowe, whose minutes "
             "have grown as his role has increased this season, had a career-high 14 points. "
             "His 14 points topped his old best of 12.", "a")
    b = make("Reed scored 23 points and Lowe added 14 points off the bench.", "b")
    facts = check(a, b)
    assert holding(facts, a, 23.0) is not holding(facts, a, 14.0)
    assert holding(facts, a, 23.0).status == "agree"


def test_intervals_that_only_touch_do_not_agree() -> None:
    a = make("The boat sank 12 miles off the coast on Friday.", "a")
    b = make("The boat sank 13 miles off the coast, the coast guard said.", "b")
    assert all(f.status != "agree" for f in check(a, b))
    c = make("At least 10 people died in the fire.", "c")
    d = make("The fire killed 10 people.", "d")
    (fact,) = check(c, d)
    assert fact.status == "agree"


def test_a_revised_figure_is_revised_by_the_next_one() -> None:
    a = make("The agency said a magnitude 2.0 aftershock shook the town on Monday. It had "
             "originally rated the quake as magnitude 4.4, and then revised it to 4.6.", "a")
    b = make("A magnitude 4.6 quake shook the town.", "b")
    fact = holding(check(a, b), a, 4.4)
    assert "initially 4.4 magnitude, later 4.6 magnitude" in (fact.note or "")


def test_a_weekday_or_nationality_names_no_age_owner() -> None:
    a = make("On Saturday, 32-year-old Englishman Tom Mallory fell while climbing.", "a")
    b = make("Tom Mallory, 32, fell while climbing on Saturday.", "b")
    c = make("On Sunday, 32-year-old Scot Tom Mallory was named.", "c")
    (fact,) = check(a, b, c)
    assert fact.label == "age of Mallory"
