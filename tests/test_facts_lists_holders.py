"""Facts, round 12b: figures of several models or places listed in one article stay apart
('a 2.4GHz and a 2.5GHz model, and a 2.53GHz one'; '55% with X, 52% with Y'), a player's
statistics belong to the player ('X scored 22 points'), and ages said in obituary forms ('X Y
was 95.', 'dead at 95'). Every text here is written for the test."""

from __future__ import annotations

import re

from facts_story import check, holding, make
from storyweave.facts.stat_holders import stat_holder
from storyweave.facts.traits import measured_thing
from test_facts_qcounts import figures


def _thing(text: str) -> list[str]:
    return [measured_thing(text, m, "percent")
            for m in re.finditer(r"\d+(?:%| per ?cent)", text)]


def test_two_figures_of_one_article_that_differ_are_never_bundled_through_a_third() -> None:
    a = make("For $1,999 you get a 2.4GHz chip and 2GB of memory. The other model costs "
             "$2,499 and comes with a 2.53GHz chip. The older laptop also came in two models: "
             "a 2.4GHz and a 2.5GHz chip.", "a")
    facts = check(a)
    low, high = holding(facts, a, 2.4), holding(facts, a, 2.53)
    assert low.id != high.id
    assert {c.value for c in low.claims} == {2.4}


def test_a_share_listed_with_its_place_names_that_place() -> None:
    assert _thing("Links failed for 59% of calls with Norland, 44% with Vessia and 55% "
                  "with Upper Tarn.") == ["norland", "vessia", "tarn"]
    assert _thing("Up to 70 per cent of services in Norland, and 60 per cent in Vessia, "
                  "were cut.") == ["norland", "vessia"]
    assert _thing("Lines were down by 80 percent, in Vessia by 65 percent.") == ["", "vessia"]


def test_a_month_or_a_plain_share_names_no_place() -> None:
    assert _thing("Sales rose 5% in March and 4% in The spring.") == ["", ""]
    assert _thing("About 40% of voters in the poll backed him.") == [""]


def test_shares_of_two_places_are_two_facts_and_one_place_agrees() -> None:
    a = make("Some 65% of traffic to Norland was down and 52% of traffic to Vessia.", "a")
    b = make("At present 65% of traffic with Norland is offline, and 52% with Vessia.", "b")
    facts = check(a, b)
    north, west = holding(facts, a, 65), holding(facts, a, 52)
    assert north.id != west.id
    assert north.status == "agree" and west.status == "agree"


def _holders(text: str) -> list[str]:
    return [stat_holder(text, m, m.group(1)) for m in re.finditer(r"\d+ (\w+)", text)]


def test_a_players_statistic_names_the_player_or_players() -> None:
    assert _holders("Jon Alder and Kyle Berman each logged 22 points as the Owls won.") == [
        "alder berman"]
    assert _holders("Wayne Pike had a career-high 19 boards and 15 points.") == ["pike", "pike"]
    assert _holders("Dan Grove scored 14 points, while Ty Lane posted 15 points.") == [
        "grove", "lane"]


def test_a_margin_or_a_count_of_people_names_no_player() -> None:
    assert _holders("Their closest margin of victory was by 15 points.") == [""]
    assert _holders("Ana Ruiz had 15 visitors on Sunday.") == [""]


def test_the_same_points_of_two_players_are_two_facts() -> None:
    a = make("Dan Grove scored 22 points for the Owls. Later, Ty Lane had 22 points for the "
             "Hawks in their win.", "a")
    b = make("Grove scored 22 points in the Owls' loss on Sunday.", "b")
    facts = check(a, b)
    grove = next(f for f in facts if any(c.article == b.id for c in f.claims))
    assert grove.status == "agree" and len(grove.claims) == 2
    assert "Lane" not in " ".join(c.text for c in grove.claims)


def test_he_after_a_sentence_naming_a_player_is_that_player() -> None:
    text = "He finished the day with a career-high 14 points and 6 rebounds."
    assert [stat_holder(text, m, m.group(1), "Will Orban came off the bench early.")
            for m in re.finditer(r"\d+ (\w+)", text)] == ["orban", "orban"]
    assert [stat_holder(text, m, m.group(1), "The bench came alive.")
            for m in re.finditer(r"\d+ (\w+)", text)] == ["", ""]


def test_obituary_ages_in_more_forms() -> None:
    assert figures("Ana Morel was 95.") == [(95.0, "years old", None)]
    assert figures("Ana Morel, a judge, dead at 95\nThe judge led the court.") == [
        (95.0, "years old", None)]
    assert figures("He was 95 and lived in Norland.") == [(95.0, "years old", None)]
    assert figures("Then 67, Morel celebrated the ruling.") == [(67.0, "years old", None)]


def test_a_time_of_day_or_a_thing_that_was_a_number_is_no_age() -> None:
    assert figures("He was shot dead at 10 in the morning.") == []
    assert figures("The index was 95.") == []
