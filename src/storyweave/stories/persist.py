"""The online grouping's state in the SQLite store: active window, story membership, clock.

Tables (created if missing): ``story_window`` holds only the active articles (their
terms, vectors and closest similarities), so it stays the size of the window;
``story_members`` maps every article ever placed to its story key; ``story_keys`` maps a
story key to the public story id last saved.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable

import numpy as np

from ..settings import StorySettings
from .features import Features, KeyArray, Terms
from .online import Active, OnlineStories, StoryState

_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_window (
    article TEXT PRIMARY KEY, story TEXT NOT NULL, seq INTEGER NOT NULL, day REAL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS story_members (
    article TEXT PRIMARY KEY, story TEXT NOT NULL, seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story);
CREATE TABLE IF NOT EXISTS story_keys (story TEXT PRIMARY KEY, public_id TEXT);
CREATE TABLE IF NOT EXISTS story_state (key TEXT PRIMARY KEY, value REAL);
"""


def ensure_tables(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)


def _pack(item: Active, best: list[float]) -> bytes:
    t, f = item.terms, item.features
    arrays = {
        "wk": np.fromiter(t.words.keys(), np.int64),
        "nk": np.fromiter(t.names.keys(), np.int64),
        "index": f.index,
        "weight": f.weight,
        "best": np.array(best, dtype=np.float64),
    }
    if f.dense is not None:
        arrays["dense"] = np.asarray(f.dense, dtype=np.float32)
    if f.quick is not None:
        arrays["quick"] = np.asarray(f.quick, dtype=np.float32)
    if item.text:
        arrays["text"] = np.array([item.text])
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def _unpack(article: str, story: str, seq: int, day: float | None, data: bytes):  # noqa: ANN202
    z = np.load(io.BytesIO(data))
    terms = Terms(id=article, day=day, words=KeyArray(z["wk"]), names=KeyArray(z["nk"]))
    dense = z["dense"] if "dense" in z.files else None
    text = str(z["text"][0]) if "text" in z.files else ""
    quick = z["quick"] if "quick" in z.files else None
    f = Features(
        id=article, index=z["index"], weight=z["weight"], day=day, dense=dense, quick=quick
    )
    return Active(terms=terms, features=f, story=story, seq=seq, text=text), z["best"].tolist()


def load(conn: sqlite3.Connection, settings: StorySettings) -> OnlineStories:
    """The online state saved in this store (empty on a new store)."""
    ensure_tables(conn)
    online = OnlineStories(settings)
    state = dict(conn.execute("SELECT key, value FROM story_state").fetchall())
    online.clock = state.get("clock")
    online.seq = int(state.get("seq", 0))
    rows = conn.execute("SELECT article, story, seq, day, data FROM story_window ORDER BY seq")
    for article, story, seq, day, data in rows:
        item, best = _unpack(article, story, seq, day, data)
        online.active[article] = item
        online.df.add(item.terms)
        online.index.insert(item.features)
        online.scale.restore(article, best)
        st = online.stories.setdefault(story, StoryState(key=story))
        st.active += 1
    for key, st in online.stories.items():
        st.size = conn.execute(
            "SELECT COUNT(*) FROM story_members WHERE story = ?", (key,)
        ).fetchone()[0]
    return online


def save(conn: sqlite3.Connection, online: OnlineStories) -> list[str]:
    """Write what changed since load (new members, the window, the clock); returns the
    keys of the stories that gained articles."""
    ensure_tables(conn)
    expired = online.expired
    gained = online.flush()
    with conn:
        for key, added in gained.items():
            conn.executemany(
                "INSERT OR REPLACE INTO story_members(article, story, seq) VALUES (?, ?, ?)",
                [(a, key, online.active[a].seq if a in online.active else 0) for a in added],
            )
        conn.executemany("DELETE FROM story_window WHERE article = ?", [(a,) for a in expired])
        conn.executemany(
            "INSERT OR REPLACE INTO story_window(article, story, seq, day, data)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (a, it.story, it.seq, it.features.day, _pack(it, online.scale.state(a)))
                for a, it in online.active.items()
                if a in online.touched
            ],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO story_state(key, value) VALUES (?, ?)",
            [("clock", online.clock), ("seq", float(online.seq))],
        )
    online.touched.clear()
    return list(gained)


def members(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, list[str]]:
    """Every article id of each story key, in placing order."""
    out: dict[str, list[str]] = {}
    for key in keys:
        rows = conn.execute(
            "SELECT article FROM story_members WHERE story = ? ORDER BY rowid", (key,)
        )
        out[key] = [r[0] for r in rows]
    return out


def public_ids(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    out = {}
    for key in keys:
        row = conn.execute("SELECT public_id FROM story_keys WHERE story = ?", (key,)).fetchone()
        if row and row[0]:
            out[key] = row[0]
    return out


def set_public_ids(conn: sqlite3.Connection, ids: dict[str, str]) -> None:
    with conn:
        conn.executemany(
            "INSERT OR REPLACE INTO story_keys(story, public_id) VALUES (?, ?)", list(ids.items())
        )


def placed(conn: sqlite3.Connection) -> set[str]:
    ensure_tables(conn)
    return {r[0] for r in conn.execute("SELECT article FROM story_members")}
