"""``...'' quotation marks (a re-joined tokenisation) become curly marks: an inch mark inside the
quote ('17'' screen') does not close it, a quote ending in a number still closes."""

from __future__ import annotations

from storyweave.facts.text import curly_quotes
from storyweave.model import Article


def _article(text: str) -> Article:
    return Article(id="a1", source="t.txt", text=text, title="T", outlet="O",
                   published="2024-05-01")


def _quoted(text: str) -> list[str]:
    out = curly_quotes(_article(text)).text
    assert len(out) == len(text)  # offsets stay valid
    parts, rest = [], out
    while "\u201c" in rest:
        rest = rest[rest.index("\u201c") + 1:]
        parts.append(rest[:rest.index("\u201d")])
        rest = rest[rest.index("\u201d") + 1:]
    return parts


def test_an_inch_mark_inside_the_quote_does_not_close_it() -> None:
    assert _quoted("Orvo called it ``the lightest 15'' tablet we have made,'' on Monday.") == [
        "the lightest 15'' tablet we have made,"]


def test_a_quote_ending_in_a_number_still_closes() -> None:
    assert _quoted("``We lost 3-17'' the coach said after the game.") == ["We lost 3-17"]


def test_two_quotes_on_a_line_stay_two() -> None:
    assert _quoted("``It rained,'' she said, ``and then it poured.''") == [
        "It rained,", "and then it poured."]
