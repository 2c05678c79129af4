"""Group claims about the same thing: word overlap (TF-IDF), embeddings, units and values."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .mention import Mention
from .text import content_stems

CANNOT = -1.0  # similarity of two claims that can never be one fact


def idf_table(sentences: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each stem over the story's sentences."""
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(content_stems(s)))
    n = max(len(sentences), 1)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def lexical_vectors(mentions: Sequence[Mention], idf: dict[str, float]) -> np.ndarray:
    """L2-normalised TF-IDF vectors of each claim's context (near words weigh more)."""
    vocab: dict[str, int] = {}
    rows: list[dict[int, float]] = []
    default = max(idf.values(), default=1.0)
    for m in mentions:
        parts = (m.context.split(" || ") + ["", ""])[:3]
        weights: Counter[str] = Counter()
        for part, weight in zip(parts, (1.0, 0.4, 0.2), strict=True):
            for w in content_stems(part):
                weights[w] += weight
        if "(" not in m.label:  # 'caravan size', 'daily arrests'; not 'distance (km)'
            for w in content_stems(m.label):
                weights[w] += 2.0
        rows.append({vocab.setdefault(w, len(vocab)): c * idf.get(w, default)
                     for w, c in weights.items()})
    matrix = np.zeros((len(mentions), max(len(vocab), 1)), dtype=np.float32)
    for i, row in enumerate(rows):
        for j, v in row.items():
            matrix[i, j] = v
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def cluster(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of items whose mutual similarity reaches the threshold."""
    n = similarity.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity, 0.0, 2.0).astype(np.float64)
    np.fill_diagonal(distance, 0.0)
    distance = (distance + distance.T) / 2
    labels = fcluster(linkage(squareform(distance, checks=False), "average"),
                      t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def bundle(mentions: Sequence[Mention], sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Claims of one article that restate the same figure about the same thing, bundled."""
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(mentions):
        for j in range(i + 1, len(mentions)):
            b = mentions[j]
            same_figure = overlaps(a, b) and sim[i, j] > CANNOT and (
                sim[i, j] >= threshold or a.claim.unit == b.claim.unit)
            if a.article == b.article and (sim[i, j] >= 1.0 or same_figure):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def bundle_similarity(bundles: Sequence[list[int]], sim: np.ndarray) -> np.ndarray:
    """Similarity of bundles: their closest pair of claims, unless any pair may never meet."""
    n = len(bundles)
    out = np.eye(n, dtype=np.float32)
    for p in range(n):
        for q in range(p + 1, n):
            pairs = sim[np.ix_(bundles[p], bundles[q])]
            out[p, q] = out[q, p] = CANNOT if (pairs <= CANNOT).any() else pairs.max()
    return out


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two figures allow a common true value (qualifiers and rounding in mind)."""
    return a.low <= b.high and b.low <= a.high


def quantity_similarity(mentions: Sequence[Mention], text_sim: np.ndarray,
                        max_ratio: float, offsets: Sequence[int]) -> np.ndarray:
    """Pairwise similarity of quantity claims: text similarity, adjusted by unit and value."""
    n = len(mentions)
    sim = text_sim.copy()
    for i in range(n):
        a = mentions[i]
        for j in range(i + 1, n):
            b = mentions[j]
            sim[i, j] = sim[j, i] = _adjust(a, b, float(text_sim[i, j]), max_ratio,
                                            _linked(a, b, i, j, offsets))
    return sim


def _linked(a: Mention, b: Mention, i: int, j: int, offsets: Sequence[int]) -> bool:
    if a.article != b.article:
        return False
    return (a.link is not None and offsets[i] + a.link == j) or (
        b.link is not None and offsets[j] + b.link == i)


def _adjust(a: Mention, b: Mention, s: float, max_ratio: float, linked: bool) -> float:
    if linked:
        return 1.0
    if a.dimension != b.dimension or a.rate != b.rate:
        return CANNOT
    agree = overlaps(a, b)
    if a.article == b.article and a.sentence == b.sentence:
        return s if agree and a.dimension != "count" else CANNOT
    if a.article == b.article and not agree:
        return CANNOT  # one article does not contradict itself without saying so
    if a.dimension == "age" and not agree:
        return CANNOT  # different ages are different people
    small, large = sorted((max(abs(a.base), 1e-9), max(abs(b.base), 1e-9)))
    if large / small > max_ratio:
        return CANNOT
    if a.frame and b.frame:  # both say what they count: deaths, evacuations, arrests ...
        s += 0.3 if set(a.frame) & set(b.frame) else -0.3
    if agree:
        return s + 0.25
    return s - 0.05 * math.log2(large / small) * 4
