"""Who a game statistic belongs to: 'X scored 22 points', 'Y had 14 points and 12 rebounds'."""

from __future__ import annotations

import re

from .text import fold

_STATS = frozenset("points rebounds boards assists steals blocks turnovers touchdowns "
                   "goals saves receptions catches carries tackles sacks interceptions "
                   "strikeouts hits runs".split())
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_VERBS = (r"scored|had|added|finished(?:\s+(?:the|his|her|its)\s+\w+)?\s+with|posted|logged|"
          r"totaled|totalled|netted|pulled\s+down|grabbed|contributed|chipped\s+in|collected|"
          r"recorded|tallied|dished(?:\s+out)?|threw\s+for|ran\s+for|rushed\s+for|caught|made|"
          r"kicked")
_BEFORE = re.compile(  # 'X scored', 'X and Y each had', 'X (Hawks) added a career-high'
    rf"(?<![\w'’])(?P<who>{_NAME}(?:\s+and\s+{_NAME})?)(?:\s*\([^()]{{0,30}}\))?,?\s+"
    rf"(?:each\s+|also\s+|then\s+|again\s+)?(?:{_VERBS})\s+"
    r"(?:(?:a|an|another|his|her|just|only|[\w-]+-high)\s+)*"  # 'a career-high'
    r"(?:\d[\d,.]*\s+[a-z]+(?:\s*,\s*|\s+and\s+|,\s+and\s+)"  # '25 points and ' before
    r"(?:(?:a|an|[\w-]+-high)\s+)*)*$")


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
