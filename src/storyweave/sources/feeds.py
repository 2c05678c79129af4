"""RSS and Atom feeds (feedparser) -> entries; malformed feeds say so and keep what they can."""

from __future__ import annotations

import io
import time

import feedparser

from .entries import Entry, Listing

_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType", "CharacterEncodingUnknown")


def parse_feed(data: bytes, source: str, *, base_url: str | None = None,
               max_entries: int = 1000) -> Listing:
    """Entries of an RSS/Atom/RDF feed. Never fetches anything itself."""
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    problems = []
    raw_entries = list(parsed.entries)
    if not parsed.get("version") and not raw_entries:
        reason = parsed.get("bozo_exception") or "no RSS, Atom or RDF root element"
        return Listing(problems=(f"not a readable feed ({_short(reason)})",))
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and exc is not None and type(exc).__name__ not in _BENIGN:
        problems.append(f"malformed feed ({_short(exc)}); {len(raw_entries)} entries recovered")
    if len(raw_entries) > max_entries:
        problems.append(f"{len(raw_entries)} entries; only the first {max_entries} are read "
                        "(max_feed_entries)")
        raw_entries = raw_entries[:max_entries]
    outlet = parsed.feed.get("title") or None
    entries = tuple(
        _entry(e, f"{source} entry {i}", outlet) for i, e in enumerate(raw_entries, start=1)
    )
    return Listing(entries=entries, problems=tuple(problems))


def _entry(e: dict, where: str, outlet: str | None) -> Entry:
    link = e.get("link") or next(
        (x.get("href") for x in e.get("links", ()) if x.get("rel") == "alternate"), None
    )
    content = e.get("content") or ()
    html = content[0].get("value") if content else None
    authors = tuple(a["name"] for a in e.get("authors", ()) if a.get("name"))
    if not authors and e.get("author"):
        authors = (e["author"],)
    return Entry(
        url=link.strip() if link else None,
        where=where,
        title=e.get("title") or None,
        published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
        byline=authors,
        outlet=outlet,
        html=html or None,
    )


def _iso(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None


def _short(exc: object) -> str:
    text = " ".join(str(exc).split())
    return text[:160] or type(exc).__name__
