"""Sentence embeddings for summary units, computed once per article and kept for the run."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from .units import Unit

_CACHE: OrderedDict[tuple[str, str, int], np.ndarray] = OrderedDict()
MAX_CACHED_ARTICLES = 5000


def unit_vectors(groups: Sequence[Sequence[Unit]], embedder: object) -> np.ndarray:
    """One L2-normalised row per unit (groups = units per article), cached by article id."""
    name = getattr(embedder, "name", type(embedder).__name__)
    missing = [g for g in groups if g and _key(name, g) not in _CACHE]
    texts = [u.text for g in missing for u in g]
    if texts:
        fresh = embedder.encode(texts)  # type: ignore[attr-defined]
        row = 0
        for g in missing:
            _CACHE[_key(name, g)] = fresh[row : row + len(g)]
            row += len(g)
    rows = []
    for g in groups:
        if g:
            key = _key(name, g)
            _CACHE.move_to_end(key)
            rows.append(_CACHE[key])
    while len(_CACHE) > MAX_CACHED_ARTICLES:
        _CACHE.popitem(last=False)
    if not rows:
        return np.zeros((0, 1), dtype=np.float32)
    return np.concatenate(rows).astype(np.float32, copy=False)


def _key(name: str, group: Sequence[Unit]) -> tuple[str, str, int]:
    return (name, group[0].article, len(group))


def encode(texts: Sequence[str], embedder: object) -> np.ndarray:
    """Embeddings for free-standing texts (e.g. generated sentences); not cached."""
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.asarray(embedder.encode(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
