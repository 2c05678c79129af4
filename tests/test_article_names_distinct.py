"""One label never stands for two articles: headlines that share a long start are cut later,
and articles that still share a name (one outlet, one headline) get a number. Texts written
for the test."""

from __future__ import annotations

import dataclasses

import pytest
from rich.console import Console

from facts_story import make
from storyweave import display
from storyweave.article_names import article_name, article_names
from storyweave.model import Citation, Story, SummarySentence


def _titled(text: str, title: str, source: str):
    return dataclasses.replace(make(text), outlet=None, title=title, source=source)


_FIRST = _titled("The rider won the mountain stage on Sunday.",
                 "Cycling tour: Hendrik Varga wins the mountain stage", "/pile/1.txt")
_SECOND = _titled("The rider lost the lead on Monday.",
                  "Cycling tour: Hendrik Varga loses the lead in the rain", "/pile/2.txt")


def test_headlines_with_a_long_shared_start_are_cut_apart() -> None:
    assert article_name(_FIRST, 28) == article_name(_SECOND, 28)  # the fault: one label
    names = article_names([_FIRST, _SECOND], 28)
    assert names[_FIRST.id] != names[_SECOND.id]
    assert names[_FIRST.id].startswith("Cycling tour: Hendrik Varga w")
    assert names[_SECOND.id].startswith("Cycling tour: Hendrik Varga l")


def test_articles_of_one_outlet_get_a_number() -> None:
    a, b = make("The ferry left at noon.", "Coast News"), make("The ferry came back.", "Coast News")
    other = make("The ferry was late.", "Bay Times")
    names = article_names([a, b, other])
    assert names == {a.id: "Coast News", b.id: "Coast News (2)", other.id: "Bay Times"}


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Console:
    console = Console(record=True, width=200)
    monkeypatch.setattr(display, "console", console)
    return console


def test_a_summary_citing_two_articles_shows_two_labels(recorded) -> None:
    both = (Citation(article=_FIRST.id, span=(0, 9)), Citation(article=_SECOND.id, span=(0, 9)))
    story = Story(id="s1", title="Tour", articles=(_FIRST.id, _SECOND.id), summary=(
        SummarySentence(text="The rider won and then lost.", citations=both),))
    display.print_story_summary(story, {_FIRST.id: _FIRST, _SECOND.id: _SECOND})
    shown = recorded.export_text()
    cites = shown[shown.index("won and then lost."):].splitlines()[0]
    assert cites.count("Cycling tour") == 2
