"""Fetching over HTTP(S) with httpx: politely, safely, and cheaply when nothing changed.

``HttpFetcher`` is the default ``Fetcher``: a clear User-Agent, robots.txt obeyed, a per-host
rate limit, retries with exponential backoff on connect errors, 429 and 5xx (Retry-After
honoured), redirects followed by hand (each hop re-checked: scheme, address, robots.txt),
responses streamed and cut off past a size cap, content types checked, and conditional
requests (ETag / Last-Modified) for polled resources.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from ..errors import FetchError
from ..settings import FetchSettings
from .guard import AddressPolicy, AddressRefused, GuardedTransport
from .ratelimit import HostRateLimiter
from .robots import RobotsCache
from .urls import host_key, resolve_link
from .validators import CachedResponse, MemoryValidators, ValidatorStore

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset({
    "application/xml", "text/xml", "application/rss+xml", "application/atom+xml",
    "application/rdf+xml", "application/x-rss+xml", "application/gzip", "application/x-gzip",
})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
MAX_CRAWL_DELAY_S = 60.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """A fetched resource: where it ended up, what it is, and its bytes."""

    url: str  # as asked
    final_url: str  # after redirects
    content_type: str | None  # media type, lower case, without parameters
    charset: str | None = None
    body: bytes = b""
    not_modified: bool = False  # 304: body is the one kept from last time (if any)


class Fetcher(Protocol):
    """The seam between storyweave and the network."""

    def fetch(self, url: str, *, kind: str = "page", conditional: bool = False) -> Fetched:
        """Fetch ``url``; kind 'page' accepts HTML only, 'any' also XML feeds and sitemaps.

        Raises FetchError (with the URL and a one-line reason) when it cannot.
        """
        ...

    def close(self) -> None: ...


def media_type(header: str | None) -> tuple[str | None, str | None]:
    """('text/html', 'utf-8') from 'text/html; charset=UTF-8'."""
    if not header:
        return None, None
    parts = [p.strip() for p in header.split(";")]
    charset = next(
        (p.split("=", 1)[1].strip("\"' ").lower() for p in parts[1:]
         if p.lower().startswith("charset=")),
        None,
    )
    return parts[0].lower() or None, charset


def retry_after_s(header: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not header:
        return None
    try:
        return max(0.0, float(header.strip()))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: httpx.Headers
    body: bytes


class HttpFetcher:
    """The default fetcher (see the module docstring). Close it, or use it as a context."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        validators: ValidatorStore | None = None,
        policy: AddressPolicy | None = None,
        ssl_context: ssl.SSLContext | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = s = settings or FetchSettings()
        self.policy = policy or AddressPolicy(s.allow_private, s.allowed_networks)
        self.validators = validators if validators is not None else MemoryValidators()
        self.client = httpx.Client(
            transport=GuardedTransport(self.policy, ssl_context=ssl_context),
            timeout=httpx.Timeout(s.timeout_s),
            headers={"User-Agent": s.user_agent},
            follow_redirects=False,
            trust_env=False,
        )
        self._sleep = sleep
        self._limiter = HostRateLimiter(sleep=sleep)
        self._robots = RobotsCache(self._robots_get, ttl_s=s.robots_ttl_s)

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()
        close = getattr(self.validators, "close", None)
        if close is not None:
            close()

    # -- the public call ---------------------------------------------------------------
    def fetch(self, url: str, *, kind: str = "page", conditional: bool = False) -> Fetched:
        cached = self.validators.get(url) if conditional else None
        headers = {"Accept": _accept(kind)}
        if cached and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        try:
            return self._follow(url, headers, kind, cached, conditional)
        except FetchError as exc:
            if exc.url == url:
                raise
            raise type(exc)(url, exc.message) from exc  # name the URL the caller asked for

    def _follow(
        self, url: str, headers: dict[str, str], kind: str, cached: CachedResponse | None,
        conditional: bool,
    ) -> Fetched:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self._check_hop(url, current)
            answer = self._send(url, current, headers, kind)
            location = answer.headers.get("location")
            if answer.status in REDIRECTS and location:
                current = resolve_link(current, location)
                continue
            return self._finish(url, current, answer, cached, conditional)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    def _check_hop(self, url: str, current: str) -> None:
        scheme = urlsplit(current).scheme.lower()
        if scheme not in ("http", "https"):
            raise FetchError(url, f"redirected to a non-HTTP URL ({current})")
        if self.settings.obey_robots:
            why = self._robots.check(self.settings.user_agent, current)
            if why:
                where = "" if current == url else f" (redirected to {current})"
                raise FetchError(url, f"{why}{where}")

    def _finish(
        self, url: str, final: str, answer: _Answer, cached: CachedResponse | None,
        conditional: bool,
    ) -> Fetched:
        ctype, charset = media_type(answer.headers.get("content-type"))
        if answer.status == 304 and cached is not None:
            return Fetched(url=url, final_url=final, content_type=cached.content_type,
                           body=cached.body or b"", not_modified=True)
        if not 200 <= answer.status < 300:
            raise FetchError(url, f"HTTP {answer.status} {_reason(answer.status)}".rstrip())
        etag, modified = answer.headers.get("etag"), answer.headers.get("last-modified")
        if conditional and (etag or modified) and ctype not in HTML_TYPES:
            # only listings: their kept body lets a 304 still list entries. A page's 304
            # would carry nothing to read, so pages are always fetched whole.
            self.validators.put(CachedResponse(url=url, etag=etag, last_modified=modified,
                                               content_type=ctype, body=answer.body))
        return Fetched(url=url, final_url=final, content_type=ctype, charset=charset,
                       body=answer.body)

    # -- one request, retried ------------------------------------------------------------
    def _send(self, url: str, current: str, headers: dict[str, str], kind: str) -> _Answer:
        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            self._limiter.wait(host_key(current), self._delay(current, kind))
            try:
                with self.client.stream("GET", current, headers=headers) as resp:
                    status = resp.status_code
                    if _retryable(status) and not last:
                        self._sleep(self._retry_wait(url, resp, attempt))
                        continue
                    body = self._read(url, resp, kind) if 200 <= status < 300 else b""
                    return _Answer(status, resp.headers, body)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                if last:
                    raise FetchError(url, f"cannot connect ({_why(exc)})") from exc
                self._sleep(s.backoff_s * 2**attempt)
            except httpx.TimeoutException as exc:
                raise FetchError(url, f"timed out after {s.timeout_s:g}s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(url, f"HTTP failure ({_why(exc)})") from exc
        raise FetchError(url, "no answer")  # pragma: no cover (the loop always returns)

    def _delay(self, url: str, kind: str) -> float:
        delay = self.settings.per_host_delay_s
        if self.settings.obey_robots and kind != "robots":
            crawl = self._robots.rules(url).crawl_delay(self.settings.user_agent)
            delay = max(delay, min(crawl, MAX_CRAWL_DELAY_S))
        return delay

    def _retry_wait(self, url: str, resp: httpx.Response, attempt: int) -> float:
        asked = retry_after_s(resp.headers.get("retry-after"))
        if asked is None:
            return self.settings.backoff_s * 2**attempt
        if asked > self.settings.max_retry_after_s:
            raise FetchError(url, f"HTTP {resp.status_code}; the server asks to retry after "
                                  f"{asked:.0f}s (more than max_retry_after_s)")
        return asked

    def _read(self, url: str, resp: httpx.Response, kind: str) -> bytes:
        ctype, _ = media_type(resp.headers.get("content-type"))
        allowed = HTML_TYPES if kind == "page" else HTML_TYPES | XML_TYPES
        if kind != "robots" and ctype is not None and ctype not in allowed:
            wanted = "an HTML page" if kind == "page" else "HTML, XML, a feed or a sitemap"
            raise FetchError(url, f"unsupported content type {ctype} (expected {wanted})")
        cap = self.settings.max_bytes
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"response of {int(declared):,} bytes is over the "
                                  f"{cap:,}-byte cap (max_bytes)")
        chunks, size = [], 0
        deadline = time.monotonic() + 3 * self.settings.timeout_s
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(url, f"response over the {cap:,}-byte cap (max_bytes); cut off")
            if time.monotonic() > deadline:
                raise FetchError(url, f"body still arriving after {3 * self.settings.timeout_s:g}s")
            chunks.append(chunk)
        return b"".join(chunks)

    # -- robots.txt --------------------------------------------------------------------
    def _robots_get(self, robots_url: str) -> tuple[int, bytes]:
        current = robots_url
        try:
            for _hop in range(self.settings.max_redirects + 1):
                answer = self._send(robots_url, current, {"Accept": "text/plain"}, "robots")
                location = answer.headers.get("location")
                if answer.status in REDIRECTS and location:
                    current = resolve_link(current, location)
                    continue
                return answer.status, answer.body
        except AddressRefused:
            raise
        except FetchError as exc:
            return 0, exc.message.encode()
        return 0, b"too many redirects"


def _retryable(status: int) -> bool:
    """429 Too Many Requests and server errors that may pass (not 501, 505)."""
    return status == 429 or (500 <= status < 600 and status not in (501, 505))


def _accept(kind: str) -> str:
    if kind == "page":
        return "text/html,application/xhtml+xml;q=0.9"
    return ("application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,"
            "text/html;q=0.8,*/*;q=0.1")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _why(exc: Exception) -> str:
    return str(exc) or type(exc).__name__
