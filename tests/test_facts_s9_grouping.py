"""Facts, session 9: grouping and status readings of the twenty-first grouping pass. Two
figures that meet only through rounding or a qualifier are less surely one figure the further
apart they are (grouping.quantity_similarity). Every text here is written for the test."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from facts_story import check, holding, make
from storyweave.facts.grouping import AGREE_BONUS, quantity_similarity
from storyweave.facts.mention import Mention
from storyweave.model import Claim


def _figure(article: str, value: float, unit: str = "%", low: float | None = None,
            high: float | None = None, dimension: str = "percent") -> Mention:
    text = f"{value:g} {unit}"
    claim = Claim(article=article, text=text, span=(0, len(text)), value=value, unit=unit,
                  sentence_span=(0, len(text)))
    return Mention(kind="quantity", claim=claim, label=unit, sentence=0, dimension=dimension,
                   base=value, low=value if low is None else low,
                   high=value if high is None else high)


def _similarity(found: list[Mention]) -> np.ndarray:
    """Similarity with no shared words at all, so that only the figures speak."""
    return quantity_similarity(found, np.zeros((len(found), len(found))), 3.0,
                               list(range(len(found))))


def test_one_value_gets_the_whole_agreement_bonus() -> None:
    sim = _similarity([_figure("a", 60), _figure("b", 60)])
    assert sim[0, 1] == np.float32(AGREE_BONUS)


def test_figures_meeting_through_rounding_get_less_the_further_apart() -> None:
    sim = _similarity([_figure("a", 60), _figure("b", 62, low=58.9, high=65.1),
                       _figure("c", 60.5, low=60, high=61)])
    assert 0.0 < sim[0, 1] < sim[0, 2] < AGREE_BONUS


def test_a_bound_far_from_a_figure_it_allows_adds_nothing() -> None:
    sim = _similarity([_figure("a", 10, "years", low=10, high=12.5, dimension="duration"),
                       _figure("b", 12, "years", dimension="duration")])
    assert sim[0, 1] <= 0.0


def test_a_value_inside_a_range_is_that_range() -> None:
    low = _figure("a", 40, "metres", low=40, high=60, dimension="distance")
    high = _figure("a", 60, "metres", low=40, high=60, dimension="distance")  # '40 or 60 m'
    about = _figure("b", 50, "metres", low=47.5, high=52.5, dimension="distance")
    found = [replace(low, link=1), high, about]
    sim = quantity_similarity(found, np.zeros((3, 3)), 3.0, [0, 0, 2])
    assert sim[0, 2] == np.float32(AGREE_BONUS)


def test_a_bound_and_a_figure_of_two_things_stay_apart() -> None:
    a = make("The old bridge has stood for more than 40 years, the city said.", "a")
    b = make("Its new mayor, elected this spring, spent 48 years at the port, the city said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 40.0).id != holding(facts, b, 48.0).id


def test_one_share_rounded_by_another_outlet_still_agrees() -> None:
    a = make("About 62 percent of the members backed the new contract on Tuesday.", "a")
    b = make("Some 60 percent of union members backed the contract, the union said.", "b")
    fact = holding(check(a, b), a, 62.0)
    assert fact.status == "agree" and b.id in {c.article for c in fact.claims}


def test_one_value_with_no_word_in_common_is_no_fact_by_itself() -> None:
    a = make("The new council has 125 seats.", "a")
    b = make("Officials drew 125 districts for the vote in March.", "b")
    facts = check(a, b)
    assert holding(facts, a, 125.0).id != holding(facts, b, 125.0).id
    assert {f.status for f in facts} == {"single"}


def test_one_value_and_a_shared_word_are_one_fact() -> None:
    a = make("The new council has 125 seats.", "a")
    b = make("All 125 seats of the council are up for election in March.", "b")
    fact = holding(check(a, b), a, 125.0)
    assert fact.status == "agree" and b.id in {c.article for c in fact.claims}


def test_two_values_that_agree_at_once_need_no_shared_word() -> None:
    a = make("The Arco monitor has a 3,840 x 2,160 panel.", "a")
    b = make("Reviewers measured 3840x2160 pixels on it, the shop said.", "b")
    fact = holding(check(a, b), a, 3840.0)
    assert b.id in {c.article for c in fact.claims} and fact.status == "agree"
