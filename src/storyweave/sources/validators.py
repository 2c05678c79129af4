"""Conditional requests: ETag / Last-Modified (and the last body) per URL, so polling is cheap.

The SQLite flavour keeps them in the store file, in its own ``fetch_cache`` table. The body
is kept for feeds and sitemaps so that a 304 still lists their entries: entries already in
the store are skipped later, so an interrupted round loses nothing.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True, slots=True, kw_only=True)
class CachedResponse:
    """What a previous 200 said: its validators and (for feeds, sitemaps) its body."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    body: bytes | None = None


class ValidatorStore(Protocol):
    def get(self, url: str) -> CachedResponse | None: ...

    def put(self, cached: CachedResponse) -> None: ...


class MemoryValidators:
    """Validators kept for the life of the object (one `add` run without a store)."""

    def __init__(self) -> None:
        self._data: dict[str, CachedResponse] = {}

    def get(self, url: str) -> CachedResponse | None:
        return self._data.get(url)

    def put(self, cached: CachedResponse) -> None:
        self._data[cached.url] = cached


_SCHEMA = """
CREATE TABLE IF NOT EXISTS fetch_cache (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    body BLOB,
    fetched_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)
"""


class SqliteValidators:
    """Validators in the store's SQLite file, one committed row per URL.

    It has its own connection: fetches run on worker threads, and a shared connection
    would let its commits land in the middle of an article's transaction.
    """

    def __init__(self, path: str | Path) -> None:
        self.conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self._lock = threading.Lock()
        with self._lock:
            self.conn.execute(_SCHEMA)
            self.conn.commit()

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def get(self, url: str) -> CachedResponse | None:
        with self._lock:
            row = self.conn.execute(
                "SELECT etag, last_modified, content_type, body FROM fetch_cache WHERE url = ?",
                (url,),
            ).fetchone()
        if row is None:
            return None
        etag, modified, ctype, body = row
        return CachedResponse(
            url=url, etag=etag, last_modified=modified, content_type=ctype,
            body=bytes(body) if body is not None else None,
        )

    def put(self, cached: CachedResponse) -> None:
        with self._lock:
            try:
                self.conn.execute(
                    "INSERT OR REPLACE INTO fetch_cache(url, etag, last_modified, content_type,"
                    " body) VALUES (?,?,?,?,?)",
                    (cached.url, cached.etag, cached.last_modified, cached.content_type,
                     cached.body),
                )
                self.conn.commit()
            except BaseException:
                self.conn.rollback()
                raise
