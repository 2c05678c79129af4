"""Facts: quantities, quotes, entities and dates, cross-checked across a story.

    cross_check(articles, accounts) -> tuple[Fact, ...]

``articles`` are one story's articles (by date, then id); ``accounts`` the provenance
partition into independent accounts. Facts come conflicts first.
"""

from __future__ import annotations

from .crosscheck import cross_check, extract_mentions

__all__ = ["cross_check", "extract_mentions"]
