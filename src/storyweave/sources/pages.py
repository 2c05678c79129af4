"""What a fetched page says about itself: its text encoding, canonical URL and outlet name."""

from __future__ import annotations

import codecs
import html as htmllib
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from .urls import is_web_url, normalize_url, resolve_link

_TAG = re.compile(r"<(meta|link)\b([^>]*)>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")
_LDJSON = re.compile(
    r"""<script[^>]+type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""", re.I | re.S
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_HEAD_LIMIT = 300_000


@dataclass(frozen=True, slots=True, kw_only=True)
class PageMeta:
    """The page's own word on where it lives and who published it."""

    canonical: str | None = None
    outlet: str | None = None


def decode_html(body: bytes, charset: str | None = None) -> str:
    """Bytes -> text: BOM, then the HTTP charset, then <meta charset>, then UTF-8, then a guess."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, "replace")
    declared = [charset]
    match = _META_CHARSET.search(body[:4096])
    if match:
        declared.append(match.group(1).decode("ascii", "ignore"))
    for name in declared:
        codec = _codec(name)
        if codec:
            try:
                return body.decode(codec)
            except UnicodeDecodeError:
                pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    return body.decode(best.encoding if best else "cp1252", "replace")


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if found in ("latin-1", "iso8859-1") else found  # as browsers do


def page_meta(html: str, page_url: str) -> PageMeta:
    """Canonical URL (link rel=canonical, og:url) and outlet (og:site_name, JSON-LD publisher)."""
    end = html.lower().find("<body", 0, _HEAD_LIMIT)
    head = html[: end if end > 0 else _HEAD_LIMIT]
    canonical = og_url = site_name = publisher = None
    for tag, attrs in _TAG.findall(head):
        a = _attrs(attrs)
        if tag.lower() == "link" and "canonical" in a.get("rel", "").lower().split():
            canonical = canonical or a.get("href")
        key = (a.get("property") or a.get("name") or "").lower()
        if key == "og:url":
            og_url = og_url or a.get("content")
        elif key == "og:site_name":
            site_name = site_name or a.get("content")
        elif key in ("publisher", "article:publisher") and not is_web_url(a.get("content", "")):
            publisher = publisher or a.get("content")
    outlet = _clean(site_name) or _clean(publisher) or _ld_publisher(html)
    return PageMeta(canonical=_canonical(canonical or og_url, page_url), outlet=outlet)


def _attrs(text: str) -> dict[str, str]:
    return {k.lower(): htmllib.unescape(v.strip("\"'")) for k, v in _ATTR.findall(text)}


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _canonical(link: str | None, page_url: str) -> str | None:
    """The canonical URL, unless it is missing, not http(s), or a bare home page."""
    if not link:
        return None
    url = resolve_link(page_url, link)
    if not is_web_url(url):
        return None
    if urlsplit(url).path in ("", "/") and urlsplit(page_url).path not in ("", "/"):
        return None  # a site-wide canonical pointing home would merge every article
    return normalize_url(url)


def _ld_publisher(html: str) -> str | None:
    for block in _LDJSON.findall(html[:2_000_000]):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        name = _find_publisher(data, depth=0)
        if name:
            return name
    return None


def _find_publisher(data: object, depth: int) -> str | None:
    if depth > 4:
        return None
    if isinstance(data, list):
        for item in data:
            found = _find_publisher(item, depth + 1)
            if found:
                return found
    elif isinstance(data, dict):
        pub = data.get("publisher")
        if isinstance(pub, list) and pub:
            pub = pub[0]
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            return _clean(pub["name"])
        if isinstance(pub, str) and not is_web_url(pub):
            return _clean(pub)
        return _find_publisher(data.get("@graph"), depth + 1)
    return None
