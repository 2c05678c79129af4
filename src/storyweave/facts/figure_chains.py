"""Figures that are one figure: chains of linked figures (ranges, changes, conversions), pairs
whose values lie within each other's interval or range; and intervals that truly meet."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .mention import Mention


def chains(mentions: Sequence[Mention], offsets: Sequence[int]) -> np.ndarray:
    """For each claim, the first claim of the chain of links it belongs to (ranges and
    changes: 'from 9.0 to around 9.1-9.3' is one chain)."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in enumerate(mentions):
        if m.link is not None:
            parent[find(offsets[i] + m.link)] = find(i)
    return np.array([find(i) for i in range(len(mentions))], dtype=np.int64)


def within(f: dict[str, np.ndarray], chain: np.ndarray) -> np.ndarray:
    """Pairs of figures that are the same figure: each value lies within the other's
    interval, or one is a range ('2,000 or 3,000 m') holding the other's value."""
    base, low, high = f["base"], f["low"], f["high"]
    inside = (base[:, None] >= low[None, :]) & (base[:, None] <= high[None, :])  # i within j
    first = np.full(len(base), np.inf)
    last = np.full(len(base), -np.inf)
    np.minimum.at(first, chain, base)
    np.maximum.at(last, chain, base)
    ranged = (first[chain] < last[chain]) & (low <= first[chain]) & (high >= last[chain])
    #        both ends of a range are widened to it; a change ('from 13 to 33') is not
    return (inside & inside.T) | (inside & ranged[None, :]) | (inside.T & ranged[:, None])


def same_compound(f: dict[str, np.ndarray], chain: np.ndarray) -> np.ndarray:
    """Pairs of figures each linked to others ('2,560 x 1,600', '$140-150 million') whose
    chains give the same values in one dimension: two values that agree at once."""
    values: dict[int, set[tuple[int, float]]] = {}
    for head, dim, base in zip(chain.tolist(), f["dimension"].tolist(), f["base"].tolist(),
                               strict=True):
        values.setdefault(head, set()).add((dim, round(base, 6)))
    keys = [frozenset(values[head]) if len(values[head]) > 1 else None
            for head in chain.tolist()]
    codes: dict[frozenset, int] = {}
    code = np.array([-1 if k is None else codes.setdefault(k, len(codes)) for k in keys])
    return (code[:, None] == code[None, :]) & (code[:, None] >= 0)


def meets(low: np.ndarray, high: np.ndarray, base: np.ndarray) -> np.ndarray:
    """Pairs of intervals that meet in more than an end point: '12 miles' and '13 miles' both
    reach 12.5 miles, '7.6' and '7.5' both 7.55, yet they are two values. A figure of one
    value at another's end ('at least 10' and '10', '30-40 days' and '40'), or two bounds of
    one value ('up to 5,000' and 'more than 5,000'), still meets it."""
    closed = (low[:, None] <= high[None, :]) & (low[None, :] <= high[:, None])
    wide = high > low
    scale = np.maximum(np.abs(low[:, None]), np.abs(high[None, :]))
    touch = np.abs(low[:, None] - high[None, :]) <= 1e-9 * scale + 1e-12
    touch |= touch.T
    same = np.isclose(base[:, None], base[None, :], rtol=1e-9, atol=1e-12)
    return closed & ~(touch & wide[:, None] & wide[None, :] & ~same)


def two_values(f: dict[str, np.ndarray], chain: np.ndarray) -> np.ndarray:
    """Pairs of figures in one unit that give two values ('a 45-yard field goal' / 'a 44-yard
    field goal', 'more than 75%' / 'close to 90%'): however their intervals meet, one article
    seldom gives one thing twice in two values, unless one rounds the other ('$2.53 million'
    and 'about $2.5 million': a value within a plain or an approximate figure's interval)."""
    base, low, high = f["base"], f["low"], f["high"]
    inside = (base[:, None] >= low[None, :]) & (base[:, None] <= high[None, :])  # i within j
    rounds = (inside & f["plain"][None, :]) | (inside.T & f["plain"][:, None])
    differ = ~np.isclose(base[:, None], base[None, :], rtol=1e-9, atol=0.0)
    unit = f["unit"]
    return (unit[:, None] == unit[None, :]) & differ & ~rounds & (chain[:, None] != chain[None, :])
