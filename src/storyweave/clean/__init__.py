"""Cleaning: scraped text or HTML -> Article (body, title, byline, outlet, date) + what was removed.

STUB: to be replaced by the cleaning owner. Interface:
    clean_documents(raws, settings, progress) -> (list[Article], list[InputProblem])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..ids import article_id
from ..model import Article, InputProblem, RawDocument
from ..sentences import split_sentences
from ..settings import CleanSettings


def clean_documents(
    raws: Sequence[RawDocument],
    settings: CleanSettings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[list[Article], list[InputProblem]]:
    articles = []
    for raw in raws:
        text = "\n\n".join(p.strip() for p in (raw.text or "").split("\n") if p.strip())
        articles.append(
            Article(
                id=article_id(text),
                source=raw.source,
                text=text,
                title=raw.title,
                sentences=split_sentences(text),
            )
        )
    return articles, []
