"""Facts, session 7 (speakers): broad readings of who speaks that any news story exercises.
A partial quote no speech verb governs is the words of the active subject of the clause it
stands in ('The council protested at a “...”'), never of a passive subject ('he has been
described as the “...”') nor of a headline's. Every text here is written for the test."""

from __future__ import annotations

from facts_story import speaker_reader

_read = speaker_reader()


def _speakers(text: str) -> list[str | None]:
    return list(_read(text).values())


def test_partial_quote_is_the_clause_subjects() -> None:
    text = ("Storm damage\n\nFloods closed the harbour road on Monday.\n\nThe Harbour Council "
            "protested at a “complete absence of any warning from the weather office” in the "
            "days before the storm.")
    assert _speakers(text) == ["Harbour Council"]


def test_partial_quote_after_two_verbs_of_one_subject() -> None:
    text = ("Storm damage\n\nFloods closed the harbour road on Monday.\n\nMayor Dana Whitfield "
            "visited the harbour and offered an apology “to every family whose home was "
            "flooded this week” to the residents.")
    assert _speakers(text) == ["Dana Whitfield"]


def test_no_speaker_for_a_passive_subject() -> None:
    text = ("Storm damage\n\nThe keeper Tom Aldous saved three boats.\n\nHe has been described "
            "as the “bravest man on the whole of the northern coast” for years.")
    assert _speakers(text) == [None]


def test_no_speaker_from_a_thing() -> None:
    text = ("New phone\n\nThe company showed its new phone on Monday.\n\nThe battery lasts "
            "“three times longer than any other phone battery” on one charge.")
    assert _speakers(text) == [None]


def test_no_speaker_for_a_headline_quote() -> None:
    text = ("Man jailed because he 'did not want to pay the fine for his dog'\n\nA court "
            "jailed a man on Monday.")
    assert _speakers(text) == [None]
