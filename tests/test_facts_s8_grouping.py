"""Facts, session 8: two different figures of two articles are one fact in conflict only when
the story ties them together (figure_conflicts.py): the same holder or whole, or a noun no
article gives two figures of; an age's owner as grouping compares owners (age_owners.py); one
quote's speaker under two titles (status.py). Every text here is written for the test."""

from __future__ import annotations

import numpy as np
import pytest

from facts_story import check, holding, make
from storyweave.facts.age_owners import age_owners
from storyweave.facts.figure_conflicts import CONFLICT_MARGIN, conflict_margin
from storyweave.facts.mention import Mention
from storyweave.facts.status import quote_status
from storyweave.model import Claim


def _figure(article: str, value: float, unit: str, holder: str = "",
            dimension: str = "count") -> Mention:
    text = f"{value:g} {unit}"
    claim = Claim(article=article, text=text, span=(0, len(text)), value=value, unit=unit,
                  sentence_span=(0, len(text)))
    return Mention(kind="quantity", claim=claim, label=unit, sentence=0, dimension=dimension,
                   base=value, low=value, high=value, holder=holder)


def _margin(mentions: list[Mention]) -> np.ndarray:
    low = np.array([m.low for m in mentions])
    high = np.array([m.high for m in mentions])
    agree = (low[:, None] <= high[None, :]) & (low[None, :] <= high[:, None])
    return conflict_margin(mentions, agree)


def test_different_figures_of_a_busy_noun_in_two_articles_lose_the_margin() -> None:
    found = [_figure("a", 22, "points"), _figure("b", 25, "points"), _figure("b", 9, "points")]
    margin = _margin(found)
    assert margin[0, 1] == CONFLICT_MARGIN == margin[1, 0]
    assert margin[0, 2] == CONFLICT_MARGIN
    assert margin[1, 2] == 0.0  # one article: other rules decide


def test_equal_figures_lose_nothing() -> None:
    found = [_figure("a", 22, "points"), _figure("b", 22, "points"), _figure("b", 9, "points")]
    assert _margin(found)[0, 1] == 0.0


def test_a_noun_no_article_gives_two_figures_of_is_one_thing() -> None:
    found = [_figure("a", 13, "aftershocks"), _figure("b", 27, "aftershocks"),
             _figure("c", 30, "aftershocks"),
             _figure("a", 22, "points"), _figure("b", 25, "points"), _figure("b", 9, "points")]
    margin = _margin(found)
    assert margin[0, 1] == 0.0 == margin[1, 2]
    assert margin[3, 4] == CONFLICT_MARGIN


def test_one_named_holder_ties_two_figures() -> None:
    found = [_figure("a", 22, "points", "ruiz"), _figure("b", 25, "points", "ruiz"),
             _figure("b", 9, "points", "lind")]
    margin = _margin(found)
    assert margin[0, 1] == 0.0
    assert margin[0, 2] == CONFLICT_MARGIN


def test_a_rising_toll_one_figure_an_article_is_not_held_apart() -> None:
    found = [_figure("a", 3, "people"), _figure("b", 11, "people"), _figure("c", 24, "people")]
    assert not _margin(found).any()


def test_two_dimensions_are_left_to_the_conversion_rules() -> None:
    found = [_figure("a", 20, "EUR", dimension="money:EUR"),
             _figure("b", 28, "USD", dimension="money:USD"),
             _figure("b", 9, "USD", dimension="money:USD")]
    assert _margin(found)[0, 1] == 0.0


def test_counts_of_two_parts_of_a_county_are_not_a_conflict() -> None:
    a = make("Officials said 120 homes were damaged in the north of the county. About 40 homes "
             "were destroyed.", "a")
    b = make("In the south, 90 homes were damaged by the flood, officials said. Another 15 "
             "homes were washed away.", "b")
    facts = check(a, b)
    assert holding(facts, a, 120.0).id != holding(facts, b, 90.0).id
    assert not [f for f in facts if f.status == "conflict"]


def test_one_nights_arrests_are_no_conflict_with_the_weeks_total() -> None:
    a = make("Police said 86 people were arrested on Saturday night in the city centre. About "
             "300 people marched.", "a")
    b = make("Police said more than 200 people have been arrested in the city since the unrest "
             "began. Some 50 people were hurt.", "b")
    facts = check(a, b)
    assert holding(facts, a, 86.0).id != holding(facts, b, 200.0).id


def test_two_accounts_of_the_only_count_of_a_noun_still_conflict() -> None:
    a = make("The storm damaged 120 homes in the county, officials said.", "a")
    b = make("Officials said 90 homes in the county were damaged by the storm.", "b")
    fact = holding(check(a, b), a, 120.0)
    assert fact.status == "conflict"
    assert fact.id == holding(check(a, b), b, 90.0).id


def test_the_size_of_one_named_whole_is_still_a_conflict() -> None:
    a = make("A convoy of about 6,000 trucks was heading north on Monday. Some 200 trucks were "
             "stopped at the border and 40 trucks turned back.", "a")
    b = make("The convoy of 7,000 trucks reached the city on Monday, officials said.", "b")
    fact = holding(check(a, b), a, 6000.0)
    assert fact.status == "conflict" and "convoy" in fact.label
    assert b.id in {c.article for c in fact.claims}


def _age(sentence: str, figure: str, owner: str) -> Mention:
    at = sentence.index(figure)
    claim = Claim(article="a", text=sentence, span=(50 + at, 50 + at + len(figure)),
                  value=float(figure), unit="years old", sentence_span=(50, 50 + len(sentence)))
    return Mention(kind="quantity", claim=claim, label=f"age of {owner}", sentence=0,
                   dimension="age")


@pytest.mark.parametrize("sentence, figure, owner, read", [
    ("Ana Ruiz, 30, said so.", "30", "Ruiz", "ruiz"),
    ("On Monday, 36-year-old Ana Ruiz fell from the ridge.", "36", "Monday", "ruiz"),
    ("Juan Mora III, 38, said nothing.", "38", "III", "mora"),
    ("A 61-year-old Oakvale man was charged on Friday.", "61", "Oakvale", ""),
    ("A 16-year-old Eastfield resident was shot.", "16", "Eastfield", ""),
    ("It was the third fight for the 41-year-old American.", "41", "American", ""),
    ("The 41-year-old Brandt never recovered.", "41", "Brandt", "brandt"),
])
def test_whose_age_a_figure_is(sentence: str, figure: str, owner: str, read: str) -> None:
    assert age_owners([_age(sentence, figure, owner)]) == [read]


def test_first_name_and_surname_of_one_person_are_one_owner() -> None:
    found = age_owners([_age("Tomas Brandt, 16, was shot.", "16", "Brandt"),
                        _age("The 16-year-old Tomas was shot.", "16", "Tomas"),
                        _age("Ana Ruiz, 16, saw it.", "16", "Ruiz")])
    assert found[0] == found[1] != found[2]


def test_ages_of_one_man_named_two_ways_are_one_fact() -> None:
    a = make("Tomas Brandt, 16, was shot by police on Saturday. Ana Ruiz, 30, saw it.", "a")
    b = make("Police shot the 16-year-old Tomas on Saturday night.", "b")
    facts = check(a, b)
    assert holding(facts, a, 16.0).id == holding(facts, b, 16.0).id
    assert holding(facts, a, 16.0).status == "agree"


def _quote(article: str, speaker: str) -> Mention:
    words = "We will rebuild the school before the winter comes"
    claim = Claim(article=article, text=f"“{words},” {speaker} said.", span=(1, 1 + len(words)),
                  value=words, speaker=speaker, sentence_span=(0, len(words) + 20))
    return Mention(kind="quote", claim=claim, label=speaker, sentence=0, key=words.lower(),
                   source="person")


@pytest.mark.parametrize("first, second", [
    ("GM Ana Ruiz", "Manager Ana Ruiz"),
    ("City Council Member Tomas Brandt", "City Councilman Tomas J. Brandt"),
    ("Oakvale Mills", "a statement from Oakvale Mills"),
])
def test_one_speaker_under_two_titles_is_no_conflict(first: str, second: str) -> None:
    assert quote_status([_quote("a", first), _quote("b", second)])[0] == "agree"


def test_two_people_of_one_surname_still_conflict() -> None:
    status, note = quote_status([_quote("a", "Ana Ruiz"), _quote("b", "Eva Ruiz")])
    assert status == "conflict" and "Ana Ruiz" in (note or "") and "Eva Ruiz" in (note or "")
