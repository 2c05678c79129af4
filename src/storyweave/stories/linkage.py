"""Average-linkage clustering over a sparse similarity graph (absent pairs count as 0).

Each pair carries a tuple of similarities: the first orders merges, and each has its own
floor. Clusters merge best-first while the mean of each over all their cross pairs stays at
or above its floor. With E candidate pairs the cost is about E log E.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping

Edges = Mapping[tuple[int, int], tuple[float, ...]]  # (i, j) -> (ordering, gates...)


class _Clusters:
    def __init__(self, n: int, edges: Edges) -> None:
        self.size = [1] * n
        self.links: list[dict[int, list[float]]] = [{} for _ in range(n)]
        self.parent = list(range(n))
        self.width = len(next(iter(edges.values()), ()))
        for (i, j), values in edges.items():
            if i != j:
                for a, b in ((i, j), (j, i)):
                    _add(self.links[a].setdefault(b, [0.0] * self.width), values)

    def mean(self, a: int, b: int) -> list[float]:
        pairs = self.size[a] * self.size[b]
        return [v / pairs for v in self.links[a].get(b, [0.0] * self.width)]

    def merge(self, a: int, b: int) -> int:
        c = len(self.size)
        self.size.append(self.size[a] + self.size[b])
        merged: dict[int, list[float]] = {}
        for x in (a, b):
            for k, values in self.links[x].items():
                if k not in (a, b):
                    _add(merged.setdefault(k, [0.0] * self.width), values)
                    del self.links[k][x]
            self.links[x] = {}
            self.parent[x] = c
        self.links.append(merged)
        self.parent.append(c)
        for k, link in merged.items():
            self.links[k][c] = link
        return c

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i


def _add(total: list[float], values: tuple[float, ...] | list[float]) -> None:
    for k, v in enumerate(values):
        total[k] += v


def _passes(means: list[float], floors: tuple[float, ...]) -> bool:
    return all(m >= f for m, f in zip(means, floors, strict=True))


def average_linkage(n: int, edges: Edges, floors: tuple[float, ...]) -> list[int]:
    """A cluster label per item 0..n-1: merge, best first by the first similarity, while
    the mean of every similarity over the cross pairs is at least its floor."""
    clusters = _Clusters(n, edges)
    heap = [(-v[0], i, j) for (i, j), v in edges.items() if i < j and _passes(list(v), floors)]
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        means = clusters.mean(a, b)
        if abs(means[0] + neg) > 1e-12 or not _passes(means, floors):
            continue
        c = clusters.merge(a, b)
        alive[a] = alive[b] = False
        alive.append(True)
        for k in clusters.links[c]:
            means = clusters.mean(c, k)
            if _passes(means, floors):
                heapq.heappush(heap, (-means[0], min(k, c), max(k, c)))
    return [clusters.root(i) for i in range(n)]
