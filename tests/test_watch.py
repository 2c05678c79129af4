"""`storyweave watch`: rounds add only what is new, report changes, and Ctrl-C loses nothing."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.sources.watch import parse_interval
from storyweave.store import Store
from test_sources import rss
from test_sources_site import Seen, Site, site_fixture  # noqa: F401

WORDS = ("council river bridge budget school harbour festival market railway hospital "
         "museum library stadium airport village farmers voters engineers nurses rangers "
         "announced approved delayed reopened expanded inspected funded opposed reported "
         "weekly local northern coastal new older public regional").split()


def news_page(n: int) -> str:
    """A plausible article page: headline, a few paragraphs, page furniture around them."""
    rng = random.Random(n)
    paras = []
    for _ in range(5):
        sentences = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 16))).capitalize() + "."
            for _ in range(3)
        ]
        paras.append(f"<p>{' '.join(sentences)}</p>")
    title = f"Report {n}: " + " ".join(rng.choice(WORDS) for _ in range(5))
    return (f"<html><head><title>{title}</title><meta property='og:site_name' "
            f"content='Outlet {n % 3}'></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{''.join(paras)}</article>"
            "<footer>Copyright example</footer></body></html>")


def growing_feed(site: Site, first: int, later: int) -> str:
    """A feed that lists `first` articles on the first request and `later` afterwards."""
    links = [site.page(f"/news/{n}", news_page(n)) for n in range(later)]
    calls = {"n": 0}

    def feed(req: Seen):
        calls["n"] += 1
        count = first if calls["n"] == 1 else later
        etag = f'"v{count}"'
        if req.headers.get("if-none-match") == etag:
            return 304, {"ETag": etag}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, rss(links[:count])

    site.routes["/feed"] = feed
    return site.url("/feed")


def watch_args(db: Path, *more: str) -> list[str]:
    return ["watch", "--db", str(db), "--allow-private", "--every", "0s", *more]


@pytest.fixture(autouse=True)
def _quick_fetch(tmp_path: Path) -> Path:
    config = tmp_path / "fast.toml"
    config.write_text("[fetch]\nper_host_delay_s = 0\nbackoff_s = 0.01\ntimeout_s = 2\n")
    return config


@pytest.mark.slow  # the first round loads every analysis stage (models included)
def test_second_round_adds_only_the_new_entry_and_says_what_changed(
    site: Site, tmp_path: Path
) -> None:
    feed = growing_feed(site, first=2, later=3)
    db, out = tmp_path / "w.db", tmp_path / "rounds.json"
    result = CliRunner().invoke(app, watch_args(
        db, "--rounds", "2", "--json", str(out), "--config", str(tmp_path / "fast.toml"), feed))
    assert result.exit_code == 0, result.output
    rounds = json.loads(out.read_text())["rounds"]
    assert [len(r["added"]) for r in rounds] == [2, 1]
    assert rounds[1]["skipped_known"] == 2  # the two old entries were not fetched again
    assert [site.hits(f"/news/{n}") for n in range(3)] == [1, 1, 1]
    new_id = rounds[1]["added"][0]
    with Store(db) as store:
        assert store.count() == 3
        home = store.story_of(new_id)
    changed = {(c["kind"], c["story"]) for c in rounds[1]["changes"]}
    assert ("new", home) in changed or ("grew", home) in changed
    assert "round 2" in result.output and "1 new article(s)" in result.output


def test_an_unchanged_feed_costs_one_conditional_request(site: Site, tmp_path: Path) -> None:
    feed = growing_feed(site, first=2, later=2)
    db, out = tmp_path / "w.db", tmp_path / "rounds.json"
    result = CliRunner().invoke(app, watch_args(
        db, "--rounds", "3", "--json", str(out), "--config", str(tmp_path / "fast.toml"), feed))
    assert result.exit_code == 0, result.output
    rounds = json.loads(out.read_text())["rounds"]
    assert [len(r["added"]) for r in rounds] == [2, 0, 0]
    assert [r["unchanged_feeds"] for r in rounds] == [0, 1, 1]
    assert rounds[2]["changes"] == []
    feed_requests = [r for r in site.requests if r.path == "/feed"]
    assert all("if-none-match" in r.headers for r in feed_requests[1:])


def test_problems_are_reported_and_the_round_goes_on(site: Site, tmp_path: Path) -> None:
    good = site.page("/news/1", news_page(1))
    site.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"},
                            rss([site.url("/dead"), good]))
    result = CliRunner().invoke(app, watch_args(
        tmp_path / "w.db", "--rounds", "1", "--config", str(tmp_path / "fast.toml"),
        site.url("/feed"), site.url("/not-a-feed")))
    assert result.exit_code == 1
    assert "1 new article(s)" in result.output and "2 problem(s)" in result.output


def test_loopback_is_refused_without_allow_private(site: Site, tmp_path: Path) -> None:
    feed = growing_feed(site, first=1, later=1)
    result = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "w.db"), "--rounds", "1",
                                      feed])
    assert result.exit_code == 1
    assert "loopback" in result.output and "--allow-private" in result.output
    assert site.requests == []


def test_bad_interval_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["watch", "--db", str(tmp_path / "w.db"), "--every",
                                      "soon", "http://example.org/feed"])
    assert result.exit_code == 2 and "--every" in result.output


def test_parse_interval() -> None:
    assert parse_interval("90") == 90 and parse_interval("10m") == 600
    assert parse_interval("1.5h") == 5400 and parse_interval("250ms") == 0.25
    with pytest.raises(ValueError):
        parse_interval("ten minutes")


@pytest.mark.slow
def test_ctrl_c_mid_round_keeps_every_fetched_article_and_the_store_intact(
    site: Site, tmp_path: Path
) -> None:
    links = [site.page(f"/news/{n}", news_page(n)) for n in range(12)]

    def slow_page(_: Seen):
        time.sleep(1.5)
        return 200, {"Content-Type": "text/html"}, news_page(99).encode()

    site.routes["/slow"] = slow_page
    site.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"},
                            rss([*links[:3], site.url("/slow"), *links[3:]]))
    config = tmp_path / "fast.toml"
    config.write_text(config.read_text() + "workers = 2\n")
    db = tmp_path / "w.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", "from storyweave.cli import main; main()",
         *watch_args(db, "--config", str(config), site.url("/feed"))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while site.hits("/slow") == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "stopping: storing the pages already fetched" in err
    assert "stopped after 1 round(s)" in out
    fetched = sum(1 for r in site.requests if r.path.startswith(("/news/", "/slow")))
    assert fetched < 13  # it stopped before the end of the feed
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert stored == fetched  # every page fetched before the stop was stored
    in_stories = conn.execute("SELECT COUNT(DISTINCT article) FROM story_articles").fetchone()
    assert in_stories[0] == stored  # stories were brought up to date before stopping
    conn.close()


def test_json_lines_on_stdout(site: Site, tmp_path: Path) -> None:
    feed = growing_feed(site, first=1, later=2)
    result = CliRunner().invoke(app, watch_args(
        tmp_path / "w.db", "--rounds", "2", "--json", "-", "--config",
        str(tmp_path / "fast.toml"), feed))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["round"], len(r["added"])) for r in lines] == [(1, 1), (2, 1)]


def test_story_changes_name_new_grown_and_conflicting_stories() -> None:
    from storyweave.model import Fact, Story
    from storyweave.sources.watch import Snapshot, story_changes

    def snap(*stories: Story) -> Snapshot:
        conflicts = frozenset((f.kind, f.label) for s in stories for f in s.facts
                              if f.status == "conflict")
        return Snapshot(stories={s.id: s for s in stories}, conflicts=conflicts)

    toll = Fact(id="f1", kind="quantity", label="people evacuated", status="conflict",
                independent_accounts=2)
    calm = Fact(id="f2", kind="quantity", label="bridges closed", status="agree",
                independent_accounts=2)
    before = snap(Story(id="s1", title="Flood", articles=("a", "b"), facts=(calm,)),
                  Story(id="s2", title="Vote", articles=("c",)))
    after = snap(Story(id="s1", title="Flood", articles=("a", "b", "d"), facts=(calm, toll)),
                 Story(id="s2", title="Vote", articles=("c",)),
                 Story(id="s3", title="Fire", articles=("e",)))
    changes = story_changes(before, after)
    assert [(c.kind, c.story) for c in changes] == [("new", "s3"), ("grew", "s1"),
                                                    ("conflict", "s1")]
    assert changes[1].before == 2 and changes[1].after == 3
    assert changes[2].detail == "people evacuated"
    assert story_changes(after, after) == ()
