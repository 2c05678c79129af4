"""A lower bound reported first and a higher figure reported later ('at least 10 killed' on
Monday, '15 killed' on Wednesday) agree, and the fact says the figure rose over the coverage
instead of calling them one figure written two ways. Texts written for the test."""

from __future__ import annotations

from facts_story import check, make

EARLY = "At least 10 people were killed when the bridge collapsed on Monday, police said."
LATER = "Fifteen people were killed when the bridge collapsed on Monday, police said."


def _note(*articles):
    (fact,) = check(*articles)
    return fact.status, fact.note


def test_a_lower_bound_then_a_higher_figure_rose_over_the_coverage() -> None:
    status, note = _note(make(EARLY, "A", "2024-03-04"), make(LATER, "B", "2024-03-06"))
    assert status == "agree"
    assert note == ("figure rose over the coverage: at least 10 people (2024-03-04), "
                    "then 15 people (2024-03-06)")


def test_no_rise_when_the_bound_comes_after_the_higher_figure_or_dates_are_missing() -> None:
    for early_day, later_day in (("2024-03-07", "2024-03-06"), (None, "2024-03-06"),
                                 ("2024-03-06", "2024-03-06")):
        status, note = _note(make(EARLY, "A", early_day), make(LATER, "B", later_day))
        assert status == "agree"
        assert "rose" not in (note or "") and "written as" in note


def test_two_plain_figures_within_rounding_are_not_a_rise() -> None:
    status, note = _note(
        make("About 130 people were evacuated from the valley on Monday.", "A", "2024-03-04"),
        make("Some 135 people were evacuated from the valley on Monday.", "B", "2024-03-06"))
    assert status == "agree" and "rose" not in (note or "")
