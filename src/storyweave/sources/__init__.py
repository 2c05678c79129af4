"""Real sources: web URLs, RSS/Atom feeds, sitemaps, WARC archives and URL lists -> RawDocuments.

Routing: ``is_source(item)`` says whether an input belongs here (everything else is for
``ingest.read_inputs``); ``read_sources(items, settings)`` reads them. Pages come out as
``RawDocument.html`` with their canonical URL; the cleaning stage extracts the article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from ..model import InputProblem, RawDocument
from ..settings import FetchSettings
from .http import Fetched, Fetcher, HttpFetcher
from .kinds import classify
from .reader import ReadStats, SourceReader

__all__ = [
    "Fetched", "Fetcher", "HttpFetcher", "ReadStats", "SourceReader", "is_source",
    "read_sources",
]


def is_source(item: str) -> bool:
    """True for an http(s) URL, a WARC file, a URL list (``*.urls``, ``*.urls.txt``,
    ``urls.txt``), a feed file (``.rss``, ``.atom``, ``.rdf``, or ``.xml`` with a feed root)
    or a sitemap file (``.xml``/``.xml.gz`` with a ``<urlset>``/``<sitemapindex>`` root)."""
    return classify(str(item)) is not None


def read_sources(
    items: Iterable[str],
    settings: FetchSettings | None = None,
    *,
    store: object | None = None,
    fetcher: Fetcher | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> Iterator[RawDocument | InputProblem]:
    """Read every source; a bad one becomes an InputProblem and the rest goes on.

    With ``store`` (a ``storyweave.store.Store``), pages already stored are not fetched
    again and ETag/Last-Modified validators persist in the store file, so polling is cheap.
    """
    reader = SourceReader(settings, store=store, fetcher=fetcher, progress=progress)
    try:
        yield from reader.read(items)
    finally:
        reader.close()
