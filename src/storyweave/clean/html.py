"""HTML input: trafilatura extracts the body and its metadata (title, author, site, date, url)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Removed
from .lines import normalise_line
from .patterns import byline_names, contributor_line


@dataclass(frozen=True, slots=True, kw_only=True)
class Extracted:
    """What trafilatura found in a page: paragraphs and metadata."""

    paragraphs: tuple[str, ...]
    title: str | None
    byline: tuple[str, ...]
    outlet: str | None
    published: str | None
    url: str | None
    removed: tuple[Removed, ...]


def extract_html(html: str, url: str | None = None) -> Extracted | None:
    """The article in an HTML page, or None when trafilatura finds no body."""
    import lxml.etree
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=True
        )
    except (ValueError, TypeError, lxml.etree.LxmlError):  # pages lxml cannot parse
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    title = normalise_line(doc.title) if doc.title else None
    paragraphs, removed = [], []
    for raw in doc.text.split("\n"):
        line = normalise_line(raw)
        if not line:
            continue
        if not paragraphs and title and line == title:
            removed.append(Removed(text=line, kind="title", reason="the page headline", at=0))
            continue
        if not paragraphs and byline_names(line):
            removed.append(Removed(text=line, kind="byline", reason="byline", at=0))
            continue
        paragraphs.append(line)
    while paragraphs and (contributor_line(paragraphs[-1]) or byline_names(paragraphs[-1])):
        removed.append(Removed(text=paragraphs.pop(), kind="byline", reason="credit for "
                               "reporting", at=0))
    meta = tuple(a.strip() for a in (doc.author or "").split(";") if a.strip())
    authors = _merge_authors(meta, visible_byline(html))
    return Extracted(
        paragraphs=tuple(paragraphs),
        title=title,
        byline=authors,
        outlet=doc.sitename or None,
        published=doc.date or None,
        url=doc.url or url,
        removed=tuple(removed),
    )


_BYLINE_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline__authors ')"
    " or @itemprop='author' or contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"
)


def visible_byline(html: str) -> tuple[str, ...]:
    """Author names from the page's byline element ('By <a rel=author>A</a> and B')."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.LxmlError):
        return ()
    names: list[str] = []
    for el in root.xpath(_BYLINE_XPATH)[:8]:
        text = " ".join(el.text_content().split())
        found = byline_names(text) or byline_names(f"By {text}")
        names.extend(n for n in found if n not in names)
    return tuple(names)


def _merge_authors(meta: tuple[str, ...], visible: tuple[str, ...]) -> tuple[str, ...]:
    """The visible byline when it names everyone the metadata names (it is often fuller:
    a meta tag holds one author); else the metadata, then any other visible names."""
    if visible and all(m in visible for m in meta):
        return visible
    return meta + tuple(v for v in visible if v not in meta)


def dropped_by_trafilatura(html: str, kept_chars: int) -> Removed | None:
    """A coarse note of how much visible page text trafilatura left out (kind 'other')."""
    import lxml.etree
    import lxml.html

    try:
        visible = len(" ".join(lxml.html.fromstring(html).text_content().split()))
    except (ValueError, lxml.etree.LxmlError):
        return None
    dropped = visible - kept_chars
    if dropped <= 0:
        return None
    return Removed(
        text=f"[{dropped} characters of page text outside the article]",
        kind="other",
        reason="left out by trafilatura (menus, links, footers)",
        at=0,
    )
