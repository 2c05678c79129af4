"""XML sitemaps and sitemap indexes (gzipped too) -> entries and nested sitemaps."""

from __future__ import annotations

import gzip
import io
import zlib

from lxml import etree

from .entries import Entry, Listing
from .urls import is_web_url, resolve_link


def gunzip_capped(data: bytes, cap: int) -> bytes:
    """The data, gunzipped when it is gzip; refuses to grow past ``cap`` bytes."""
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(cap + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"broken gzip data ({exc})") from exc
    if len(out) > cap:
        raise ValueError(f"decompresses to more than {cap:,} bytes (max_bytes)")
    return out


def _parser() -> etree.XMLParser:
    # no entities, no network, no huge trees: untrusted XML stays harmless
    return etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                           huge_tree=False, remove_comments=True)


def _local(tag: object) -> str:
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _child_text(el: etree._Element, name: str) -> str | None:
    for child in el.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(data: bytes, source: str, *, base_url: str | None = None,
                  max_urls: int = 50_000) -> Listing:
    """Entries of a <urlset>, or nested sitemap URLs of a <sitemapindex>."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        return Listing(problems=(f"not a readable sitemap ({exc})",))
    if root is None or _local(root.tag) not in ("urlset", "sitemapindex"):
        return Listing(problems=("not a sitemap (no <urlset> or <sitemapindex> root)",))
    items = [el for el in root if _local(el.tag) in ("url", "sitemap")]
    problems = []
    if len(items) > max_urls:
        problems.append(f"{len(items)} URLs; only the first {max_urls} are read "
                        "(max_sitemap_urls)")
        items = items[:max_urls]
    entries, children = [], []
    for i, el in enumerate(items, start=1):
        loc = _child_text(el, "loc")
        url = resolve_link(base_url, loc) if (loc and base_url) else loc
        if not url or not is_web_url(url):
            problems.append(f"entry {i}: no http(s) <loc>")
        elif _local(el.tag) == "sitemap":
            children.append(url)
        else:
            entries.append(Entry(
                url=url, where=f"{source} entry {i}",
                title=_child_text(el, "title"),
                published=_child_text(el, "publication_date"),
                outlet=_child_text(el, "name"),
            ))
    return Listing(entries=tuple(entries), children=tuple(children), problems=tuple(problems))
