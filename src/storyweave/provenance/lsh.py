"""An in-memory near-duplicate index with datasketch's shape: ``insert`` texts, ``query`` a text."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

from .minhash import band_keys, bands_for, signatures


class NearDuplicateIndex:
    """Texts indexed by LSH bands of their signatures; queries return (key, similarity).

    ``threshold`` is the Jaccard similarity of word shingles a match needs; bands and rows
    are derived from it, as in datasketch's ``MinHashLSH(threshold=...)``.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle_words: int = 3):
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self.bands_, self.rows_ = bands_for(threshold, num_perm)
        self._keys: list[Hashable] = []
        self._sigs: list[np.ndarray] = []
        self._buckets: list[dict[int, list[int]]] = [{} for _ in range(self.bands_)]

    def __len__(self) -> int:
        return len(self._keys)

    def insert_many(self, keys: Sequence[Hashable], texts: Sequence[str]) -> None:
        """Add texts (signed together, in one vectorised pass)."""
        if len(keys) != len(texts):
            raise ValueError(f"{len(keys)} keys for {len(texts)} texts")
        sig = signatures(texts, self.num_perm, self.shingle_words)
        for key, row, bands in zip(keys, sig, band_keys(sig, self.bands_, self.rows_),
                                   strict=True):
            n = len(self._keys)
            self._keys.append(key)
            self._sigs.append(row)
            for b, value in enumerate(bands.tolist()):
                self._buckets[b].setdefault(value, []).append(n)

    def insert(self, key: Hashable, text: str) -> None:
        self.insert_many([key], [text])

    def query(self, text: str) -> list[tuple[Hashable, float]]:
        """Indexed keys whose estimated similarity to ``text`` reaches the threshold, best first."""
        sig = signatures([text], self.num_perm, self.shingle_words)
        if (sig == np.iinfo(np.uint64).max).all():
            return []
        candidates: set[int] = set()
        for b, value in enumerate(band_keys(sig, self.bands_, self.rows_)[0].tolist()):
            candidates.update(self._buckets[b].get(value, ()))
        found = []
        for n in sorted(candidates):
            similarity = float(np.mean(self._sigs[n] == sig[0]))
            if similarity >= self.threshold:
                found.append((self._keys[n], round(similarity, 4)))
        return sorted(found, key=lambda kv: -kv[1])
