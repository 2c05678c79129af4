"""Stories: group articles by the real-world event they report.

STUB: to be replaced by the stories owner. Interface:
    group_stories(articles, settings) -> list[tuple[str, ...]]   (article-id groups)
    representative_title(articles) -> str
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article
from ..settings import StorySettings


def group_stories(
    articles: Sequence[Article], settings: StorySettings | None = None
) -> list[tuple[str, ...]]:
    return [(a.id,) for a in articles]


def representative_title(articles: Sequence[Article]) -> str:
    for a in articles:
        if a.title:
            return a.title
    return articles[0].text[:80] if articles else ""
