"""A quote fact is headed by the speaker most articles give, not by the speaker of its longest
rendering (session 14: three articles credit the words to one actor, a fourth, with a longer
rendering, to another). Texts written for the test."""

from __future__ import annotations

from facts_story import check, make


def test_a_quote_fact_is_headed_by_the_speaker_most_articles_give() -> None:
    renderings = ("I just want to wish my successor all the best",  # one label each
                  "I want to wish my successor all the very best",
                  "And I just want to wish my successor all the best")
    articles = [make(f"“{words},” Tom Bell said on Sunday.\n", outlet=f"o{i}")
                for i, words in enumerate(renderings)]
    articles.append(make("Tom Bell spoke to Harwick radio.\n"
                         "Anastasia Ruiz-Montalban said he was great.\n"
                         "“I just want to wish my successor all the best in the world and "
                         "beyond,” Anastasia Ruiz-Montalban said.\n", outlet="o9"))
    facts = [f for f in check(*articles, kind="quote") if len(f.claims) == 4]
    assert len(facts) == 1
    assert facts[0].label.startswith("Tom Bell: ")
