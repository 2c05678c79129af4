"""Facts, round 16b: figure forms any news story can hold that the extractor missed: ages
after a name's suffix or a role ('X Y Jr., 49,', 'The singer, 31,'), ages said by 'turned' or
'will be ... in April', sums in 'MM' ('$21MM'), the low end of a range taking the high end's
scale word ('$140-150 million'), plural 'magnitudes', and decimals written without their
leading zero ('.08 percent', and tokenised text's '. 08'). Every text here is written for the
test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.numbers import parse_number
from storyweave.facts.quantities import extract_quantities


def _found(text: str) -> list[tuple[float, str | None]]:
    return [(round(float(m.claim.value), 6), m.claim.unit) for m in extract_quantities(make(text))]


@pytest.mark.parametrize("text", [
    "Police said John Smith Jr., 31, fled on foot from the van.",
    "The singer, 31, checked into a clinic late on Friday.",
    "Prosecutors said the troubled singer, 31, would be jailed.",
    "Smith will be 31 in April, when the season opens.",
    "She turns 31 on April 11, the day of the vote.",
    "He turned 31 last week and took the job.",
])
def test_ages_in_general_forms(text: str) -> None:
    assert _found(text) == [(31.0, "years old")]


@pytest.mark.parametrize("text", [
    "The temperature will be 29 on Monday, the forecast said.",
    "In the final, 12, 13 and 14 were named to the squad.",
    "The company, 12, said nothing.",
])
def test_no_age_without_a_person(text: str) -> None:
    assert all(unit != "years old" for _, unit in _found(text))


def test_millions_written_mm_after_a_sum() -> None:
    found = _found("He is seeking more than $21MM per year, nearer the $27.5MM another got.")
    assert found == [(21_000_000.0, "USD"), (27_500_000.0, "USD")]
    assert parse_number("$21MM".lstrip("$")) == 21_000_000.0


def test_mm_without_a_sum_stays_millimetres() -> None:
    assert _found("He was shot with a 9MM handgun.") == [(9.0, "mm")]


@pytest.mark.parametrize("text", [
    "The club offered $140-150 million over seven years.",
    "The club offered $140 to $150 million over seven years.",
    "The club offered about seven years, $140-150MM, and more.",
])
def test_range_ends_share_the_scale(text: str) -> None:
    assert _found(text) == [(140_000_000.0, "USD"), (150_000_000.0, "USD")]


def test_range_of_counts_shares_the_scale() -> None:
    assert _found("Between 2 and 3 billion people live there.") == [
        (2e9, "people"), (3e9, "people")]
    assert _found("Rates rose from 5 to 10 percent.") == [(5.0, "%"), (10.0, "%")]


def test_plural_magnitudes() -> None:
    found = _found("Four aftershocks followed, with magnitudes ranging from 3.6 to 4.3.")
    assert found == [(3.6, "magnitude"), (4.3, "magnitude")]


@pytest.mark.parametrize("text", [
    "He had a blood alcohol content of .09 percent, above the limit of .08 percent.",
    "He had a blood alcohol content of. 09 percent, above the limit of. 08 percent.",
])
def test_decimals_without_their_zero(text: str) -> None:
    assert _found(text) == [(0.09, "%"), (0.08, "%")]


def test_tokenised_decimals_keep_the_word_after() -> None:
    assert _found("His line reads: . 290 average,. 919 OPS over six years.")[:2] == [
        (0.29, "average"), (0.919, "OPS")]
    assert _found("Over six seasons he posted a. 919 OPS.") == [(0.919, "OPS")]


@pytest.mark.parametrize("text", [
    "He carried a .45-caliber handgun and a .32 - caliber revolver.",
    "Arrests were made along the route. 400 people were also held.",
    "It was Oct. 05, 2013 when the case opened.",
    "It is the No. 09 pick in the draft.",
    "He carried a .38 revolver and a .32 Smith & Wesson.",
])
def test_no_decimal_read_in(text: str) -> None:
    assert all(value >= 1 for value, _ in _found(text))


def test_range_in_mm_is_one_range() -> None:
    low, high = extract_quantities(make("The club offered seven years, $140-150MM, and more."))
    assert low.link is not None and (low.low, low.high) == (high.low, high.high)


def test_hurt_counts_casualties_like_injured() -> None:
    assert _found("Ten people were killed and about 50 hurt.") == [
        (10.0, "people"), (50.0, "hurt")]
