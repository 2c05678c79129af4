"""Facts, round 16a: rival offers or bids for one prize ('the Hawks made him a $160 million
offer', 'the Owls have offered $140 million', 'offers by the Lions and the Hawks') are each
their own fact, never one fact in conflict; one maker's offer still meets itself. Every text
here is written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.offers import offer_makers
from storyweave.facts.quantities import extract_quantities


def _makers(text: str) -> list[set[str]]:
    return [set(offer_makers(m)) for m in extract_quantities(make(text))
            if m.dimension.startswith("money:")]


def test_who_made_the_offer() -> None:
    assert _makers("At the meetings, the Washington Hawks made Ruiz an eight-year, "
                   "$160 million offer.") == [{"hawks"}]
    assert _makers("The Owls, according to reports, have offered Ruiz a deal worth "
                   "$140 million.") == [{"owls"}]
    assert _makers("Ruiz still has an offer on the table from the Red Cats, worth roughly "
                   "$22 million per season.") == [{"cats"}]
    assert _makers("That tops the reported $160 million offers by the Lions and the "
                   "Washington Hawks.") == [{"hawks", "lions"}]
    assert _makers("Hawks' Eight-Year Offer to Ruiz Bumped as High as $184M") == [{"hawks"}]
    assert _makers("The Owls have the weakest offer of the bunch, worth $140 million.") \
        == [{"owls"}]


def test_no_maker_named() -> None:
    assert _makers("Acme agreed to buy Zenith for $3 billion, the company said.") == [set()]
    assert _makers("He said they are offering $200 million to a player.") == [set()]
    assert _makers("The Owls offered a deal, but the agent wants $200 million.") == [set()]


def _fact_of(facts: list, article_id: str) -> str:
    return next(f.id for f in facts for c in f.claims
                if c.article == article_id and c.unit == "USD")


def test_rival_offers_are_two_facts() -> None:
    a = make("Last week the Washington Hawks made Ruiz an eight-year, $160 million offer "
             "for his services.", "a")
    b = make("The Boston Owls have offered Ruiz an eight-year contract worth $200 million, "
             "a source said.", "b")
    c = make("Last week the Hawks made Ruiz an eight-year, $160 million offer, sources said.",
             "c")
    facts = check(a, b, c)
    assert _fact_of(facts, a.id) != _fact_of(facts, b.id)
    assert _fact_of(facts, a.id) == _fact_of(facts, c.id)
    assert next(f for f in facts if f.id == _fact_of(facts, a.id)).status == "agree"
