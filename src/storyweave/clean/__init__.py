"""Cleaning: scraped text or HTML -> Article (body, title, byline, outlet, date) + what was removed.

clean_documents(raws, settings, progress) -> (list[Article], list[InputProblem])
clean_document(raw) -> Article            (raises CleaningError when nothing is left)
body_lines(split_lines(text)) -> bool per line (the line-level answer the evaluation scores)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import Article, InputProblem, RawDocument
from ..settings import CleanSettings
from .cleaner import CleaningError, clean_batch, clean_document, scraped
from .decide import body_lines
from .lines import split_lines
from .metadata import find_outlet
from .repetition import outlet_boilerplate

BATCH_PAGES = 64  # inputs cleaned together (line features computed at once)

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
    split = [split_lines(raw.text or "") if scraped(raw) else None for raw in raws]  # once
    outlets = [find_outlet(x.text, []) if x is not None else None for x in split]  # once
    shared = outlet_boilerplate(raws, settings.repeated_min_pages, split, outlets)
    articles: list[Article] = []
    problems: list[InputProblem] = []
    for start in range(0, len(raws), BATCH_PAGES):  # features of many pages at once
        chunk = raws[start : start + BATCH_PAGES]
        boilerplate = [shared.get(raw.source, frozenset()) for raw in chunk]
        part = slice(start, start + BATCH_PAGES)
        found = clean_batch(chunk, settings, boilerplate, split[part], outlets[part])
        for done, (raw, got) in enumerate(zip(chunk, found, strict=True), start + 1):
            if isinstance(got, CleaningError):
                problems.append(InputProblem(source=raw.source, message=str(got)))
            else:
                articles.append(got)
            if progress is not None:
                progress("clean", done, len(raws))
    return articles, problems
