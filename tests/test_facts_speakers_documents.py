"""Speakers of quotes read from a body's statement, of a role named again, and no speaker
made from a noun ('a saying of X'). Texts written for these tests."""

from __future__ import annotations

from facts_story import quote_speakers

speakers = quote_speakers


def test_a_quote_read_from_a_statement_belongs_to_the_body_issuing_it() -> None:
    found = speakers("The riders left early.\n\n“The test shows a second set of red cells in "
                     "the sample,” read a Velora Cycling Team statement. “The organisers asked "
                     "the team to leave the race today.”\n\nThe coach spoke later.")
    assert found == {"The test shows": "Velora Cycling Team",
                     "The organisers asked": "Velora Cycling Team"}


def test_a_press_release_said() -> None:
    found = speakers("“We will reopen the plant in the spring,” said a Kestrel Motors press "
                     "release on Friday.")
    assert found == {"We will reopen": "Kestrel Motors"}


def test_the_role_named_again_is_the_role_introduced_with_its_employer() -> None:
    found = speakers("A spokesperson for the Nordic Football League was asked about the riots "
                     "on Sunday. The spokesperson said “The league has expressed its concern "
                     "over the violence.”")
    assert found == {"The league has": "a spokesperson for the Nordic Football League"}


def test_a_saying_is_a_noun_not_someone_saying_it() -> None:
    for text in ("The ceremony opened at dusk. The first greeting was a Socrates' saying, "
                 "“Know yourself and you will know the world”, which the choir chanted.",
                 "The ceremony opened at dusk. The first greeting was a saying of Socrates, "
                 "“Know yourself and you will know the world”, which the choir chanted."):
        assert speakers(text) == {"Know yourself and": None}
    assert speakers("Ana Ruiz left the room, saying “we have nothing more to add to the talks "
                    "today.”") == {"we have nothing": "Ana Ruiz"}
