"""Figures written as an average ('has averaged more than 30 goals a season', 'an average of
1,200 a day'): an average is never one fact with a single figure of another value."""

from __future__ import annotations

import re

from .mention import Mention

_BEFORE = re.compile(  # 'has averaged more than 30', 'averaged 30 home runs and 100'
    r"\b(?:averag(?:ed|es|ing)|an\s+average\s+of|on\s+average)\s+(?:(?:more\s+than|about|"
    r"nearly|over|almost|roughly|some|around|close\s+to|just)\s+)?(?:\d[\d,.]*\s+"
    r"(?:[\w-]+\s+){1,2}?(?:and|,)\s+)*$", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:on\s+average|a\s+year\s+on\s+average)\b",
                    re.IGNORECASE)  # '30 home runs on average'


def is_average(mention: Mention) -> bool:
    """Whether the sentence gives the figure as an average ('averaged 30 home runs')."""
    claim = mention.claim
    if mention.kind != "quantity" or claim.sentence_span is None:
        return False
    start = claim.span[0] - claim.sentence_span[0]
    end = claim.span[1] - claim.sentence_span[0]
    if not 0 <= start <= end <= len(claim.text):
        return False
    return bool(_BEFORE.search(claim.text[:start]) or _AFTER.match(claim.text[end:]))
