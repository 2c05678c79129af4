"""Facts, round 16a: a figure given as an average ('has averaged more than 30 goals and 12
assists a season') is never one fact with a single figure of another value ('31 goals last
season'); an average of the same value may still meet it. Every text here is written for the
test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.averages import is_average
from storyweave.facts.quantities import extract_quantities


def _averages(text: str) -> list[bool]:
    return [is_average(m) for m in extract_quantities(make(text))]


def test_which_figures_are_averages() -> None:
    assert _averages("Ruiz has averaged more than 30 goals and 12 assists in his seasons.") \
        == [True, True]
    assert _averages("Ruiz scored 31 goals and 14 assists last season.") == [False, False]
    assert _averages("The plant made 400 cars a day on average last year.") == [True]


def test_an_average_is_not_one_season() -> None:
    a = make("Ruiz has averaged more than 30 goals in his six seasons with the club.", "a")
    b = make("Ruiz scored 31 goals last season, the most in the league.", "b")
    c = make("Ruiz had 31 goals last season, a club record for a forward.", "c")
    facts = check(a, b, c)
    average = next(f for f in facts for cl in f.claims if cl.article == a.id)
    season = next(f for f in facts for cl in f.claims if cl.article == b.id)
    assert average.id != season.id and season.status == "agree"
