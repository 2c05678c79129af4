"""Watching sources: each round reads them, stores new articles one by one, updates stories,
and says what changed (new story, story grew, new conflict)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from ..model import InputProblem, Story
from ..settings import Settings
from .http import Fetcher
from .reader import Progress, ReadStats, SourceReader

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$", re.I)
_UNIT_S = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds from '90', '30s', '10m', '1.5h' or '1d'; ValueError otherwise."""
    match = _INTERVAL.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (examples: 30s, 10m, 1h)")
    return float(match.group(1)) * _UNIT_S[(match.group(2) or "s").lower()]


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryChange:
    """One thing a round changed about the stories."""

    kind: str  # 'new' | 'grew' | 'conflict'
    story: str
    title: str
    before: int = 0  # articles before (for 'grew')
    after: int = 0  # articles now
    detail: str | None = None  # the conflicting fact's label


@dataclass(frozen=True, slots=True, kw_only=True)
class Ingested:
    """What reading sources into the store did."""

    added: tuple[str, ...]  # ids of new articles, in arrival order
    already: int  # pages read whose article was already stored (same content)
    problems: tuple[InputProblem, ...]
    stats: ReadStats
    interrupted: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundReport:
    """One polling round, for the terminal and for --json."""

    number: int
    added: tuple[str, ...]
    already: int
    known: int  # pages skipped without fetching: already in the store
    unchanged: int  # feeds that answered 304 Not Modified
    changes: tuple[StoryChange, ...]
    problems: tuple[InputProblem, ...]
    seconds: float
    interrupted: bool = False

    def to_dict(self) -> dict:
        return {
            "round": self.number, "added": list(self.added), "already_stored": self.already,
            "skipped_known": self.known, "unchanged_feeds": self.unchanged,
            "changes": [
                {"kind": c.kind, "story": c.story, "title": c.title, "before": c.before,
                 "after": c.after, "detail": c.detail} for c in self.changes
            ],
            "problems": [str(p) for p in self.problems], "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
        }


def ingest_sources(
    store: object,
    items: Iterable[str],
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    stop: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
) -> Ingested:
    """Read sources, clean each page and store it at once (its own transaction).

    Once ``stop()`` is true no new fetch starts; pages already fetched are still stored.
    """
    from ..clean import clean_documents

    reader = SourceReader(settings.fetch, store=store, fetcher=fetcher, progress=progress,
                          stop=stop)
    added: list[str] = []
    problems: list[InputProblem] = []
    already = 0
    try:
        for item in reader.read(items):
            if isinstance(item, InputProblem):
                problems.append(item)
            else:
                articles, bad = clean_documents([item], settings.clean)
                problems.extend(bad)
                for article in articles:
                    if not article.text.strip():
                        problems.append(InputProblem(source=item.source,
                                                     message="no article text found in the page"))
                    elif store.add_article(article):
                        added.append(article.id)
                    else:
                        already += 1
    finally:
        reader.close()
    return Ingested(added=tuple(added), already=already, problems=tuple(problems),
                    stats=reader.stats, interrupted=stop())


# -- what changed -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class Snapshot:
    stories: dict[str, Story]
    conflicts: frozenset[tuple[str, str]]  # (kind, label) of facts in conflict


def snapshot(store: object) -> Snapshot:
    stories = {s.id: s for s in store.stories()}
    conflicts = frozenset(
        (f.kind, f.label) for s in stories.values() for f in s.facts if f.status == "conflict"
    )
    return Snapshot(stories=stories, conflicts=conflicts)


def story_changes(before: Snapshot, after: Snapshot) -> tuple[StoryChange, ...]:
    """New stories, stories that grew, and facts newly in conflict."""
    home = {a: s for s in before.stories.values() for a in s.articles}
    changes = []
    for story in after.stories.values():
        old = {home[a].id: len(home[a].articles) for a in story.articles if a in home}
        size = len(story.articles)
        if not old:
            changes.append(StoryChange(kind="new", story=story.id, title=story.title,
                                       after=size))
        elif size > max(old.values()):
            changes.append(StoryChange(kind="grew", story=story.id, title=story.title,
                                       before=max(old.values()), after=size))
        for fact in story.facts:
            if fact.status == "conflict" and (fact.kind, fact.label) not in before.conflicts:
                changes.append(StoryChange(kind="conflict", story=story.id, title=story.title,
                                           after=size, detail=fact.label))
    order = {"new": 0, "grew": 1, "conflict": 2}
    return tuple(sorted(changes, key=lambda c: (order[c.kind], -c.after, c.story)))


def unassigned_articles(store: object) -> list[str]:
    """Stored articles in no story (an earlier run stopped before updating stories)."""
    rows = store.conn.execute(
        "SELECT id FROM articles WHERE id NOT IN (SELECT article FROM story_articles) "
        "ORDER BY seq"
    ).fetchall()
    return [r[0] for r in rows]


def run_round(
    store: object,
    feeds: Sequence[str],
    settings: Settings,
    *,
    number: int = 1,
    fetcher: Fetcher | None = None,
    stop: Callable[[], bool] = lambda: False,
    progress: Progress | None = None,
    pending: Sequence[str] = (),
) -> RoundReport:
    """One polling round: read, store, update stories, compare before and after.

    ``pending``: ids stored earlier but not yet in stories (see ``unassigned_articles``).
    """
    from ..pipeline import update_stories

    started = time.monotonic()
    before = snapshot(store)
    got = ingest_sources(store, feeds, settings, fetcher=fetcher, stop=stop, progress=progress)
    pending = list(dict.fromkeys([*pending, *got.added]))
    if pending:
        update_stories(store, pending, settings)
    changes = story_changes(before, snapshot(store)) if pending else ()
    return RoundReport(
        number=number, added=got.added, already=got.already, known=got.stats.known,
        unchanged=got.stats.unchanged, changes=changes, problems=got.problems,
        seconds=time.monotonic() - started, interrupted=got.interrupted,
    )
