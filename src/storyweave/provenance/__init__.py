"""Provenance: who copies whom inside a story, and the independent accounts.

STUB: to be replaced by the provenance owner. Interface:
    trace(articles, settings) -> (tuple[Edge, ...], tuple[tuple[str, ...], ...])
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Edge
from ..settings import ProvenanceSettings


def trace(
    articles: Sequence[Article], settings: ProvenanceSettings | None = None
) -> tuple[tuple[Edge, ...], tuple[tuple[str, ...], ...]]:
    return (), tuple((a.id,) for a in articles)
