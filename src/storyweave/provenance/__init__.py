"""Provenance: who copies whom inside a story, and the independent accounts.

``trace(articles, settings)`` aligns every pair of a story's articles (sorted by date then
id), builds the derivation graph and partitions the articles into independent accounts.
``align(a, b)`` is the public aligner (shared passages with spans on both sides).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Edge
from ..settings import ProvenanceSettings
from .align import Alignment, StoryAlignment, align
from .derive import derive

__all__ = ["Alignment", "StoryAlignment", "align", "trace"]


def trace(
    articles: Sequence[Article],
    settings: ProvenanceSettings | None = None,
    *,
    embedder: object | None = None,
) -> tuple[tuple[Edge, ...], tuple[tuple[str, ...], ...]]:
    """Derivation edges (source -> target) and independent accounts of one story."""
    settings = settings or ProvenanceSettings()
    if len(articles) < 2:
        return (), tuple((a.id,) for a in articles)
    story = StoryAlignment(articles, settings, embedder)
    return derive(story, settings)
