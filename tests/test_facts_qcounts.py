"""Quantities, round 3: counts of people in their general forms (a noun list derived from
WordNet, 'two of the X', 'the five' referring back), trailing qualifiers, ages in months.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from storyweave.facts.quantities import extract_quantities
from storyweave.facts.traits import names_people, noun_class
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences


def make(text: str, published: str | None = "2021-03-04") -> Article:
    return Article(id=article_id(text), source="x.txt", text=text, published=published,
                   sentences=split_sentences(text))


def figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


@pytest.mark.parametrize("noun", ["hijackers", "pensioners", "bombers", "missionaries",
                                  "policemen", "alumni", "witnesses", "arsonists"])
def test_nouns_naming_people_come_from_the_derived_list(noun: str) -> None:
    assert names_people(noun, plural_only=True)


@pytest.mark.parametrize("noun", ["tents", "events", "bridges", "homes", "daughters", "cousins"])
def test_things_and_relatives_are_not_counts_of_people(noun: str) -> None:
    assert not names_people(noun, plural_only=True)


def test_a_singular_noun_is_not_a_plural_count() -> None:
    assert names_people("hijacker") and not names_people("hijacker", plural_only=True)


def test_noun_class_of_things_people_and_unknown_agent_nouns() -> None:
    assert noun_class("tents", " tents were sent") == "thing"
    assert noun_class("hijackers", " hijackers were seen") == "person"
    assert noun_class("co-plotters", " co-plotters were seen") == ""  # not listed: unknown


@pytest.mark.parametrize(("text", "expected"), [
    ("Police said four alleged arson suspects were held.", (4.0, "suspects")),
    ("Witnesses saw three masked hijackers board the bus.", (3.0, "hijackers")),
    ("Nine Red Cross volunteers reached the village.", (9.0, "volunteers")),
    ("Ten Maple County pensioners signed the letter.", (10.0, "pensioners")),
])
def test_spelled_out_counts_of_people_with_modifiers(text: str, expected: tuple) -> None:
    assert expected in [(v, u) for v, u, _ in figures(text)]


def test_spelled_out_counts_of_things_stay_out() -> None:
    assert figures("The storm destroyed two bridges and three tents near the lake.") == []


def test_part_of_a_group_of_people() -> None:
    found = extract_quantities(make("The court heard that the plotters met two of the "
                                    "harbour arsonists in May."))
    assert [(m.claim.value, m.claim.unit, m.part) for m in found] == [(2.0, "arsonists", True)]


def test_one_of_them_or_one_speaker_is_not_a_count() -> None:
    assert figures("One resident said the water rose fast. One of the guards, Ana Ruiz, "
                   "waved.") == []


def test_the_five_refers_back_to_an_earlier_count_however_far() -> None:
    text = ("Five men were convicted on Monday. The trial took a year. Jurors heard from "
            "forty witnesses. The judge thanked them. All five were jailed for life. "
            "The five convicted are brothers.")
    got = [(v, u) for v, u, _ in figures(text)]
    assert got.count((5.0, "men")) == 3
    assert (40.0, "witnesses") in got


def test_the_n_with_no_earlier_count_is_left_out() -> None:
    assert figures("The council met. The seven voted against the plan.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The fifty or so bodies were taken away.", (50.0, "bodies", "about")),
    ("Rescuers found 12 or more survivors under the hotel.", (12.0, "survivors", "at least")),
    ("A hundred-odd firefighters fought the blaze.", (100.0, "firefighters", "about")),
    ("Crews can carry 30 or fewer passengers.", (30.0, "passengers", "up to")),
])
def test_trailing_qualifiers(text: str, expected: tuple) -> None:
    assert expected in figures(text)


def test_a_bare_figure_with_a_trailing_qualifier_takes_the_unit_before_it() -> None:
    found = figures("The main shock was 6.4 on the Richter scale; later shocks were 4.5 or "
                    "greater.")
    assert (4.5, "magnitude", "at least") in found


def test_casualties_in_a_list_and_done_to_a_counted_group() -> None:
    text = ("The storm killed about 3,000 people. Officials said 2,500 have been buried, "
            "with 41,000 injured and 650 disappeared.")
    got = figures(text)
    assert (2500.0, "people", None) in got
    assert (41000.0, "injured", None) in got and (650.0, "disappeared", None) in got


def test_age_in_months() -> None:
    found = extract_quantities(make("He spoke to his six month old son on the phone."))
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (6.0, "months old", "age")]
    assert found[0].base == pytest.approx(0.5)


def test_an_old_year_after_in_is_not_a_figure() -> None:
    assert figures("A quake of that magnitude was last recorded in 1692.") == []


def test_a_count_of_people_after_of_is_a_count() -> None:
    assert (3.0, "men", None) in figures("Police believe she travelled north in the company "
                                         "of three men.")
    assert figures("He is the father of his two sons.") == []  # relatives, after 'his'


def test_both_ends_of_an_age_range_are_ages() -> None:
    found = extract_quantities(make("Pupils aged from 5 to 11 years attend the school, and "
                                    "jail terms of up to 15 years apply."))
    assert [(m.claim.value, m.dimension) for m in found] == [
        (5.0, "age"), (11.0, "age"), (15.0, "duration")]


@pytest.mark.parametrize(("text", "rate"), [
    ("Up to 10,000 people a day cross the bridge.", "day"),
    ("The river rose 2 meters within an hour.", None),
    ("The level climbed 3 meters inside of an hour.", None),
    ("Crews worked for a week to clear 400 homes.", None),
])
def test_how_long_is_not_how_often(text: str, rate: str | None) -> None:
    assert [m.rate for m in extract_quantities(make(text))] == [rate]


def test_the_one_as_a_pronoun_is_not_a_count() -> None:
    text = ("At least one guard was hurt. Police found a knife like the one used in the attack. "
            "The ministry said at least one female guard was safe.")
    got = [(v, u) for v, u, _ in figures(text)]
    assert got == [(1.0, "guard"), (1.0, "guard")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A 5,000-strong crowd marched to the square.", (5000.0, "people", None)),
    ("Some 1.5m people fled the coast.", (1.5e6, "people", "about")),
    ("The new wall is 3,000m long.", (3000.0, "m", None)),
])
def test_written_forms_of_counts_and_metres(text: str, expected: tuple) -> None:
    assert figures(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested 12. The rest fled.", (12.0, "people", None)),
    ("The blast injured more than 1,400, officials said.", (1400.0, "people", "more than")),
    ("Eleven died in the crash.", (11.0, "people", None)),
    ("Seven have died since Monday.", (7.0, "people", None)),
])
def test_a_bare_figure_done_to_or_dying_counts_people(text: str, expected: tuple) -> None:
    assert figures(text) == [expected]


def test_a_mother_of_two_counts_her_children_not_the_dead() -> None:
    found = extract_quantities(make("A mother of two died when a van struck her car."))
    assert [(m.claim.value, m.claim.unit, m.dimension) for m in found] == [
        (2.0, "children", "offspring")]  # a figure of its own, never a count of casualties
    assert figures("The plant released 300 tons of ash.") == [(300.0, "tonnes", None)]


def test_kinds_of_people_written_capitalised_count_only_when_asked() -> None:
    assert names_people("Britons", plural_only=True, capitalised=True)
    assert not names_people("Britons", plural_only=True)  # what other stages ask stays as it was
    got = [(v, u) for v, u, _ in figures("Three Americans and two Britons were hurt.")]
    assert got == [(3.0, "americans"), (2.0, "britons")]


def test_square_units_follow_the_word_after_square() -> None:
    found = extract_quantities(make("The wreck lies within about 2 square miles (5 square "
                                    "kilometers) of the buoy."))
    assert [(m.claim.unit, m.dimension) for m in found] == [("square miles", "area"),
                                                            ("square km", "area")]
    assert found[1].base == pytest.approx(5.0) and found[0].base == pytest.approx(2 * 2.59, 0.01)
