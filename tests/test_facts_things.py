"""A fact is about one thing: measures of differently named things and pairs that may never
meet stay apart, whatever their units and values."""

from __future__ import annotations

import re

import numpy as np

from facts_story import check, holding, make
from storyweave.facts.grouping import CANNOT, cluster
from storyweave.facts.traits import measured_thing

FIGURE = re.compile(r"\d+(?:\.\d+)?")


def thing(text: str, number: str, dimension: str = "distance") -> str:
    m = next(m for m in FIGURE.finditer(text) if m.group(0) == number)
    return measured_thing(text, m, dimension)


def test_a_measure_names_the_place_or_thing_it_belongs_to() -> None:
    assert thing("It struck 65 kilometers northwest of Villa Norte.", "65") == "norte villa"
    assert thing("It lay 102 km to the south of Puerto Alto.", "102") == "alto puerto"
    assert thing("It was 66 km (41 miles) southeast of Loma.", "41") == "loma"
    assert thing("He won by 23 seconds over Ivo Marsh.", "23", "duration") == "ivo marsh"


def test_a_class_word_of_a_name_is_left_out() -> None:
    text = "The route climbs the Col de Brava (17 km at 7.2%) and Mont Ciel (9 km at 6%)."
    assert thing(text, "17") == "brava"
    assert thing(text, "7.2", "percent") == "brava"
    assert thing(text, "9") == "ciel"


def test_counts_and_unnamed_measures_name_no_thing() -> None:
    assert thing("About 6,000 migrants from Nordland arrived.", "000", "count") == ""
    assert thing("It occurred at a depth of 30 km, officials said.", "30") == ""
    assert thing("It had a magnitude of 5.6, and occurred near the coast.", "5.6",
                 "magnitude") == ""


def test_close_distances_to_two_named_towns_are_two_facts() -> None:
    said = "in the night, at a shallow depth under the sea, the national seismic survey said."
    a = make(f"The strong tremor was centred 40 km north of Rosa {said}", "a", "2021-03-02")
    b = make(f"The strong tremor was centred 42 km north of Lindo {said}", "b", "2021-03-02")
    facts = check(a, b)
    assert holding(facts, a, 40) is not holding(facts, b, 42)
    assert all(f.status == "single" for f in facts)


def test_distances_to_one_named_town_are_still_compared() -> None:
    a = make("The tremor was centred 40 km north of Villa Rosa, the survey said.", "a")
    b = make("The tremor was centred 48 km north of Villa Rosa, the survey said.", "b")
    fact = holding(check(a, b), a, 40)
    assert {c.value for c in fact.claims} == {40, 48}
    assert fact.status == "conflict"


def test_two_named_climbs_in_a_list_are_separate_facts() -> None:
    a = make("The stage crosses the Col de Brava (17 km at 7.2%) before the finish.", "a",
             "2021-07-20")
    b = make("The stage crosses the Col de Monta (19 km at 6.5%) before the finish.", "b",
             "2021-07-22")
    facts = check(a, b)
    assert holding(facts, a, 17) is not holding(facts, b, 19)
    assert holding(facts, a, 7.2) is not holding(facts, b, 6.5)
    assert all(f.status == "single" for f in facts)


def test_a_pair_that_may_never_meet_keeps_its_clusters_apart() -> None:
    # 3 is close to 1 and 2 but may never be one fact with 0: averaging the pairs must not
    # bring it into 0's cluster anyway
    sim = np.array([[1.0, 0.9, 0.9, CANNOT],
                    [0.9, 1.0, 0.9, 0.9],
                    [0.9, 0.9, 1.0, 0.9],
                    [CANNOT, 0.9, 0.9, 1.0]])
    groups = cluster(sim, 0.25)
    assert not any({0, 3} <= set(g) for g in groups)


def test_a_measure_given_weeks_apart_with_another_value_is_another_event() -> None:
    # two tremors of one region, each reported on its own day: different magnitudes and
    # depths are two events, not a conflict and not a figure that changed over time
    a = make("A tremor of magnitude 5.5 shook the coast at a depth of 30 km, the seismic "
             "service said.", "a", "2021-05-05")
    b = make("A tremor of magnitude 6.1 shook the coast at a depth of 34 km, the seismic "
             "service said.", "b", "2021-07-14")
    facts = check(a, b)
    assert holding(facts, a, 5.5) is not holding(facts, b, 6.1)
    assert holding(facts, a, 30) is not holding(facts, b, 34)
    assert all(f.status == "single" for f in facts)


def test_the_same_measure_weeks_apart_still_agrees() -> None:
    a = make("The great quake of magnitude 8.8 shook the coast, the seismic service said.", "a",
             "2021-02-27")
    b = make("Months after the great quake of magnitude 8.8 shook the coast, towns rebuild.", "b",
             "2021-06-30")
    fact = holding(check(a, b), a, 8.8)
    assert {c.article for c in fact.claims} == {a.id, b.id}
    assert fact.status == "agree"


def test_a_measure_days_apart_is_still_compared() -> None:
    a = make("The tremor had a magnitude of 7.0, the seismic service said.", "a", "2021-01-12")
    b = make("The tremor had a magnitude of 7.3, the seismic service said.", "b", "2021-01-13")
    fact = holding(check(a, b), a, 7.0)
    assert {c.value for c in fact.claims} == {7.0, 7.3}
    assert fact.status != "single"


def test_a_range_weeks_apart_holds_a_figure_inside_it() -> None:
    a = make("The wreck may lie at a depth of 2,000 or 3,000 metres, the navy said.", "a",
             "2021-06-02")
    b = make("The wreck may lie at a depth of 3,000 metres, the navy said.", "b", "2022-05-06")
    fact = holding(check(a, b), b, 3000)
    assert {c.value for c in fact.claims} == {2000, 3000}


def test_a_count_may_still_grow_weeks_apart() -> None:
    a = make("The flood has killed 120 people in the valley, officials said.", "a", "2021-01-01")
    b = make("The flood has killed 180 people in the valley, officials said.", "b", "2021-02-01")
    fact = holding(check(a, b), a, 120)
    assert {c.value for c in fact.claims} == {120, 180}


def test_from_one_figure_to_another_is_a_change_not_a_range() -> None:
    a = make("The bonus expands her lead from 13 to 33 seconds.", "a", "2021-07-08")
    b = make("She won the race by 23 seconds over the runner-up.", "b", "2021-07-29")
    facts = check(a, b)
    assert holding(facts, b, 23) is not holding(facts, a, 13)
    assert holding(facts, b, 23) is not holding(facts, a, 33)


def test_a_measure_dated_in_its_sentence_belongs_to_that_day() -> None:
    # two days apart by publication, but the second sentence dates its quake months earlier
    a = make("A tremor of magnitude 5.8 shook the coast, the seismic service said.", "a",
             "2021-10-22")
    b = make("On March 11, a tremor of magnitude 6.9 shook the coast, the seismic service "
             "said.", "b", "2021-10-24")
    facts = check(a, b)
    assert holding(facts, a, 5.8) is not holding(facts, b, 6.9)
    assert all(f.status == "single" for f in facts)


def test_a_place_and_its_adjective_name_one_thing() -> None:
    a = make("The ship sank about 190 miles off the Nordish coast, the coast guard said.", "a")
    b = make("The ship sank about 190 miles off the coast of Nordland, the coast guard "
             "said.", "b")
    fact = holding(check(a, b), a, 190)
    assert {c.article for c in fact.claims} == {a.id, b.id}


def test_initials_with_or_without_points_are_one_name() -> None:
    assert thing("The camp is about 300 miles south of the U.S. border.", "300") == "us"
    assert thing("The camp is about 300 miles south of the US border.", "300") == "us"
    assert thing("It is 40 miles from the U.K. coast.", "40") == thing(
        "It is 40 miles from the UK coast.", "40")
    a = make("So far the convoy is about 300 miles south of the US border.", "Coast News")
    b = make("The convoy, roughly 300 miles south of the U.S. border, moved on.", "Daily Star")
    fact = holding(check(a, b), a, 300.0)
    assert {c.article for c in fact.claims} == {a.id, b.id}
    assert fact.status == "agree"
