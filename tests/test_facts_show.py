"""The fact table in the terminal: the claims one sentence makes share one line (a figure and
its conversion, '40 miles (64 kilometers)', are not the same sentence printed twice), and an
article with no outlet or site is shown by its file's name, not its whole path. Every text
here is written for the test."""

from __future__ import annotations

import dataclasses

from rich.console import Console

from facts_story import check, make
from storyweave.facts.show import claim_line, facts_table, sentence_lines
from storyweave.model import Claim, Story


def _table_text(facts, articles) -> str:  # noqa: ANN001
    console = Console(record=True, width=240)
    story = Story(id="s1", title="Ferry", articles=tuple(articles))
    console.print(facts_table(story, facts, articles))
    return console.export_text()


def test_a_figure_and_its_conversion_share_one_line() -> None:
    a = make("The ferry crossed 40 miles (64 kilometers) of open sea on Monday.", "Coast News")
    b = make("The ferry sailed about 40 miles of open sea on Monday.", "Harbour Times")
    facts = check(a, b)
    fact = next(f for f in facts if any(c.article == a.id for c in f.claims)
                and len([c for c in f.claims if c.article == a.id]) == 2)
    lines = sentence_lines(fact.claims)
    assert len(lines) == len(fact.claims) - 1  # a's two claims on one line
    shown = _table_text([fact], {a.id: a, b.id: b})
    assert shown.count("The ferry crossed") == 1
    line = claim_line(next(cs for cs in lines if len(cs) == 2), a)
    bold = [line.plain[s.start : s.end] for s in line.spans if "bold" in str(s.style)]
    assert [b.split()[0] for b in bold] == ["40", "64"]  # each claim in bold, in order


def test_quotes_of_one_sentence_with_different_speakers_stay_apart() -> None:
    a = make("The ferry crossed 40 miles of open sea on Monday.", "Coast News")
    fact = check(a)[0]
    claim = fact.claims[0]
    other = dataclasses.replace(claim, speaker="Ana Ruiz", speaker_basis="named")
    assert len(sentence_lines([claim, other])) == 2


def test_an_article_without_outlet_is_shown_by_its_file_name() -> None:
    a = dataclasses.replace(make("The ferry crossed 40 miles of open sea on Monday."),
                            outlet=None, source="/home/ana/piles/ferry/001_report.txt")
    fact = check(a)[0]
    shown = claim_line(fact.claims[0], a).plain
    assert shown.startswith("001_report.txt: “")
    web = dataclasses.replace(a, url="https://www.coastnews.example/ferry")
    assert claim_line(fact.claims[0], web).plain.startswith("coastnews.example: “")


def test_a_sentence_opening_with_its_own_quote_mark_is_not_wrapped_twice() -> None:
    a = make("“We will sail again by Friday,” said Halvard Moen, the harbour master.", "Coast")
    claim = Claim(article=a.id, text=a.text, span=(1, 29), value="We will sail again by Friday",
                  speaker="Halvard Moen", sentence_span=(0, len(a.text)),
                  speaker_basis="named")
    shown = claim_line(claim, a).plain
    assert shown == "Coast (Halvard Moen): " + a.text
    b = make("The harbour reopened on Saturday after 9 days.", "Coast")
    plain = claim_line(check(b)[0].claims[0], b).plain
    assert plain.startswith("Coast: “The harbour") and plain.endswith("days.”")
