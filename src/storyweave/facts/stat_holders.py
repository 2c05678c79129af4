"""Who a game statistic or a height belongs to: 'X scored 22 points', 'the 6-foot-9 forward X'."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .text import fold

_STATS = frozenset("points rebounds boards assists steals blocks turnovers touchdowns "
                   "goals saves receptions catches carries tackles sacks interceptions "
                   "strikeouts hits runs passes".split())
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_VERBS = (r"scored|had|added|finished(?:\s+(?:the|his|her|its)\s+\w+)?\s+with|posted|logged|"
          r"totaled|totalled|netted|pulled\s+down|grabbed|contributed|chipped\s+in|collected|"
          r"recorded|tallied|dished(?:\s+out)?|threw\s+for|ran\s+for|rushed\s+for|caught|made|"
          r"kicked|completed|attempted|threw")
_BEFORE = re.compile(  # 'X scored', 'X and Y each had', 'X (Hawks) added a career-high'
    rf"(?<![\w'’])(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)(?:\s*\([^()]{{0,30}}\))?,?\s+"
    rf"(?:who\s+|each\s+|also\s+|then\s+|again\s+)?(?:{_VERBS})\s+"  # 'X, who completed'
    r"(?:(?:a|an|another|his|her|just|only|first|last|[\w-]+-high)\s+)*"  # 'his first 17'
    r"(?:\d[\d,.]*\s+[a-z]+(?:\s*,\s*|\s+and\s+|,\s+and\s+)"  # '25 points and ' before
    rf"(?:(?:{_VERBS})\s+)?(?:(?:a|an|[\w-]+-high)\s+)*)*$")  # '... and grabbed 7 rebounds'


_SAME_STAT = {"boards": "rebounds", "receptions": "catches", "attempts": "completions"}
_EITHER = {"passes": frozenset({"catches", "completions"})}
#          '28 of 41 passes' is a passing line (completions), 'caught 52 passes' are catches
_OTHER_STATS = frozenset("passes yards completions incompletions attempts fumbles games "
                         "innings wins losses starts shots laps".split())


def stat_kind(unit: str) -> str:
    """Which game statistic a counted noun is ('boards' and 'rebounds' are one), '' for
    none: points and rebounds, or catches and touchdowns, are never one fact."""
    word = (unit or "").lower()
    for form in (word, word + "s", word + "es"):  # 'one point', 'a single catch'
        if form in _STATS or form in _OTHER_STATS:
            return _SAME_STAT.get(form, form)
    return ""


def stats_apart(kinds: Sequence[str]) -> np.ndarray:
    """Pairs of claims that are two kinds of game statistic (stat_kind), never one fact."""
    kind = np.array(kinds, dtype=object)
    apart = (kind[:, None] != kind[None, :]) & (kind[:, None] != "") & (kind[None, :] != "")
    for word, also in _EITHER.items():
        for other in also:
            apart &= ~((kind[:, None] == word) & (kind[None, :] == other))
            apart &= ~((kind[:, None] == other) & (kind[None, :] == word))
    return apart


_PRONOUN = frozenset({"He", "She"})
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)+")  # 'Ana Ruiz', first in a sentence


def stat_holder(text: str, m: re.Match, unit: str, previous: str = "") -> str:
    """The folded surnames of the players a statistic belongs to ('Ana Ruiz scored 22
    points' -> 'ruiz'; 'X Ruiz and Y Mora each had 12' -> 'mora ruiz'), '' when the clause
    names none that way or the figure is no player's statistic (points, rebounds, yards ...)."""
    if unit not in _STATS:
        return ""
    found = _BEFORE.search(text[max(0, m.start() - 160) : m.start()].rstrip() + " ")
    if not found:
        return ""
    who = found.group("who")
    if who in _PRONOUN:  # 'He had 14 points' after a sentence about 'Ana Ruiz'
        named = _FULL_NAME.search(previous)
        if not named:
            return ""
        who = named.group(0)
    names = re.split(r"\s+and\s+", who)
    surnames = {fold(re.sub(r"['’]s$", "", n.split()[-1])) for n in names}
    return " ".join(sorted(surnames))


_HEIGHT = re.compile(r"\d{1,2}[-‐‑\s]*(?:foot|feet|ft\.?)[-‐‑\s]*\d{1,2}"
                     r"(?:[-‐‑\s]*(?:inch(?:es)?|in\.))?")  # '6-foot-9', '6 ft 9 in.'
_HEIGHT_BEFORE = re.compile(r"\b((?-i:[A-Z])[a-z'’-]+),?\s+(?:a|the|who\s+(?:is|stands)|is|stands)"
                            r"\s+$")  # 'Ruiz, a 6-foot-9 forward', 'Ruiz, who is 6-foot-9'
_HEIGHT_AFTER = re.compile(r"(?:\s+[a-z][a-z-]*){0,2}\s+(?:[A-Z][a-z'’-]+\s+)?([A-Z][a-z'’-]+)"
                           r"(?![\w'’])")  # 'the 6-foot-9 forward Ana Ruiz'


def height_holder(text: str, start: int, end: int, unit: str) -> str:
    """The folded surname of the person a height in feet and inches belongs to ('the 6-foot-9
    forward Ana Ruiz', 'Ruiz, a 6-foot-9 forward' -> 'ruiz'), '' when the text names none so."""
    if unit not in ("feet", "inches"):
        return ""
    height = next((h for h in _HEIGHT.finditer(text) if h.start() <= start and end <= h.end()),
                  None)
    if height is None:
        return ""
    before = _HEIGHT_BEFORE.search(text[: height.start()])
    after = _HEIGHT_AFTER.match(text[height.end() :])
    name = before.group(1) if before else after.group(1) if after else ""
    return fold(re.sub(r"['’]s$", "", name))
