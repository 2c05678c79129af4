"""Bundle the claims of one article that restate one figure, and compare bundles."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .figure_chains import meets
from .grouping import CANNOT, _different_kinds, _features
from .mention import Mention
from .tallies import TALLIES


def bundle(mentions: Sequence[Mention], sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Claims of one article that restate the same figure about the same thing, bundled."""
    n = len(mentions)
    f = _features(mentions)
    units: dict[str, int] = {}
    unit = np.array([units.setdefault(m.claim.unit or "", len(units)) for m in mentions])
    same_article = f["article"][:, None] == f["article"][None, :]
    agree = meets(f["low"], f["high"], f["base"])
    other_sentence = f["sentence"][:, None] != f["sentence"][None, :]
    same_unit = unit[:, None] == unit[None, :]
    same_figure = agree & (sim > CANNOT) & ((sim >= threshold) | same_unit & ~other_sentence)
    #        in another sentence of the article one value in one unit restates it only when
    #        the words say so ('2 attorneys' and '2 detectives' are two things)
    join = same_article & ((sim >= 1.0) | same_figure)
    kinds = _different_kinds(f, agree)
    tally = np.array([m.dimension in TALLIES for m in mentions], dtype=bool)
    changed = np.array([m.marker is not None for m in mentions], dtype=bool)
    converted = ((sim >= 1.0) & same_article & (~other_sentence & ~same_unit | changed[None, :])
                 ).any(axis=1) | changed  # and 'initially 5,000' may be revised to '3,800'
    converted = converted[:, None] | converted[None, :]  # '$2.5 million' may round the
    #        '$2.6m' of '2m euros ($2.6m)', and '153 km (96 miles)' an 'about 150 km'
    barred = (sim <= CANNOT) & ((tally[:, None] | tally[None, :]) | (
        same_article & other_sentence & ~agree & same_unit & ~converted))
    #        two figures in one unit in two sentences of one article that differ are never one
    #        restatement, whatever claims lie between them ('2.4' and '2.53' both near a '2.5'
    #        read as the end of a range); the parts of one time ('3h 51' 03"') still bundle;
    #        the '13' of '20-13' is no '13' of '13-3' in its article, whatever lies between
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    members = {i: [i] for i in range(n)}
    pairs = list(zip(*np.nonzero(np.triu(join, 1)), strict=True))
    for i, j in sorted(pairs, key=lambda p: -sim[p[0], p[1]]):  # the closest restatements first
        a, b = find(int(i)), find(int(j))
        if a == b or kinds[np.ix_(members[a], members[b])].any() \
                or (barred[np.ix_(members[a], members[b])]).any():
            continue  # never join two kinds of figure ('two other men' and 'two of the
            #           bombers' may not both restate 'the two men': a part of the bombers)
        parent[b] = a
        members[a] += members.pop(b)
    return list(members.values())


def bundle_similarity(bundles: Sequence[list[int]], sim: np.ndarray) -> np.ndarray:
    """Similarity of bundles: their closest pair of claims, unless any pair may never meet."""
    order = np.array([i for b in bundles for i in b])
    starts = np.cumsum([0] + [len(b) for b in bundles[:-1]])
    ordered = sim[np.ix_(order, order)]
    best = np.maximum.reduceat(np.maximum.reduceat(ordered, starts, axis=0), starts, axis=1)
    never = ordered <= CANNOT
    never = np.logical_or.reduceat(np.logical_or.reduceat(never, starts, axis=0), starts, axis=1)
    out = np.where(never, CANNOT, best).astype(np.float32)
    np.fill_diagonal(out, 1.0)
    return out
