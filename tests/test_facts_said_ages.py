"""Figures of round 9: ages said without 'years old', numbers that are part of a name, kin
counted as people, millions written 'Nm' beside another. Every text here is written for the
test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


@pytest.mark.parametrize("text, ages", [
    ("At 61, she is the oldest rider to win the race.", [61]),
    ("He became the youngest ever mayor at 29 when he was elected in 2009.", [29]),
    ("I have wanted to fly since I was seven.", [7]),
    ("Mora, who was 19 at the time of the crash, was later released.", [19]),
    ("The suspects, Tomas Brandt, 31 and Ivo Keller, 27, were charged.", [31, 27]),
    ("Tomas Brandt, 31 was found guilty on Friday.", [31]),
    ("His two sons, 14 and 16, were unhurt.", [14, 16]),
    ("Ansel Varga ran the mill for forty years. He was 81.", [81]),
    ("Former mayor Ansel Varga dies at 81", [81]),
    ("The novelist died at 64 in her home in Lisbon.", [64]),
])
def test_an_age_said_without_years_old(text: str, ages: list[int]) -> None:
    found = [(v, u) for v, u in _figures(text) if u == "years old"]
    assert [v for v, _ in found] == ages


@pytest.mark.parametrize("text", [
    "At 61 km from the coast, the buoy recorded the wave.",
    "The toll was 19 at the time, officials said.",
    "Police said 12 were hurt when the roof fell.",
    "The score was 81. He was 6 for 9 from the line.",
    "The engine dies at 40 degrees below zero.",
])
def test_no_age_without_a_person(text: str) -> None:
    assert all(u != "years old" for _, u in _figures(text))


def test_a_number_word_in_a_title_is_no_count() -> None:
    assert _figures("She is touring with The Four Horsemen this spring.") == []
    assert _figures("He joined the 9 Street gang as a teenager.") == []


def test_counts_beside_names_stay() -> None:
    assert _figures("Three men were hurt.") == [(3, "men")]
    assert _figures("Officials said 4 Dutch soldiers were hurt.") == [(4, "soldiers")]
    assert _figures("Rival Fans Clash As Two Men Die") != []  # a title-case headline


def test_parents_are_people_relatives_count_nothing() -> None:
    assert _figures("The three mothers waited at the gate with two other dads.") == [
        (3, "mothers"), (2, "dads")]
    assert _figures("She waited at the gate with her two nieces.") == []


def test_a_million_written_nm_beside_another() -> None:
    assert _figures("The final drew 4.2m viewers, peaking at 5.1m.") == [
        (4_200_000, "viewers"), (5_100_000, "viewers")]
    assert _figures("The rocket climbed to 300m.") == [(300, "m")]


def test_where_a_person_is_from_is_not_whose_age() -> None:
    found = extract_quantities(make("The 44-year-old Leeds-born singer will tour in May."))
    assert found and found[0].label.startswith("age (")


def test_a_count_before_a_people_noun_stays() -> None:
    assert _figures("Police said 4 Afghan police were hurt.") == [(4, "police")]


def test_who_was_gives_the_age_its_owner() -> None:
    found = extract_quantities(make("Mora, who was 19 at the time of the crash, was released."))
    assert [m.label for m in found] == ["age of Mora"]


def test_a_name_after_a_count_leaves_the_count() -> None:
    assert _figures("Video shows mother of 11 Dana Weir shot outside a school.") == [
        (11, "children")]


def test_an_owner_before_the_counted_noun_is_skipped() -> None:
    assert _figures("She now looks after five of her sister's orphaned kids.") == [
        (5, "kids")]
