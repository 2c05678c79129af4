"""Lists that continue the body or sit inside it: short items with figures kept as body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .patterns import (
    byline_names,
    comment_stamp,
    is_counter,
    labelled_teaser,
    share_bar,
)
from .rule_masks import _SECTION_COLUMNS

LIST_MIN_LINES = 3  # a list continuing the body has at least this many items ...
LIST_DIGIT_SHARE = 1 / 3  # ... and this share of them hold a figure (amounts, prices, steps)
LIST_SAME_SHAPE = 0.5  # ... but not most of them the same line with other figures (a tally)
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")


def _continue_list(
    text: tuple[str, ...],
    features: np.ndarray,
    body: np.ndarray,
    share_rows: list[int],
    header: Sequence[bool] | None = None,
) -> range:
    """Short items between the last paragraph and a tail header continue the body (a list).

    A recipe, a meal plan or a price list ends an article with short lines that look like
    a menu one by one. They are body when the run fills the whole gap down to the first
    comments/related/FAQ header or share-button row below the article's start, holds no
    byline, comment stamp, counter, labelled teaser or share row, repeats no line found
    above the article or below the header (menus come twice), and enough of its items
    carry figures. Returns the lines it added (empty if none). ``header``: per line, a
    section header (_masks()' third), when at hand.
    """
    inside = body.tolist()  # (list searches: no numpy call a step on a page's few lines)
    if True not in inside:
        return range(0)
    first = inside.index(True)
    if header is None:
        header = features[:, _SECTION_COLUMNS].any(axis=1).tolist()
    found = _index_of_true(header, first + 1)
    end = found if found is not None else len(text)
    bars = [j for j in share_rows if first < j < end]  # ends it too
    if not bars and found is None:
        return range(0)
    stop = bars[0] if bars else end
    start = stop - inside[stop - 1 :: -1].index(True)  # after the last body line above
    if stop - start < LIST_MIN_LINES:
        return range(0)
    outside = set(text[:first] + text[stop:])  # above the article, below the header
    if not _list_items(text[start:stop], outside):
        return range(0)
    body[start:stop] = True
    return range(start, stop)


def _fill_lists(
    text: tuple[str, ...],
    features: np.ndarray,
    body: np.ndarray,
    header: Sequence[bool] | None = None,
) -> None:
    """A run of short items between two parts of the body is a list inside the article
    (products with their prices, steps, a schedule) under the same conditions.
    ``header``: per line, a section header (_masks()' third), when at hand."""
    where = np.flatnonzero(body)
    if len(where) < 2:
        return
    wide = np.flatnonzero(np.diff(where) > LIST_MIN_LINES)  # gaps of LIST_MIN_LINES+ lines
    if len(wide) == 0:
        return
    outside = set(text[: int(where[0])] + text[int(where[-1]) + 1 :])
    if header is None:
        header = features[:, _SECTION_COLUMNS].any(axis=1).tolist()
    for a, b in zip(where[wide].tolist(), where[wide + 1].tolist(), strict=True):
        if not any(header[a + 1 : b]) and _list_items(text[a + 1 : b], outside):
            body[a + 1 : b] = True


def _index_of_true(flags: list[bool], start: int) -> int | None:
    """The first index from ``start`` on whose flag is True, or None (list.index: in C)."""
    try:
        return flags.index(True, start)
    except ValueError:
        return None


def _list_items(run: tuple[str, ...], outside: set[str]) -> bool:
    """No line that cannot stand in a list, none repeated outside, enough with figures."""
    if not outside.isdisjoint(run):  # cheapest test first
        return False
    if sum(bool(_DIGIT.search(t)) for t in run) < LIST_DIGIT_SHARE * len(run):
        return False
    shapes = Counter(_DIGITS.sub("#", t) for t in run)  # '% 12 votes' x 20: counters
    if shapes.most_common(1)[0][1] > LIST_SAME_SHAPE * len(run):
        return False
    return not any(_blocked(t) for t in run)


def _blocked(line: str) -> bool:
    """A line that cannot stand inside the article's own list (furniture, captions and
    copyright lines may: they are removed one by one by their own rules)."""
    return bool(
        share_bar(line)
        or is_counter(line)
        or comment_stamp(line)
        or labelled_teaser(line)
        or byline_names(line)
    )
