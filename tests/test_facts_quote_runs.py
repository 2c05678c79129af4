"""Quotes that run over paragraphs: news style opens the quote at each paragraph's start and
closes it only at the end, where the attribution names who speaks for all of it."""

from __future__ import annotations

from storyweave.facts.quotes import find_quote_spans
from test_facts_quotes import make, quotes_of

_RUN = ("The festival named Mira Vale its host on Friday.{n}"
        "{o}We are glad to have her back on the stage,{c} said producer Tom Zadan.{n}"
        "{o}I am so thrilled to be hosting the show for the second time.{n}"
        "{p}They do say the third time is the lucky one,{c} said Vale.{n}"
        "The show airs in March.")


def _run(n: str, o: str, c: str, p: str) -> str:
    return _RUN.format(n=n, o=o, c=c, p=p)


def test_an_open_paragraph_is_said_by_the_speaker_closing_the_next_one() -> None:
    for n in ("\n", "\n\n"):
        for o, c in (("“", "”"), ('"', '"')):
            found = quotes_of(make(_run(n, o, c, o)))
            assert (found["I am so"] or "").endswith("Vale"), (n, o)  # not Zadan
            assert found["We are glad"] == "Tom Zadan"


def test_a_next_paragraph_without_an_opening_mark_goes_on_with_the_quote() -> None:
    for o, c in (("“", "”"), ('"', '"')):
        text = _run("\n\n", o, c, "")
        spans = [text[s:e] for s, e in find_quote_spans(text)]
        assert any(s.startswith("I am so") and s.endswith("the lucky one,") for s in spans), o
        assert (quotes_of(make(text))["I am so"] or "").endswith("Vale")
