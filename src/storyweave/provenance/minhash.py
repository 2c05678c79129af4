"""Near-duplicate signatures, vectorised: word shingles -> one-permutation MinHash -> LSH bands.

Whole batches of texts are hashed in a few numpy passes (no Python loop per word):
words are found on the UTF-8 bytes, hashed with a polynomial prefix-sum hash, combined
into k-word shingles, and each shingle lands in one of ``num_perm`` bins, keeping the
minimum per bin (one-permutation hashing, with rotation densification for empty bins).
Two signatures agree in a slot with probability about the Jaccard similarity of the
shingle sets, so ``estimate`` is an unbiased-ish Jaccard estimate, as with MinHash.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_MASK64 = (1 << 64) - 1
_BASE = 0x100000001B3  # odd, so it has an inverse mod 2**64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_WORD_BYTE = np.zeros(256, dtype=bool)
for _c in b"abcdefghijklmnopqrstuvwxyz0123456789":
    _WORD_BYTE[_c] = True
_WORD_BYTE[0x80:] = True  # any byte of a multi-byte UTF-8 character is part of a word
_EMPTY = np.uint64(_MASK64)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, elementwise on uint64 (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_POWERS: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """B**i and B**-i (mod 2**64) for i < n, grown by doubling and kept for the process."""
    if not _POWERS or len(_POWERS[0]) < n:
        size = 1 << max(16, n.bit_length())
        base = np.full(size, _BASE, dtype=np.uint64)
        base[0] = 1
        inv = np.full(size, _BASE_INV, dtype=np.uint64)
        inv[0] = 1
        _POWERS[:] = [np.cumprod(base), np.cumprod(inv)]
    return _POWERS[0], _POWERS[1]


def _word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(hash of every word, index of the text it belongs to), for a batch of texts."""
    blob = "\x00".join(t.replace("\x00", " ") for t in texts).casefold().encode("utf-8", "replace")
    data = np.frombuffer(blob, dtype=np.uint8)
    n = len(data)
    if n == 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    pw, inv = _powers(n)
    is_word = _WORD_BYTE[data]
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * pw[:n], out=prefix[1:])
    hashes = _mix((prefix[ends] - prefix[starts]) * inv[starts])
    separators = np.flatnonzero(data == 0)
    return hashes, np.searchsorted(separators, starts)


def shingle_hashes(texts: Sequence[str], k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """(hash of every k-word shingle, index of its text); a text shorter than k words
    gets one shingle of all its words."""
    words, doc = _word_hashes(texts)
    if len(words) == 0:
        return words, doc
    if k == 1:
        return words, doc
    m = len(words) - k + 1
    acc = words[:m].copy() if m > 0 else np.zeros(0, np.uint64)
    for i in range(1, k):
        acc = _mix(acc * np.uint64(0x9E3779B97F4A7C15) + words[i : i + m])
    same = doc[:m] == doc[k - 1 :] if m > 0 else np.zeros(0, bool)
    sh, sd = acc[same], doc[:m][same]
    has_shingle = np.zeros(int(doc[-1]) + 1, dtype=bool)
    has_shingle[sd] = True
    has_word = np.zeros_like(has_shingle)
    has_word[doc] = True
    short = np.flatnonzero(has_word & ~has_shingle)  # texts with fewer than k words
    if len(short):
        extra = np.array([_mix(np.bitwise_xor.reduce(words[doc == d], keepdims=True))[0]
                          for d in short], dtype=np.uint64)
        sh, sd = np.concatenate((sh, extra)), np.concatenate((sd, short))
    return sh, sd


def signatures(
    texts: Sequence[str], num_perm: int = 128, k: int = 3, batch: int = 256, workers: int = 1
) -> np.ndarray:
    """(len(texts), num_perm) uint64 signatures; a text without words gets all-max slots.

    Texts are hashed ``batch`` at a time so the working arrays stay in the CPU cache;
    with ``workers`` > 1, large inputs are split over that many processes.
    """
    if num_perm & (num_perm - 1):
        raise ValueError(f"num_perm must be a power of two, not {num_perm}")
    if workers > 1 and len(texts) >= 8 * batch:
        return _parallel(texts, num_perm, k, batch, workers)
    if len(texts) > batch:
        return np.concatenate([_signatures(texts[i : i + batch], num_perm, k)
                               for i in range(0, len(texts), batch)])
    return _signatures(texts, num_perm, k)


def _parallel(texts: Sequence[str], num_perm: int, k: int, batch: int, workers: int
              ) -> np.ndarray:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    step = max(batch, -(-len(texts) // (workers * 4)))
    chunks = [list(texts[i : i + step]) for i in range(0, len(texts), step)]
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        parts = pool.map(signatures, chunks, [num_perm] * len(chunks), [k] * len(chunks),
                         [batch] * len(chunks))
        return np.concatenate(list(parts))


def _signatures(texts: Sequence[str], num_perm: int, k: int) -> np.ndarray:
    bits = num_perm.bit_length() - 1
    sig = np.full(len(texts) * num_perm, _EMPTY, dtype=np.uint64)
    if not texts:
        return sig.reshape(0, num_perm)
    sh, doc = shingle_hashes(texts, k)
    slot = (sh >> np.uint64(64 - bits)).astype(np.int64) if bits else np.zeros(len(sh), np.int64)
    value = sh & np.uint64((1 << (64 - bits)) - 1) if bits else sh
    np.minimum.at(sig, doc * num_perm + slot, value)
    return _densify(sig.reshape(len(texts), num_perm))


def _densify(sig: np.ndarray) -> np.ndarray:
    """Fill empty slots from the next filled slot to the right (circularly), offset by distance."""
    empty = sig == _EMPTY
    rows = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    if not len(rows):
        return sig
    sub = sig[rows]
    p = sig.shape[1]
    idx = np.where(~empty[rows], np.arange(p), 2 * p)
    twice = np.concatenate((idx, idx + p), axis=1)
    nxt = np.minimum.accumulate(twice[:, ::-1], axis=1)[:, ::-1][:, :p]
    dist = (nxt - np.arange(p)).astype(np.uint64)
    filled = np.take_along_axis(sub, nxt % p, axis=1) + dist * np.uint64(0x2545F4914F6CDD1D)
    sig[rows] = np.where(empty[rows], filled, sub)
    return sig


def estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if (a == _EMPTY).all() or (b == _EMPTY).all():
        return 0.0
    return float(np.mean(a == b))


def _false_rates(threshold: float, b: int, r: int) -> tuple[float, float]:
    xs = np.linspace(0, 1, 201)
    p = 1 - (1 - xs**r) ** b
    fp = np.trapezoid(np.where(xs <= threshold, p, 0), xs)
    fn = np.trapezoid(np.where(xs >= threshold, 1 - p, 0), xs)
    return float(fp), float(fn)


@lru_cache(maxsize=32)
def bands_for(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising false positives + false negatives around ``threshold``
    (the same criterion as datasketch's MinHashLSH, equal weights)."""
    best = (float("inf"), 1, num_perm)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp, fn = _false_rates(threshold, b, r)
            if fp + fn < best[0]:
                best = (fp + fn, b, r)
    return best[1], best[2]


def band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64: one hash per band of ``rows`` slots."""
    n = sig.shape[0]
    keys = np.zeros((n, bands), dtype=np.uint64)
    for r in range(rows):
        keys = _mix(keys * np.uint64(0x9E3779B97F4A7C15) + sig[:, r : bands * rows : rows])
    return keys


@dataclass(frozen=True, slots=True, kw_only=True)
class NearDuplicate:
    """Two texts whose shingle sets overlap at least the threshold (estimated Jaccard)."""

    a: str
    b: str
    similarity: float


def candidate_pairs(keys: np.ndarray) -> np.ndarray:
    """(m, 2) row-index pairs (i < j) sharing at least one band key."""
    n, bands = keys.shape
    pairs = []
    for band in range(bands):
        col = keys[:, band]
        order = np.argsort(col, kind="stable")
        starts = np.flatnonzero(np.concatenate(([True], np.diff(col[order]) != 0)))
        lengths = np.diff(np.append(starts, n))
        for start, length in zip(starts[lengths > 1], lengths[lengths > 1], strict=True):
            g = np.sort(order[start : start + length])
            ii, jj = np.triu_indices(len(g), k=1)
            pairs.append(np.stack((g[ii], g[jj]), axis=1))
    if not pairs:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.concatenate(pairs), axis=0)


def near_duplicates(
    ids: Sequence[str], sig: np.ndarray, threshold: float, bands: int, rows: int
) -> list[NearDuplicate]:
    """Pairs of ids whose signatures agree on at least ``threshold`` of their slots."""
    pairs = candidate_pairs(band_keys(sig, bands, rows))
    if not len(pairs):
        return []
    sims = (sig[pairs[:, 0]] == sig[pairs[:, 1]]).mean(axis=1)
    empty = (sig == _EMPTY).all(axis=1)
    keep = (sims >= threshold) & ~empty[pairs[:, 0]] & ~empty[pairs[:, 1]]
    out = [NearDuplicate(a=min(ids[i], ids[j]), b=max(ids[i], ids[j]),
                         similarity=round(float(s), 4))
           for (i, j), s in zip(pairs[keep], sims[keep], strict=True)]
    return sorted(out, key=lambda d: (-d.similarity, d.a, d.b))
