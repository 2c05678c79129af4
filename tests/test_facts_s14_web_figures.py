"""Facts, session 14: figures on single web pages read wrong: a citation in brackets, a jet's
model number, a marriage's length, a child's age in months, an address's house number, a team's
records in brackets and an index level after a percentage. Every text here is written for the
test."""

from __future__ import annotations

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.claim.value, m.claim.unit, m.dimension)
            for m in extract_quantities(make(text))]


# 1. a bare number in brackets before a sentence's end or a comma cites a source

def test_a_citation_in_brackets_is_no_figure() -> None:
    assert figures("Fiber cut hunger by 20% in one trial, as it slows a hormone known to curb "
                   "appetite (35).") == [(20.0, "%", "percent")]
    assert figures("Adults ate 30 grams of fiber a day, and kids ate less (18).") == [
        (30.0, "grams", "mass")]
    assert figures("Walks cut stress by 12% (14, 15), the review found.") == [
        (12.0, "%", "percent")]


def test_a_number_in_brackets_with_its_unit_is_a_figure() -> None:
    assert (40.0, "%", "percent") in figures("Sales rose sharply this year (40%).")


# 2. a number glued to a hyphenated model after a brand's possessive names the model

def test_a_jet_model_number_is_no_count() -> None:
    found = figures("The carrier will purchase 30 of Boeing's 787-9 Dreamliner jets.")
    assert not [f for f in found if f[0] in (787.0, 9.0)]
    assert figures("It booked five 787 Dreamliner sales this year.") == []  # words count people


# 3. a marriage's length, a child's age in months and a house number are no ages in years

def test_a_marriage_length_is_no_age() -> None:
    assert all(dim != "age" for _, _, dim in figures("My husband of more than 20 years left."))
    assert all(dim != "age" for _, _, dim in figures("His wife of 40 years died on Monday."))
    assert figures("A woman of 80 years was hurt.") == [(80.0, "years old", "age")]


def test_an_age_in_months_keeps_its_months() -> None:
    assert figures("The boy, aged 18 months, was found safe.") == [(18.0, "months old", "age")]
    assert figures("A child under the age of 48 months needs a seat.") == [
        (48.0, "months old", "age")]


def test_a_house_number_in_an_address_is_no_figure() -> None:
    assert figures("The shop is at corso Monforte, 15, Milan.") == []
    assert figures("Their office is at Via Nazionale 12, Rome, he said.") == []


# 4. a team's two records in brackets are no height and weight

def test_a_teams_records_are_no_weight() -> None:
    found = figures("The Eagles (6-5, 3-4) host the Huskies (4-7, 3-4) on Saturday.")
    assert not [f for f in found if f[2] == "mass"]
    assert figures("Guard Ana Ruiz (6-2, 215) led the team.")[-1] == (215.0, "pounds", "mass")


# 5. an index level after 'points, or N%, to' is no percentage

def test_an_index_level_after_a_share_is_no_percentage() -> None:
    found = figures("The Dow fell 102.2 points, or 0.36%, to 27,934.02.")
    assert (0.36, "%", "percent") in found
    assert (27934.02, "points", "count") in found
    assert figures("The index rose 0.8% to 3,120.46.")[-1] == (3120.46, "points", "count")


def test_a_brand_before_a_model_code_is_no_counted_noun() -> None:
    assert figures("The firm ordered 50 Airbus A350-900 jets last week.") == [
        (50.0, "jets", "count")]
