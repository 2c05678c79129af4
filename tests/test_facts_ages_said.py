"""Quantities, round 11b: ages said without 'years old' in more forms: a list of ages after
'ages' or 'aged', an age at death a few words after 'died', and 'She is 13.' or 'X, now 28.'
as a sentence's end. Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from test_facts_qcounts import figures

AGE = "years old"


def test_a_list_of_ages_after_ages_or_aged_gives_each_age() -> None:
    assert figures("The two boys, ages 12 and 15, were found.") == [
        (2.0, "boys", None), (12.0, AGE, None), (15.0, AGE, None)]
    assert figures("Pages 12 and 15 were torn out.") == []


def test_an_age_at_death_a_few_words_after_died() -> None:
    assert figures("The old judge died in a hospice at 91, his family said.") == [(91.0, AGE, None)]
    assert figures("The judge died at 3 p.m. on Monday.") == []
    assert figures("The hiker died at 40 km from the lodge.") == [(40.0, "km", None)]


def test_an_age_said_as_a_sentence_end() -> None:
    assert figures("She is 13. The court heard the tape.") == [(13.0, AGE, None)]
    assert figures("The case was opened by Ana Ruiz, now 28.") == [(28.0, AGE, None)]
    assert figures("She was 13 miles from home.") == [(13.0, "miles", None)]


def test_a_single_age_after_aged_is_kept() -> None:
    assert figures("The man, aged 67, was found.") == [(67.0, AGE, None)]


def test_a_name_was_an_age_at_a_sentence_or_clause_end() -> None:
    assert figures("Jones was 75, the paper reported.") == [(75.0, AGE, None)]
    assert figures("March was 12. It rained.") == []


def test_a_height_in_feet_and_inches_gives_both_parts() -> None:
    assert figures("The 6-foot-8, 225-pound forward starts.") == [
        (6.0, "feet", None), (8.0, "inches", None), (225.0, "pounds", None)]


def test_a_present_age_after_now_is_no_changed_figure() -> None:
    a = make("The court heard how a 12-year-old girl was taken in. \"It was a good day,\" said "
             "Ana Ruiz, now 28.", "a")
    facts = check(a)
    assert holding(facts, a, 12) is not holding(facts, a, 28)


def test_a_vulgar_fraction_after_digits_is_part_of_the_number() -> None:
    assert figures("He scored in the first 3½ minutes.") == [(3.5, "minutes", None)]
    assert figures("She served 7 ½ months.") == [(7.5, "months", None)]
