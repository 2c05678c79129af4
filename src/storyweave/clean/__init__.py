"""Cleaning: scraped text or HTML -> Article (body, title, byline, outlet, date) + what was removed.

clean_documents(raws, settings, progress) -> (list[Article], list[InputProblem])
clean_document(raw) -> Article            (raises CleaningError when nothing is left)
body_lines(split_lines(text)) -> bool per line (the line-level answer the evaluation scores)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Article, InputProblem, RawDocument
from ..settings import CleanSettings
from .cleaner import CleaningError, clean_document
from .decide import body_lines
from .lines import split_lines
from .repetition import outlet_boilerplate

__all__ = ["clean_documents", "clean_document", "body_lines", "split_lines", "CleaningError"]


def clean_documents(
    raws: Sequence[RawDocument],
    settings: CleanSettings | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[list[Article], list[InputProblem]]:
    """Clean a batch; a document that cannot be cleaned becomes an InputProblem, the rest go on.

    Lines that repeat across several pages of the same outlet in the batch are removed as
    page furniture (a signal one page alone cannot give).
    """
    settings = settings or CleanSettings()
    shared = outlet_boilerplate(raws, settings.repeated_min_pages)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for done, raw in enumerate(raws, 1):
        try:
            articles.append(clean_document(raw, settings, shared.get(raw.source, frozenset())))
        except CleaningError as exc:
            problems.append(InputProblem(source=raw.source, message=str(exc)))
        if progress is not None:
            progress("clean", done, len(raws))
    return articles, problems
