"""One name per article wherever it is cited: its outlet, else its site, else its headline,
else its file's name, and the terminal's list of articles shows that file name, so a
citation in a summary can always be found in the list."""

from __future__ import annotations

import dataclasses

import pytest
from rich.console import Console

from facts_story import make
from storyweave import display
from storyweave.article_names import article_name, outlet_name, source_name
from storyweave.model import Citation, Story, SummarySentence


def test_the_name_falls_back_from_outlet_to_site_headline_and_file() -> None:
    a = make("The ferry crossed 40 miles of open sea on Monday.", "Coast News")
    assert article_name(a) == "Coast News"
    bare = dataclasses.replace(a, outlet=None, source="/home/ana/pile/003_ferry.txt")
    assert article_name(bare) == "003_ferry.txt"
    assert article_name(dataclasses.replace(bare, url="https://www.coastnews.example/x")) == (
        "coastnews.example")
    titled = dataclasses.replace(bare, title="Ferry crosses the open sea after a week of storms")
    assert article_name(titled, 20) == "Ferry crosses the o…"
    assert source_name(dataclasses.replace(a, source="dump.jsonl#12")) == "dump.jsonl#12"
    assert source_name(dataclasses.replace(a, source="https://n.example/a/b.html")) == "b.html"
    assert source_name(dataclasses.replace(a, source="-")) == ""
    assert article_name(dataclasses.replace(bare, source="-")) == a.id[:8]


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Console:
    console = Console(record=True, width=200)
    monkeypatch.setattr(display, "console", console)
    return console


def test_a_summary_cites_an_article_without_outlet_by_the_name_the_list_shows(recorded) -> None:
    a = dataclasses.replace(make("The ferry crossed 40 miles of open sea on Monday."),
                            outlet=None, title=None, source="/home/ana/pile/003_ferry.txt")
    story = Story(id="s1", title="Ferry", articles=(a.id,), summary=(SummarySentence(
        text="The ferry crossed the sea.", citations=(Citation(article=a.id, span=(0, 9)),)),))
    display.print_articles([a])
    display.print_story_summary(story, {a.id: a})
    shown = recorded.export_text()
    assert "[003_ferry.txt]" in shown  # the citation
    assert shown.count("003_ferry.txt") == 2  # and the article's line in the list
    assert a.id[:8] not in shown


def test_an_outlet_is_known_only_from_the_outlet_or_the_site() -> None:
    a = make("The ferry crossed 40 miles of open sea on Monday.", "Coast News")
    bare = dataclasses.replace(a, outlet=None, title="Ferry crosses the sea", source="p.jsonl#3")
    assert outlet_name(a) == "Coast News"
    assert outlet_name(bare) is None  # its headline names the article, not an outlet
    assert outlet_name(dataclasses.replace(bare, url="https://www.coastnews.example/x")) == (
        "coastnews.example")
