"""The context features of many pages at once: the same values as features._context page by page.

Pages are laid end to end; every window, shift, run and extreme stops at its page's edges.
Sums that round (cumulative sums of lengths) are still taken page by page, one call each,
so every value is bit for bit what the page-by-page code gives.
"""

from __future__ import annotations

import math
from itertools import accumulate

import numpy as np


class _Pages:
    """Per row of the stacked pages: its page's start, end (exclusive), size and local index."""

    def __init__(self, sizes: list[int]) -> None:
        bounds = np.fromiter(accumulate(sizes, initial=0), dtype=np.int64, count=len(sizes) + 1)
        self.sizes = np.asarray(sizes, dtype=np.int64)
        self.first = bounds[:-1]
        self.start = np.repeat(bounds[:-1], sizes)
        self.end = np.repeat(bounds[1:], sizes)
        self.n = self.end - self.start
        self.local = np.arange(int(bounds[-1])) - self.start
        self.page = np.repeat(np.arange(len(sizes)), sizes)
        self.log_n = np.array([math.log1p(k) for k in sizes])[self.page]  # as page by page

    def shift_down(self, x: np.ndarray) -> np.ndarray:
        """x of the line above, 0 on a page's first line."""
        out = np.concatenate([[0.0], x[:-1]])
        out[self.first] = 0.0
        return out

    def shift_up(self, x: np.ndarray) -> np.ndarray:
        """x of the line below, 0 on a page's last line."""
        out = np.concatenate([x[1:], [0.0]])
        out[self.first[1:] - 1] = 0.0
        out[-1] = 0.0
        return out

    def page_max(self, x: np.ndarray) -> np.ndarray:
        return np.maximum.reduceat(x, self.first)[self.page]


def contexts(base: np.ndarray, sizes: list[int], long_units: int, short_units: int, cols: dict):
    """features._context of each page (``sizes``: lines per page, all > 0), stacked.

    ``cols``: where 'len', 'end', 'stop', 'url', 'punct' and 'chars' sit in ``base``.
    """
    pg = _Pages(sizes)
    length, end = base[:, cols["len"]], base[:, cols["end"]]
    long = ((length >= math.log1p(long_units)) & (end > 0)).astype(np.float64)
    n = pg.n
    idx = pg.local.astype(np.float64)
    out = [idx / np.maximum(n - 1, 1), np.log1p(idx), np.log1p(n - 1 - idx)]
    out.append(length - pg.page_max(length))
    spread = np.column_stack(
        [length, end, base[:, cols["stop"]], long, base[:, cols["url"]], base[:, cols["punct"]]]
    )
    sums = _page_cumsums(np.column_stack([spread, long * length]), pg)
    means = _window_means(spread, sums, pg)
    for w in (1, 3, 8):
        out += [means[w, 0], means[w, 1], means[w, 2]]
    out += [means[5, 3], pg.shift_down(length), pg.shift_up(length)]
    mass = sums[pg.start + pg.page + 1 + pg.local, 6]
    last = mass[pg.end - 1]
    total = np.where(last > 0, last, 1.0)
    out += [mass / total, 1.0 - (mass - long * length) / total]
    above, below = _nearest(long, pg)
    out.append(_distance(above, below, pg))
    out += [pg.shift_down(end), pg.shift_up(end)]
    out.append(((above[pg.end - 1] >= pg.local) & (below[pg.start] <= pg.local)) * 1.0)
    out += [length - _medians(length, pg), pg.log_n]
    out.append(np.log1p(_run_length(length < math.log1p(short_units), pg)))
    out += _block(base[:, cols["chars"]], long, means, above, below, pg)
    return np.stack(out, axis=1)


def _page_cumsums(x: np.ndarray, pg: _Pages) -> np.ndarray:
    """Each page's cumulative sums of x, a row of zeros before each page's (the page of
    row i has its zero row at pg.start[i] + pg.page[i]).

    The pages sit side by side, padded with zeros at their ends, and are summed along the
    rows in one call: each page's sums are added in the same order, from its first row,
    as a cumsum of that page alone (the same bits).
    """
    out = np.zeros((len(x) + len(pg.sizes), x.shape[1]))
    at = pg.start + pg.page + 1 + pg.local  # where each row's sum goes
    longest = int(pg.sizes.max())
    if len(pg.sizes) * longest > 4 * len(x) + 4096:  # one long page: padding would be large
        ends = (pg.first + pg.sizes).tolist()
        for a, b in zip(pg.first.tolist(), ends, strict=True):
            out[at[a:b]] = np.cumsum(x[a:b], axis=0)
        return out
    rows = np.zeros((len(pg.sizes), longest, x.shape[1]))
    rows[pg.page, pg.local] = x
    out[at] = np.cumsum(rows, axis=1)[pg.page, pg.local]
    return out


# The columns of spread whose window means contexts() reads, per width (no others).
_MEAN_COLUMNS = {1: (0, 1, 2), 3: (0, 1, 2, 4, 5), 5: (3,), 8: (0, 1, 2), 12: (3,), 25: (3,)}


def _window_means(
    x: np.ndarray, sums: np.ndarray, pg: _Pages, columns: dict = _MEAN_COLUMNS
) -> dict[tuple[int, int], np.ndarray]:
    """Mean over the w lines either side within the page, the line left out, for each
    width w and column k asked in ``columns`` (w -> k...): keyed (w, k).

    Each column alone, read from one contiguous copy of it: the same arithmetic per value
    as the rows at once ((c[hi] - c[lo] - x) / (hi - lo - 1)), so the same bits."""
    at = pg.start + pg.page  # where the page's zero row sits in sums
    wanted = sorted({k for ks in columns.values() for k in ks})
    c = {k: np.ascontiguousarray(sums[:, k]) for k in wanted}
    xs = {k: np.ascontiguousarray(x[:, k]) for k in wanted}
    out = {}
    for w, ks in columns.items():
        lo = np.maximum(pg.local - w, 0)
        hi = np.minimum(pg.local + w + 1, pg.n)
        up, down = hi + at, lo + at
        size = np.maximum(hi - lo - 1, 1)
        for k in ks:
            out[w, k] = (c[k][up] - c[k][down] - xs[k]) / size
    return out


def _nearest(long: np.ndarray, pg: _Pages) -> tuple[np.ndarray, np.ndarray]:
    """Local index of the last prose line at or above, and the first at or below
    (-1 and n where the page has none there)."""
    g = np.arange(len(long))
    up = np.maximum.accumulate(np.where(long > 0, g, pg.start - 1)) - pg.start
    down = np.minimum.accumulate(np.where(long > 0, g, pg.end)[::-1])[::-1] - pg.start
    return np.maximum(up, -1), np.minimum(down, pg.n)


def _distance(above: np.ndarray, below: np.ndarray, pg: _Pages) -> np.ndarray:
    """log(1 + distance to the nearest prose line); log(1 + n) on a page without one."""
    big = np.iinfo(np.int64).max
    d_up = np.where(above >= 0, pg.local - above, big)
    d_down = np.where(below < pg.n, below - pg.local, big)
    d = np.minimum(d_up, d_down)
    return np.where(d == big, pg.log_n, np.log1p(d))


def _medians(x: np.ndarray, pg: _Pages) -> np.ndarray:
    """Each page's median of x (the mean of the two middle values on an even page)."""
    v = x[np.lexsort((x, pg.page))]
    half = pg.sizes // 2
    mid = v[pg.first + half]
    low = v[pg.first + np.maximum(half - 1, 0)]
    med = np.where(pg.sizes % 2 == 1, mid, (low + mid) / 2.0)
    return med[pg.page]


def _run_length(mask: np.ndarray, pg: _Pages) -> np.ndarray:
    """For each line, the length of the run of equal mask values it sits in (within its page)."""
    # where a run starts (a change, a page's first line) and the end: flags, not union1d
    # (the same sorted, distinct positions without sorting)
    opens = np.zeros(len(mask) + 1, dtype=bool)
    opens[1:-1] = mask[1:] != mask[:-1]
    opens[pg.first] = True
    opens[-1] = True
    bounds = np.flatnonzero(opens)
    sizes = np.diff(bounds)
    return np.repeat(sizes, sizes).astype(np.float64)


def _block(chars, long, means, above, below, pg: _Pages) -> list[np.ndarray]:
    """features._block for the stacked pages."""
    n, i = pg.n, pg.local
    prev_p = np.where(i > 0, np.maximum(np.concatenate([[-1], above[:-1]]), -1), -1)
    next_p = np.where(i < n - 1, np.concatenate([below[1:], [0]]), n)
    next_p = np.minimum(next_p, n)
    has = above[pg.end - 1] >= 0  # the page has a prose line
    gap_up = np.where(has & (prev_p >= 0), i - prev_p, n)
    gap_down = np.where(has & (next_p < n), next_p - i, n)
    first, last = below[pg.start], above[pg.end - 1]
    span = np.maximum(last - first, 1)
    rel = np.where(has, (i - first) / span, -1.0)
    cols = [means[12, 3], means[25, 3]]
    cols += [np.log1p(gap_up), np.log1p(gap_down), ((gap_up <= 2) & (gap_down <= 2)) * 1.0]
    cols += [np.clip(rel, -1.0, 2.0)]
    cols += [chars / np.maximum(pg.page_max(chars), 1e-9), means[3, 4], means[3, 5]]
    return cols
