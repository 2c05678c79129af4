"""Pick the sentences of an extractive summary: cover what independent accounts agree on.

The content of a story is its *concepts* (stemmed word bigrams). A concept weighs as
many points as there are independent accounts that mention it, so a point made by three
newsrooms outranks one repeated by ten copies of the same wire story; concepts only one
account mentions weigh nothing when there are several accounts. Sentences are chosen
greedily by the weight of the concepts they add per word (budgeted maximum coverage, so
a second sentence saying the same thing adds nothing), skipping sentences that a chosen
one would support or be supported by (the citation test of ``support``: the same point in
other words), until the word budget is spent. An article's first sentences weigh
more (``_lead``: news puts what matters first). The result is put in story order:
earliest article first, then the order of the text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from ..ids import normalise
from .support import containment, is_support
from .units import Unit

#: Embedding cosine above which a candidate repeats a chosen sentence.
NEAR_DUPLICATE = 0.9


def concept_weights(
    groups: Sequence[Sequence[Unit]], accounts: Sequence[Sequence[str]]
) -> dict[tuple[str, str], float]:
    """Weight of each concept: the number of independent accounts mentioning it."""
    account_of = {aid: i for i, acc in enumerate(accounts) for aid in acc}
    seen: dict[int, set[tuple[str, str]]] = {}
    for g in groups:
        for u in g:
            key = account_of.get(u.article, -1 - u.rank)
            seen.setdefault(key, set()).update(u.concepts)
    df: Counter[tuple[str, str]] = Counter()
    for cs in seen.values():
        df.update(cs)
    floor = 2 if len(seen) > 1 else 1
    return {c: float(n) for c, n in df.items() if n >= floor}


def candidates(groups: Sequence[Sequence[Unit]]) -> list[int]:
    """Indexes (into the flat unit list) of units that may stand alone, first copy only."""
    out, seen, i = [], set(), 0
    for g in groups:
        for u in g:
            key = normalise(u.text)
            if u.problem is None and key not in seen:
                seen.add(key)
                out.append(i)
            i += 1
    return out


def choose(
    units: Sequence[Unit],
    vectors: np.ndarray,
    weights: dict[tuple[str, str], float],
    budget: int,
    pool: Sequence[int],
) -> list[int]:
    """Greedy budgeted coverage over ``pool``; returns chosen unit indexes in story order."""
    covered: set[tuple[str, str]] = set()
    chosen: list[int] = []
    left = budget
    open_pool = np.array([i for i in pool if units[i].words <= budget], dtype=np.int64)
    while len(open_pool):
        best, best_gain = -1, 0.0
        for i in open_pool:
            u = units[i]
            gain = sum(weights.get(c, 0.0) for c in u.concepts - covered) * _lead(u) / u.words
            if gain > best_gain:
                best, best_gain = int(i), gain
        if best < 0:
            break
        chosen.append(best)
        covered |= units[best].concepts
        left -= units[best].words
        cos = (vectors[open_pool] @ vectors[best] if len(vectors) == len(units)
               else np.zeros(len(open_pool)))
        keep = [units[i].words <= left and not _says_again(units[i], units[best], float(c))
                for i, c in zip(open_pool, cos, strict=True)]
        open_pool = open_pool[np.array(keep, dtype=bool) & (open_pool != best)]
    return sorted(chosen, key=lambda i: (units[i].rank, units[i].position))


def _says_again(candidate: Unit, chosen: Unit, cosine: float) -> bool:
    """True when one of the two would support the other: the candidate adds nothing new."""
    if cosine >= NEAR_DUPLICATE:
        return True
    overlap = max(containment(candidate.content, chosen.content),
                  containment(chosen.content, candidate.content))
    return is_support(overlap, cosine)


def _lead(unit: Unit) -> float:
    """News puts what matters first: the first sentence counts double, the tenth 1.1 times."""
    return 1.0 + 1.0 / (1 + unit.position)
