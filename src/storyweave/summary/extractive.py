"""The default summary: chosen source sentences, each citing every article that supports it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..facts.dates import published_day, relative_day
from ..model import Article, Fact, SummarySentence
from .contested import flag
from .select import candidates, choose, concept_weights
from .support import SupportIndex
from .units import Unit, story_units
from .vectors import unit_vectors


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryText:
    """A story's units, their vectors and the support index over them."""

    groups: tuple[tuple[Unit, ...], ...]
    units: tuple[Unit, ...]
    vectors: np.ndarray
    index: SupportIndex
    published: dict[str, date | None]


def prepare(articles: Sequence[Article], embedder: object) -> StoryText:
    groups = tuple(tuple(g) for g in story_units(articles))
    vectors = unit_vectors(groups, embedder)
    return StoryText(
        groups=groups,
        units=tuple(u for g in groups for u in g),
        vectors=vectors,
        index=SupportIndex(groups, vectors),
        published={a.id: published_day(a) for a in articles},
    )


def extract(
    story: StoryText, accounts: Sequence[Sequence[str]], facts: Sequence[Fact], words: int
) -> tuple[SummarySentence, ...]:
    """Sentences within ``words``, in story order, cited and flagged when contested."""
    weights = concept_weights(story.groups, accounts)
    chosen = choose(story.units, story.vectors, weights, words, candidates(story.groups))
    out = []
    for i in chosen:
        u = story.units[i]
        cites = story.index.citations(u.text, u.content, story.vectors[i], must=u)
        day = relative_day(u.text, story.published.get(u.article))
        out.append(flag(SummarySentence(text=u.text, citations=cites,
                                        day=day.isoformat() if day else None), facts))
    return tuple(out)
