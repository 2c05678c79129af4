"""Teaser cards below the body (titles and summaries of other articles) go as 'related'."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import numpy as np

from .rule_masks import TAIL_SHARE, _mass_above, _prose

MIN_CARDS = 3  # this many teaser cards in a row below the body are a related list
CARD_SHORT_LINES = 8  # at most this many short lines open a card
_SOURCE = re.compile(r"\b[\w-]+\.(?:com|org|net|co|io|news|info|tv|uk|de|fr|es|it)\b", re.I)
# the end of every _SOURCE match, found far faster (a regex that opens with a fixed '.')
_SOURCE_END = re.compile(r"\.(?:com|org|net|co|io|news|info|tv|uk|de|fr|es|it)\b", re.I)


def _mark_cards(text: tuple[str, ...], body: np.ndarray, kinds: list, reasons: list, words: list):
    """A run of teaser cards in the lower half of the page goes as 'related'.

    A card is a few short lines (kicker, title, source or tags) and one or two lines of
    prose (the teaser); article paragraphs come in runs, cards alternate. Three or more
    cards back to back below half of the body, most of them naming their source site
    ('example.com Science'), are a list of other articles; product lists and
    subheaded sections of an article name none.
    """
    half = _middle(text, body)
    if half is None:
        return
    if not _sourced_twice(text[half:]):  # 3+ cards, half of them sourced
        return
    prose = [False] * half + [_prose(t, k) for t, k in zip(text[half:], words[half:], strict=True)]
    ends: dict[int, int | None] = {}  # card start -> its end (each computed once)
    named: dict[int, bool] = {}  # card start -> a short line of it names a source site
    i = half
    while i < len(text):
        end, cards, sourced = i, 0, 0
        while (nxt := ends.get(end, -1)) is not None:
            if nxt == -1:  # not computed yet
                nxt = ends[end] = _card_end(prose, end)
                if nxt is None:
                    break
            if end not in named:
                named[end] = any(_SOURCE.search(text[j]) for j in range(end, nxt) if not prose[j])
            sourced += named[end]
            end, cards = nxt, cards + 1
        if cards >= MIN_CARDS and sourced * 2 >= cards:
            for j in range(i, end):
                if kinds[j] is None:
                    body[j], kinds[j] = False, "related"
                    reasons[j] = "a list of teaser cards (titles and summaries of other articles)"
            i = end
        else:
            i += 1


def _sourced_twice(lines: tuple[str, ...]) -> bool:
    """_SOURCE matches the lines (joined by newlines) at least twice.

    Every _SOURCE match holds its own _SOURCE_END match and none spans a newline, so
    _SOURCE is run only over the lines holding a _SOURCE_END match: the same count, without
    its slow scan ('\\b[\\w-]+' tried at every word) over the lines that hold none."""
    lower = "\n".join(lines)
    ends = [m.start() for m in _SOURCE_END.finditer(lower)]
    if len(ends) < 2:
        return False
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    held = sorted({bisect_right(starts, e) - 1 for e in ends})
    return len(_SOURCE.findall("\n".join(lines[k] for k in held))) >= 2


def _middle(text: tuple[str, ...], body: np.ndarray) -> int | None:
    """The first line where the body mass up to and including it reaches TAIL_SHARE of the
    body's (None without a body)."""
    above, total = _mass_above(text, body)
    if total == 0:
        return None
    inside = body.tolist()
    return next(
        (
            i
            for i, (a, t, b) in enumerate(zip(above, text, inside, strict=True))
            if a + (len(t) if b else 0) >= TAIL_SHARE * total
        ),
        len(text),
    )


def _card_end(prose: list[bool], start: int) -> int | None:
    """Where a card starting at ``start`` ends (short lines, then 1-2 prose lines), or None."""
    j = start
    while j < len(prose) and not prose[j] and j - start < CARD_SHORT_LINES:
        j += 1
    if j - start < 2 or j >= len(prose) or not prose[j]:
        return None
    j += 1
    if j < len(prose) and prose[j]:
        j += 1
    if j < len(prose) and prose[j]:  # three prose lines in a row: paragraphs, not a card
        return None
    return j
