"""Facts, round 13b: two kinds of game statistic are never one fact ('9 rebounds' is no '9
points', '5 catches' no '5 touchdowns'), while the words of one statistic still meet ('boards'
and 'rebounds'; 'caught 52 passes' and '52 catches'); a player's second statistic after 'and'
and a verb ('scored 23 points and grabbed 7 rebounds'), and one after 'X, who' or 'his first' are
the player's too. Every text here is written for the test."""

from __future__ import annotations

import re

from facts_story import check, holding, make
from storyweave.facts.stat_holders import stat_holder, stat_kind, stats_apart


def test_the_kind_of_a_statistic_from_its_counted_noun() -> None:
    assert [stat_kind(u) for u in ("points", "point", "boards", "catch", "receptions")] == [
        "points", "points", "rebounds", "catches", "catches"]
    assert [stat_kind(u) for u in ("people", "homes", "", "Points")] == ["", "", "", "points"]


def test_two_kinds_are_apart_and_passes_meet_catches_and_completions() -> None:
    kinds = ["points", "rebounds", "passes", "catches", "completions", "", "carries"]
    apart = stats_apart(kinds)
    assert apart[0, 1] and apart[1, 0] and apart[3, 4] and apart[2, 6]
    assert not apart[2, 3] and not apart[2, 4] and not apart[4, 2]
    assert not apart[0, 5] and not apart[5, 1] and not apart[0, 0]


def test_a_second_statistic_after_and_a_verb_is_the_same_players() -> None:
    text = "Later, Ana Ruiz scored 23 points and grabbed 7 rebounds in 35 minutes."
    assert [stat_holder(text, m, m.group(1)) for m in re.finditer(r"\d+ (\w+)", text)] == [
        "ruiz", "ruiz", ""]
    text = "Tom Vale, who completed 28 passes, and Ed Moss completed his first 17 passes."
    assert [stat_holder(text, m, m.group(1)) for m in re.finditer(r"\d+ (\w+)", text)] == [
        "vale", "moss"]
    text = "Ana Ruiz scored 23 points, and the team grabbed 7 rebounds."
    assert stat_holder(text, re.search(r"7 rebounds", text), "rebounds") == ""


def test_the_same_figure_of_two_kinds_of_statistic_is_two_facts() -> None:
    a = make("The rookie guard had 9 rebounds in the loss to the Owls on Sunday.", "a")
    b = make("The rookie guard finished with 9 points in the loss to the Owls.", "b")
    c = make("In the loss to the Owls, the rookie guard had 9 rebounds.", "c")
    facts = check(a, b, c)
    boards, points = holding(facts, a, 9), holding(facts, b, 9)
    assert boards.id != points.id
    assert boards.status == "agree" and points.status == "single"


def test_caught_passes_and_catches_are_one_statistic() -> None:
    a = make("Tom Vale caught 52 passes for 440 yards this season.", "a")
    b = make("Tom Vale had 52 catches for 440 yards this season.", "b")
    facts = check(a, b)
    assert holding(facts, a, 52).id == holding(facts, b, 52).id
    assert holding(facts, a, 52).status == "agree"

