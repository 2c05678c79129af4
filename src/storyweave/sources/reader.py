"""Sources -> RawDocuments: URLs, feeds, sitemaps, WARC files and URL lists, each page once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import FetchError
from ..model import InputProblem, RawDocument
from ..settings import FetchSettings
from .entries import Entry, Listing
from .feeds import parse_feed
from .http import HTML_TYPES, Fetched, Fetcher, HttpFetcher
from .kinds import classify, root_kind
from .pages import decode_html, page_meta
from .schedule import FetchQueue
from .sitemaps import gunzip_capped, parse_sitemap
from .urllists import read_url_list
from .urls import host_key, is_web_url, normalize_url
from .validators import MemoryValidators, SqliteValidators
from .warc import WarcPage, read_warc

Item = RawDocument | InputProblem
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class _Task:
    """A URL to fetch: a source (feed, sitemap, page: sniffed) or a listed article page."""

    url: str
    kind: str  # 'source' | 'page'
    depth: int = 0
    entry: Entry | None = None


@dataclass(slots=True)
class ReadStats:
    """Counters of one read, for progress lines and summaries."""

    pages: int = 0  # RawDocuments produced
    unchanged: int = 0  # feeds/sitemaps answered 304 Not Modified
    known: int = 0  # pages already in the store: not fetched again
    duplicates: int = 0  # the same URL or canonical URL met twice
    skipped: int = 0  # WARC records that are not HTML pages
    problems: int = 0


class KnownUrls:
    """URLs that already gave an article in the store (as its source or its URL).

    Read once, on first use, into a set: one scan per reader instead of one per link.
    Articles stored while the reader runs are covered by the reader's own ``seen`` set.
    """

    def __init__(self, store: object | None) -> None:
        self.conn = getattr(store, "conn", None)
        self._urls: set[str] | None = None

    def __contains__(self, url: str) -> bool:
        if self.conn is None:
            return False
        if self._urls is None:
            rows = self.conn.execute(
                "SELECT source FROM sources UNION SELECT url FROM articles WHERE url IS NOT NULL"
            )
            self._urls = {r[0] for r in rows}
        return url in self._urls


class SourceReader:
    """Reads sources one by one; every page is fetched at most once per reader."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        store: object | None = None,
        fetcher: Fetcher | None = None,
        progress: Progress | None = None,
        stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.stop = stop  # once true: nothing new is started, what was fetched comes out
        self.known = KnownUrls(store)
        self._own_fetcher = fetcher is None
        self._fetcher = fetcher
        self._store = store
        self._progress = progress
        self.seen: set[str] = set()
        self.stats = ReadStats()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:  # made on first use: reading a WARC file needs no client
            path = getattr(self._store, "path", None)
            validators = SqliteValidators(path) if path is not None else MemoryValidators()
            self._fetcher = HttpFetcher(self.settings, validators=validators)
        return self._fetcher

    def close(self) -> None:
        if self._own_fetcher and self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None

    def read(self, items: Iterable[str]) -> Iterator[Item]:
        """Local sources first (as they come), then everything fetched, several hosts at once."""
        queue: FetchQueue[_Task, Fetched | FetchError] = FetchQueue(
            self._work, lambda t: host_key(t.url), self._admit, self.settings.workers, self.stop
        )
        for item in items:
            if self.stop():
                return
            yield from self._counted(self._item(str(item), queue), stoppable=True)
        if queue.tasks:
            self.fetcher  # noqa: B018 (made here, in this thread, before the workers start)
            for task, result in queue.run():
                yield from self._counted(self._handle(task, result, queue))

    def _counted(self, items: Iterable[Item], stoppable: bool = False) -> Iterator[Item]:
        for out in items:
            if stoppable and self.stop():
                return  # a local file (a WARC) stops between two pages
            if isinstance(out, InputProblem):
                self.stats.problems += 1
            else:
                self.stats.pages += 1
            if self._progress:
                self._progress("fetch", self.stats.pages + self.stats.problems, 0)
            yield out

    # -- by kind -----------------------------------------------------------------------
    def _item(self, item: str, queue: FetchQueue) -> Iterator[Item]:
        kind = classify(item)
        if kind == "url":
            queue.tasks.append(_Task(url=item, kind="source"))
        elif kind == "warc":
            yield from self._warc(Path(item))
        elif kind == "urls":
            yield from self._url_list(Path(item), queue)
        elif kind in ("feed", "sitemap"):
            yield from self._listing_file(Path(item), kind, queue)
        else:
            yield InputProblem(source=item, message="not a source (expected an http(s) URL, "
                               "a feed, a sitemap, a WARC file or a URL list)")

    def _work(self, task: _Task) -> Fetched | FetchError:
        """Runs on a worker thread: the fetch itself, nothing shared but the fetcher."""
        kind = "page" if task.kind == "page" else "any"
        try:
            return self.fetcher.fetch(task.url, kind=kind, conditional=task.kind == "source")
        except FetchError as exc:
            return exc

    def _admit(self, task: _Task) -> bool:
        url = normalize_url(task.url)
        if self._skip(url):
            return False
        self.seen.add(url)
        return True

    def _handle(self, task: _Task, result: Fetched | FetchError, queue: FetchQueue
                ) -> Iterator[Item]:
        if isinstance(result, FetchError):
            where = f" (listed in {task.entry.where})" if task.entry else ""
            yield InputProblem(source=task.url, message=f"{result.message}{where}")
        elif task.entry is not None:
            yield from self._page_document(task.entry, result)
        else:
            yield from self._source(task, result, queue)

    def _source(self, task: _Task, fetched: Fetched, queue: FetchQueue) -> Iterator[Item]:
        kind = _fetched_kind(fetched)
        if fetched.not_modified:
            self.stats.unchanged += 1
        if kind in ("feed", "sitemap"):
            listing = self._parse(fetched.body, task.url, kind, fetched.final_url)
            yield from self._listing(listing, task.url, task.depth, queue)
        elif kind == "html":
            if not fetched.not_modified:
                yield from self._page_document(Entry(url=task.url, where=task.url), fetched)
        else:
            yield InputProblem(source=task.url, message="neither an HTML page, a feed nor a "
                               f"sitemap (content type {fetched.content_type or 'not given'})")

    def _listing_file(self, path: Path, kind: str, queue: FetchQueue) -> Iterator[Item]:
        try:
            data = gunzip_capped(path.read_bytes(), self.settings.max_bytes)
        except (OSError, ValueError) as exc:
            yield InputProblem(source=str(path), message=f"cannot read ({_reason(exc)})")
            return
        listing = self._parse(data, str(path), kind, None)
        yield from self._listing(listing, str(path), 0, queue)

    def _parse(self, data: bytes, source: str, kind: str, base: str | None) -> Listing:
        s = self.settings
        if kind == "feed":
            return parse_feed(data, source, base_url=base, max_entries=s.max_feed_entries)
        try:
            data = gunzip_capped(data, s.max_bytes)
        except ValueError as exc:
            return Listing(problems=(str(exc),))
        return parse_sitemap(data, source, base_url=base, max_urls=s.max_sitemap_urls)

    def _listing(self, listing: Listing, source: str, depth: int, queue: FetchQueue
                 ) -> Iterator[Item]:
        for message in listing.problems:
            yield InputProblem(source=source, message=message)
        for child in listing.children:
            if depth + 1 > self.settings.max_depth:
                yield InputProblem(source=child, message="nested deeper than "
                                   f"{self.settings.max_depth} levels of sitemaps/lists "
                                   "(max_depth); not followed")
            else:
                queue.tasks.append(_Task(url=child, kind="source", depth=depth + 1))
        for i, entry in enumerate(listing.entries, start=1):
            if entry.url and not is_web_url(entry.url):
                yield InputProblem(source=entry.where, message="link is not an absolute "
                                   f"http(s) URL: {entry.url[:80]!r}")
            elif entry.url:
                queue.tasks.append(_Task(url=entry.url, kind="page", entry=entry))
            elif entry.html:
                yield self._document(f"{source}#{i}", entry, entry.html, None, None)
            else:
                yield InputProblem(source=entry.where, message="entry has no link and no content")

    def _url_list(self, path: Path, queue: FetchQueue) -> Iterator[Item]:
        for found in read_url_list(path, self.settings.max_bytes):
            if isinstance(found, InputProblem):
                yield found
            else:
                queue.tasks.append(_Task(url=found[1], kind="source", depth=1))

    def _warc(self, path: Path) -> Iterator[Item]:
        for page in read_warc(path, self.settings.max_bytes):
            if page is None:
                self.stats.skipped += 1
            elif isinstance(page, InputProblem):
                yield page
            else:
                yield from self._warc_page(page)

    # -- pages -------------------------------------------------------------------------
    def _skip(self, url: str) -> bool:
        """True (and counted) when this URL was met before, here or in the store."""
        if url in self.seen:
            self.stats.duplicates += 1
            return True
        if url in self.known:
            self.stats.known += 1
            return True
        return False

    def _page_document(self, entry: Entry, fetched: Fetched) -> Iterator[Item]:
        html = decode_html(fetched.body, fetched.charset)
        source = normalize_url(entry.url or fetched.url)
        self.seen.add(source)
        doc = self._unique_document(source, entry, html, fetched.final_url)
        if doc is not None:
            yield doc

    def _warc_page(self, page: WarcPage) -> Iterator[Item]:
        url = normalize_url(page.url) if page.url else None
        if url and self._skip(url):
            return
        if url:
            self.seen.add(url)
        html = decode_html(page.body, page.charset)
        entry = Entry(url=url, where=page.source)
        doc = self._unique_document(page.source, entry, html, page.url)
        if doc is not None:
            yield doc

    def _unique_document(
        self, source: str, entry: Entry, html: str, final_url: str | None
    ) -> RawDocument | None:
        """The page as a RawDocument, unless its canonical URL was met already."""
        meta = page_meta(html, final_url) if final_url else None
        final = normalize_url(final_url) if final_url else None
        canonical = (meta.canonical if meta else None) or final
        own = {source, normalize_url(entry.url) if entry.url else None}
        for url in (final, canonical):
            if url and url not in own:
                if self._skip(url):
                    return None
                self.seen.add(url)
                own.add(url)
        return self._document(source, entry, html, canonical, meta.outlet if meta else None)

    @staticmethod
    def _document(source: str, entry: Entry, html: str, url: str | None,
                  outlet: str | None) -> RawDocument:
        return RawDocument(
            source=source, html=html, url=url or entry.url, title=entry.title,
            published=entry.published, outlet=outlet or entry.outlet, byline=entry.byline,
        )


def _fetched_kind(fetched: Fetched) -> str | None:
    sniffed = root_kind(gunzip_head(fetched.body))
    if sniffed:
        return sniffed
    return "html" if fetched.content_type in HTML_TYPES else None


def gunzip_head(body: bytes) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body[:8192]
    import zlib

    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(body, 8192)
    except zlib.error:
        return b""


def _reason(exc: Exception) -> str:
    return getattr(exc, "strerror", None) or str(exc)
