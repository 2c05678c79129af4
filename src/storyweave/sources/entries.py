"""What a feed or sitemap says about one article before it is fetched."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One listed article: its link plus whatever metadata the listing gave."""

    url: str | None
    where: str  # 'feed.xml entry 3': for messages
    title: str | None = None
    published: str | None = None  # ISO 8601
    byline: tuple[str, ...] = ()
    outlet: str | None = None
    html: str | None = None  # full content carried by the listing (used when there is no link)


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    """A parsed feed or sitemap: entries, nested listings (sitemap index), what was wrong."""

    entries: tuple[Entry, ...] = ()
    children: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
