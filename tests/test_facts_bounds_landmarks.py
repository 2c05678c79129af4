"""Grouping and status, round 8: a bound agrees with any figure on its side, a distance in
brackets converted into another unit is one figure, and distances from one landmark group.
Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import check, holding, make
from storyweave.facts.quantities import extract_quantities


def test_a_bound_agrees_with_a_figure_on_its_side() -> None:
    a = make("The camp lies less than 25 km (15 miles) from the border, aid workers said.",
             "a")
    b = make("Aid workers said the camp, located 10 miles south of the border, was hit.", "b")
    fact = holding(check(a, b), b, 10)
    assert {c.article for c in fact.claims} == {a.id, b.id}
    assert fact.status == "agree"


def test_a_bound_still_conflicts_with_a_figure_beyond_it() -> None:
    a = make("The quake killed at least 40 people in the valley, officials said.", "a",
             "2021-03-04")
    b = make("Officials said the quake killed 12 people in the valley.", "b", "2021-03-04")
    fact = holding(check(a, b), b, 12)
    assert fact.status == "conflict" or a.id not in {c.article for c in fact.claims}


def test_two_figures_that_differ_still_conflict_beside_a_bound() -> None:
    a = make("The storm destroyed more than 120 homes in the district, officials said.", "a")
    b = make("Officials said the storm destroyed 125 homes in the district.", "b")
    c = make("The storm destroyed 190 homes in the district, officials said.", "c")
    assert holding(check(a, b, c), b, 125).status == "conflict"


def test_a_distance_converted_in_brackets_is_one_figure() -> None:
    found = extract_quantities(make("The camp is less than 25 km (15 miles) from the border."))
    assert [(m.claim.value, m.claim.unit, m.claim.qualifier) for m in found] == [
        (25.0, "km", "less than"), (15.0, "miles", None)]
    assert found[0].link is not None  # the conversion continues the figure


def test_distances_from_one_landmark_are_one_fact_however_worded() -> None:
    a = make("There were no reports of casualties at the settlement, some 40 km from the "
             "coast.", "a")
    b = make("Rescuers reached the hamlet, located about 25 miles inland from the coast, on "
             "foot.", "b")
    facts = check(a, b)
    assert holding(facts, a, 40) is holding(facts, b, 25)


def test_distances_from_different_landmarks_stay_apart() -> None:
    a = make("There were no reports of casualties at the settlement, some 40 km from the "
             "coast.", "a")
    b = make("Rescuers reached the hamlet, located about 25 miles from the airport, on foot.",
             "b")
    facts = check(a, b)
    assert holding(facts, a, 40) is not holding(facts, b, 25)


def test_a_sentence_dated_last_year_speaks_of_an_earlier_event() -> None:
    a = make("A strong quake struck the island on Monday, killing at least one person.", "a")
    b = make("Last year, a 5.8-magnitude quake rocked the island's coast, killing at least one "
             "person.", "b")
    c = make("The quake on Monday killed at least one person on the island, police said.", "c")
    facts = check(a, b, c)
    assert holding(facts, a, 1) is holding(facts, c, 1)
    assert holding(facts, b, 1) is not holding(facts, a, 1)


def test_a_comparison_with_last_year_is_a_current_figure() -> None:
    from storyweave.facts.traits import last_year

    assert last_year("Sales rose 5% on last year.") == ""
    assert last_year("It has grown by 40 stores since last year.") == ""
    assert last_year("In March last year a fire destroyed 30 homes.") == "last year"
    assert last_year("Last year, a storm struck, killing four.", opening=True) == "last year"


def test_an_undated_death_toll_that_differs_is_a_toll_that_rose() -> None:
    a = make("A powerful quake struck the valley on Tuesday, killing at least three people, "
             "officials said.", "a")
    b = make("Officials said the quake in the valley had killed 11 people by Tuesday night.",
             "b")
    c = make("The quake that struck the valley on Tuesday killed 24 people, officials said.",
             "c")
    fact = holding(check(a, b, c), a, 3)
    assert {cl.article for cl in fact.claims} == {a.id, b.id, c.id}
    assert fact.status == "agree" and "risen" in (fact.note or "")


def test_a_toll_that_differs_on_one_day_still_conflicts() -> None:
    a = make("The quake in the valley killed 24 people, officials said.", "a", "2021-03-04")
    b = make("Officials said the quake in the valley killed 11 people.", "b", "2021-03-04")
    fact = holding(check(a, b), b, 11)
    assert fact.status == "conflict" or a.id not in {c.article for c in fact.claims}


def test_an_undated_count_of_things_in_a_toll_sentence_still_conflicts() -> None:
    a = make("The wave killed 230,000 people in 13 countries around the ocean.", "a")
    b = make("The wave killed 230,000 people in 14 countries around the ocean.", "b")
    assert holding(check(a, b), a, 13).status == "conflict"


def test_counts_of_two_districts_are_two_facts_and_no_rising_toll() -> None:
    a = make("Twelve people were killed in Ridgeford district, the disaster agency said.", "a")
    b = make("In neighbouring Elmvale district, 10 people were killed, the agency said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 12) is not holding(facts, b, 10)


def test_a_village_may_lie_in_a_district() -> None:
    from storyweave.facts.traits import count_place

    assert count_place("In a village in Ridgeford district, one man was killed", "count") == \
        "district:ridgeford"
    assert count_place("In Oakmere village a landslide killed one man", "count") == \
        "village:oakmere"
    assert count_place("The quake killed 24 people in the region", "count") == ""
    assert count_place("A bridge 40 km long in Ridgeford district", "distance") == ""
    a = make("In a village in Ridgeford district, two men were killed by a landslide, officials "
             "said.", "a")
    b = make("In Oakmere village a landslide killed two men, officials said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 2) is holding(facts, b, 2)


def test_what_a_place_can_hold_is_not_how_many_are_there() -> None:
    a = make("The depot holds enough food for 9,000 refugees, the agency said.", "a")
    b = make("At least 9,000 refugees are living in the camp, the agency said.", "b")
    c = make("One shell hit a 400-pupil school, and 300 pupils were in class at the time.", "c")
    d = make("About 300 pupils were in class at the school when the shell landed.", "d")
    facts = check(a, b, c, d)
    assert holding(facts, a, 9000) is not holding(facts, b, 9000)
    assert holding(facts, c, 400) is not holding(facts, d, 300)
    assert holding(facts, c, 300) is holding(facts, d, 300)


@pytest.mark.parametrize("text, capacity", [
    ("The hall can hold up to 500 people.", True),
    ("They built a 120-bed hospital in the town.", True),
    ("The stadium has a capacity of 40,000 fans.", True),
    ("About 500 people were in the hall.", False),
])
def test_capacity_is_read_from_the_words_around_a_figure(text: str, capacity: bool) -> None:
    assert [m.capacity for m in extract_quantities(make(text))] == [capacity]


def test_a_record_is_no_figure_of_the_event() -> None:
    a = make("A 4.4 quake shook the valley overnight. The largest quake ever recorded in "
             "the valley was 4.5.", "a")
    b = make("The quake that shook the valley overnight had a magnitude of 4.6.", "b")
    facts = check(a, b)
    assert all(c.value != 4.5 for c in holding(facts, b, 4.6).claims)
    assert holding(facts, a, 4.5).status == "single"


def test_a_depth_is_no_distance_from_a_place() -> None:
    a = make("The quake struck 9 miles east of Tarnwick, officials said.", "a")
    b = make("The quake had a depth of 9 miles, officials said.", "b")
    fact = holding(check(a, b), b, 9)
    assert {c.article for c in fact.claims} == {b.id}
    found = extract_quantities(make("The quake was 8 km deep."))
    assert found[0].depth and not found[0].record
