"""How a quote's speaker was found (`speaker_basis`) and where the article names the speaker
(`speaker_span`), so a reader can check an attribution against its source. Every text here is
written for the test."""

from __future__ import annotations

import re

import pytest

from facts_story import MODEL, NO_MODELS, check, make, speaker_reader
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes
from storyweave.facts.show import claim_line
from storyweave.model import SPEAKER_BASES, Claim


@pytest.fixture(scope="module")
def quotes():  # noqa: ANN201
    speaker_reader()  # loads the packaged parse once, failing with its message if missing

    def read(text: str) -> tuple[str, dict[str, Claim]]:
        a = make(text)
        index = index_entities([a], MODEL)
        claims = [m.claim for m in extract_quotes(a, index.names[a.id], index.resolve)]
        return a.text, {" ".join(str(c.value).split()[:3]) + ("…" if c.span[0] < 5 else ""): c
                        for c in claims}  # a quote opening the text (a pull quote) keyed apart
    return read


def _at(text: str, claim: Claim) -> str | None:
    return text[claim.speaker_span[0] : claim.speaker_span[1]] if claim.speaker_span else None


def test_a_speaker_named_by_the_quotes_sentence(quotes) -> None:  # noqa: ANN001
    text, found = quotes("The harbour reopened on Saturday after a week of storms.\n\n"
                         "“We will sail again by Friday if the weather holds,” said Halvard "
                         "Moen, the harbour master.\n\nMore later.")
    claim = found["We will sail"]
    assert (claim.speaker, claim.speaker_basis) == ("Halvard Moen", "named")
    assert _at(text, claim) == "Halvard Moen"
    assert claim.speaker_span[0] > claim.span[1]  # the name after the quote, in its sentence


def test_a_pronoun_points_at_the_name_it_stands_for(quotes) -> None:  # noqa: ANN001
    text, found = quotes("Harbour master Halvard Moen watched the ferries leave on Saturday "
                         "morning.\n\nThe storms had kept them in port for a week.\n\n"
                         "“We will sail again by Friday if the weather holds,” he said.\n\n"
                         "More later.")
    claim = found["We will sail"]
    assert (claim.speaker, claim.speaker_basis) == ("Halvard Moen", "pronoun")
    assert _at(text, claim) == "Halvard Moen"
    assert claim.speaker_span[1] < claim.span[0]  # the antecedent, before the quote


def test_a_role_and_a_speaker_who_goes_on(quotes) -> None:  # noqa: ANN001
    text, found = quotes("The ferry company cancelled every crossing on Saturday.\n\n"
                         "“We will sail again by Friday if the weather holds,” a spokesman "
                         "said. “Nobody should travel to the port before then.”\n\nMore later.")
    first, second = found["We will sail"], found["Nobody should travel"]
    assert first.speaker_basis == "role"
    assert _at(text, first) == "a spokesman"
    assert (second.speaker, second.speaker_basis) == (first.speaker, "continued")


def test_an_unattributed_quote_has_no_basis_and_no_span(quotes) -> None:  # noqa: ANN001
    _, found = quotes("The ferry company cancelled every crossing on Saturday.\n\n"
                      "“We will sail again by Friday if the weather holds.”\n\nMore later.")
    claim = found["We will sail"]
    assert (claim.speaker, claim.speaker_basis, claim.speaker_span) == (None, None, None)


def test_a_pull_quote_takes_the_body_quotes_speaker_as_repeated(quotes) -> None:  # noqa: ANN001
    text, found = quotes("“We will sail again by Friday”\n\n"
                         "The ferry company cancelled every crossing on Saturday.\n\n"
                         "“We will sail again by Friday if the weather holds,” said Halvard "
                         "Moen, the harbour master.\n\nMore later.")
    pull = found["We will sail…"]
    assert (pull.speaker, pull.speaker_basis) == ("Halvard Moen", "repeated")
    assert _at(text, pull) == "Halvard Moen"


def test_another_outlets_attribution_is_marked_story_and_has_no_span() -> None:
    words = "We will sail again by Friday if the weather holds"
    named = make(f"The ferries stayed in port.\n\n“{words},” said Halvard Moen, the harbour "
                 "master.\n\nMore later.", outlet="a")
    bare = make(f"The ferries stayed in port.\n\n“{words}.”\n\nMore later.", outlet="b")
    fact = next(f for f in check(named, bare, kind="quote") if len(f.claims) == 2)
    by = {c.article: c for c in fact.claims}
    assert (by[named.id].speaker_basis, by[bare.id].speaker_basis) == ("named", "story")
    assert by[bare.id].speaker == "Halvard Moen" and by[bare.id].speaker_span is None
    assert NO_MODELS.entities is False  # the story reading needs no model


def test_every_basis_has_words_for_a_reader_and_the_terminal_shows_them() -> None:
    assert all(SPEAKER_BASES.values())
    a = make("Halvard Moen spoke.\n\n“We will sail again by Friday,” he said.")
    claim = Claim(article=a.id, text="x", span=(21, 49), value="We will sail again by Friday",
                  speaker="Halvard Moen", sentence_span=(20, 60), speaker_basis="pronoun",
                  speaker_span=(0, 12))
    shown = claim_line(claim, a).plain
    assert "(Halvard Moen) [speaker found from a pronoun]" in shown
    named = claim_line(Claim(**{**{f: getattr(claim, f) for f in claim.__slots__},
                                "speaker_basis": "named"}), a).plain
    assert "[" not in named.split(":")[0]


def test_a_basis_reads_as_the_tools_note_not_as_a_quotation() -> None:
    """Under 'the defence minister said', '(by a role ('a spokesman said'))' read as words
    of the article: a basis quotes no example phrase, in the terminal or the report."""
    quoted = re.compile(r"(?:^|\W)['‘“\"][^'’”\"]+['’”\"]")
    for basis, words in SPEAKER_BASES.items():
        assert not quoted.search(words), (basis, words)
        assert words.startswith(("speaker ", "same words ")), words  # says what it is about
    a = make("The minister spoke.\n\n“We will sail again by Friday,” the defence minister said.")
    claim = Claim(article=a.id, text="x", span=(22, 50), value="We will sail again by Friday",
                  speaker="the defence minister", sentence_span=(21, 81), speaker_basis="role")
    shown = claim_line(claim, a).plain
    assert "(the defence minister) [speaker found from a role, not a name]:" in shown
    assert "spokesman" not in shown
