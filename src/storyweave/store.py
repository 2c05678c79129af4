"""The SQLite store: articles, removed parts, sentences and stories persist in one file.

WAL mode; each article is committed in its own transaction, so a crash mid-batch loses
nothing already committed. Adding an article whose content-hash id is already stored is
a no-op. Stage modules may keep their own tables in the same file through ``Store.conn``
(create them with ``CREATE TABLE IF NOT EXISTS``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .contract import article_from_dict, story_from_dict, story_to_dict
from .errors import StoreError
from .model import Article, Story

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,            -- arrival order
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    byline TEXT NOT NULL,            -- JSON list
    published TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS removed (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    at INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article, n)
);
CREATE TABLE IF NOT EXISTS sentences (
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (article, n)
);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT NOT NULL,            -- every input that produced an article (duplicates too)
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (source, article)    -- a file edited later maps to both versions
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    size INTEGER NOT NULL,
    first_published TEXT,
    last_published TEXT,
    data TEXT NOT NULL,              -- the story as CONTRACT JSON (provenance, facts, summary)
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS story_articles (
    story TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (story, article)
);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article);
"""

_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""


class Store:
    """A storyweave database file. Use as a context manager, or call close()."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            if self.path.parent and not self.path.parent.exists():
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.executescript(_SCHEMA)
            try:
                self.conn.executescript(_FTS)
                self.has_fts = True
            except sqlite3.OperationalError:
                self.has_fts = False
            self.conn.execute(
                "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            self.conn.commit()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{path}: cannot open as a storyweave database ({exc}). "
                "Is it another kind of file? Give a new path with --db."
            ) from exc

    # -- lifecycle -------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work: committed on success, rolled back on error."""
        try:
            yield self.conn
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise

    # -- articles --------------------------------------------------------------------
    def has(self, article_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article) -> bool:
        """Store one article in its own transaction; False if its id was already stored."""
        with self.transaction() as c:
            c.execute(
                "INSERT OR IGNORE INTO sources(source, article) SELECT ?, ? "
                "WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
                (article.source, article.id, article.id),
            )
            if self.has(article.id):
                return False
            seq = c.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
            c.execute(
                "INSERT INTO articles(id, seq, source, url, outlet, title, byline, published,"
                " language, text) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, seq, article.source, article.url, article.outlet, article.title,
                    json.dumps(list(article.byline), ensure_ascii=False), article.published,
                    article.language, article.text,
                ),
            )
            c.executemany(
                "INSERT INTO removed(article, n, kind, reason, at, text) VALUES (?,?,?,?,?,?)",
                [(article.id, i, r.kind, r.reason, r.at, r.text)
                 for i, r in enumerate(article.removed)],
            )
            c.executemany(
                'INSERT INTO sentences(article, n, start, "end", paragraph) VALUES (?,?,?,?,?)',
                [(article.id, i, s.start, s.end, s.paragraph)
                 for i, s in enumerate(article.sentences)],
            )
            c.execute(
                "INSERT OR IGNORE INTO sources(source, article) VALUES (?, ?)",
                (article.source, article.id),
            )
        return True

    def add_articles(self, articles: Iterable[Article]) -> list[str]:
        """Store articles one transaction each; returns the ids that were new."""
        return [a.id for a in articles if self.add_article(a)]

    def article(self, article_id: str) -> Article:
        found = self.articles([article_id])
        if not found:
            raise KeyError(article_id)
        return found[0]

    def articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Articles by id (in the order given; unknown ids are left out), or all of them
        in arrival order. Three queries per 500 articles, whatever their number."""
        if ids is None:
            ids = self.article_ids()
        found: dict[str, Article] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            cur = self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk)
            cols = [d[0] for d in cur.description]
            rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
            removed: dict[str, list[dict]] = {}
            for aid, t, k, why, at in self.conn.execute(
                f"SELECT article, text, kind, reason, at FROM removed "
                f"WHERE article IN ({marks}) ORDER BY article, n",
                chunk,
            ):
                removed.setdefault(aid, []).append(
                    {"text": t, "kind": k, "reason": why, "at": at}
                )
            sents: dict[str, list[tuple[int, int]]] = {}
            for aid, a, b in self.conn.execute(
                f'SELECT article, start, "end" FROM sentences '
                f"WHERE article IN ({marks}) ORDER BY article, n",
                chunk,
            ):
                sents.setdefault(aid, []).append((a, b))
            for r in rows:
                found[r["id"]] = self._article_from_row(r, removed, sents)
        return [found[i] for i in ids if i in found]

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    @staticmethod
    def _article_from_row(
        r: dict, removed: dict[str, list[dict]], sents: dict[str, list[tuple[int, int]]]
    ) -> Article:
        return article_from_dict(
            {
                "id": r["id"], "path": r["source"], "url": r["url"], "outlet": r["outlet"],
                "title": r["title"], "byline": json.loads(r["byline"]),
                "published": r["published"], "language": r["language"], "text": r["text"],
                "removed": removed.get(r["id"], []),
                "sentences": sents.get(r["id"], []),
            }
        )

    def search(self, query: str, limit: int = 50) -> list[str]:
        """Article ids matching a full-text query (SQLite FTS5), best first."""
        if not self.has_fts:
            like = f"%{query}%"
            rows = self.conn.execute(
                "SELECT id FROM articles WHERE title LIKE ? OR text LIKE ? LIMIT ?",
                (like, like, limit),
            )
            return [r[0] for r in rows]
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        if not terms:
            return []
        rows = self.conn.execute(
            "SELECT a.id FROM articles_fts f JOIN articles a ON a.rowid = f.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
            (terms, limit),
        )
        return [r[0] for r in rows]

    # -- stories ---------------------------------------------------------------------
    def save_stories(self, stories: Sequence[Story], replace_all: bool = False) -> None:
        """Store stories (replacing those with the same id) in one transaction."""
        with self.transaction() as c:
            if replace_all:
                c.execute("DELETE FROM story_articles")
                c.execute("DELETE FROM stories")
            for s in stories:
                dates = [
                    r[0] for r in c.execute(
                        f"SELECT published FROM articles WHERE id IN "
                        f"({','.join('?' * len(s.articles))}) AND published IS NOT NULL",
                        list(s.articles),
                    )
                ] if s.articles else []
                c.execute("DELETE FROM story_articles WHERE story = ?", (s.id,))
                c.execute(
                    "INSERT OR REPLACE INTO stories(id, title, size, first_published,"
                    " last_published, data) VALUES (?,?,?,?,?,?)",
                    (
                        s.id, s.title, len(s.articles), min(dates, default=None),
                        max(dates, default=None),
                        json.dumps(story_to_dict(s), ensure_ascii=False),
                    ),
                )
                c.executemany(
                    "INSERT OR IGNORE INTO story_articles(story, article) VALUES (?, ?)",
                    [(s.id, a) for a in s.articles],
                )

    def delete_story(self, story_id: str) -> None:
        with self.transaction() as c:
            c.execute("DELETE FROM stories WHERE id = ?", (story_id,))

    def stories(self) -> list[Story]:
        """All stored stories, largest first."""
        rows = self.conn.execute("SELECT data FROM stories ORDER BY size DESC, id").fetchall()
        return [story_from_dict(json.loads(r[0])) for r in rows]

    def story(self, story_id: str) -> Story:
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        if row is None:
            raise KeyError(story_id)
        return story_from_dict(json.loads(row[0]))

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story FROM story_articles WHERE article = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

