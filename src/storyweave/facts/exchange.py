"""Exchange rates a story gives itself: '€2 million ($2.6 million)' in one article lets a
sum in dollars elsewhere be compared with one in euros. No outside rates are used."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from statistics import median

import numpy as np

from .mention import Mention

#: How far two articles' conversions of one sum may differ (rates move, sums are rounded).
SLACK = 0.12

Rates = Mapping[tuple[str, str], float]


def story_rates(mentions: Sequence[Mention], offsets: Sequence[int]) -> dict[tuple[str, str],
                                                                              float]:
    """(dimension from, dimension to) -> rate, from every sum converted in brackets in the
    story ('£1.7m ($2.6m)'), the median where several articles convert; one step through a
    third currency fills a pair no article converts directly."""
    seen: dict[tuple[str, str], list[float]] = {}
    for i, m in enumerate(mentions):
        if m.link is None or not m.dimension.startswith("money:"):
            continue
        o = mentions[offsets[i] + m.link]
        if o.dimension.startswith("money:") and o.dimension != m.dimension and m.base > 0 \
                and o.base > 0:
            seen.setdefault((m.dimension, o.dimension), []).append(o.base / m.base)
            seen.setdefault((o.dimension, m.dimension), []).append(m.base / o.base)
    rates = {pair: median(values) for pair, values in seen.items()}
    for (a, b), ab in list(rates.items()):
        for (c, d), cd in list(rates.items()):
            if c == b and d != a and (a, d) not in rates:
                rates[(a, d)] = ab * cd
    return rates


def converted_pairs(mentions: Sequence[Mention], rates: Rates) -> tuple[np.ndarray,
                                                                         np.ndarray]:
    """(known, agree): pairs of sums in two currencies the story's rates relate, and of those
    the ones whose figures meet once converted (qualifiers, rounding and SLACK in mind)."""
    n = len(mentions)
    known = np.zeros((n, n), dtype=bool)
    agree = np.zeros((n, n), dtype=bool)
    money = [i for i, m in enumerate(mentions) if m.dimension.startswith("money:")] \
        if rates else []
    for i in money:
        a = mentions[i]
        for j in money:
            b = mentions[j]
            rate = rates.get((a.dimension, b.dimension))
            if rate is None or i == j:
                continue
            known[i, j] = True
            low, high = a.low * rate * (1 - SLACK), a.high * rate * (1 + SLACK)
            agree[i, j] = low <= b.high and b.low <= high
    return known, agree & agree.T


def in_currency(m: Mention, dimension: str, rates: Rates) -> Mention | None:
    """The claim's figure in another currency by the story's own rate, for judging status
    (None when the story gives no rate)."""
    from dataclasses import replace

    rate = rates.get((m.dimension, dimension))
    if rate is None:
        return None
    return replace(m, dimension=dimension, base=m.base * rate,
                   low=m.low * rate * (1 - SLACK), high=m.high * rate * (1 + SLACK))
