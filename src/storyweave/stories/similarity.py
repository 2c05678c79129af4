"""How alike two articles' events are: words, names, embeddings, time; and the local scale.

The text similarity averages the cosine similarities of the word and name vectors; pairs
further apart in time than the window do not match. The embedding similarity is a gate:
a story's articles must be about the same thing in the embedder's eyes too.
The relative similarity divides by each article's scale (its similarity to its k-th
closest neighbour), so dense piles of near-identical coverage and loose piles of varied
coverage both cut at the same threshold.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence

import numpy as np

from ..settings import StorySettings
from .features import Features, dots


def similarities(
    query: Features, others: Sequence[Features], settings: StorySettings
) -> np.ndarray:
    """Similarities of one article with each of ``others``: shape (len(others), 3).

    Columns: text (mean of the word and name cosines, in [0, 1]; 0 for pairs both dated
    and further apart than the window), names (the name cosine alone), and dense (the
    embedding cosine; 1.0 where either has none, so that gate passes when it cannot judge).
    """
    out = np.ones((len(others), 3))
    parts = dots(query, others)
    out[:, 0] = parts.sum(axis=1) / 2.0
    out[:, 1] = parts[:, 1]
    if query.day is not None:
        days = np.array([o.day if o.day is not None else np.nan for o in others])
        with np.errstate(invalid="ignore"):
            out[np.abs(days - query.day) > settings.window_days, :2] = 0.0
    if query.dense is not None:
        for k, o in enumerate(others):
            if o.dense is not None:
                out[k, 2] = float(query.dense @ o.dense)
    return out


class Scale:
    """Each article's k closest similarities seen so far; its scale is the k-th of them."""

    def __init__(self, k: int, floor: float) -> None:
        self.k = k
        self.floor = floor
        self._best: dict[str, list[float]] = {}

    def see(self, article: str, sim: float) -> None:
        best = self._best.setdefault(article, [])
        if len(best) < self.k:
            heapq.heappush(best, sim)
        elif sim > best[0]:
            heapq.heapreplace(best, sim)

    def kth(self, article: str) -> float:
        """The k-th closest similarity seen (0.0 while fewer than k were seen)."""
        best = self._best.get(article, ())
        return best[0] if len(best) >= self.k else 0.0

    def of(self, article: str) -> float:
        best = self._best.get(article, ())
        kth = best[0] if len(best) >= self.k else 0.0
        return max(kth, self.floor)

    def forget(self, article: str) -> None:
        self._best.pop(article, None)

    def state(self, article: str) -> list[float]:
        return list(self._best.get(article, ()))

    def restore(self, article: str, best: Iterable[float]) -> None:
        heap = list(best)
        heapq.heapify(heap)
        self._best[article] = heap


def relative(sim: float, scale_a: float, scale_b: float) -> float:
    return sim / math.sqrt(scale_a * scale_b)
