"""`storyweave watch`: poll feeds, add new articles, update stories, say what changed."""

from __future__ import annotations

import json
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Annotated

import typer

from .common import ConfigOption, fail, fail_usage, load_settings, write_json

AllowPrivateOption = Annotated[
    bool,
    typer.Option("--allow-private", help="Also fetch from private, loopback and link-local "
                 "addresses (refused by default)."),
]
FeedsArg = Annotated[
    list[str],
    typer.Argument(help="Feed URLs or files, sitemaps, URL lists (*.urls), article URLs.",
                   show_default=False),
]

DbRequired = Annotated[
    Path, typer.Option("--db", help="SQLite store (created if missing).", dir_okay=False)
]
EveryOption = Annotated[str, typer.Option("--every", help="Time between rounds: 30s, 10m, 1h.")]
RoundsOption = Annotated[
    int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds.")
]
RoundsJsonOption = Annotated[
    Path | None,
    typer.Option("--json", help="Write the rounds as JSON to this file after each round "
                 "('-': one JSON line per round on stdout).", dir_okay=False, allow_dash=True),
]


class StopFlag:
    """First Ctrl-C: store what is fetched, update stories, stop. Second: stop at once."""

    def __init__(self) -> None:
        self.event = threading.Event()

    def __call__(self) -> bool:
        return self.event.is_set()

    def install(self) -> None:
        def on_sigint(signum: int, frame: object) -> None:
            if self.event.is_set():
                raise KeyboardInterrupt
            self.event.set()
            _err("stopping: storing the pages already fetched (Ctrl-C again to stop at once)...")

        signal.signal(signal.SIGINT, on_sigint)


def _err(text: str) -> None:
    from .. import display

    display.err_console.print(text, markup=False, highlight=False)


def _out(text: str) -> None:
    from .. import display

    display.console.print(text, markup=False, highlight=False)


def round_lines(report: object) -> list[str]:
    """The summary line of a round, then one line per change."""
    marks = {"new": "+ new story", "grew": "^ story grew", "conflict": "! new conflict in"}
    kinds = [c.kind for c in report.changes]
    lines = [
        f"round {report.number} {time.strftime('%H:%M:%S')}: {len(report.added)} new "
        f"article(s), {report.already + report.known} already stored, "
        f"{report.unchanged} feed(s) unchanged; {kinds.count('new')} new story(ies), "
        f"{kinds.count('grew')} grew, {kinds.count('conflict')} new conflict(s); "
        f"{len(report.problems)} problem(s) ({report.seconds:.1f}s)"
    ]
    for c in report.changes:
        size = f"{c.before} -> {c.after} articles" if c.kind == "grew" else f"{c.after} article(s)"
        extra = f": {_printable(c.detail)}" if c.detail else f" ({size})"
        lines.append(f"  {marks[c.kind]} {c.story} '{_printable(c.title)[:70]}'{extra}")
    return lines


def _printable(text: str) -> str:
    """Text from the web without control characters (no escape sequences reach the terminal)."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


def watch(
    feeds: FeedsArg,
    db: DbRequired,
    every: EveryOption = "10m",
    rounds: RoundsOption = None,
    allow_private: AllowPrivateOption = False,
    json_out: RoundsJsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Poll feeds (or any sources) and keep stories current; Ctrl-C stops cleanly.

    Each round fetches only what is new (an unchanged feed costs a 304).

    Each article is stored in its own transaction; stories are updated; changes printed.

    Examples:

      storyweave watch --db news.db https://example.org/rss.xml --every 10m

      storyweave watch --db news.db feeds.urls --rounds 1 --json round.json
    """
    from ..errors import StoryweaveError
    from ..sources.watch import parse_interval

    try:
        interval = parse_interval(every)
    except ValueError as exc:
        fail_usage(f"--every: {exc}")
    settings = load_settings(config)
    if allow_private:
        settings = settings.replace("fetch", allow_private=True)
    stop = StopFlag()
    previous = signal.getsignal(signal.SIGINT)
    stop.install()
    try:
        reports = _watch_loop(feeds, db, settings, interval, rounds, stop, json_out)
    except StoryweaveError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        _err("stopped at once; every article stored so far is kept")
        raise typer.Exit(130) from None
    finally:
        signal.signal(signal.SIGINT, previous)
    if any(r.problems for r in reports):
        raise typer.Exit(1)


def _watch_loop(feeds, db, settings, interval, rounds, stop, json_out) -> list:
    from .. import display
    from ..sources.http import HttpFetcher
    from ..sources.validators import SqliteValidators
    from ..sources.watch import run_round, unassigned_articles
    from ..store import Store

    reports: list = []
    say = _err if json_out is not None and str(json_out) == "-" else _out  # stdout is JSON
    with Store(db) as store, HttpFetcher(
        settings.fetch, validators=SqliteValidators(store.path)
    ) as fetcher:
        pending = unassigned_articles(store)
        number = 0
        while not stop() and (rounds is None or number < rounds):
            number += 1
            with display.progress_bar() as progress:
                report = run_round(store, feeds, settings, number=number, fetcher=fetcher,
                                   stop=stop, progress=progress, pending=pending)
            pending = []
            reports.append(report)
            for line in round_lines(report):
                say(line)
            for line in display.problems_lines(report.problems):
                display.err_console.print(line)
            if json_out is not None and str(json_out) == "-":
                sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False) + "\n")
                sys.stdout.flush()  # one JSON line per round, as it happens
            elif json_out is not None:
                write_json(json_out, {"rounds": [r.to_dict() for r in reports]})
            if rounds is None or number < rounds:
                stop.event.wait(interval)
        total = sum(len(r.added) for r in reports)
        say(f"stopped after {number} round(s): {total} new article(s), "
             f"{store.count()} stored in {db}")
    return reports


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(watch)
