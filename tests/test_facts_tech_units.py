"""Quantities, round 6: technical units built from SI/IEC prefixes and unit symbols, matched
with their case ('5 MW' is not '5 mW'). Every text here is written for the test."""

from __future__ import annotations

import pytest

import facts_story
from storyweave.facts.quantities import extract_quantities
from storyweave.facts.units import measure
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences


def make(text: str) -> Article:
    return Article(id=article_id(text), source="x.txt", text=text, published="2021-03-04",
                   sentences=split_sentences(text))


def figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


@pytest.mark.parametrize(("word", "dimension", "factor"), [
    ("GHz", "frequency", 1e9), ("kHz", "frequency", 1e3), ("TB", "data", 1e12),
    ("GiB", "data", 2.0**30), ("Mb", "data", 1e6 / 8), ("Mbps", "data rate", 1e6),
    ("mAh", "charge", 1e-3), ("MW", "power", 1e6), ("mW", "power", 1e-3),
    ("kWh", "energy", 1e3), ("Gigabytes", "data", 1e9), ("megawatts", "power", 1e6),
])
def test_prefixed_units_are_known_with_their_scale(word: str, dimension: str,
                                                   factor: float) -> None:
    found = measure(word)
    assert found is not None and found[0] == dimension and found[1] == pytest.approx(factor)


@pytest.mark.parametrize("word", ["TV", "MA", "PA", "A", "V", "Gg", "the", "in"])
def test_words_and_abbreviations_are_not_units(word: str) -> None:
    assert measure(word) is None


def test_figures_glued_to_or_spaced_from_a_symbol_are_measured() -> None:
    got = figures("The tablet runs at 1.9GHz, ships with 6 GB of memory and a 4,100 mAh "
                  "battery, and stores up to 256GB.")
    assert (1.9, "GHz", None) in got and (6.0, "GB", None) in got
    assert (4100.0, "mAh", None) in got and (256.0, "GB", "up to") in got


def test_spelled_units_and_power_plants() -> None:
    got = figures("The plant will produce 450 megawatts, enough to fill 12 terabytes of logs.")
    assert (450.0, "megawatts", None) in got and (12.0, "terabytes", None) in got


def test_a_capitalised_name_before_a_measured_figure_is_not_an_identifier() -> None:
    assert (3.0, "GHz", None) in figures("The Orbix 3 GHz chip is fast.")
    assert not figures("The Orbix 3 chip is fast.")


@pytest.mark.parametrize("text", [
    "The 12-inch version costs more.", "Both the 10-and 12-inch models sell well.",
    "The 14-inch Zenbar ships in May.", "Buyers of the 12-inch will wait.",
])
def test_a_size_that_names_a_model_is_not_a_quantity(text: str) -> None:
    assert not [f for f in figures(text) if f[1] in ("inches", "ands")]


def test_a_size_of_a_part_is_a_quantity() -> None:
    assert (14.0, "inches", None) in figures("The phone gets a 14-inch screen and a 9-inch "
                                             "pipe of cables, and it is 0.5 inches thin.")
    assert (0.5, "inches", None) in figures("It is 0.5 inches thin.")


@pytest.mark.parametrize("text", ["a 1,024 x 600 display", "a 1024x600 resolution",
                                  "at 1,024 by 600 pixels", "a screen of 1,024 pixels by 600."])
def test_both_sides_of_a_resolution_are_pixels(text: str) -> None:
    got = figures(text)
    assert (1024.0, "pixels", None) in got and (600.0, "pixels", None) in got


def test_a_product_of_two_figures_without_a_screen_word_is_not_a_resolution() -> None:
    assert (600.0, "pixels", None) not in figures("The room is 1024 by 600 metres.")


def test_inch_marks_after_a_figure() -> None:
    assert (10.1, "inches", None) in figures("It has a 10.1″ touch screen.")
    assert (10.1, "inches", None) in figures('It has a 10.1" touch screen.')


def test_a_quote_mark_after_a_figure_is_not_an_inch_mark() -> None:
    assert (7.0, "inches", None) not in figures('"We sold 7" he said, "and more."')
    assert (7.0, "inches", None) not in figures('She said: "the price is 7" and left.')


@pytest.mark.parametrize(("text", "value"), [
    ("Her uncle died at age 61 of a fever.", 61.0),
    ("She was elected before the age of 35.", 35.0),
    ("He was the first surgeon under 35 to lead the board.", 35.0),
    ("Free tickets go to children under 12 this week.", 12.0),
])
def test_ages_named_as_limits(text: str, value: float) -> None:
    assert [f for f in figures(text) if f[0] == value and f[1] == "years old"]


def test_an_age_limit_has_its_qualifier() -> None:
    assert (35.0, "years old", "less than") in figures("She was elected before the age of 35.")
    assert (65.0, "years old", "more than") in figures("Anyone over age 65 can vote by post.")


def test_a_count_or_measure_after_under_is_no_age() -> None:
    assert not [f for f in figures("The surgeon under 35 patients' care stayed.")
                if f[1] == "years old"]
    assert not [f for f in figures("A worker under 3 metres of snow was saved.")
                if f[1] == "years old"]


def test_the_model_a_sentence_names_by_size_is_the_thing_its_figures_belong_to() -> None:
    text = ("The 11-inch Zenbar costs $999 with 4GB of memory.\n"
            "Both the 13-and 15-inch models get 8GB of memory.\nIt runs for 7 hours.")
    things = {(m.claim.value, m.claim.unit): m.thing for m in extract_quantities(make(text))}
    assert things[(999.0, "USD")] == "11in" and things[(4.0, "GB")] == "11in"
    assert things[(8.0, "GB")] == "13in 15in" and things[(7.0, "hours")] == ""


def test_a_part_of_someones_people_counts_them() -> None:
    assert (3.0, "teachers", None) in figures("She thanked three of her teachers by name.")
    assert not [f for f in figures("He met one of his cousins.") if f[0] == 1.0]


def test_the_two_sides_of_a_resolution_are_one_fact_that_agrees_across_articles() -> None:
    one = facts_story.make("The Velo tablet has a 2,560 x 1,600 display.", "a")
    two = facts_story.make("Its screen shows 2560x1600 pixels, reviewers said.", "b")
    other = facts_story.make("The cheaper model keeps a 1,280 x 800 display.", "c")
    facts = [f for f in facts_story.check(one, two, other) if f.claims[0].unit == "pixels"]
    pair = next(f for f in facts if any(c.value == 2560 for c in f.claims))
    assert {c.value for c in pair.claims} == {2560, 1600}
    assert {c.article for c in pair.claims} == {one.id, two.id}
    assert pair.status == "agree"
    assert not any(c.article == other.id for c in pair.claims)  # not a range


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The tablet shows 1920x1200 pixels.", 1920.0, "pixels"),
    ("It packs a 2000 mAh battery.", 2000.0, "mAh"),
    ("The radio uses the 1900 MHz band.", 1900.0, "MHz"),
])
def test_a_figure_shaped_like_a_year_with_a_technical_unit_is_a_measure(
        text: str, value: float, unit: str) -> None:
    assert (value, unit, None) in figures(text)


def test_years_before_capitalised_words_stay_years() -> None:
    assert figures("In 2010 MPs voted, and the 1999 Act was repealed.") == []


def test_figures_of_two_products_named_in_words_are_two_facts() -> None:
    air = facts_story.make("The new ZenBook Air has a 1.7GHz processor and sells for $999.", "a")
    pro = facts_story.make("The new ZenBook Pro has a 2.3GHz processor and sells for $1,499.", "b")
    air2 = facts_story.make("Reviewers liked the Zenbook Air: its 1.7 GHz chip is quick.", "c")
    facts = facts_story.check(air, pro, air2)
    clock = facts_story.holding(facts, air, 1.7)
    assert {c.article for c in clock.claims} == {air.id, air2.id}  # any case, same product
    assert clock.status == "agree"
    assert all(len({c.article for c in f.claims}) == 1 or pro.id not in
               {c.article for c in f.claims} for f in facts)  # the Pro's figures stand alone


def test_a_product_is_the_first_the_sentence_names() -> None:
    import re

    from storyweave.facts.traits import named_product

    text = "The new ZenBook Pro, as thin as a ZenBook Air, weighs 2 kg."
    m = re.search(r"2", text)
    assert named_product(text, m, "mass", text) == "zenbook pro"
    assert named_product(text, m, "count", text) == ""
    assert named_product("Mr. McKay ran 5 km.", re.search("5", "Mr. McKay ran 5 km."),
                         "distance", "Mr. McKay ran 5 km.") == ""
