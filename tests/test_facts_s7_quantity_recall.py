"""Session 7, quantity recall: broad readings of what is a figure, each over many kinds of
story ('no one' is nobody; a number heading its phrase takes the noun said before it).
Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


@pytest.mark.parametrize("text", [
    "No one was hurt when the barn burned.",
    "The council said no one had been told about the change.",
    "Rescuers made sure no one was left inside.",
])
def test_no_one_is_nobody_not_a_count(text: str) -> None:
    assert _figures(text) == []


def test_at_least_one_person_killed_still_counts() -> None:
    assert _figures("The storm killed at least one person and injured two others.")[0][0] == 1


@pytest.mark.parametrize("text, figure", [
    ("Rescuers pulled their two surviving climbers from the ice.", (2, "climbers")),
    ("The judge thanked her four remaining jurors.", (4, "jurors")),
])
def test_a_count_of_people_after_a_possessive_counts(text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


def test_relatives_are_not_counted_as_people() -> None:
    assert _figures("The farmer and his two young sons were fishing on the lake.") == []


@pytest.mark.parametrize("text", [
    "The farmer bought two tractors and three ploughs.",
    "Her two novels were translated into Dutch.",
    "Their two companies merged last spring.",
])
def test_small_numbers_in_words_of_things_stay_out(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text, figure", [
    ("Ana Berg scored 22 points and Li Wen added 15.", (15, "points")),
    ("Of the 140 delegates, 96 have voted and 31 are abroad.", (96, "delegates")),
    ("About 900 families slept in the hall and another 400 are waiting.", (400, "families")),
    ("The striker has 41 goals this season; his partner has 37 since March.", (37, "goals")),
    ("The town has 9,000 residents, against the village's 1,200.", (1200, "residents")),
])
def test_a_number_standing_for_a_noun_said_before_it(text: str,
                                                     figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "The council meets on page 20 of the plan.",
    "The train left at 7 in the morning.",
    "Firefighters were called at 3 in the afternoon and left at 5.",
])
def test_labels_and_times_are_not_elided_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text, figure", [
    ("Storm Kills 12; 40 Hurt in Coastal Towns", (40, "hurt")),
    ("Gunman kills 1, injures 3 at warehouse", (3, "people")),
    ("4 Dead, 2 Wounded in Market Blast", (2, "wounded")),
])
def test_headline_forms_count_people(text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


def test_a_headline_verb_before_a_number_is_no_name() -> None:
    assert (12, "people") in _figures("Storm Kills 12; 40 Hurt in Coastal Towns")


def test_as_high_as_is_an_upper_bound() -> None:
    found = extract_quantities(make("Estimates of the toll rise as high as 9,000."))
    assert [(m.claim.value, m.claim.qualifier) for m in found] == [(9000, "up to")]


@pytest.mark.parametrize("text, figure", [
    ("The champion is 31-2 with 27 KOs.", (27, "KOs")),
    ("He finished the year with 104 RBI and 30 homers.", (104, "RBI")),
    ("Lena Vos (20-1, 14 KO's) won again.", (14, "KOs")),
])
def test_an_abbreviation_in_capitals_is_the_counted_noun(text: str,
                                                         figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "The ferry sailed at 1300 GMT on Sunday.",
    "The laptop has 3 USB 2.0 ports.",
    "Benchmarks ran on the 9600 GT card.",
])
def test_time_zones_names_and_models_are_not_abbreviated_counts(text: str) -> None:
    assert not any(u in ("GMT", "USB", "GT") for _, u in _figures(text))


@pytest.mark.parametrize("text, age", [
    ("The victims were Rosa Lind, 48 - a nurse - and her neighbour.", 48),
    ("Officers Ian Holt and Mark Dean, both 51, died at the scene.", 51),
    ("The gunman, Tom Ash, now 16, was arrested.", 16),
    ("She was 46, of Lisbon, and worked at the port.", 46),
    ("Retired boxer dies in U.S. hospital at 83", 83),
    ("He was arrested several times from when he was 17 to 25.", 25),
])
def test_ages_said_in_apposition_and_ranges(text: str, age: int) -> None:
    assert (age, "years old") in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("She argued with four of her co-workers. She shot the other three, police said.",
     (3, "co-workers")),
    ("Nolan has 12 pupils and Birch has two.", (2, "pupils")),
    ("Five soldiers died on Monday, four from friendly fire.", (4, "soldiers")),
    ("Eleven officers were disciplined. Four of those elected to retire.", (4, "officers")),
])
def test_a_small_number_standing_for_people_named_before(text: str,
                                                         figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "Three bombs went off in the market. Two of the bombs were hidden in carts.",
    "The crew had 12 boxes of flares and used two.",
    "The talks lasted almost two years and ended in March.",
    "Prosecutors filed two counts of fraud against the pair.",
])
def test_a_small_number_standing_for_things_stays_out(text: str) -> None:
    assert not any(v == 2 for v, _ in _figures(text))


def test_a_measure_of_the_sentence_before_lends_its_unit() -> None:
    found = _figures("Ana Berg ran for 212 yards on Sunday. Li Wen added 87.")
    assert (87, "yards") in found


def test_a_gun_class_is_no_count() -> None:
    assert _figures("Police found a 12-gauge shotgun and a .22-caliber rifle in the car.") == []


def test_a_group_of_things_named_by_its_size_stays_out() -> None:
    assert _figures("The firm bought nine trucks. The two collided on Monday.") == []


@pytest.mark.parametrize("text, figure", [
    ("Lena Vos scored 31 Thursday night as the Owls won.", (31, "points")),
    ("So far, 11 Northgate depot employees have been suspended.", (11, "employees")),
])
def test_a_capitalised_word_after_a_count_is_no_name(text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


def test_a_number_in_a_street_name_stays_out() -> None:
    assert _figures("He belonged to the 8 Street gang in the east.") == []


@pytest.mark.parametrize("text, kept", [
    ("There were 40 people at the rally. The shop is open from 9 to 5.", [40]),
    ("The board has 9 members. It voted 7 to 2.", [9, 7, 2]),  # a vote, not 7 members
])
def test_the_second_of_a_bare_pair_borrows_no_noun(text: str, kept: list[int]) -> None:
    assert [v for v, _ in _figures(text)] == kept
    assert "members" not in [u for v, u in _figures(text) if v in (2, 5)]
