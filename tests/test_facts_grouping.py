"""Grouping claims into facts and judging them: ranges, clauses, speakers, time, forecasts."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.facts.quantities import extract_quantities
from storyweave.ids import article_id
from storyweave.model import Article, Fact
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)


def make(text: str, outlet: str, published: str | None = None) -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, published=published, sentences=split_sentences(text))


def check(*articles: Article, kind: str = "quantity") -> list[Fact]:
    accounts = [(a.id,) for a in articles]
    return [f for f in cross_check(list(articles), accounts, NO_MODELS) if f.kind == kind]


def holding(facts: list[Fact], article: Article, value: float) -> Fact:
    return next(f for f in facts for c in f.claims
                if c.article == article.id and c.value == value)


def test_a_figure_inside_a_range_agrees_with_it() -> None:
    a = make("The beacon batteries would run down after 30-40 days, engineers said.", "a")
    b = make("Engineers said the beacon batteries would last 35 days.", "b")
    fact = holding(check(a, b), b, 35)
    assert fact.status == "agree"
    assert {c.value for c in fact.claims} == {30, 35, 40}


def test_a_range_given_in_two_units_does_not_conflict_with_itself() -> None:
    a = make("The wreck may lie at a depth of 2,000 or 3,000 metres [6,500 to 9,800 feet] "
             "on the sea floor, the navy said.", "a")
    b = make("Divers believe the wreck lies about 3,000 metres (9,800 feet) down on the sea "
             "floor.", "b")
    facts = check(a, b)
    assert not [f for f in facts if f.status == "conflict"]
    assert holding(facts, a, 2000).status == "agree"


def test_each_figure_is_judged_by_its_own_clause() -> None:
    a = make("One man was injured and three climbers are missing on the ridge.", "a")
    b = make("Three climbers are missing on the ridge, rescuers said.", "b")
    c = make("Rescuers said one man was injured on the ridge.", "c")
    facts = check(a, b, c)
    missing, injured = holding(facts, a, 3), holding(facts, a, 1)
    assert missing is not injured
    assert {cl.article for cl in missing.claims} == {a.id, b.id}
    assert {cl.article for cl in injured.claims} == {a.id, c.id}
    assert missing.status == injured.status == "agree"


def test_a_figure_takes_the_event_of_its_own_clause() -> None:
    a = make("Two people were injured and five people are missing, and one man was killed.",
             "a")
    frames = {m.claim.value: m.frame for m in extract_quantities(a)}
    assert frames == {2: ("injury",), 5: ("missing",), 1: ("death",)}


def test_a_quote_credited_to_a_group_and_to_one_member_is_no_conflict() -> None:
    a = make("“The harbour will reopen before the end of the month,” said Minister Tove "
             "Lindqvist.", "a")
    b = make("Port officials said that “the harbour will reopen before the end of the month.”",
             "b")
    facts = check(a, b, kind="quote")
    assert len(facts) == 1 and facts[0].status == "agree"


def test_counts_one_apart_conflict() -> None:
    a = make("Fourteen miners were rescued from the flooded shaft on Sunday.", "a")
    b = make("Rescuers pulled 15 miners from the flooded shaft on Sunday.", "b")
    fact = holding(check(a, b), b, 15)
    assert len(fact.claims) == 2 and fact.status == "conflict"


def test_a_remainder_is_not_the_whole() -> None:
    a = make("All 12 hostages were taken to the port on Monday.", "a")
    b = make("One hostage was freed, but the other 11 hostages stayed at the port.", "b")
    c = make("The 12 hostages were held at the port, officials said.", "c")
    facts = check(a, b, c)
    whole, rest = holding(facts, a, 12), holding(facts, b, 11)
    assert whole is not rest and whole.status == "agree" and rest.status == "single"


def test_ages_written_with_a_space_before_year_old() -> None:
    a = make("The driver, a 43 year-old man from the valley, was unhurt.", "a")
    assert [(m.claim.value, m.dimension) for m in extract_quantities(a)] == [(43, "age")]
