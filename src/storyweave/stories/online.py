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
from dataclasses import dataclass, field, replace

import numpy as np

from ..embed import Embedder
from ..model import Article
from ..settings import StorySettings
from .batch import floors as _floors
from .candidates import CandidateIndex
from .features import EMBED_WORDS, DocFreq, Features, Terms, compact, event_text, terms_of
from .similarity import Scale, similarities


@dataclass(slots=True, kw_only=True)
class Active:
    """One article of the active window: what is needed to compare with it and to expire it."""

    terms: Terms
    features: Features
    story: str
    seq: int
    text: str = ""  # what the embedder reads (title + lead), kept until it has embedded it


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

    def __init__(
        self,
        settings: StorySettings,
        embedder: Embedder | None = None,
        static: Embedder | None = None,
    ) -> None:
        """``embedder`` judges the gate (default: the packaged MiniLM); ``static`` screens it
        first (default: the static embedder distilled from it, unless ``embedder`` is given:
        a caller's own embedder is not screened unless a ``static`` is given too)."""
        self.settings = settings
        self.embedder = embedder
        self.static = static
        self.screen = (
            settings.embeddings
            and settings.static_gate
            and (static is not None or embedder is None)
        )
        self.df = DocFreq()
        self.index = CandidateIndex(
            settings.blocking_terms, settings.max_candidates, settings.max_postings
        )
        self.scale = Scale(settings.neighbours, settings.min_scale)
        self.active: OrderedDict[str, Active] = OrderedDict()
        self.stories: dict[str, StoryState] = {}
        self.clock: float | None = None  # newest day seen
        self.seq = 0
        self.embedded = 0  # articles embedded so far (the gate embeds only when it judges)
        self.screened = 0  # stories the static embedder decided without the transformer
        self.changed: set[str] = set()  # story keys that gained articles
        self.touched: set[str] = set()  # active articles whose saved state is stale
        self.expired: list[str] = []  # articles that left the window

    # -- adding ----------------------------------------------------------------------
    def add(self, article: Article, dense: np.ndarray | None = None) -> str:
        """Place one article; returns the key of its story.

        The article is embedded only when the embedding gate has to judge: when some story
        passes the text floors with a mean relative similarity below ``embed_below``.
        """
        terms, f = self._arrive(article)
        if dense is not None:
            f = _with_dense(f, dense)
        key, f = self._best_story(f, article)
        text = event_text(article, EMBED_WORDS) if f.dense is None else ""
        self._place(terms, f, key or article.id, text)
        return key or article.id

    def add_all(self, articles: Iterable[Article]) -> list[str]:
        """Place many articles in the order given; returns their story keys."""
        return [self.add(a) for a in articles]

    def seed(self, articles: Iterable[Article], story_of: dict[str, str]) -> list[str]:
        """Place articles (in the order given) into stories already decided for them, e.g.
        by the batch grouping of a first pile; ``story_of`` maps article id -> story key.
        Later articles then join these stories online as usual."""
        keys = []
        for article in articles:
            terms, f = self._arrive(article)
            key = story_of.get(article.id, article.id)
            self._place(terms, f, key, event_text(article, EMBED_WORDS))
            keys.append(key)
        return keys

    def _arrive(self, article: Article) -> tuple[Terms, Features]:
        """An arriving article's terms (undated: the newest day seen) and weighted features;
        moves the window forward and counts its terms in the document frequencies."""
        terms = terms_of(article, self.settings.lead_words)
        if terms.day is None and self.clock is not None:
            terms = Terms(id=terms.id, words=terms.words, names=terms.names, day=self.clock)
        self._advance(terms.day)
        self.df.add(terms)
        f = self.df.weigh(terms, self.settings.max_terms)
        if self.screen:
            f = replace(f, quick=self._static().encode([event_text(article, EMBED_WORDS)])[0])
        return terms, f

    def _static(self) -> Embedder:
        if self.static is None:
            from ..static_embed import static_embedder

            self.static = static_embedder(self.settings.embed_model, self.settings.embed_tokens)
        return self.static

    def _embed(self, texts: list[str]) -> np.ndarray:
        if self.embedder is None:
            from ..embed import default_embedder

            self.embedder = default_embedder(self.settings.embed_model, self.settings.embed_tokens)
        self.embedded += len(texts)
        return self.embedder.encode(texts)

    def _best_story(self, f: Features, article: Article) -> tuple[str | None, Features]:
        ids = [i for i in self.index.query(f) if i in self.active]
        if not ids:
            return None, f
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
        keys, means = self._means(stories, rows)
        floors = np.array(_floors(self.settings))
        ok = np.all(means[:, :3] >= floors[:3], axis=1)
        if not ok.any():
            return None, f
        unsure = ok & (means[:, 0] < self.settings.embed_below)
        if self.settings.embeddings and unsure.any():
            judge = {keys[k] for k in np.flatnonzero(unsure)}
            f, means[:, 3] = self._judge(f, article, (ids, stories, sims[:, 0]), keys, judge)
            ok = np.all(means >= floors, axis=1)
            if not ok.any():
                return None, f
        best = np.flatnonzero(ok)[np.argmax(means[ok, 0])]
        return keys[int(best)], f

    def _judge(
        self,
        f: Features,
        article: Article,
        compared: tuple[list[str], list[str], np.ndarray],
        keys: list[str],
        judge: set[str],
    ) -> tuple[Features, np.ndarray]:
        """Each story's embedding similarity once the gate has judged the ``judge`` stories:
        the static screen decides what it can (+inf passes, -inf fails), the transformer
        the rest (its mean cosine over the members it has vectors for; 1.0 where none)."""
        ids, stories, text = compared
        decided = self._screen(f, ids, stories, judge) if self.screen else {}
        if judge - decided.keys():
            f = self._gate(f, article, compared, judge - decided.keys())
        column = self._dense_means(f, ids, stories, keys)
        for k, passed in decided.items():
            column[keys.index(k)] = np.inf if passed else -np.inf
        return f, column

    def _dense_means(
        self, f: Features, ids: list[str], stories: list[str], keys: list[str]
    ) -> np.ndarray:
        if f.dense is None:
            return np.ones(len(keys))
        at = {k: n for n, k in enumerate(keys)}
        which, sims = [], []
        for i, s in zip(ids, stories, strict=True):
            dense = self.active[i].features.dense
            if dense is not None:
                which.append(at[s])
                sims.append(float(f.dense @ dense))
        sums = np.bincount(which, weights=sims, minlength=len(keys))
        counts = np.bincount(which, minlength=len(keys))
        return np.where(counts > 0, sums / np.maximum(counts, 1), 1.0)

    def _screen(
        self, f: Features, ids: list[str], stories: list[str], judge: set[str]
    ) -> dict[str, bool]:
        """The stories the static embedder decides alone (True: the gate passes, False: it
        fails), from their mean static similarity over the compared members."""
        if f.quick is None:
            return {}
        sims = np.full(len(ids), np.nan)
        for n, (i, s) in enumerate(zip(ids, stories, strict=True)):
            quick = self.active[i].features.quick
            if s in judge and quick is not None:
                sims[n] = float(f.quick @ quick)
        keys, means = self._means(stories, sims[:, None])
        low, high = self.settings.static_fail, self.settings.static_pass
        decided = {
            k: bool(m >= high)
            for k, m in zip(keys, means[:, 0].tolist(), strict=True)
            if k in judge and not np.isnan(m) and (m < low or m >= high)
        }
        self.screened += len(decided)
        return decided

    def _gate(
        self,
        f: Features,
        article: Article,
        compared: tuple[list[str], list[str], np.ndarray],
        unsure: set[str],
    ) -> Features:
        """Embed the article and the ``gate_members`` textually closest compared members of
        each unsure story (0: all of them) that lack vectors."""
        ids, stories, text = compared
        limit = self.settings.gate_members or len(ids)
        taken: dict[str, int] = {}
        need = []
        for n in np.argsort(-text, kind="stable").tolist():
            s = stories[n]
            if s in unsure and taken.get(s, 0) < limit:
                taken[s] = taken.get(s, 0) + 1
                if self.active[ids[n]].features.dense is None:
                    need.append(ids[n])
        own = [event_text(article, EMBED_WORDS)] if f.dense is None else []
        todo = own + [self.active[i].text for i in need]
        if not todo:
            return f
        vectors = list(self._embed(todo))
        if f.dense is None:
            f = _with_dense(f, vectors.pop(0))
        for i, v in zip(need, vectors, strict=True):
            item = self.active[i]
            item.features = _with_dense(item.features, v)
            item.text = ""
            self.touched.add(i)
        return f

    def _means(self, stories: list[str], rows: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Each candidate story's mean similarities over its compared members (for a large
        story, its closest members rather than all of them)."""
        keys = sorted(set(stories))
        at = {k: n for n, k in enumerate(keys)}
        which = np.fromiter((at[k] for k in stories), dtype=np.int64, count=len(stories))
        sums = np.zeros((len(keys), rows.shape[1]))
        np.add.at(sums, which, rows)
        counts = np.bincount(which, minlength=len(keys)).astype(float)
        active = np.array([self.stories[k].active for k in keys], dtype=float)
        return keys, sums / np.maximum(np.minimum(active, counts), 1.0)[:, None]

    def _place(self, terms: Terms, f: Features, key: str, text: str) -> None:
        self.seq += 1
        self.active[f.id] = Active(
            terms=compact(terms), features=f, story=key, seq=self.seq, text=text
        )
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
        """The articles each story gained since the last flush; forgets expired stories and
        the list of expired articles (read ``expired`` before, to act on it)."""
        gained = {key: self.stories[key].members for key in sorted(self.changed)}
        self.expired = []
        for key in self.changed:
            story = self.stories[key]
            story.members = []
            if story.active <= 0:
                del self.stories[key]
        self.changed.clear()
        return gained


def _with_dense(f: Features, dense: np.ndarray) -> Features:
    return replace(f, dense=dense)


def _kth(values: np.ndarray, k: int, floor: float) -> float:
    if len(values) < k:
        return floor
    return max(float(np.partition(values, -k)[-k]), floor)
