"""Online grouping: articles arrive one at a time (in date order) and join a story or start one.

Only the active window is held: articles older than ``window_days`` before the newest one
(or beyond ``max_active`` articles) leave the candidate index, the document frequencies
and their story's active part, so memory depends on the window, not on the archive.
An article joins the story whose active articles it matches best on average (the same
relative similarity and floors as the batch average linkage), or starts a new story.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from ..embed import Embedder
from ..model import Article
from ..settings import StorySettings
from .batch import floors as _floors
from .candidates import CandidateIndex
from .features import EMBED_WORDS, DocFreq, Features, Terms, event_text, terms_of
from .similarity import Scale, similarities


@dataclass(slots=True, kw_only=True)
class Active:
    """One article of the active window: what is needed to compare with it and to expire it."""

    terms: Terms
    features: Features
    story: str
    seq: int


@dataclass(slots=True, kw_only=True)
class StoryState:
    key: str  # the id of the story's first article: stable while the story lives
    size: int = 0  # all members, active or not
    active: int = 0  # members still in the window
    first_day: float | None = None
    last_day: float | None = None
    members: list[str] = field(default_factory=list)  # ids added in this session


class OnlineStories:
    """``add`` articles in date order; ``flush`` tells which stories grew since the last one."""

    def __init__(self, settings: StorySettings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder
        self.df = DocFreq()
        self.index = CandidateIndex(settings.blocking_terms, settings.max_candidates)
        self.scale = Scale(settings.neighbours, settings.min_scale)
        self.active: OrderedDict[str, Active] = OrderedDict()
        self.stories: dict[str, StoryState] = {}
        self.clock: float | None = None  # newest day seen
        self.seq = 0
        self.changed: set[str] = set()  # story keys that gained articles
        self.touched: set[str] = set()  # active articles whose saved state is stale
        self.expired: list[str] = []  # articles that left the window

    # -- adding ----------------------------------------------------------------------
    def add(self, article: Article, dense: np.ndarray | None = None) -> str:
        """Place one article; returns the key of its story."""
        terms = terms_of(article, self.settings.lead_words)
        if terms.day is None and self.clock is not None:
            terms = Terms(id=terms.id, words=terms.words, names=terms.names, day=self.clock)
        if dense is None and self.settings.embeddings:
            dense = self._embed([article])[0]
        self._advance(terms.day)
        self.df.add(terms)
        f = self.df.weigh(terms, self.settings.max_terms)
        if dense is not None:
            f = Features(id=f.id, index=f.index, weight=f.weight, day=f.day, dense=dense)
        key = self._best_story(f) or article.id
        self._place(terms, f, key)
        return key

    def add_all(self, articles: Iterable[Article], batch: int = 64) -> list[str]:
        """Place many articles (embedded in batches); returns their story keys in order."""
        keys: list[str] = []
        chunk: list[Article] = []
        for a in articles:
            chunk.append(a)
            if len(chunk) >= batch:
                keys += self._add_chunk(chunk)
                chunk = []
        return keys + self._add_chunk(chunk)

    def _add_chunk(self, chunk: list[Article]) -> list[str]:
        if not chunk:
            return []
        vectors = self._embed(chunk) if self.settings.embeddings else [None] * len(chunk)
        return [self.add(a, v) for a, v in zip(chunk, vectors, strict=True)]

    def _embed(self, articles: list[Article]) -> np.ndarray:
        if self.embedder is None:
            from ..embed import default_embedder

            self.embedder = default_embedder(self.settings.embed_model)
        return self.embedder.encode([event_text(a, EMBED_WORDS) for a in articles])

    def _best_story(self, f: Features) -> str | None:
        ids = [i for i in self.index.query(f) if i in self.active]
        if not ids:
            return None
        sims = similarities(f, [self.active[i].features for i in ids], self.settings)
        own = _kth(sims[:, 0], self.settings.neighbours, self.settings.min_scale)
        text = sims[:, 0].tolist()
        for i, t in zip(ids, text, strict=True):
            if t > self.scale.kth(i):  # only a closer neighbour changes a scale
                self.scale.see(i, t)
                self.touched.add(i)
            if t > 0:
                self.scale.see(f.id, t)
        scales = np.array([self.scale.of(i) for i in ids])
        # A new article has seen only part of its neighbours yet: its scale is taken as at
        # least the geometric mean of its own and each candidate's, so the first report
        # of a new event does not look close to a sibling event's well-covered story.
        own_scale = np.maximum(own, np.sqrt(own * scales))
        rows = np.column_stack((sims[:, 0] / np.sqrt(own_scale * scales), sims))
        stories = [self.active[i].story for i in ids]
        return self._choose(stories, rows)

    def _choose(self, stories: list[str], rows: np.ndarray) -> str | None:
        """The story with the best mean relative similarity among those passing every floor.

        Means are over the story's members that were compared (the candidates): for a
        large story that is its closest members, not all of them.
        """
        floors = np.array(_floors(self.settings))
        keys = sorted(set(stories))
        at = {k: n for n, k in enumerate(keys)}
        which = np.fromiter((at[k] for k in stories), dtype=np.int64, count=len(stories))
        sums = np.zeros((len(keys), rows.shape[1]))
        np.add.at(sums, which, rows)
        counts = np.bincount(which, minlength=len(keys)).astype(float)
        active = np.array([self.stories[k].active for k in keys], dtype=float)
        means = sums / np.maximum(np.minimum(active, counts), 1.0)[:, None]
        ok = np.all(means >= floors, axis=1)
        if not ok.any():
            return None
        best = np.flatnonzero(ok)[np.argmax(means[ok, 0])]
        return keys[int(best)]

    def _place(self, terms: Terms, f: Features, key: str) -> None:
        self.seq += 1
        self.active[f.id] = Active(terms=terms, features=f, story=key, seq=self.seq)
        self.index.insert(f)
        self.touched.add(f.id)
        story = self.stories.setdefault(key, StoryState(key=key))
        story.size += 1
        story.active += 1
        story.members.append(f.id)
        if f.day is not None:
            story.first_day = f.day if story.first_day is None else min(story.first_day, f.day)
            story.last_day = f.day if story.last_day is None else max(story.last_day, f.day)
        self.changed.add(key)

    # -- forgetting ------------------------------------------------------------------
    def _advance(self, day: float | None) -> None:
        if day is not None:
            self.clock = day if self.clock is None else max(self.clock, day)
        limit = self.settings.max_active - 1
        while self.active:
            oldest = next(iter(self.active.values()))
            old_day = oldest.features.day
            expired = (
                self.clock is not None
                and old_day is not None
                and self.clock - old_day > self.settings.window_days
            )
            if not expired and len(self.active) <= limit:
                break
            self._expire(oldest)

    def _expire(self, item: Active) -> None:
        del self.active[item.features.id]
        self.index.remove(item.features.id)
        self.scale.forget(item.features.id)
        self.df.remove(item.terms)
        self.touched.discard(item.features.id)
        self.expired.append(item.features.id)
        story = self.stories.get(item.story)
        if story is not None:
            story.active -= 1
            if story.active <= 0 and item.story not in self.changed:
                del self.stories[item.story]

    def flush(self) -> dict[str, list[str]]:
        """The articles each story gained since the last flush; forgets expired stories."""
        gained = {key: self.stories[key].members for key in sorted(self.changed)}
        for key in self.changed:
            story = self.stories[key]
            story.members = []
            if story.active <= 0:
                del self.stories[key]
        self.changed.clear()
        return gained


def _kth(values: np.ndarray, k: int, floor: float) -> float:
    if len(values) < k:
        return floor
    return max(float(np.partition(values, -k)[-k]), floor)
