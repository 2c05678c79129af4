"""Quantities, round 11b: scores and won-lost records written 'A-B' are one tally of two figures
('a 20-13 win', 'improved to 10-5'), compared as a pair across articles. Every text here is
written for the test."""

from __future__ import annotations

from facts_story import check, make
from test_facts_qcounts import figures


def test_a_score_after_a_result_verb_or_before_a_result_noun_is_two_figures_in_points() -> None:
    assert figures("The Hawks beat the Owls 31-24 on Sunday.") == [(31.0, "points", None),
                                                                  (24.0, "points", None)]
    assert figures("It was a 7-3 victory for the visitors.") == [(7.0, "points", None),
                                                                 (3.0, "points", None)]
    assert figures("A late 12-0 run sealed the game.") == [(12.0, "points", None),
                                                          (0.0, "points", None)]


def test_a_won_lost_record_is_two_figures_in_record() -> None:
    assert figures("The Hawks improved to 11-4 with the win.") == [(11.0, "record", None),
                                                                   (4.0, "record", None)]
    assert figures("Norland (9-6) hosts the Owls next week.") == [(9.0, "record", None),
                                                                  (6.0, "record", None)]


def test_a_tie_written_all_is_one_figure() -> None:
    assert figures("The Owls forced a 21-all tie late on.") == [(21.0, "points", None)]


def test_ranges_dates_spans_and_plain_dashes_are_no_tallies() -> None:
    assert figures("Between 10-12 people came each day.") == [(10.0, "people", None),
                                                              (12.0, "people", None)]
    assert figures("Prices rose 25-40% in the region.") == [(25.0, "%", None), (40.0, "%", None)]
    assert figures("The council sat in 1995-99 and met on 12-12-2012.") == []
    assert figures("Call 555-0199 for tickets.") == []


def test_the_same_score_in_two_articles_agrees_and_another_conflicts() -> None:
    a = make("The Hawks beat the Owls 31-24 on Sunday in Norland. The Hawks improved to "
             "11-4.", "a")
    b = make("In Norland on Sunday the Hawks beat the Owls 31-24 to improve to 11-4.", "b")
    c = make("The Hawks beat the Owls 31-21 on Sunday in Norland, improving to 11-4.", "c")
    facts = check(a, b)
    scores = [f for f in facts if any(cl.value == 31 for cl in f.claims)]
    assert len(scores) == 1 and scores[0].status == "agree"
    assert {cl.value for cl in scores[0].claims} == {31, 24}
    facts = check(a, c)
    scores = [f for f in facts if any(cl.value == 31 for cl in f.claims)]
    assert len(scores) == 1 and scores[0].status == "conflict"


def test_a_score_line_of_two_named_sides_is_one_score() -> None:
    assert figures("Final: Hawks 65, Owls 53 as Smith scored 20 points.") == [
        (65.0, "points", None), (53.0, "points", None), (20.0, "points", None)]


def test_a_shooting_or_passing_line_is_two_figures_of_one_line() -> None:
    assert figures("He hit 3-of-4 shots in the game.") == [(3.0, "shots", None),
                                                            (4.0, "shots", None)]
    assert figures("The quarterback was 10 of 22 for 162 yards.") == [
        (10.0, "attempts", None), (22.0, "attempts", None), (162.0, "yards", None)]


def test_points_scored_without_a_noun_and_yards_written_short() -> None:
    assert figures("Jones scored 13 for the Owls.") == [(13.0, "points", None)]
    assert figures("He ran for an 86-yd touchdown.") == [(86.0, "yards", None)]


def test_a_rank_is_no_score() -> None:
    assert figures("Ranked No. 9 in the league, the Owls lost.") == []


def test_a_won_and_fought_line_outside_a_game_names_its_noun() -> None:
    assert figures("As a youth he won 21 of 25 club fights.") == [(21.0, "fights", None),
                                                                  (25.0, "fights", None)]
    assert figures("Police held 3 of 12 suspects.") == [(3.0, "suspects", None),
                                                        (12.0, "suspects", None)]


def test_a_date_written_with_slashes_is_no_line() -> None:
    assert figures("Posted 12 / 19 / 2005 after the team won the game.") == []


def test_labels_before_a_dash_pair_are_no_score() -> None:
    assert figures("He returned to play in Weeks 14-16 of the season.") == []


def test_a_title_case_headline_score_is_read() -> None:
    assert figures("Hawks Clinch Title With 31-24 Win Over Owls") == [(31.0, "points", None),
                                                                      (24.0, "points", None)]


def test_two_moments_of_one_game_stay_two_facts() -> None:
    a = make("The Hawks led 14-7 at halftime. The Hawks beat the Owls 31-24 on Sunday.", "a")
    b = make("Leading 14-7 at the half, the Hawks went on to beat the Owls 31-24.", "b")
    facts = check(a, b)
    half = [f for f in facts if any(cl.value == 14 for cl in f.claims)]
    final = [f for f in facts if any(cl.value == 31 for cl in f.claims)]
    assert len(half) == len(final) == 1 and half[0] is not final[0]
    assert half[0].status == final[0].status == "agree"
    assert {cl.value for cl in final[0].claims} == {31, 24}


def test_a_shot_named_by_its_points_is_no_figure() -> None:
    assert figures("Smith hit a 3-pointer from the corner.") == []
    assert figures("Jones missed a 3-point shot, then the lead was 3 points.") == [
        (3.0, "points", None)]
