"""The SQLite store: idempotent adds, incremental growth, crash safety, reopening, search."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storyweave.errors import StoreError
from storyweave.ids import article_id
from storyweave.model import Article, Removed, Sentence, Story
from storyweave.sentences import split_sentences
from storyweave.store import Store


def _article(body: str, source: str = "x.txt", **kw) -> Article:
    return Article(
        id=article_id(body), source=source, text=body, sentences=split_sentences(body), **kw
    )


ARTICLES = [
    _article(
        "Floodwater reached the library on Main Street. Volunteers moved books upstairs.",
        "a.txt",
        title="Library flooded",
        byline=("Ann Lee", "Bo Chen"),
        outlet="Gazette",
        published="2025-10-14",
        removed=(Removed(text="Share this", kind="furniture", reason="share line", at=47),),
    ),
    _article(
        "The council approved a tram line.\n\nConstruction starts next summer.",
        "b.txt",
        title="Tram approved",
    ),
    _article("Harvest festival draws record crowds to the valley.", "c.txt"),
    _article("A new bridge opened downtown. Traffic eased at once.", "d.txt"),
]


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.add_article(ARTICLES[0]) is True
        got = store.article(ARTICLES[0].id)
    assert got == ARTICLES[0]
    assert got.sentences[0] == Sentence(start=0, end=46, paragraph=0)


def test_adding_the_same_article_twice_is_a_no_op(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.add_articles(ARTICLES[:2]) == [a.id for a in ARTICLES[:2]]
        before = store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0]
        assert store.add_articles(ARTICLES[:2]) == []
        again = _article(ARTICLES[0].text, "elsewhere/copy.txt")  # same body, other input
        assert store.add_article(again) is False
        assert store.count() == 2
        assert store.conn.execute("SELECT COUNT(*) FROM sentences").fetchone()[0] == before
        assert store.article(ARTICLES[0].id).source == "a.txt"  # the first one stays
        sources = dict(store.conn.execute("SELECT source, article FROM sources"))
        assert sources["elsewhere/copy.txt"] == ARTICLES[0].id


def test_incremental_adds_keep_arrival_order(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add_articles(ARTICLES[:2])
    with Store(db) as store:
        assert store.add_articles(ARTICLES[1:]) == [a.id for a in ARTICLES[2:]]
        assert store.article_ids() == [a.id for a in ARTICLES]
        assert [a.id for a in store.articles([ARTICLES[3].id, ARTICLES[0].id])] == [
            ARTICLES[3].id,
            ARTICLES[0].id,
        ]


def test_reopening_keeps_articles_stories_and_schema(tmp_path: Path) -> None:
    db = tmp_path / "nested" / "dir" / "s.db"
    story = Story(id="s1", title="Flood", articles=(ARTICLES[0].id, ARTICLES[3].id))
    with Store(db) as store:
        store.add_articles(ARTICLES)
        store.save_stories([story])
    for _ in range(2):
        with Store(db) as store:
            assert store.count() == len(ARTICLES)
            assert store.stories() == [story]
            assert store.story_of(ARTICLES[3].id) == "s1"
            assert store.story_of(ARTICLES[1].id) is None
            assert store.search("library") == [ARTICLES[0].id]


def test_save_stories_replaces_by_id_and_replace_all_clears(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_articles(ARTICLES)
        store.save_stories(
            [
                Story(id="s1", title="A", articles=(ARTICLES[0].id,)),
                Story(id="s2", title="B", articles=(ARTICLES[1].id,)),
            ]
        )
        store.save_stories([Story(id="s1", title="A2", articles=(ARTICLES[2].id,))])
        assert {s.id: s.title for s in store.stories()} == {"s1": "A2", "s2": "B"}
        assert store.story_of(ARTICLES[0].id) is None
        store.save_stories([Story(id="s3", title="C", articles=())], replace_all=True)
        assert [s.id for s in store.stories()] == ["s3"]
        with pytest.raises(KeyError):
            store.story("s1")


def test_full_text_search(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_articles(ARTICLES)
        assert store.search("tram") == [ARTICLES[1].id]  # title and body
        assert store.search("construction summer") == [ARTICLES[1].id]  # all terms
        assert store.search("Traffic") == [ARTICLES[3].id]  # case-insensitive
        assert store.search("volcano") == []
        assert store.search("") == [] and store.search("   ") == []
        # Query syntax is taken as plain words: no operator injection, no crash.
        assert store.search('bridge "downtown"') == [ARTICLES[3].id]
        assert store.search("bridge OR volcano") == []
        assert store.search("AND") == [] and store.search('"') == []


CRASH = textwrap.dedent(
    """
    import os, sys
    from storyweave.store import Store
    from storyweave.model import Article
    from storyweave.ids import article_id

    store = Store(sys.argv[1])
    for i in range(10):
        body = f"Article number {i} about the river."
        store.add_article(Article(id=article_id(body), source=f"{i}.txt", text=body))
        if i == 3:
            # Half-way through the next article's transaction: rows written, no commit.
            c = store.conn
            c.execute("INSERT INTO articles(id, seq, source, byline, language, text)"
                      " VALUES ('partial', 99, 'p.txt', '[]', 'en', 'half written')")
            os._exit(1)  # the process dies: no cleanup, no commit, no close
    """
)


def test_a_crash_mid_batch_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    result = subprocess.run([sys.executable, "-c", CRASH, str(db)], capture_output=True, timeout=60)
    assert result.returncode == 1, result.stderr.decode()
    with Store(db) as store:
        assert store.count() == 4
        assert [a.source for a in store.articles()] == ["0.txt", "1.txt", "2.txt", "3.txt"]
        assert not store.has("partial")
        assert store.search("river") and len(store.search("river")) == 4
        # and the store goes on growing after the crash
        body = "Article number 4 about the river."
        assert store.add_article(Article(id=article_id(body), source="4.txt", text=body))
        assert store.count() == 5


def test_an_error_inside_a_transaction_rolls_it_back(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_article(ARTICLES[0])
        with pytest.raises(RuntimeError), store.transaction() as c:
            c.execute(
                "INSERT INTO articles(id, seq, source, byline, language, text)"
                " VALUES ('tmp', 50, 't.txt', '[]', 'en', 'temporary')"
            )
            raise RuntimeError("boom")
        assert not store.has("tmp")
        assert store.add_article(ARTICLES[1]) is True and store.count() == 2


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "notes.db"
    f.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.db: cannot open as a storyweave database"):
        Store(f)


def test_two_connections_see_each_others_commits(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as writer, Store(db) as reader:
        writer.add_article(ARTICLES[0])
        assert reader.has(ARTICLES[0].id)
        assert reader.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_foreign_keys_tie_rows_to_their_article(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute(
                'INSERT INTO sentences(article, n, start, "end", paragraph) VALUES (?,?,?,?,?)',
                ("missing", 0, 0, 1, 0),
            )
        store.conn.rollback()


RACE = textwrap.dedent(
    """
    import sys
    from storyweave.store import Store
    from storyweave.model import Article
    from storyweave.ids import article_id

    with Store(sys.argv[1]) as store:
        for i in range(60):
            body = f"Article number {i} about the river and the town."
            store.add_article(Article(id=article_id(body), source=f"{sys.argv[2]}{i}.txt",
                                      text=body))
    """
)


def test_concurrent_writers_store_each_article_once(tmp_path: Path) -> None:
    db = tmp_path / "race.db"
    Store(db).close()
    procs = [
        subprocess.Popen([sys.executable, "-c", RACE, str(db), name], stderr=subprocess.PIPE)
        for name in ("a", "b", "c")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    with Store(db) as store:
        assert store.count() == 60
        assert store.conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 180
