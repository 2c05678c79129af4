"""Facts, round 15a: a share's closing price ('to finish yesterday at $24.13', 'closed Monday
at $46.64') is another fact than a price offered per share, however close their figures. Every
text here is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make


def test_a_closing_price_is_not_the_price_offered() -> None:
    a = make("Acme shares soared $5.27 to finish yesterday at $24.13 on news of the deal.", "a")
    b = make("Beta will pay $24 a share for Acme, people familiar with the deal said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 24.13) is not holding(facts, b, 24.0)


def test_two_closing_prices_still_meet() -> None:
    a = make("Acme shares soared $5.27 to finish yesterday at $24.13 on news of the deal.", "a")
    b = make("Acme stock closed Monday at $24.13, up 28 percent on news of the deal.", "b")
    facts = check(a, b)
    fact = holding(facts, a, 24.13)
    assert fact is holding(facts, b, 24.13) and fact.status == "agree"
