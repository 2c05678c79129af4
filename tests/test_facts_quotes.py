"""Quotes: marks, multi-paragraph quotes, speakers ('he said' resolved), matching across outlets."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes, find_quote_spans
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)


def make(text: str, outlet: str = "x") -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, sentences=split_sentences(text))


def quotes_of(article: Article) -> dict[str, str | None]:
    """First three words of each quote -> speaker (names typed without a model)."""
    index = index_entities([article], None)
    return {" ".join(str(m.claim.value).split()[:3]): m.claim.speaker
            for m in extract_quotes(article, index.names[article.id], index.resolve)}


def test_curly_and_straight_marks_and_spans() -> None:
    text = 'He wrote “the river is rising fast today” and then "we must leave right now" twice.'
    spans = find_quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["the river is rising fast today",
                                              "we must leave right now"]


def test_a_quote_running_over_paragraphs_is_one_quote() -> None:
    text = ("“The water came in the night and we had no warning at all.\n\n"
            "“We lost everything we owned,” said Mayor Tomas Ferreira.")
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert "no warning" in text[spans[0][0] : spans[0][1]]
    assert text[spans[0][0] : spans[0][1]].endswith("everything we owned,")


def test_speakers_after_before_and_by_pronoun() -> None:
    a = make(
        "Governor Irena Volkova spoke in the capital on Monday. “We will rebuild every "
        "single bridge,” Volkova said. “Nobody will be left behind this winter,” she added.\n\n"
        "“The budget is simply not there for it,” said Deputy Minister Paulo Renner.\n\n"
        "Paulo Renner told reporters: “We will look at every option we have.”"
    )
    found = quotes_of(a)
    assert found["We will rebuild"] == "Irena Volkova"  # 'Volkova' resolved to the full name
    assert found["Nobody will be"] == "Irena Volkova"  # 'she added'
    assert found["The budget is"] == "Paulo Renner"
    assert found["We will look"] == "Paulo Renner"


def test_an_apposition_between_name_and_verb() -> None:
    a = make("“The dam was inspected twice last year,” Karla Mertens, a spokeswoman for the "
             "water board, said on Tuesday.")
    assert quotes_of(a)["The dam was"] == "Karla Mertens"


def test_short_scare_quotes_are_not_statements() -> None:
    a = make('The plan, called "Operation Dawn", was "very ambitious", officials said.')
    assert quotes_of(a) == {}


def test_outlets_rendering_a_quote_differently_share_one_fact() -> None:
    a = make("“We are going to help, as we always do,” President Amara Osei said.", "a")
    b = make("Osei said the country was “going to help, as we always do.”", "b")
    c = make("“This crisis will pass within the year,” said Amara Osei.", "c")
    facts = [f for f in cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], NO_MODELS)
             if f.kind == "quote"]
    shared = next(f for f in facts if len(f.claims) == 2)
    assert {cl.article for cl in shared.claims} == {a.id, b.id}
    assert shared.status == "agree" and shared.independent_accounts == 2
    assert any(f.status == "single" and f.claims[0].article == c.id for f in facts)


def test_one_quote_put_in_two_mouths_is_a_conflict() -> None:
    a = make("“The border will stay open for trade,” said Minister Lena Dahl.", "a")
    b = make("“The border will stay open for trade,” said General Omar Sadiq.", "b")
    facts = [f for f in cross_check([a, b], [(a.id,), (b.id,)], NO_MODELS)
             if f.kind == "quote"]
    assert len(facts) == 1 and facts[0].status == "conflict"
    assert "different speakers" in facts[0].note
