"""Wire text's ``...'' quotation marks become curly marks when an article is cleaned, so the
summaries, the claims and the report show what the text holds and every span points at it;
a claim's text is its sentence as the article writes it (spans and text agree). Texts
written for the test."""

from __future__ import annotations

from facts_story import NO_MODELS
from storyweave.clean import clean_document
from storyweave.clean.quote_pairs import curl_pairs
from storyweave.facts.crosscheck import cross_check
from storyweave.ids import article_id
from storyweave.model import Article, RawDocument
from storyweave.sentences import split_sentences

_LINES = [
    "Navy frigate sinks a pirate ``supply ship''",
    "A navy frigate sank a pirate ``supply ship'' off the cape on Monday, the ministry said, "
    "and 14 crew members were picked up from the water by a passing tanker.",
    "``We gave them every chance to surrender,'' the captain told reporters in the port, "
    "adding that his crew had fired warning shots for an hour before the boat went down.",
    "The ministry said the ship had been used to resupply smaller boats far out at sea, "
    "and that a second vessel of the same kind was still being searched for in the area.",
]


def test_pairs_become_curly_marks_and_an_inch_mark_stays() -> None:
    assert curl_pairs("a ``supply ship'' off the cape") == "a “supply ship” off the cape"
    assert curl_pairs("``We lost 3-17'' the coach said") == "“We lost 3-17” the coach said"
    assert curl_pairs("``the lightest 15'' tablet we made,'' he said") == (
        "“the lightest 15'' tablet we made,” he said")
    assert curl_pairs("a 17'' screen") == "a 17'' screen"
    assert curl_pairs("no marks at all") == "no marks at all"


def test_a_cleaned_article_holds_curly_marks_in_its_text_and_title() -> None:
    article = clean_document(RawDocument(source="navy.txt", text="\n\n".join(_LINES)))
    assert "``" not in article.text and "''" not in article.text
    assert "a pirate “supply ship” off the cape" in article.text
    assert article.title == "Navy frigate sinks a pirate “supply ship”"
    for r in article.removed:  # the removed blocks still stand where they stood
        assert 0 <= r.at <= len(article.text)


def test_a_claims_text_is_the_sentence_its_span_points_into() -> None:
    text = ("The frigate sank a pirate ``mother ship'' with 14 crew on Monday.\n\n"
            "``We warned them,'' said Captain Ilse Marend, who led 200 sailors.")
    other = ("The frigate sank a pirate ``mother ship'' with 16 crew on Monday.\n\n"
             "``We warned them,'' said Captain Ilse Marend, who led 200 sailors.")
    arts = [Article(id=article_id(t), source=f"{n}.txt", text=t, outlet=n,
                    published="2031-05-10", sentences=split_sentences(t))
            for t, n in ((text, "A"), (other, "B"))]
    by_id = {a.id: a for a in arts}
    facts = cross_check(arts, [(a.id,) for a in arts], NO_MODELS)
    claims = [c for f in facts for c in f.claims if c.sentence_span]
    assert claims
    for c in claims:
        s0, s1 = c.sentence_span
        assert c.text == " ".join(by_id[c.article].text[s0:s1].split())
        assert s0 <= c.span[0] <= c.span[1] <= s1


def test_a_summary_of_cleaned_articles_shows_curly_marks_and_cites_them() -> None:
    from storyweave.embed import HashingEmbedder
    from storyweave.settings import SummarySettings
    from storyweave.summary import summarize

    article = clean_document(RawDocument(source="navy.txt", text="\n\n".join(_LINES)))
    summary, _ = summarize([article], [], [], SummarySettings(words=80),
                           embedder=HashingEmbedder(dim=256))
    assert summary
    assert any("“" in s.text for s in summary)
    for s in summary:
        assert "``" not in s.text
        for c in s.citations:  # a cited span is text the article shows
            assert "``" not in article.text[c.span[0]:c.span[1]]
