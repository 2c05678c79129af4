"""Stories: group articles by the real-world event they report (batch, online, on Dask).

    group_stories(articles, settings) -> list[tuple[str, ...]]   (article-id groups)
    representative_title(articles) -> str
    OnlineStories: articles one at a time, memory bounded by the active window

See docs/stories.md for the method and its measured quality.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..embed import Embedder
from ..model import Article
from ..settings import StorySettings
from .online import OnlineStories
from .title import representative_title

__all__ = ["OnlineStories", "group_stories", "representative_title"]


def group_stories(
    articles: Sequence[Article],
    settings: StorySettings | None = None,
    embedder: Embedder | None = None,
) -> list[tuple[str, ...]]:
    """Group a pile into stories: article-id tuples, largest story first.

    Within a story, ids keep the input order. The embedder defaults to the packaged model
    (when ``settings.embeddings`` is on).
    """
    from .batch import group_articles

    groups = group_articles(articles, settings or StorySettings(), embedder)
    order = {a.id: i for i, a in enumerate(articles)}
    groups = [tuple(sorted(g, key=order.__getitem__)) for g in groups]
    groups.sort(key=lambda g: (-len(g), order[g[0]]))
    return groups
