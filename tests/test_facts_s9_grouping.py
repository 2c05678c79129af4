"""Facts, session 9: grouping and status readings of the twenty-first grouping pass. Two
figures that meet only through rounding or a qualifier are less surely one figure the further
apart they are, and one value with no word in common is no fact by itself
(grouping.quantity_similarity), nor one value in two sentences of one article
(bundling.py); a short quote another article quotes at length is one quote
(quote_groups.py). Every text here is written for the test."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from facts_story import check, holding, make
from storyweave.facts.bundling import bundle
from storyweave.facts.grouping import AGREE_BONUS, SAME_ARTICLE_BONUS, quantity_similarity
from storyweave.facts.mention import Mention
from storyweave.facts.quote_groups import group_quotes
from storyweave.facts.status import quote_status
from storyweave.model import Article, Claim


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


def _quote(article: str, words: str, speaker: str | None) -> Mention:
    claim = Claim(article=article, text=f'"{words}," {speaker} said.', span=(1, 1 + len(words)),
                  value=words, speaker=speaker, sentence_span=(0, len(words) + 20))
    return Mention(kind="quote", claim=claim, label="quote", sentence=0, key=words.lower())


def test_a_short_quote_another_article_quotes_at_length_is_one_quote() -> None:
    short = _quote("a", "The bridge will hold", "Ana Ruiz")
    long = _quote("b", "The bridge will hold. We checked every cable twice this week", "Ruiz")
    groups = group_quotes([short, long], 85.0)
    assert len(groups) == 1
    assert quote_status(groups[0])[0] == "agree"


def test_words_held_by_another_speakers_quote_stay_apart() -> None:
    short = _quote("a", "The bridge will hold", "Ana Ruiz")
    long = _quote("b", "The bridge will hold. We checked every cable twice this week", "Eva Mora")
    assert len(group_quotes([short, long], 85.0)) == 2


def test_two_words_are_too_few_to_be_an_excerpt() -> None:
    short = _quote("a", "Thank you", "Ana Ruiz")
    long = _quote("b", "Thank you all for coming to the opening of the bridge today", "Ruiz")
    assert len(group_quotes([short, long], 85.0)) == 2


def _fact_of(facts: list, article: Article, words: str) -> str:
    """The id of the fact holding the article's claim whose sentence holds ``words``."""
    return next(f.id for f in facts for c in f.claims
                if c.article == article.id and words in c.text)


def _in_sentence(m: Mention, sentence: int) -> Mention:
    return replace(m, sentence=sentence)


def test_one_value_in_two_sentences_of_one_article_needs_words_to_be_one() -> None:
    found = [_in_sentence(_figure("a", 40, "USD", dimension="money:USD"), 0),
             _in_sentence(_figure("a", 40, "USD", dimension="money:USD"), 4)]
    weak = np.array([[1.0, 0.1], [0.1, 1.0]])  # the value and no word in common
    assert sorted(map(sorted, bundle(found, weak, 0.125))) == [[0], [1]]
    close = np.array([[1.0, 0.5], [0.5, 1.0]])  # words in common besides the value
    assert bundle(found, close, 0.125) == [[0, 1]]


def test_one_value_twice_in_one_sentence_is_still_one_figure() -> None:
    found = [_figure("a", 40, "USD", dimension="money:USD"),
             _figure("a", 40, "USD", dimension="money:USD")]
    assert bundle(found, np.array([[1.0, 0.0], [0.0, 1.0]]), 0.125) == [[0, 1]]


def test_an_article_restating_its_figure_in_its_words_is_one_fact() -> None:
    a = make("The town spent $40 million on a new bridge in May. The $40 million bridge "
             "opened to traffic on Friday.", "a")
    facts = check(a)
    assert _fact_of(facts, a, "spent") == _fact_of(facts, a, "opened")


def test_one_value_in_two_sentences_of_one_article_gets_a_smaller_bonus() -> None:
    found = [_in_sentence(_figure("a", 40), 0), _in_sentence(_figure("a", 40), 3),
             _figure("b", 40)]
    sim = _similarity(found)
    assert sim[0, 1] == np.float32(SAME_ARTICLE_BONUS) < sim[0, 2]
