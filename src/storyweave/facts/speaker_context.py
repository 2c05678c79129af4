"""Speakers a standalone quote takes from the paragraphs around it: 'X said:' before, 'X says'
after.

For a quote that is its own paragraph and has no attribution in it: the person named last in
the paragraph before when that paragraph ends with a colon ('Below is a statement by X:'),
or the person whose name opens the paragraph right after it with a speech verb ('“...”' /
'X says the ...'), the way news copy leads with a quote and names its speaker next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .name_keys import SPEECH

_INTRODUCED = re.compile(  # 'a statement by X', 'such as Dr X', 'X's words', 'X wrote'
    rf"\b(?:by|from|such as|like|{SPEECH})\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){{0,2}}"
    r"(?:[A-Z][\w.’'-]*\s+)*$")
_ISSUED = re.compile(  # 'Kestrel operations has issued an update to its customers.'
    r"(?:The[ \t]+)?[A-Z][^\n.]{0,60}?[ \t]+(?:has|have|had)?[ \t]*(?:issued|released|put out|"
    r"published|sent)[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?(?:update|statement|notice|"
    r"message|note)\b[^\n]*[.:]$")
_SAYS = re.compile(rf"[ \t]*(?:,[^,\n]{{2,80}},[ \t]*)?(?:{SPEECH})\b")


def _paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _alone(text: str, start: int, end: int) -> bool:
    """Whether a quote is its paragraph: only marks and punctuation around it."""
    p_start, _ = _paragraph_bounds(text, start)
    _, p_end = _paragraph_bounds(text, end)
    return not re.search(r"\w", text[p_start:start]) and not re.search(r"\w", text[end:p_end])


def colon_intro(text: str, start: int, end: int, people: Sequence[Name]) -> Name | None:
    """The person named last in the paragraph before a standalone quote when that paragraph
    ends with a colon ('such as Dr Ana Ruiz:' / '“...”')."""
    if not _alone(text, start, end):
        return None
    p_start, _ = _paragraph_bounds(text, start)
    if p_start < 2:
        return None
    prev_end = len(text[: p_start - 1].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if _ISSUED.match(text, prev_start, prev_end):  # 'X has issued an update ... .' / '“...”'
        inside = [p for p in people if p.start == prev_start
                  or p.start > prev_start and text[prev_start : p.start].strip() == "The"]
        return inside[0] if inside else None
    if not text[:prev_end].endswith(":"):
        return None
    inside = [p for p in people if prev_start <= p.start and p.end <= prev_end
              and _INTRODUCED.search(text, max(prev_start, p.start - 40), p.start)]
    persons = [p for p in inside if p.kind == "person"]
    return (persons or inside)[-1] if inside else None


def named_after(text: str, start: int, end: int, people: Sequence[Name]) -> Name | None:
    """The person whose name opens the paragraph right after a standalone quote, followed by
    a speech verb ('“...”' / 'Ana Ruiz says the ...')."""
    nxt = _next_paragraph(text, start, end)
    if nxt is None:
        return None
    for p in people:
        if p.start >= nxt and re.fullmatch(r"(?:[A-Z][\w.’'-]*[ \t]+)*", text[nxt : p.start]):
            #                 titles before the name: 'Sheriff Ana Ruiz says
            return p if _SAYS.match(text, p.end) else None
    return None


_PRONOUN_SAYS = re.compile(  # 'She said Ana and her husband grew up as neighbours.'
    rf"[ \t“\"]*(?P<who>He|She)[ \t]+(?:(?:also|later|then|has|had)[ \t]+)?(?:{SPEECH})\b")


def pronoun_after(text: str, start: int, end: int) -> str | None:
    """'he' or 'she' when the paragraph right after a standalone quote opens with that pronoun
    and a speech verb ('“...”' / 'She said they met at school.'): the one who goes on
    speaking, for the resolver; None otherwise."""
    nxt = _next_paragraph(text, start, end)
    found = None if nxt is None else _PRONOUN_SAYS.match(text, nxt)
    return found.group("who").lower() if found else None


def _next_paragraph(text: str, start: int, end: int) -> int | None:
    """Where the paragraph after a standalone quote begins; None if the quote is not alone."""
    if not _alone(text, start, end):
        return None
    _, p_end = _paragraph_bounds(text, end)
    nxt = p_end + 1
    while text.startswith("\n", nxt):
        nxt += 1
    return nxt


SUBJECT_OF = re.compile(  # 'X was happy ...', 'X, one of the names ..., managed a joke'
    r"(?:,[^,\n“”\"]{2,80},|[ \t]+(?:from|of)[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?"
    r"[ \t]+(?:(?:also|then|later|quickly)[ \t]+)?"
    r"(?:[a-z]+ed|[a-z]+s|was|is|has|had|got|made|gave|sent|put)\b")


def colon_clause(text: str, start: int, end: int, people: Sequence[Name]) -> Name | None:
    """The person who is the subject of the clause a colon ends right before a quote (on its
    line, or the line before a standalone one): 'whilst X was delighted with the choice:' /
    '“...”'; 'X, one of the names tipped, managed a joke: “...”'."""
    before = text[:start].rstrip(" \t“\"")
    if _alone(text, start, end):
        before = before.rstrip("\n \t")
    if not before.endswith(":"):
        return None
    line_start = text.rfind("\n", 0, len(before)) + 1
    lo, opened = line_start, False  # after the last quote closed on the line, if any
    for m in re.finditer(r"[“”\"]", before[line_start:]):
        opened = m.group(0) == "“" or m.group(0) == '"' and not opened
        lo = line_start + m.end() if not opened else lo
    for p in people:
        if lo <= p.start and p.end < len(before) and p.kind == "person" \
                and SUBJECT_OF.match(text, p.end) and not _quoted(text, lo, p.start):
            return p
    return None


def colon_phrase(text: str, start: int, end: int, role: str) -> str | None:
    """A pronoun or a definite role that is the subject of the line a colon ends right before
    a quote ('The judge had advice for anyone ...:', 'she released a jokey response:'), as
    written, for the resolver; None when the line names no such subject."""
    before = text[:start].rstrip(" \t“\"")
    if _alone(text, start, end):
        before = before.rstrip("\n \t")
    line_start = text.rfind("\n", 0, len(before)) + 1
    if not before.endswith(":") or re.search(r"[“”\"]", before[line_start:]):
        return None
    m = re.match(rf"(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){{0,4}},[ \t]*)?(?P<who>[Hh]e|[Ss]he|[Tt]he"
                 rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{role}))(?P<verb>{SUBJECT_OF.pattern})",
                 before[line_start:])
    return m.group("who") if m else None


def _quoted(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands inside a quote opened after ``lo`` (any marks: “, ", ``, ‘, ')."""
    span = text[lo:at]
    return (span.count("“") > span.count("”") or span.count('"') % 2 == 1
            or span.count("``") > span.count("''") or span.count("‘") > span.count("’")
            or bool(re.search(r"(?:^|[\s(])'(?=\w)", span)) and not re.search(r"\w'(?:\s|$)", span))
