"""Words a thing carries (a marker, a banner, a policy, records) are that thing's: 'A
historical marker reads, “...”', '“...,” the records state'. A bare 'the records' is the
fuller name the article gave them before. An issued document ('the statement read') still
goes to its writer. Texts written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader
from storyweave.facts.inscriptions import inscribed_by


@pytest.fixture(scope="module")
def read():
    return speaker_reader()


@pytest.mark.parametrize(("text", "speaker"), [
    ('Velmora was founded in 1935. A historical marker reads, "These buildings were the heart '
     'of the old harbour colony."', "A historical marker"),
    ("The league's conduct policy states: “A second offense is likely to bring a suspension "
     "of four games.”", "The league's conduct policy"),
    ('Banners in the square outside the town hall read: "Give the harbour money back now".',
     "Banners"),
    ("Court records show he was arrested twice. “He became violent and pushed the clerk "
     "against the wall,” the records state.", "court records"),
])
def test_a_thing_carries_the_words(read, text, speaker) -> None:
    (found,) = read(text).values()
    assert found == speaker


def test_people_and_issued_documents_are_not_things(read) -> None:
    assert list(read("“We will rebuild the pier before winter,” the mayor said on Monday.")
                .values()) == ["the mayor"]
    assert inscribed_by("“We will rebuild the pier,” the statement read.", 0, 27) is None
    text = ('He posted a sign on the door. "We will not reopen until the repairs are done," '
            "Ruiz said.")
    assert list(read(text).values()) == ["Ruiz"]


def test_a_thing_does_not_go_on_speaking(read) -> None:
    """The quote after a sign's words, with no attribution of its own, is not the sign's;
    and a sentence before it is no part of the sign's name."""
    text = ("The pier was closed for a week.\n"
            'The poster read "No boats until the piles are repaired" in red letters.\n'
            '"If the weather holds, the ferries will sail again by Friday."\nMore later.')
    assert read(text) == {"No boats until": "The poster", "If the weather": None}


def test_a_bare_the_records_without_a_fuller_name_stays() -> None:
    text = "“He pushed the clerk against the wall,” the records state."
    assert inscribed_by(text, 0, text.index("”")) == "the records"


def test_a_lyric_is_sung(read) -> None:
    """'sings' and 'sang' report words as 'says' does: a lyric is the singer's."""
    assert list(read("Ana Ruiz dreams of Nashville. “Had to find my own way, make my own "
                     "mistakes,” Ruiz sings.").values()) == ["Ana Ruiz"]
    assert list(read("In the last scene Ana Ruiz sings: “Had to find my own way, make my own "
                     "mistakes.”").values()) == ["Ana Ruiz"]
