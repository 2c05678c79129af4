"""Quantities, round 8: ages set off after a full name at a sentence's end or before 'and
from', a parent's children ('a father-of-three'), and 'N of X's friends'. Every text here
is written for the test."""

from __future__ import annotations

import pytest

import facts_story as fs
from storyweave.facts.quantities import extract_quantities
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences


def make(text: str, published: str | None = "2021-03-04") -> Article:
    return Article(id=article_id(text), source="x.txt", text=text, published=published,
                   sentences=split_sentences(text))


def figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


@pytest.mark.parametrize("text", [
    "Police named the victim as Maria Okafor, 41.",
    "The dead woman was Maria Okafor, 41.\nHer brother spoke to reporters.",
    "Daniel Brennan, 41 and from Leeds, was charged on Monday.",
    "Daniel Brennan, 41 and of no fixed address, was charged.",
])
def test_an_age_set_off_after_a_full_name_ends_there(text: str) -> None:
    assert figures(text) == [(41.0, "years old", None)]


@pytest.mark.parametrize("text", [
    "Daniel Brennan, 341.",  # no age
    "They visited Leeds, 4.",  # one capitalised word: not a full name
])
def test_a_figure_after_one_word_or_a_large_number_is_no_age(text: str) -> None:
    assert all(unit != "years old" for _, unit, _ in figures(text))


@pytest.mark.parametrize("text", [
    "Neighbours mourned the divorced mother-of-two.",
    "Neighbours mourned the divorced mother of two.",
    "A grandfather-of-two was among those rescued.",
])
def test_a_parent_of_n_counts_children(text: str) -> None:
    assert figures(text) == [(2.0, "children", None)]


def test_hyphenated_names_with_figures_stay_out() -> None:
    assert figures("The F-16 and the MiG-29 flew over.") == []


def test_a_part_of_someones_people_is_counted() -> None:
    assert figures("Seven of Brennan's friends attended court.") == [(7.0, "friends", None)]
    assert figures("Two of Okafor’s neighbours saw him.") == [(2.0, "neighbours", None)]


def test_a_parents_children_are_never_one_fact_with_the_dead() -> None:
    one = fs.make("Police found two women dead in a house on Main Street.", "a")
    two = fs.make("Friends mourned the murders of the mother-of-two and her daughter.", "b")
    facts = fs.check(one, two)
    assert len(facts) == 2 and all(f.status == "single" for f in facts)


@pytest.mark.parametrize("text, expected", [
    ("A magnitude-5.9 earthquake struck the coast on Monday.", [(5.9, "magnitude", None)]),
    ("Quake Of Magnitude 5.9 Strikes Coast", [(5.9, "magnitude", None)]),
    ("The storm hit the coast on Monday, killing at least one and injuring dozens.",
     [(1.0, "people", "at least")]),
    ("It followed a raid on Sunday which he said killed seven.", [(7.0, "people", None)]),
    ("He said at least 30 of the injured were taken to hospital.",
     [(30.0, "injured", "at least")]),
    ("Nine children were killed and 12 trapped under rubble.",
     [(9.0, "children", None), (12.0, "trapped", None)]),
])
def test_casualties_and_magnitudes_in_their_short_forms(text: str, expected: list) -> None:
    assert figures(text) == expected


def test_a_capitalised_word_before_a_number_is_still_an_identifier() -> None:
    assert figures("Flight 447 left at noon.") == []


def test_a_peoples_name_in_ese_counts_people() -> None:
    assert figures("More than 30,000 Sudanese have found refuge there.") == [
        (30000.0, "sudanese", "more than")]
    assert figures("He sold 40 Chinese vases.") == [(40.0, "vases", None)]
    assert figures("The 2,000 Japanese yen note.") == []


def test_a_persons_age_a_year_later_is_the_same_fact_changed() -> None:
    a = fs.make("Sgt. Dana Whitlock, 31, was charged with abuse at the base.", "a",
                "2005-07-28")
    b = fs.make("Former sergeant Dana Whitlock, 32, was convicted on Thursday.", "b",
                "2006-06-02")
    c = fs.make("Former sergeant Dana Whitlock, 34, was released on Monday.", "c",
                "2006-08-01")
    facts = fs.check(a, b, c)
    fact = fs.holding(facts, a, 31)
    assert fact is fs.holding(facts, b, 32) and fact.status == "agree"
    assert fs.holding(facts, c, 34) is not fact  # two years older in two months: another age
