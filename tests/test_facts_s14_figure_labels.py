"""Facts, session 14: a figure's label and qualifier read from its own words: the second verb
of a coordination governs its own object, 'X or less' keeps its bound after a unit, a label
cut at a function word ends at its noun, a rate is the figure's own, and a money verb labels
the sums it governs. Every text here is written for the test."""

from __future__ import annotations

from facts_story import make
from storyweave.facts.crosscheck import _readable
from storyweave.facts.quantities import extract_quantities


def mentions(text: str):
    return extract_quantities(make(text))


def labels(text: str) -> list[str]:
    found = mentions(text)
    return [_readable(m.label, [m]) for m in found]


# 1. whose verb a figure is the object of

def test_the_second_verb_of_a_coordination_governs_its_own_object() -> None:
    found = mentions("The storm killed about 900 people and affected two million, the agency "
                     "said.")
    assert [m.claim.value for m in found] == [900, 2_000_000]
    assert "death" in found[0].frame
    assert "death" not in found[1].frame
    assert labels("The storm killed about 900 people and affected two million, the agency "
                  "said.") == ["people killed", "people"]


def test_victims_who_are_treated_were_not_killed() -> None:
    found = mentions("Four hundred victims of the flood have been treated at the stadium.")
    assert [m.claim.value for m in found] == [400]
    assert "death" not in found[0].frame


# 2. a trailing bound after a unit

def test_or_less_after_a_unit_is_an_upper_bound() -> None:
    found = mentions("Forecasters expect swells of 30 centimeters or less on the bay.")
    assert [(m.claim.value, m.claim.qualifier) for m in found] == [(30, "up to")]
    found = mentions("Only wells of 200 meters or more are listed.")
    assert [m.claim.qualifier for m in found] == ["at least"]


# 3. labels from the figure's own words

def test_a_rate_elsewhere_in_the_sentence_is_not_the_figures() -> None:
    assert labels("The bakery is a family shop with 40 workers, while the mill took a day "
                  "off on Monday.") == ["workers"]
    assert labels("The camp fed 600 children a day in the spring.") == ["children per day"]


def test_a_rate_word_in_the_label_is_not_said_twice() -> None:
    assert labels("The deal gives 14 extra weekly payments to each farmer.") == [
        "extra weekly payments"]


def test_a_share_label_ends_at_its_noun() -> None:
    assert labels("Nearly 60 percent of the parts from a broken engine were sold.") == [
        "share of parts"]
    assert labels("Some 15 percent of the Daily Courier's readers live abroad.") == ["share"]


def test_a_report_or_a_range_of_a_figure_is_no_group_size() -> None:
    assert labels("The quake, of magnitude 6.9, was revised down from an initial report of "
                  "7.3.") == ["magnitude (magnitude)", "magnitude (magnitude)"]
    assert labels("Brokers put the fall in a range of 25 to 40 percent.") == [
        "percentage", "percentage"]
    assert labels("The choir of 40 singers sang.") == ["choir size"]


def test_a_money_verb_labels_only_the_sum_it_governs() -> None:
    text = "The fund, which raised $35m last year, gave $2m to the clinic and $1m to a school."
    assert labels(text) == ["amount raised (USD)", "amount (USD)", "amount (USD)"]
    assert labels("The city spent $4m on roads and $9m was pledged by donors.") == [
        "amount spent (USD)", "amount pledged (USD)"]
