"""The same words quoted by two outlets have one speaker: a quote one article leaves
unattributed takes the speaker another article of the story names for it, unless the
articles that name one disagree, or only describe the speaker."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)
QUOTE = "We will have the bridge open again before the first snow falls"


def make(text: str, outlet: str) -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, sentences=split_sentences(text))


def speakers(*articles: Article) -> dict[str, str | None]:
    """Outlet -> the speaker its article's rendering of QUOTE carries in the story's facts."""
    facts = cross_check(list(articles), [(a.id,) for a in articles], NO_MODELS)
    outlet = {a.id: a.outlet for a in articles}
    return {outlet[c.article]: c.speaker for f in facts if f.kind == "quote"
            for c in f.claims if "bridge open again" in str(c.value)}


UNATTRIBUTED = make("Crews worked through the night on the damaged span.\n\n"
                    f"“{QUOTE}.”\n\nTraffic is being sent through Eastfield.", "b")


def test_an_unattributed_quote_takes_the_speaker_another_article_names():
    named = make(f"“{QUOTE},” said Mayor Lena Ortiz on Tuesday.", "a")
    assert speakers(named, UNATTRIBUTED) == {"a": "Lena Ortiz", "b": "Lena Ortiz"}


def test_articles_that_name_different_speakers_lend_none():
    one = make(f"“{QUOTE},” said Mayor Lena Ortiz on Tuesday.", "a")
    other = make(f"“{QUOTE},” said Governor Paul Brandt on Tuesday.", "c")
    assert speakers(one, other, UNATTRIBUTED)["b"] is None


def test_a_description_is_not_lent():
    described = make(f"“{QUOTE},” a city spokesman said on Tuesday.", "a")
    assert speakers(described, UNATTRIBUTED)["b"] is None


def test_one_article_alone_keeps_its_unattributed_quote():
    assert speakers(UNATTRIBUTED) == {"b": None}
