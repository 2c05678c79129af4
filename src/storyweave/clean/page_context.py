"""Context features: each line's neighbourhood on the page (windows, runs, distances)."""

from __future__ import annotations

import math

import numpy as np

from .feature_names import BASE_NAMES, SHORT_UNITS


def _duplicates(text: tuple[str, ...]) -> np.ndarray:
    counts: dict[str, int] = {}
    for t in text:
        counts[t] = counts.get(t, 0) + 1
    return np.array([counts[t] > 1 for t in text], dtype=np.float64)


def _window_means(x: np.ndarray, widths: tuple[int, ...]) -> dict[int, np.ndarray]:
    """Per width w: the mean of each column of x over the w lines either side of each line,
    the line left out (all widths from one cumulative sum)."""
    n = len(x)
    c = np.concatenate([np.zeros((1, x.shape[1])), np.cumsum(x, axis=0)])
    idx = np.arange(n)
    out = {}
    for w in widths:
        lo = np.maximum(idx - w, 0)
        hi = np.minimum(idx + w + 1, n)
        out[w] = (c[hi] - c[lo] - x) / np.maximum(hi - lo - 1, 1)[:, None]
    return out


def _context(base: np.ndarray) -> np.ndarray:
    n = len(base)
    length, end = base[:, 0], base[:, 2]
    long = ((length >= math.log1p(12)) & (end > 0)).astype(np.float64)
    idx = np.arange(n, dtype=np.float64)
    cols = [idx / max(n - 1, 1), np.log1p(idx), np.log1p(n - 1 - idx), length - length.max()]
    trio = base[:, [0, 2, 5]]  # length, end, stop
    spread = np.column_stack(
        [trio, long, base[:, BASE_NAMES.index("url")], base[:, BASE_NAMES.index("punct")]]
    )
    means = _window_means(spread, (1, 3, 5, 8, 12, 25))
    for w in (1, 3, 8):
        cols += list(means[w][:, :3].T)
    cols.append(means[5][:, 3])
    prev = np.concatenate([[0.0], length[:-1]])
    nxt = np.concatenate([length[1:], [0.0]])
    cols += [prev, nxt]
    mass = np.cumsum(long * length)
    total = mass[-1] if mass[-1] > 0 else 1.0
    cols += [mass / total, 1.0 - (mass - long * length) / total]
    cols.append(_distance_to(long))
    cols += [np.concatenate([[0.0], end[:-1]]), np.concatenate([end[1:], [0.0]])]
    where = np.flatnonzero(long)
    inside = np.zeros(n)
    if len(where):
        inside[where[0] : where[-1] + 1] = 1.0
    cols += [inside, length - np.median(length), np.full(n, math.log1p(n))]
    cols.append(np.log1p(_run_length(length < math.log1p(SHORT_UNITS))))
    cols += _block(base, long, means)
    return np.stack(cols, axis=1)


def _block(base: np.ndarray, long: np.ndarray, means: dict) -> list[np.ndarray]:
    """The line's relation to the main prose block: wide densities, sides, page-relative size."""
    n = len(base)
    idx = np.arange(n)
    where = np.flatnonzero(long)
    cols = [means[12][:, 3], means[25][:, 3]]  # density of prose lines 12 and 25 around
    if len(where):
        above = np.maximum.accumulate(np.where(long > 0, idx, -1))  # last prose line at or above
        below = np.minimum.accumulate(np.where(long > 0, idx, n)[::-1])[::-1]
        prev_p = np.concatenate([[-1], above[:-1]])
        next_p = np.concatenate([below[1:], [n]])
        gap_up = np.where(prev_p >= 0, idx - prev_p, n)
        gap_down = np.where(next_p < n, next_p - idx, n)
        span = max(where[-1] - where[0], 1)
        rel = (idx - where[0]) / span
    else:
        gap_up = gap_down = np.full(n, n)
        rel = np.full(n, -1.0)
    cols += [np.log1p(gap_up), np.log1p(gap_down), ((gap_up <= 2) & (gap_down <= 2)) * 1.0]
    cols += [np.clip(rel, -1.0, 2.0)]
    chars = base[:, 1]
    cols += [chars / max(chars.max(), 1e-9), means[3][:, 4], means[3][:, 5]]  # url, punct
    return cols


def _run_length(mask: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of equal mask values it sits in."""
    n = len(mask)
    change = np.flatnonzero(np.diff(mask.astype(np.int8))) + 1
    bounds = np.concatenate([[0], change, [n]])
    sizes = np.diff(bounds)
    return np.repeat(sizes, sizes).astype(np.float64)


def _distance_to(mask: np.ndarray) -> np.ndarray:
    """log(1 + distance in lines to the nearest line where mask is set)."""
    n = len(mask)
    where = np.flatnonzero(mask)
    if len(where) == 0:
        return np.full(n, math.log1p(n))
    idx = np.arange(n)
    pos = np.searchsorted(where, idx)
    left = where[np.clip(pos - 1, 0, len(where) - 1)]
    right = where[np.clip(pos, 0, len(where) - 1)]
    d = np.minimum(np.abs(idx - left), np.abs(right - idx))
    return np.log1p(d)
