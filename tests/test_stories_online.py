"""Online stories: one article at a time, a bounded window, state kept in the SQLite store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.model import Article
from storyweave.settings import Settings, StorySettings
from storyweave.store import Store
from storyweave.stories import OnlineStories
from storyweave.stories.update import update_stories

FAST = StorySettings(embeddings=False)

PLACES = ["Arvel", "Brisk", "Corran", "Dessa", "Elmor", "Fenwick", "Galt", "Hollis"]
# One kind of event per place, so the fictional events differ as real ones do.
KINDS = [
    (
        "fire",
        "A fire {v} the {p} Mill; chief Oren {p}son said {k} crews fought the blaze.",
        ["destroyed", "gutted", "burned down", "levelled"],
    ),
    (
        "flood",
        "The river {p} burst its banks and {v} 300 homes, mayor Ada {p}ley said after "
        "{k} days of rain.",
        ["flooded", "swamped", "submerged", "inundated"],
    ),
    (
        "vote",
        "Voters in {p} {v} Lena {p}berg as mayor with 61 percent after {k} rounds of counting.",
        ["elected", "chose", "picked", "returned"],
    ),
    (
        "match",
        "{p} Rovers {v} Kelso United 3-1 in the cup final; striker Ivo {p}ez scored {k} goals.",
        ["beat", "defeated", "overcame", "saw off"],
    ),
    (
        "bridge",
        "The {p} bridge {v} into the canal at dawn; engineer Tomas {p}ner said {k} "
        "cables had snapped.",
        ["collapsed", "fell", "crashed", "gave way"],
    ),
    (
        "strike",
        "Workers at the {p} steel plant {v} over pay; union leader Mira {p}ova said "
        "{k} thousand joined.",
        ["walked out", "went on strike", "downed tools", "stopped work"],
    ),
    (
        "theft",
        "Thieves {v} a gold crown from the {p} Museum; curator Paul {p}ard said {k} "
        "guards were asleep.",
        ["stole", "took", "snatched", "made off with"],
    ),
    (
        "ferry",
        "A ferry {v} off {p} harbour with 80 aboard; captain Jon {p}sen said {k} "
        "lifeboats were launched.",
        ["capsized", "sank", "overturned", "went down"],
    ),
]


def event(place: str, n: int, day: int) -> Article:
    """The n-th report of the event in ``place`` on day ``day`` (fictional, varied wording)."""
    kind, template, verbs = KINDS[PLACES.index(place.rstrip("0123456789")) % len(KINDS)]
    text = template.format(p=place, v=verbs[n % 4], k=3 + n)
    text += f" Reporters in {place} added details on day {day}." if n % 2 else ""
    return Article(
        id=f"{place}-{n}",
        source=f"{place}-{n}.txt",
        text=text,
        title=f"{kind.title()} in {place}",
        published=f"2024-05-{day:02d}",
    )


def test_online_groups_events_like_batch() -> None:
    from storyweave.stories import group_stories

    arts = [event(p, n, 1 + i) for i, p in enumerate(PLACES[:4]) for n in range(3)]
    online = OnlineStories(FAST)
    keys = online.add_all(arts)
    by_story: dict[str, set[str]] = {}
    for a, k in zip(arts, keys, strict=True):
        by_story.setdefault(k, set()).add(a.id)
    batch = {frozenset(g) for g in group_stories(arts, FAST)}
    assert {frozenset(v) for v in by_story.values()} == batch
    assert len(batch) == 4


def test_window_bounds_memory_not_the_archive() -> None:
    settings = StorySettings(embeddings=False, window_days=3)
    online = OnlineStories(settings)
    peak = 0
    for day in range(1, 29):
        for n in range(3):
            online.add(event(PLACES[day % len(PLACES)] + str(day), n, day))
        left = len(online.expired)
        online.flush()
        peak = max(peak, len(online.active))
        assert not online.expired and (day < 5 or left > 0)  # told once, then forgotten
    # 3 articles a day, window of 3 days: at most 4 days' worth are held
    assert peak <= 12
    assert online.df.n == len(online.active) == len(online.index)
    assert len(online.stories) <= 4


def test_old_stories_are_not_joined_after_the_window() -> None:
    settings = StorySettings(embeddings=False, window_days=3)
    online = OnlineStories(settings)
    first = online.add_all([event("Arvel", n, 1) for n in range(3)])
    later = online.add(Article(**{**_fields(event("Arvel", 0, 20)), "id": "late"}))
    assert len(set(first)) == 1 and later not in first


def _fields(a: Article) -> dict:
    return {f: getattr(a, f) for f in ("id", "source", "text", "title", "published")}


def test_store_updates_incrementally(tmp_path: Path) -> None:
    settings = Settings()  # with the embedding gate: tiny piles need it
    db = tmp_path / "news.db"
    day1 = [event("Corran", n, 1) for n in range(2)] + [event("Dessa", 0, 1)]
    day2 = [event("Corran", 2, 2), event("Dessa", 1, 2), event("Elmor", 0, 2)]
    with Store(db) as store:
        changed1 = update_stories(store, store.add_articles(day1), settings)
        assert len(changed1) == 2
    with Store(db) as store:
        changed2 = update_stories(store, store.add_articles(day2), settings)
        stories = store.stories()
        # Corran and Dessa grew, Elmor is new: three changed, three stored in all
        assert len(changed2) == 3 and len(stories) == 3
        sizes = sorted(len(s.articles) for s in stories)
        assert sizes == [1, 2, 3]
        assert store.story_of("Corran-2") == store.story_of("Corran-0")
        # nothing to do when nothing is new
        assert update_stories(store, [], settings) == []


def test_window_table_stays_window_sized(tmp_path: Path) -> None:
    settings = Settings().replace("stories", embeddings=False, window_days=2)
    db = tmp_path / "w.db"
    with Store(db) as store:
        for day in range(1, 11):
            new = store.add_articles([event(PLACES[day % 8] + str(day), 0, day)])
            update_stories(store, new, settings)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM story_window").fetchone()[0] <= 3
    assert conn.execute("SELECT COUNT(*) FROM story_members").fetchone()[0] == 10


def test_add_command_then_stories_command(tmp_path: Path) -> None:
    def jsonl(path: Path, arts: list[Article]) -> None:
        path.write_text(
            "".join(
                json.dumps(
                    {
                        "text": a.text,
                        "title": a.title,
                        "published": a.published,
                        "clean": True,
                    }
                )
                + "\n"
                for a in arts
            )
        )

    jsonl(tmp_path / "one.jsonl", [event("Galt", n, 3) for n in range(3)] + [event("Brisk", 0, 3)])
    jsonl(tmp_path / "two.jsonl", [event("Galt", 3, 4), event("Brisk", 1, 4)])
    db = tmp_path / "news.db"
    runner = CliRunner()
    for name in ("one.jsonl", "two.jsonl"):
        result = runner.invoke(
            app,
            ["add", "--db", str(db), str(tmp_path / name), "--json", str(tmp_path / f"{name}.out")],
        )
        assert result.exit_code == 0, result.output
    changed = json.loads((tmp_path / "two.jsonl.out").read_text())["stories_changed"]
    assert len(changed) == 2
    out = tmp_path / "stories.json"
    result = runner.invoke(app, ["stories", "--db", str(db), "--json", str(out)])
    assert result.exit_code == 0, result.output
    rows = json.loads(out.read_text())["stories"]
    assert [r["size"] for r in rows] == [4, 2]
    assert (
        rows[0]["title"].endswith("Galt") and rows[0]["first_published"] < rows[0]["last_published"]
    )
    assert set(rows[0]) >= {"id", "title", "articles", "outlets", "summary"}


def test_stories_command_names_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["stories", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.output and "no such store" in result.output


class OneHot:
    """A test embedder whose vectors are all orthogonal: the embedding gate always fails."""

    name, dim = "one-hot", 64

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: list[str]):  # noqa: ANN201
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for k in range(len(texts)):
            out[k, (self.calls + k) % self.dim] = 1.0
        self.calls += len(texts)
        return out


def test_embedding_gate_judges_only_unsure_joins() -> None:
    arts = [event(p, n, 1 + i) for i, p in enumerate(PLACES[:4]) for n in range(3)]
    never = OnlineStories(StorySettings(embed_below=0.5), OneHot())  # never unsure
    keys = never.add_all(arts)
    assert never.embedded == 0 and len(set(keys)) == 4
    always = OnlineStories(StorySettings(embed_below=1e9), OneHot())  # always judged
    keys = always.add_all(arts)
    # orthogonal vectors fail the gate every time: every article stands alone
    assert len(set(keys)) == len(arts) and always.embedded > 0


def test_lazy_vectors_survive_the_store(tmp_path: Path) -> None:
    from storyweave.stories import persist

    db = tmp_path / "lazy.db"
    with Store(db) as store:
        online = persist.load(store.conn, StorySettings(embed_below=0.5))
        online.add(event("Hollis", 0, 1))
        persist.save(store.conn, online)
    with Store(db) as store:
        again = persist.load(store.conn, StorySettings())
        item = again.active["Hollis-0"]
        assert item.features.dense is None and "Hollis" in item.text


class Same:
    """A test embedder whose vectors are all equal: the embedding gate always passes."""

    name, dim = "same", 8

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: list[str]):  # noqa: ANN201
        import numpy as np

        self.calls += len(texts)
        return np.full((len(texts), self.dim), 8**-0.5, dtype=np.float32)


ALWAYS_JUDGED = StorySettings(embed_below=1e9)


def _events() -> list[Article]:
    return [event(p, n, 1 + i) for i, p in enumerate(PLACES[:4]) for n in range(3)]


def test_static_screen_decides_clear_calls_without_the_transformer() -> None:
    from dataclasses import replace

    arts = _events()
    # static vectors all equal (similarity 1): at or above static_pass, the screen passes
    # every story the transformer (orthogonal, always failing) would have refused
    passing = OnlineStories(ALWAYS_JUDGED, transformer := OneHot(), Same())
    assert len(set(passing.add_all(arts))) == 4
    assert transformer.calls == 0 and passing.screened > 0
    # static vectors orthogonal (similarity 0): below static_fail, every story is refused
    failing = OnlineStories(ALWAYS_JUDGED, transformer := Same(), OneHot())
    assert len(set(failing.add_all(arts))) == len(arts) and transformer.calls == 0
    # in between the two bounds, the transformer judges (and its vectors always pass)
    unsure = replace(ALWAYS_JUDGED, static_fail=-2.0, static_pass=2.0)
    judged = OnlineStories(unsure, transformer := Same(), OneHot())
    assert len(set(judged.add_all(arts))) == 4
    assert transformer.calls > 0 and judged.screened == 0


def test_no_screen_for_a_callers_own_embedder_or_when_off() -> None:
    assert not OnlineStories(ALWAYS_JUDGED, OneHot()).screen
    assert not OnlineStories(StorySettings(static_gate=False), None, Same()).screen
    assert not OnlineStories(StorySettings(embeddings=False)).screen
    assert OnlineStories(ALWAYS_JUDGED, OneHot(), Same()).screen


def test_transformer_embeds_only_the_closest_members() -> None:
    from dataclasses import replace

    story = [event("Arvel", n, 1) for n in range(6)]
    counts = {}
    for limit in (2, 0):
        online = OnlineStories(StorySettings(embed_below=0.0), Same())  # never judged
        online.add_all(story[:5])
        assert online.embedded == 0
        online.settings = replace(ALWAYS_JUDGED, gate_members=limit, static_gate=False)
        assert online.add(story[5]) == story[0].id
        counts[limit] = online.embedded
    assert counts == {2: 1 + 2, 0: 1 + 5}  # the article and 2 members, or all 5 members


def test_static_vectors_survive_the_store(tmp_path: Path) -> None:
    import numpy as np

    from storyweave.stories import persist

    db = tmp_path / "quick.db"
    with Store(db) as store:
        online = OnlineStories(StorySettings(embed_below=0.5), OneHot(), Same())
        online.add(event("Hollis", 0, 1))
        persist.save(store.conn, online)
        again = persist.load(store.conn, StorySettings())
    quick = again.active["Hollis-0"].features.quick
    assert quick is not None and np.allclose(quick, Same().encode(["x"])[0])
