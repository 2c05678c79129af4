"""Lines that repeat across pages of the same outlet in one batch: the site's own furniture."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from urllib.parse import urlsplit

from ..model import RawDocument
from .lines import Lines, split_lines
from .metadata import Outlet, find_outlet

MAX_WORDS = 25  # longer lines are prose; an outlet republishing a paragraph is not furniture


def outlet_key(raw: RawDocument, lines: Sequence[str], found: Outlet | None = None) -> str | None:
    """Which outlet a page belongs to: given outlet, URL host, or the © / blog-author line
    (``found``: find_outlet(lines, []) when already known)."""
    if raw.outlet:
        return raw.outlet.casefold()
    if raw.url:
        host = urlsplit(raw.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    _, name = found or find_outlet(lines, [])
    return name.casefold() if name else None


def outlet_boilerplate(
    raws: Sequence[RawDocument],
    min_pages: int = 2,
    split: Sequence[Lines | None] = (),
    outlets: Sequence[Outlet | None] = (),
) -> dict[str, frozenset[str]]:
    """Per source: lines it shares with ``min_pages - 1`` or more other pages of its outlet.

    ``split``: per input, split_lines() of its text where already done (else None);
    ``outlets``: per input, find_outlet() of those lines where already done (else None).
    """
    groups: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for k, raw in enumerate(raws):
        if raw.clean or not raw.text or raw.html is not None:
            continue
        lines = ((split[k] if split else None) or split_lines(raw.text)).text
        key = outlet_key(raw, lines, outlets[k] if outlets else None)
        if key is not None:
            short = {x for x in lines if len(x.split()) <= MAX_WORDS}
            groups[key].append((raw.source, short))
    out: dict[str, frozenset[str]] = {}
    for members in groups.values():
        if len(members) < max(min_pages, 2):
            continue
        counts = Counter(line for _, lines in members for line in lines)
        shared = {line for line, c in counts.items() if c >= max(min_pages, 2)}
        for source, lines in members:
            out[source] = frozenset(lines & shared)
    return out
