"""Figures readers found misread in session 13: speeds written in words ('840 kilometres per
hour', '120 miles an hour') read as distances, a baseball 'HR' read as hours, and the bound of
'a maximum sentence of 22 years' lost. Texts written for the test."""

from __future__ import annotations

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[str | None, float, str]]:
    return [(m.claim.qualifier, m.claim.value, m.claim.unit)
            for m in extract_quantities(make(text))]


def test_a_distance_per_hour_in_words_is_a_speed() -> None:
    assert _figures("The jet cruised at 840 kilometres per hour.") == [(None, 840, "km/h")]
    assert _figures("Gusts of 120 miles an hour hit the coast.") == [(None, 120, "mph")]
    assert _figures("Gusts of 120 mph hit the coast.") == [(None, 120, "mph")]
    assert _figures("The ferry sailed 40 miles in an hour.") == [(None, 40, "miles")]


def test_home_runs_written_hr_are_no_hours() -> None:
    assert _figures("He finished his career with 203 HR and 700 RBI.")[0] == (None, 203, "HR")
    assert _figures("The siege lasted 12 hrs.") == [(None, 12, "hours")]


def test_a_maximum_or_minimum_before_the_noun_bounds_the_figure() -> None:
    assert _figures("He faces a maximum sentence of 22 years.") == [("up to", 22, "years")]
    assert _figures("She faces a minimum prison term of 15 years.") == [
        ("at least", 15, "years")]


def test_a_participle_with_its_own_object_tells_nothing_of_the_figure_before() -> None:
    from storyweave.facts.quantities import extract_quantities as found

    frames = {m.claim.value: m.frame for m in found(make(
        "A gunman shot three people at a warehouse on Friday, killing one."))}
    assert "death" not in frames[3]  # three were shot; one of them was killed
    frames = {m.claim.value: m.frame for m in found(make(
        "The blast injured 30 people, killing two of them."))}
    assert frames[30] == ("injury",) and "death" in frames[2]


def test_an_event_the_sentence_denies_is_not_what_its_figures_count() -> None:
    from storyweave.facts.quantities import extract_quantities as found
    from storyweave.facts.text import frames

    assert frames("No one was injured in the fire.") == ()
    assert frames("There were no deaths.") == ()
    assert frames("Two people were injured in the fire.") == ("injury",)
    figures = found(make("No one was injured, but five people, including two children, were "
                         "inside the house."))
    assert figures and all("injury" not in m.frame for m in figures)


def test_a_number_set_off_after_a_place_and_followed_by_were_counts_people() -> None:
    assert _figures("Protests erupted in East Flatbush, 46 were arrested.") == [
        (None, 46, "people")]
    assert _figures("Police said Ana Ruiz, 46 was arrested.") == [(None, 46, "years old")]
