"""Unnamed sources as the text words them, standing where a name would: 'her rep confirms',
'a statement from her people', 'a police spokesman said' -> the source phrase as written."""

from __future__ import annotations

import re

from .name_keys import SPEECH
from .quote_patterns import _NAME

_SOURCE_NOUN = (r"(?:reps?|representatives?|people|publicists?|spokes(?:man|woman|person)|"
                r"sources?|friends?|relatives?|aides?|lawyers?|attorneys?|agents?|managers?|"
                r"officials?|officers?|family)")
UNNAMED = (rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Tt]he)\s+(?:(?!{SPEECH}\b)[a-z-]+\s+){{0,2}}?"
           rf"{_SOURCE_NOUN}")  # 'her rep', 'a close friend', 'the family'
_TRAILING = re.compile(  # '... Betty Ford on Thursday, her rep confirms to PEOPLE.' (a line)
    rf",\s+(?P<who>{UNNAMED})\s+(?:{SPEECH}|confirms)\b[^“”\"\n,;]{{0,40}}[.!]\s*$")
_BODY_DOCUMENT = re.compile(  # '..., a Harbour Ministry statement said.' (a line)
    rf",\s+(?i:an?|the)\s+(?P<who>{_NAME})\s+(?:statement|press\s+release|release|"
    r"communiqu[eé])\s+(?:said|says|stated|states)\s*[.!]\s*$")
_STATEMENT_FROM = re.compile(  # 'In a statement from her people, it was confirmed, “...”'
    rf"\b(?:an?|the)\s+(?:statement|release|message)\s+(?:from|by)\s+(?P<who>{UNNAMED})\b"
    r"[^.!?“”\"]*[“\"‘'`\s]*$")


def trailing_source(paragraph: str) -> tuple[int, str] | None:
    """(offset in the paragraph, source) of an unnamed source that closes a paragraph as its
    attribution ('..., her rep confirms to PEOPLE.', '..., a Harbour Ministry statement
    said.'); the next paragraph's bare quote is theirs."""
    found = _TRAILING.search(paragraph) or _BODY_DOCUMENT.search(paragraph)
    return (found.start("who"), found.group("who")) if found else None


_SAID_BY_SOURCE = re.compile(  # '..., her publicist confirmed.' / 'a friend said ...'
    rf"(?:^|[,;]\s+|[.!?]\s+)(?P<who>{UNNAMED})\s+(?:{SPEECH}|confirms)\b")


def source_before(text: str, at: int, reach: int = 300) -> str | None:
    """The last unnamed source the text gives as saying something in the lines before ``at``
    ('..., her publicist confirmed. He did not say why.'): whom a 'he said' with no named
    antecedent means."""
    start = max(0, at - reach, text.rfind("\n\n", 0, at))
    found = list(_SAID_BY_SOURCE.finditer(text, start, at))
    return found[-1].group("who") if found else None


def statement_from(text: str, start: int) -> str | None:
    """The unnamed source a statement the quote's sentence reads from comes from: 'In a
    statement from her people, it was confirmed, “...”' -> 'her people'."""
    line = text.rfind("\n", 0, start) + 1
    found = _STATEMENT_FROM.search(text, max(line, start - 200), start)
    return found.group("who") if found else None
