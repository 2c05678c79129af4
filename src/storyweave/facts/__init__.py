"""Facts: quantities, quotes, entities and dates, cross-checked across a story.

STUB: to be replaced by the facts owner. Interface:
    cross_check(articles, accounts) -> tuple[Fact, ...]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Fact


def cross_check(
    articles: Sequence[Article], accounts: Sequence[Sequence[str]]
) -> tuple[Fact, ...]:
    return ()
