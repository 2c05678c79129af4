"""A player's height and weight written as one group, and whose they are: '6-foot-9,260-pound
Ana Ruiz', 'Ruiz (5-11,220)', 'X (6-2, 215)'."""

from __future__ import annotations

import re

from .text import STOPWORDS, fold

_NAME_PAREN = r"(?-i:[A-Z])[\w.'’-]+\s*\(\s*"  # 'Bell (': after a name
_PAIR_OPENS = re.compile(_NAME_PAREN + "$")
_PAIR_REST = re.compile(r"[-‐‑]\d{1,2},\s?\d{3}\s*\)")  # '(5|-11,220)', '(6|-2, 215)'
_FEET_BEFORE = re.compile(_NAME_PAREN + r"[4-7][-‐‑]$")
_WEIGHT_REST = re.compile(r",\s?\d{3}\s*\)")
_HEIGHT_BEFORE = re.compile(rf"(?:\d[-‐‑](?:foot|feet)[-‐‑]|{_NAME_PAREN}[4-7][-‐‑])\d{{1,2}},\s?$")


def height_and_weight(before: str, num: str, after: str) -> str | None:
    """The unit of a player's height and weight written as one group: feet, inches and pounds
    of 'X (6-2, 215)' and '(5-11,220)', pounds of '5-foot-11,220 pounds' (None otherwise)."""
    if _PAIR_OPENS.search(before) and _PAIR_REST.match(after):
        inches = re.match(r"[-‐‑](?:[0-9]|1[01]),", after)
        return "feet" if num in ("4", "5", "6", "7") and inches else None
    if _FEET_BEFORE.search(before) and _WEIGHT_REST.match(after):
        return "inches"
    return "lb" if _HEIGHT_BEFORE.search(before) and re.fullmatch(r"\d{3}", num) else None


_BODY = re.compile(r"\d[-‐‑](?:foot|feet)[-‐‑]\d{1,2}(?:,\s?\d{3}(?:[-‐‑]pounds?\b|\s+pounds\b)?)?"
                   r"|\([4-7][-‐‑]\d{1,2},\s?\d{3}\)")  # '6-foot-9,260-pound', '(5-11,220)'
_NAMED_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:[A-Z][a-z'’-]+\s+)?([A-Z][a-z'’-]+)"
                          r"(?![\w'’])")  # '... 260-pound Ruiz', '... forward Ana Ruiz'
_NAMED_BEFORE = re.compile(r"\b([A-Z][a-z'’-]+)\s*\(\s*$")  # 'Ruiz (5-11,220)', 'Ruiz (5-foot-11'

_THE_ROLE = re.compile(r"(?:^|[.!?]\s+)[Tt]he\s*$")  # 'The 6-foot-8,225-pound forward has'
_FIRST_FULL_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)+")
_SUBJECT_NAME = re.compile(r"\s*(?-i:[A-Z])[A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+)*(?=\s+[a-z])")
#                 'McDermott had heard ...': the person the sentence before opens with


def body_holder(text: str, m: re.Match, previous: str) -> str:
    """Whose measurements a player's height or weight are: the name right after them ('the
    6-foot-9,260-pound Ana Ruiz'), before their brackets ('Ruiz (5-11,220)', 'Ruiz (5-foot-11,
    220 pounds)'), or, for 'The
    6-foot-8,225-pound forward' opening its sentence, the person the sentence before names
    first (its subject, else its first full name); '' for any other figure. Two players'
    heights or weights are then never one fact."""
    body = next((b for b in _BODY.finditer(text) if b.start() <= m.start("num") < b.end()),
                None)
    if body is None:
        return ""
    named = _NAMED_BEFORE.search(text[: body.start() + (body.group(0)[0] == "(")]) \
        or _NAMED_AFTER.match(text[body.end() :])
    name = named.group(1) if named else ""
    if not name and _THE_ROLE.search(text[: body.start()]):
        subject = _SUBJECT_NAME.match(previous)
        if subject and fold(subject.group(0).split()[0]) in STOPWORDS:
            subject = None  # 'The coach had heard': no name
        full = subject or _FIRST_FULL_NAME.search(previous)
        name = full.group(0).split()[-1] if full else ""
    return fold(re.sub(r"['’]s$", "", name))
