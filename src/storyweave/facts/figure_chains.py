"""Figures that are one figure: chains of linked figures (ranges, changes, conversions) and
pairs whose values lie within each other's interval or range."""

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
