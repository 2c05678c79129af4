"""Duplicates across the whole store: exact (same words) and near (LSH on signatures), incremental.

Signatures and band keys live in the store's own tables, so adding articles only hashes
the new ones and looks them up against the bands already stored.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..settings import ProvenanceSettings
from .minhash import NearDuplicate, band_keys, bands_for, near_duplicates, signatures

_SCHEMA = """
CREATE TABLE IF NOT EXISTS prov_signatures (
    article TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    exact TEXT NOT NULL,             -- hash of the article's words (case and punctuation ignored)
    sig BLOB NOT NULL                -- num_perm uint64 slots
);
CREATE INDEX IF NOT EXISTS prov_signatures_exact ON prov_signatures(exact);
CREATE TABLE IF NOT EXISTS prov_bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,            -- the band's hash as a signed 64-bit integer
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS prov_bands_key ON prov_bands(band, key);
CREATE TABLE IF NOT EXISTS prov_near (
    a TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    similarity REAL NOT NULL,        -- estimated Jaccard similarity of word shingles
    PRIMARY KEY (a, b)
);
"""
_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class DuplicateReport:
    """Exact-duplicate groups and near-duplicate pairs in a store."""

    exact: tuple[tuple[str, ...], ...]  # stored articles with the same words (case aside)
    sources: tuple[tuple[str, tuple[str, ...]], ...]  # article -> inputs that gave the same body
    near: tuple[NearDuplicate, ...]
    indexed: int  # articles newly signed in this call
    total: int  # articles in the store

    def to_dict(self) -> dict:
        return {
            "exact": [list(g) for g in self.exact],
            "same_body": [{"article": a, "sources": list(s)} for a, s in self.sources],
            "near": [{"a": d.a, "b": d.b, "similarity": d.similarity} for d in self.near],
            "indexed": self.indexed,
            "total": self.total,
        }


def exact_key(text: str) -> str:
    """The identity of a text for exact duplicates: its words, case-folded."""
    return hashlib.sha1(" ".join(_WORDS.findall(text.casefold())).encode()).hexdigest()[:20]


def _params(settings: ProvenanceSettings) -> dict:
    bands, rows = bands_for(settings.near_duplicate, settings.num_perm)
    return {"num_perm": settings.num_perm, "shingle_words": settings.shingle_words,
            "threshold": settings.near_duplicate, "bands": bands, "rows": rows}


def _prepare(conn, params: dict) -> None:
    """Create the tables; drop stored signatures made with other parameters."""
    conn.executescript(_SCHEMA)
    row = conn.execute("SELECT value FROM meta WHERE key = 'prov_minhash'").fetchone()
    if row is not None and json.loads(row[0]) != params:
        conn.executescript("DELETE FROM prov_bands; DELETE FROM prov_signatures; "
                           "DELETE FROM prov_near;")
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('prov_minhash', ?)",
                 (json.dumps(params),))
    conn.commit()


def index_store(store, settings: ProvenanceSettings | None = None, batch: int = 2000) -> int:
    """Sign the articles not yet signed and record their near duplicates; returns how many."""
    settings = settings or ProvenanceSettings()
    params = _params(settings)
    _prepare(store.conn, params)
    todo = [r[0] for r in store.conn.execute(
        "SELECT a.id FROM articles a LEFT JOIN prov_signatures s ON s.article = a.id "
        "WHERE s.article IS NULL ORDER BY a.seq")]
    for start in range(0, len(todo), batch):
        ids = todo[start : start + batch]
        texts = [r[0] for r in store.conn.execute(
            f"SELECT text FROM articles WHERE id IN ({','.join('?' * len(ids))}) ORDER BY seq",
            ids)]
        _add_batch(store, ids, texts, params)
    return len(todo)


def _add_batch(store, ids: Sequence[str], texts: Sequence[str], params: dict) -> None:
    sig = signatures(texts, params["num_perm"], params["shingle_words"])
    keys = band_keys(sig, params["bands"], params["rows"]).view(np.int64)
    stored = _stored_candidates(store.conn, keys)
    old_ids = sorted(stored)
    old_sig = _load_sigs(store.conn, old_ids, params["num_perm"])
    all_ids = list(ids) + old_ids
    all_sig = np.concatenate((sig, old_sig)) if old_ids else sig
    found = near_duplicates(all_ids, all_sig, params["threshold"], params["bands"],
                            params["rows"])
    with store.transaction() as c:
        c.executemany("INSERT OR REPLACE INTO prov_signatures(article, exact, sig) VALUES (?,?,?)",
                      [(a, exact_key(t), s.tobytes()) for a, t, s in zip(ids, texts, sig,
                                                                          strict=True)])
        c.executemany("INSERT INTO prov_bands(band, key, article) VALUES (?,?,?)",
                      [(b, int(keys[i, b]), a) for i, a in enumerate(ids)
                       for b in range(keys.shape[1])])
        c.executemany("INSERT OR REPLACE INTO prov_near(a, b, similarity) VALUES (?,?,?)",
                      [(d.a, d.b, d.similarity) for d in found])


def _stored_candidates(conn, keys: np.ndarray) -> set[str]:
    """Stored articles sharing a band key with any of the new signatures."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS prov_probe (band INTEGER, key INTEGER)")
    conn.execute("DELETE FROM prov_probe")
    conn.executemany("INSERT INTO prov_probe VALUES (?, ?)",
                     [(b, int(k)) for row in keys for b, k in enumerate(row)])
    rows = conn.execute("SELECT DISTINCT p.article FROM prov_probe q JOIN prov_bands p "
                        "ON p.band = q.band AND p.key = q.key").fetchall()
    return {r[0] for r in rows}


def _load_sigs(conn, ids: Sequence[str], num_perm: int) -> np.ndarray:
    out = np.zeros((len(ids), num_perm), dtype=np.uint64)
    pos = {a: i for i, a in enumerate(ids)}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for a, blob in conn.execute(
            f"SELECT article, sig FROM prov_signatures WHERE article IN "
            f"({','.join('?' * len(chunk))})", chunk):
            out[pos[a]] = np.frombuffer(blob, dtype=np.uint64)
    return out


def duplicates(store, settings: ProvenanceSettings | None = None) -> DuplicateReport:
    """Bring the index up to date, then report exact groups and near-duplicate pairs."""
    indexed = index_store(store, settings)
    exact: list[tuple[str, ...]] = []
    for (ids,) in store.conn.execute(
        "SELECT group_concat(article, ' ') FROM (SELECT exact, article FROM prov_signatures "
        "ORDER BY article) GROUP BY exact HAVING COUNT(*) > 1"):
        exact.append(tuple(ids.split()))
    sources = tuple(
        (article, tuple(sorted(srcs.split("\n")))) for article, srcs in store.conn.execute(
            "SELECT article, group_concat(source, '\n') FROM sources GROUP BY article "
            "HAVING COUNT(*) > 1 ORDER BY article"))
    near = tuple(NearDuplicate(a=a, b=b, similarity=s) for a, b, s in store.conn.execute(
        "SELECT a, b, similarity FROM prov_near ORDER BY similarity DESC, a, b"))
    return DuplicateReport(exact=tuple(sorted(exact)), sources=sources, near=near,
                           indexed=indexed, total=store.count())
