"""How a quote's speaker was found, and where the article names that speaker: so a reader can
check an attribution against the text instead of taking it on trust."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .quote_patterns import PRONOUNS, Resolver
from .status import _is_name

Span = tuple[int, int]


def raw_basis(raw: str | None) -> str | None:
    """The basis of an attribution as written in the quote's own sentence: 'pronoun' ('she
    said'), 'named' ('said Ana Ruiz', 'the UN said') or 'role' ('a spokesman said', 'the
    company said'); None when there is none."""
    if not raw:
        return None
    if raw.lower() in PRONOUNS | {"his", "her"}:
        return "pronoun"
    return "named" if _is_name(raw) else "role"


def named_at(text: str, speaker: str, raw: str | None, quote: Span, sentence: Span,
             people: Sequence[Name], resolve: Resolver) -> Span | None:
    """Where the article names the speaker of the quote at ``quote``: a mention of the speaker
    (any alias that resolves to them, or the words of the attribution) in the quote's sentence
    outside the quote; else the nearest before the quote; else the nearest after it. None when
    the article never names them (a speaker taken from another article)."""
    spans = {(p.start, p.end) for p in people if resolve(p.text) == speaker}
    for words in {speaker, raw or ""} - {""}:
        if words.lower() in PRONOUNS | {"his", "her"}:
            continue
        flags = 0 if words[:1].isupper() else re.IGNORECASE
        spans.update(m.span() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text,
                                                  flags))
    owned = re.fullmatch(r".+?['’]s (?P<rest>[a-z][\w -]*)", speaker)
    if owned:  # "X's office" written 'his office' in the quote's sentence
        pattern = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+{re.escape(owned['rest'])}\b")
        spans.update(m.span() for m in pattern.finditer(text, sentence[0], sentence[1]))
    outside = sorted(s for s in spans if s[1] <= quote[0] or s[0] >= quote[1])
    if not outside:
        return None
    inside = [s for s in outside if sentence[0] <= s[0] and s[1] <= sentence[1]]
    if inside:
        return min(inside, key=lambda s: quote[0] - s[1] if s[1] <= quote[0] else s[0] - quote[1])
    before = [s for s in outside if s[1] <= quote[0]]
    return before[-1] if before else outside[0]

