"""Facts, session 7b (quote speakers): a statement credited to a body by its head noun alone
('the navy said', 'a company official said') is the body the document names in full ('the
Coastal Navy'), and a statement quoted as a document ('the statement said') is the body
that issued it ('according to a statement from X'); an unnamed source ('her rep confirms')
closing a paragraph speaks the next bare quote; 'it' is never a speaker's name. Every text
here is written for the test."""

from __future__ import annotations

from facts_story import speaker_reader
from storyweave.facts.body_heads import body_speaker, named_by_head, statement_issuer
from storyweave.facts.source_phrases import statement_from, trailing_source

_read = speaker_reader()


def _speakers(text: str) -> list[str | None]:
    return list(_read(text).values())


def test_a_head_noun_is_the_body_named_in_full_before() -> None:
    text = ("Rescue at sea\n\nThe Coastal Navy rescued a fishing boat on Monday.\n\nThe crew "
            "were taken to port.\n\nThe navy said the boat “had lost its engine in the night "
            "and drifted for many hours”.")
    assert _speakers(text) == ["Coastal Navy"]


def test_a_head_noun_named_in_full_only_later_in_the_document() -> None:
    text = ("Rescue at sea\n\nSailors seized two boats and “a large store of arms and "
            "fuel,” the military said in a statement.\n\nThe boats were towed away, the "
            "Westland military said.")
    assert _speakers(text)[0] == "Westland military"


def test_a_head_noun_with_no_fuller_name_stays_as_written() -> None:
    text = ("Rescue at sea\n\nA fishing boat was rescued on Monday.\n\nThe navy said the boat "
            "“had lost its engine in the night and drifted for many hours”.")
    assert [s.lower() for s in _speakers(text) if s] == ["the navy"]


def test_the_statement_is_the_body_that_issued_it() -> None:
    text = ("Rescue at sea\n\nThe ship turned back, according to a statement from the "
            "Westland government.\n\nThe crew seized “a large store of arms and fuel and "
            "two small boats,” the statement said.")
    assert _speakers(text) == ["Westland government"]


def test_a_role_of_a_body_head_is_the_role_of_the_sentences_body() -> None:
    text = ("Cable cut\n\nKestrel Telecom, the country's largest carrier, has moved traffic "
            "to other cables and so the “impact on our customers is very small,” said a "
            "company official.")
    assert _speakers(text) == ["Kestrel Telecom official"]


def test_named_by_head_needs_a_capitalised_word_right_before_the_head() -> None:
    text = "The fourth success of the navy. Boats of the Gulf of Aden on the navy list."
    assert named_by_head(text, len(text), "navy") is None
    assert named_by_head("The Indian navy sailed. Then the navy said.", 30, "navy") == \
        "Indian navy"


def test_body_speaker_reads_only_head_noun_phrases() -> None:
    text = "The Indian Navy sailed."
    assert body_speaker("the navy", text, len(text)) == "Indian Navy"
    assert body_speaker("the sailor", text, len(text)) is None
    assert body_speaker("Ana Ruiz", text, len(text)) is None


def test_statement_issuer_forms() -> None:
    for text, who in (("A Harbour Ministry statement said the port is shut. ", "Harbour Ministry"),
                      ("The Port Authority said in a statement that it is shut. ",
                       "Port Authority"),
                      ("The port shut, according to a statement from Kestrel Air. ",
                       "Kestrel Air")):
        assert statement_issuer(text, len(text)) == who
    assert statement_issuer("The port shut on Monday. ", 25) is None


def test_a_paragraph_closed_by_an_unnamed_source_gives_the_next_bare_quote() -> None:
    text = ("Singer in rehab\n\nDana Whitfield checked into a clinic on Friday, her rep "
            "confirms to the paper.\n\n“She went there in the morning and liked it a lot.”")
    assert _speakers(text) == ["Dana Whitfield's rep"]


def test_a_statement_from_an_unnamed_source() -> None:
    text = ("Singer in rehab\n\nDana Whitfield is a singer.\n\nIn a statement from her people, "
            "it was confirmed, “Dana Whitfield has checked herself into a clinic.”")
    assert _speakers(text) == ["Dana Whitfield's people"]


def test_trailing_and_statement_sources_need_their_own_form() -> None:
    assert trailing_source("She left on Friday, her rep confirms to the paper.") == (20, "her rep")
    assert trailing_source("She left on Friday, the paper says.") is None
    text = "In a statement from the club on Friday, it was said, “"
    assert statement_from(text, len(text)) is None
    text = "In a statement from his lawyers, it was said, “"
    assert statement_from(text, len(text)) == "his lawyers"


def test_a_paragraph_closed_by_a_bodys_statement_gives_the_next_bare_quote() -> None:
    text = ("Rescue at sea\n\nThe ship was on patrol when it heard a call for help, a Harbour "
            "Ministry statement said.\n\n“On seeing the ship, the two boats turned and tried "
            "to escape.”")
    assert _speakers(text) == ["Harbour Ministry"]


def test_it_is_never_a_speakers_name() -> None:
    text = ("Church fire\n\nThe church was criticised for an event in the town hall.\n\nIt "
            "promised to “help every family in the valley to find a new home this winter”.")
    assert all(s is None or s.lower() != "it" for s in _speakers(text))


def test_a_pronoun_with_only_an_unnamed_source_before_is_that_source() -> None:
    text = ("Singer in rehab\n\nDana Whitfield checked into a clinic on Friday, her publicist "
            "confirmed.\nHe did not say why she went there.\n“We thank you for your respect "
            "for her privacy at this time,” he said.")
    assert _speakers(text) == ["Dana Whitfield's publicist"]


def test_a_title_abbreviated_without_its_period_before_a_surname() -> None:
    text = ("Harbour theft\n\nPolice inspector Dana Whitfield said a boat was taken on Monday."
            "\n\n“We have not had a theft like this in the harbour for years,” Insp Whitfield "
            "said.")
    assert _speakers(text) == ["Dana Whitfield"]
