"""Cited summaries: a short account of a story where every sentence names its sources.

STUB: to be replaced by the summary owner. Interface:
    summarize(articles, accounts, facts, settings) -> (tuple[SummarySentence, ...], tuple[TimelineEvent, ...])
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Fact, SummarySentence, TimelineEvent
from ..settings import SummarySettings


def summarize(
    articles: Sequence[Article],
    accounts: Sequence[Sequence[str]],
    facts: Sequence[Fact],
    settings: SummarySettings | None = None,
) -> tuple[tuple[SummarySentence, ...], tuple[TimelineEvent, ...]]:
    return (), ()
