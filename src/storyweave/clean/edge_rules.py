"""The body's edges: prose next to it joins, loose ends go, runs past an interruption rejoin."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import numpy as np

from .features import BASE_NAMES
from .rule_masks import _masks, _prose

TRIM_LINES = 3  # at most this many lines trimmed off each end
REJOIN_GAP = 4  # a run of prose this close (in lines) to the body ...
REJOIN_LINES = 2  # ... this long ...
REJOIN_P = 0.5  # ... the classifier this sure of each line ...
REJOIN_KINDS = (None, "related", "comments")  # ... removed by no line rule: body again


def _extend(features: np.ndarray, body: np.ndarray, prose: Sequence[bool] | None = None) -> None:
    """Prose lines right next to the body join it (bodies are contiguous; last lines get lost).
    ``prose``: _masks()' first, when at hand."""
    if prose is None:
        prose = _masks(features[:, : len(BASE_NAMES)])[0].tolist()
    if not body.any():
        return
    inside, ok = body.tolist(), prose  # Python lists: no numpy scalar per line
    for order in (range(1, len(inside)), range(len(inside) - 2, -1, -1)):
        step = -1 if order.step == 1 else 1
        for i in order:
            if ok[i] and inside[i + step] and not inside[i]:
                inside[i] = True
    body[:] = inside


def _rejoin(text, likely, body, kinds: list, reasons: list, words: list[int]) -> None:
    """A run of confident prose just past an interruption (a 'Read more' box, a caption,
    a teaser) continues the body: the article goes on after it."""
    ok = [
        i
        for i in np.flatnonzero((likely >= REJOIN_P) & ~body).tolist()
        if kinds[i] in REJOIN_KINDS and _prose(text[i], words[i])
    ]
    if len(ok) < REJOIN_LINES:  # no run of them is long enough (most pages)
        return
    where = np.flatnonzero(body).tolist()
    if not where:
        return
    runs: list[list[int]] = []
    for i in ok:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        k = bisect_left(where, run[0])  # body lines before the run: where[:k]
        near = (k and run[0] - where[k - 1] <= REJOIN_GAP + 1) or (
            k < len(where) and where[k] - run[-1] <= REJOIN_GAP + 1
        )
        if len(run) >= REJOIN_LINES and near:
            for j in run:
                body[j], kinds[j], reasons[j] = True, None, ""
            where = sorted(where + run)  # a run below may continue this one


def _trim_edges(
    features: np.ndarray,
    body: np.ndarray,
    listed: range = range(0),
    loose: Sequence[bool] | None = None,
) -> None:
    """Unpunctuated lines and links cannot open or close the body (a headline, 'bottom of page').

    Items of a list that continues the body (``listed``) are not trimmed. ``loose``: per
    line, _masks()' second, when at hand.
    """
    if loose is None:
        loose = _masks(features[:, : len(BASE_NAMES)])[1].tolist()
    where = np.flatnonzero(body).tolist()  # the body lines left: where[lo : hi + 1]
    lo, hi = 0, len(where) - 1
    for _ in range(TRIM_LINES):
        if hi - lo < 2 or not loose[where[lo]] or where[lo] in listed:
            break
        body[where[lo]] = False
        lo += 1
    for _ in range(TRIM_LINES):
        if hi - lo < 2 or not loose[where[hi]] or where[hi] in listed:
            break
        body[where[hi]] = False
        hi -= 1
