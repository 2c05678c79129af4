"""Facts, session 14: figures whose unit or value was read wrong: a unit shown in another unit
without its value scaled, degrees that are no temperature, a season's record and a rebounding
margin read as a score or a vote, '180 plus riders', and 'about' as a preposition. Every text
here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.quantities import extract_quantities
from storyweave.facts.units import MEASURES, SYMBOLS, measure


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


def mentions(text: str):
    return extract_quantities(make(text))


# 1. a unit's value is scaled, or the unit is kept as written

def test_every_unit_word_is_shown_in_a_unit_of_the_same_factor() -> None:
    for table in (MEASURES, SYMBOLS):
        for word, (dimension, factor, shown) in table.items():
            other = measure(shown)
            assert other is None or (other[0], other[1]) == pytest.approx((dimension, factor)) \
                or other[0] == dimension and other[1] == pytest.approx(factor), word


def test_a_gigaton_figure_keeps_its_unit() -> None:
    found = mentions("The blast set free as much energy as a 40 gigaton bomb, they said.")
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (40.0, "gigatons", "energy")]
    assert found[0].base == 40_000  # in megatons, the dimension's base unit


def test_megapixels_are_a_million_pixels() -> None:
    words, symbol = mentions("The phone has a 16 megapixel camera."), mentions(
        "The phone has a 16MP camera.")
    assert [(m.claim.value, m.claim.unit) for m in words] == [(16.0, "megapixels")]
    assert words[0].base == symbol[0].base == 16_000_000


# 2. degrees that are no temperature

def test_degrees_on_the_richter_scale_are_a_magnitude_range() -> None:
    found = mentions("Tremors ranging from 2.4 to 3.1 degrees on the Richter scale hit the valley.")
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (2.4, "magnitude", "magnitude"), (3.1, "magnitude", "magnitude")]
    assert all(m.marker is None for m in found)  # a span of values, not a changed figure


@pytest.mark.parametrize("text", ["A 5.8 degree quake shook the port on Monday.",
                                  "The tremor measured 4.2 degrees, the institute said."])
def test_a_quake_of_degrees_is_a_magnitude(text: str) -> None:
    assert [unit for _, unit, _ in figures(text)] == ["magnitude"]


def test_latitude_in_degrees_is_an_angle() -> None:
    found = mentions("Its centre lay at 33.12 degrees in latitude and 47.5 degrees in longitude.")
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (33.12, "degrees", "angle"), (47.5, "degrees", "angle")]


def test_a_position_in_degrees_and_minutes_is_two_angles_not_a_time() -> None:
    found = mentions("The ship was at 25 degrees, 12.48 minutes north; 53, 7.31 minutes east.")
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (25.0, "degrees", "angle"), (12.48, "minutes", "angle"),
        (53.0, "degrees", "angle"), (7.31, "minutes", "angle")]
    assert found[0].link is not None and found[2].link is not None  # degrees with minutes
    assert found[1].link is None


@pytest.mark.parametrize(("text", "value"), [
    ("Temperatures climbed to 39 degrees on Sunday.", 39.0),
    ("Crews fought the blaze in temperatures of minus 14 degrees.", -14.0),
    ("It was minus 6 degrees at dawn.", -6.0),
    ("The weather turned and it was 12 degrees by noon.", 12.0),
])
def test_degrees_with_heat_or_weather_are_a_temperature(text: str, value: float) -> None:
    assert [(m.claim.value, m.dimension) for m in mentions(text)] == [(value, "temperature")]


def test_degrees_with_no_heat_are_no_temperature() -> None:
    assert [m.dimension for m in mentions("The driver made a 180-degree turn.")] == ["angle"]


# 4. a season's record and a rebounding margin

def test_a_season_is_a_won_lost_record() -> None:
    found = mentions("That gave the Owls a 10-4 season and a playoff berth.")
    assert [(m.claim.value, m.claim.unit) for m in found] == [(10.0, "record"), (4.0, "record")]
    assert [m.dimension for m in mentions("The Owls won a 21-14 season-opening game.")] == [
        "score", "score"]


@pytest.mark.parametrize(("text", "unit"), [
    ("The Owls owned the glass by a 47-31 margin.", "rebounds"),
    ("The Owls enjoyed a 47-31 rebounding edge.", "rebounds"),
    ("The Owls won by a 77-64 margin.", "points"),
    ("The bill passed by a 61-38 margin.", "votes"),
    ("The council approved the plan by a 7-2 margin.", "votes"),
])
def test_a_margin_is_a_vote_only_where_there_is_a_vote(text: str, unit: str) -> None:
    assert {u for _, u, _ in figures(text)} == {unit}


# 6. 'plus' after a number

def test_plus_after_a_number_is_more_than() -> None:
    found = mentions("The 150 plus cyclists set off at one-minute intervals.")
    assert [(m.claim.value, m.claim.unit, m.claim.qualifier, m.label) for m in found] == [
        (150.0, "cyclists", "more than", "cyclists")]
    assert figures("She was paid $800 plus expenses.") == [(800.0, "USD", None)]


# 7. 'about' as a preposition

def test_about_as_a_preposition_is_no_qualifier() -> None:
    assert figures("This is not just about one player, the manager said.") == []
    assert figures("The quarrel is about two men who sold the farm.") == [
        (2.0, "men", None)]
    assert figures("About 400 people were moved to the school.") == [(400.0, "people", "about")]
    assert figures("The march was about 400 people who walked to the hall.") == [
        (400.0, "people", "about")]
