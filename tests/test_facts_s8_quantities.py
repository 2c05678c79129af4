"""Session 8, quantity extraction: readings of what a figure is and what it counts that any news
story exercises ('one' alone is no figure; the noun a number counts read past its modifiers; a
unit written only after a later number). Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


@pytest.mark.parametrize("text", [
    "One man was hurt when the barn burned.",
    "The storm killed one person near the harbour.",
    "One official said the road would reopen on Friday.",
    "The mayor met one resident who had lost her house.",
])
def test_one_alone_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("At least one ferry worker was hurt.", [(1.0, "worker", "at least")]),
    ("The storm killed at least one person near the harbour.",
     [(1.0, "person", "at least")]),
])
def test_one_with_a_qualifier_counts(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The boat was a 24- to 30-foot trawler.", [(24.0, "feet"), (30.0, "feet")]),
    ("Twelve- and 15-year-old girls are too young to consent.",
     [(12.0, "years old"), (15.0, "years old")]),
    ("It is a 40-to 50-employee company.", [(40.0, "employees"), (50.0, "employees")]),
])
def test_a_suspended_hyphen_lends_the_unit_of_the_second_number(text: str,
                                                                expected: list) -> None:
    assert [(v, u) for v, u, _ in _figures(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The champion landed 28 of his 68 punches in the round.", (28.0, "punches")),
    ("The club won 18 of its next 23 games.", (18.0, "games")),
    ("She scored 17 of her team's first 24 points.", (17.0, "points")),
    ("Inmates spend 23 of every 24 hours in their cells.", (23.0, "hours")),
])
def test_a_part_counts_what_its_whole_counts(text: str, expected: tuple) -> None:
    assert expected in [(v, u) for v, u, _ in _figures(text)]


def test_a_bare_part_of_a_bare_whole_stays_out() -> None:
    assert (3.0, None) not in [(v, u) for v, u, _ in _figures("They won 3 of 12 in May.")]


@pytest.mark.parametrize("text", [
    "Film Star Ada Vell Dies At 91\nThe actress died on Monday.",
    "Film Star Ada Vell Dies Aged 91\nThe actress died on Monday.",
    "Film Star Ada Vell Dies At Age 91\nThe actress died on Monday.",
])
def test_a_headline_age_after_a_preposition_is_no_name(text: str) -> None:
    assert (91.0, "years old") in [(v, u) for v, u, _ in _figures(text)]


@pytest.mark.parametrize("text", [
    "Flight 447 left Rio on time.",
    "He was named one of the Nation's 50 Leaders Age 40 and Under.",
])
def test_a_number_in_a_name_stays_out(text: str) -> None:
    assert [v for v, _, _ in _figures(text)] in ([], [50.0])


def test_a_part_is_marked_a_part() -> None:
    found = extract_quantities(make("The club won 18 of its next 23 games."))
    assert [(m.claim.value, m.part) for m in found] == [(18.0, True), (23.0, False)]


@pytest.mark.parametrize(("text", "value"), [
    ("She needed 11 points to break the school scoring record of 2,106.", 2106.0),
    ("The index rose 31.36 points to close at 6,390.99.", 6390.99),
    ("About 1,000 people marched in the capital and another 1,000 demonstrated in the port.",
     1000.0),
])
def test_a_number_heading_its_phrase_takes_the_noun_said_before(text: str,
                                                                value: float) -> None:
    assert value in [v for v, u, _ in _figures(text) if u]


def test_a_clock_time_after_at_is_no_elided_count() -> None:
    assert _figures("Ten men were seen. One was filmed at 07.20 on the platform.") == [
        (10.0, "men", None)]


@pytest.mark.parametrize(("text", "value"), [
    ("He hit .358 with 13 homers last season.", 0.358),
    ("His blood-alcohol level was .41.", 0.41),
    ("The slugger hit. 308 with 33 homers.", 0.308),
])
def test_a_decimal_without_its_zero_is_a_ratio(text: str, value: float) -> None:
    assert (value, "ratio") in [(v, u) for v, u, _ in _figures(text)]


@pytest.mark.parametrize("text", [
    "The team went over .500 for the first time.",
    "The guard said Lee had a .32",
])
def test_the_break_even_mark_and_a_caliber_are_no_ratio(text: str) -> None:
    assert [v for v, _, _ in _figures(text) if v < 1] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Thieves took e85 million worth of gems.", (85e6, "EUR")),
    ("The band stole p74million of watches.", (74e6, "GBP")),
])
def test_a_sign_encoded_as_a_letter_before_a_scaled_sum(text: str, expected: tuple) -> None:
    assert [(v, u) for v, u, _ in _figures(text)] == [expected]


@pytest.mark.parametrize("text", [
    "The p53 gene was studied in 12 labs.",
    "The e3 show drew 40 firms.",
])
def test_a_letter_before_a_bare_number_is_no_sign(text: str) -> None:
    assert all(u not in ("EUR", "GBP") for _, u, _ in _figures(text))


@pytest.mark.parametrize("text", [
    "What followed was a tense two hours while police negotiated.",
    "Half an hour later a second crew arrived.",
    "Seven bullets hit the car, three of them from the rear.",
])
def test_a_small_number_in_words_of_things_is_no_count_of_people(text: str) -> None:
    assert [v for v, _, _ in _figures(text) if v < 7] == []


@pytest.mark.parametrize("text", [
    "Two plainclothes officers fired at the car.",
    "Eight plainclothes RCMP officers made the arrests.",
    "At least two bodies have been recovered.",
])
def test_a_people_noun_after_a_modifier_still_counts(text: str) -> None:
    assert len(_figures(text)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Three or four robbers burst into the store.", [3.0, 4.0]),
    ("Between four and seven candidates will be elected.", [4.0, 7.0]),
    ("He was always seen with one or two bodyguards.", [1.0, 2.0]),
])
def test_a_range_in_words_counts_the_people_named_after_it(text: str,
                                                           expected: list) -> None:
    assert [v for v, _, _ in _figures(text)] == expected


def test_a_range_in_words_of_things_stays_out() -> None:
    assert _figures("The crew waited three or four hours.") == []


@pytest.mark.parametrize(("text", "age"), [
    ("She said she believed that, at 34, her days as a model were over.", 34.0),
    ("The statue is 80 this year, which makes it the oldest in town.", 80.0),
    ("The bill would raise the retirement age for women to 65, as for men.", 65.0),
    ("Two girls age 6 and 8 watched from the porch.", 8.0),
])
def test_an_age_said_in_passing(text: str, age: float) -> None:
    assert (age, "years old") in [(v, u) for v, u, _ in _figures(text)]


def test_a_clock_time_after_a_comma_is_no_age() -> None:
    assert _figures("The shop opened, at 9, he said.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("He threw for 329 yards and a 90.4 passer rating.", (90.4, "passer rating")),
    ("The result is the club's 93.3 scoring average, 28th in the league.",
     (93.3, "scoring average")),
])
def test_a_decimal_before_the_statistic_it_is(text: str, expected: tuple) -> None:
    assert expected in [(v, u) for v, u, _ in _figures(text)]


def test_a_decimal_before_a_rate_of_something_is_read_as_before() -> None:
    assert (2.5, "ratio") not in [(v, u) for v, u, _ in _figures(
        "The 2.5 rate of growth was slow.")]
