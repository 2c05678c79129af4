"""Quantities, round 10b: agent nouns naming machines or firms are not counts of people, and
hours and minutes written short or glued to the figure ('1hr 4 mins'). Every text here is
written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from test_facts_qcounts import figures


def test_machines_named_by_agent_nouns_are_not_counts_of_people() -> None:
    assert figures("Two servers failed overnight at the depot.") == []
    assert figures("The rack holds up to 64 processors.") == [(64.0, "processors", "up to")]


def test_firms_of_a_named_trade_are_not_counts_of_people() -> None:
    assert figures("All three mobile operators lost service in Norland.") == []
    assert figures("The region's two energy providers raised prices.") == []


def test_people_counts_are_kept() -> None:
    assert figures("Three operators were hurt at the plant.") == [(3.0, "operators", None)]
    assert figures("Two miners were hurt at the plant.") == [(2.0, "miners", None)]


def test_hours_and_minutes_written_short_or_glued() -> None:
    assert figures("Total downtime was 1hr 4 mins.") == [(1.0, "hours", None),
                                                         (4.0, "minutes", None)]
    assert figures("It was out for 2hrs 15mins on Monday.") == [(2.0, "hours", None),
                                                             (15.0, "minutes", None)]


def test_one_time_in_parts_in_two_articles_is_one_agreeing_fact() -> None:
    a = make("The outage at Norland Cable ended at noon. Total downtime was 1hr 4 mins, the "
             "company said.", "a")
    b = make("Norland Cable said its outage ended at noon. Total downtime was 1hr 4 mins, "
             "it said.", "b")
    facts = check(a, b)
    fact = holding(facts, a, 1)
    assert fact is holding(facts, b, 4) and fact.status == "agree"


def test_times_in_parts_that_differ_conflict() -> None:
    a = make("The outage at Norland Cable ended at noon. Total downtime was 1hr 4 mins, the "
             "company said.", "a")
    b = make("Norland Cable said its outage ended at noon. Total downtime was 1hr 40 mins, "
             "it said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 1).status == "conflict"


def test_a_count_of_a_makers_or_models_things_is_kept() -> None:
    assert figures("The firm put 384 Nordic Chip dual-core processors in a box.") == [
        (384.0, "processors", None)]
    assert figures("It launched a server powered by 64 Nordic Xeon processors.") == [
        (64.0, "processors", None)]


def test_a_figure_before_a_capitalised_singular_name_is_still_a_name() -> None:
    assert figures("He joined the 8 Street gang in the spring.") == []


def test_rack_units_glued_to_the_figure() -> None:
    assert figures("The bricks are just 10U in size, not two full racks (84U!).") == [
        (10.0, "U", None), (84.0, "U", None)]
    assert all(unit != "U" for _, unit, _ in figures("About 10 U.S. diplomats flew home."))


def test_the_size_of_a_family_is_a_figure_of_its_own() -> None:
    assert figures("A family of five was moved out of the flat.") == [(5.0, "family", None)]
    assert figures("The family of the driver spoke.") == []


def test_an_age_before_a_possessive_name_is_that_persons() -> None:
    from storyweave.facts.quantities import extract_quantities
    from test_facts_qcounts import make as article

    text = "He showed a photo of 20-year-old victim Ana Ruiz's car to the jury."
    assert [m.label for m in extract_quantities(article(text))] == ["age of Ruiz"]


def test_a_photo_projected_onto_a_screen_is_no_forecast() -> None:
    from storyweave.facts.quantities import extract_quantities
    from test_facts_qcounts import make as article

    shown = "The lawyer projected onto a screen a photo of 20-year-old Ana Ruiz in court."
    said = "Sales are projected to reach 20 million units next year."
    assert [m.forecast for m in extract_quantities(article(shown))] == [False]
    assert [m.forecast for m in extract_quantities(article(said))] == [True]
