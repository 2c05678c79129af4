"""Facts, round 15a: a length in yards is of a kind of play when the text says so ('a 47-yard
field goal', 'a 10-yard scoring pass', 'ran for 10 yards'): the yards of two kinds of play are
two facts, whatever their figures. Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from storyweave.facts.traits import play_kind


def test_the_kind_of_play() -> None:
    assert play_kind("hit a ", "-yard field goal to tie it", "yards") == "field goal"
    assert play_kind("on a ", "-yard touchdown pass to", "yards") == "pass"
    assert play_kind("with an ", "-yard scamper on the first play", "yards") == "run"
    assert play_kind("Ana Ruiz ran for ", " yards to the 7", "yards") == "run"
    assert play_kind("a ", "-yard interception return", "yards") == "run"  # run with the ball
    assert play_kind("he had ", " yards on eight carries", "yards") == ""
    assert play_kind("a ", "-mile run", "miles") == ""


def test_a_pass_and_a_run_of_one_length_are_two_facts() -> None:
    a = make("Eva Mora found Ana Ruiz on a 10-yard scoring pass in the third quarter.", "a")
    b = make("On second down, Lia Soto ran for 10 yards to the 7 in the third quarter.", "b")
    facts = check(a, b)
    assert holding(facts, a, 10.0) is not holding(facts, b, 10.0)


def test_one_field_goal_told_twice_still_meets() -> None:
    a = make("Kicker Ana Ruiz tied the game with a 45-yard field goal late in the fourth.", "a")
    b = make("Ana Ruiz made a 45-yard field goal to tie the game in the fourth quarter.", "b")
    facts = check(a, b)
    fact = holding(facts, a, 45.0)
    assert fact is holding(facts, b, 45.0) and fact.status == "agree"
