"""A weekday told as the neighbour of a full date the article has just written ('on Saturday,
February 27, 2010 ... Hours earlier, on Friday'): the day next to that date, not the latest
such weekday before publication."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .text import WEEKDAYS

#: words just before a weekday that tie it to the date of the sentence before: 'hours
#: earlier, on Friday', 'the day before, Friday', 'That Sunday'
_EARLIER = re.compile(r"\b(?:(?:hours|minutes|a\s+day|the\s+day|a\s+night|the\s+night)\s+"
                      r"(?:earlier|before)|earlier)\b\W*(?:on\s+)?$", re.IGNORECASE)
_SAME = re.compile(r"(?:^|\b(?:on|by|until|later|earlier)\s+)that\s+$", re.IGNORECASE)


def anchored_weekday(before: str, name: str, anchor: date) -> date | None:
    """The day a weekday means when the words before it in its sentence (``before``) tie it to
    ``anchor``, the full date of the sentence just before: the one before it for 'earlier',
    the one of its week up to it for 'that'; None when no such words."""
    target = WEEKDAYS.index(name.lower())
    back = (anchor.weekday() - target) % 7
    if _EARLIER.search(before):
        return anchor - timedelta(days=back or 7)
    if _SAME.search(before):
        return anchor - timedelta(days=back)
    return None
