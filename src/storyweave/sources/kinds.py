"""Which kind of source an input is: a web URL, a WARC file, a URL list, a feed or a sitemap."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Literal

from .urllists import is_url_list
from .urls import is_web_url

Kind = Literal["url", "warc", "urls", "feed", "sitemap"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".rdf")
XML_SUFFIXES = (".xml", ".xml.gz")
_FIRST_TAG = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_SKIP = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)", re.S | re.I)


def root_kind(head: bytes) -> Literal["feed", "sitemap", "html"] | None:
    """What the first element of a document says it is (from its first few KB)."""
    head = head.lstrip(b"\xef\xbb\xbf")
    pos = 0
    while match := _SKIP.match(head, pos):
        pos = match.end()
    match = _FIRST_TAG.search(head, pos)
    if not match:
        return None
    name = match.group(2).lower()
    if name in (b"rss", b"feed", b"rdf"):
        return "feed"
    if name in (b"urlset", b"sitemapindex"):
        return "sitemap"
    return "html" if name in (b"html", b"head", b"body") else None


def _file_head(path: Path, size: int = 8192) -> bytes:
    try:
        with path.open("rb") as fh:
            head = fh.read(size)
        if head[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as fh:
                head = fh.read(size)
    except (OSError, EOFError):
        return b""
    return head


def classify(item: str) -> Kind | None:
    """The kind of source ``item`` is, or None when it is for the file readers (ingest)."""
    if is_web_url(item):
        return "url"
    name = Path(item).name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if is_url_list(item):
        return "urls"
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    if name.endswith(XML_SUFFIXES) and Path(item).is_file():
        kind = root_kind(_file_head(Path(item)))
        return kind if kind in ("feed", "sitemap") else None
    return None
