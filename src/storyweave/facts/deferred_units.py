"""A number whose unit is written only once, after a later number: the suspended hyphen ('a
24- to 30-foot boat', 'Twelve- and 15-year-old girls': the first number takes the unit of the
second) and a part of a count ('landed 28 of his 68 punches', 'won 18 of its next 23 games':
the part counts what the whole counts)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .counted_nouns import _people_of, things_of

Unit = tuple[str, str, float]
UnitOf = Callable[[str, re.Match], Unit | None]

_HANGING = re.compile(r"\s*[-‐‑]\s*(?:to|and|or)\s+(?=\S)", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"[-‐‑][A-Za-z]")
#  'of his 68', 'of the Saints' 16', "of his team's first 24", 'of its next 23', 'of every 24'
_PART_OF = re.compile(
    r"\s+of\s+(?:(?:the|his|her|its|their|our|my|your|every|all|(?-i:[A-Z])[\w’'.-]*['’]s?"
    r"|[a-z]+['’]s)\s+)+(?:(?:first|last|next|past|previous|final|remaining|opening|"
    r"[a-z]+-high|[a-z]+-best)\s+)?(?=\d)", re.IGNORECASE)


def _figure_at(text: str, start: int) -> re.Match | None:
    from .quantities import FIGURE

    found = FIGURE.match(text, start)
    return None if found is None or found.group("pct") or found.group("cur") else found


def suspended_unit(text: str, m: re.Match, unit_of: UnitOf) -> Unit | None:
    """The unit of a figure left hanging on a hyphen ('24- to 30-foot'): the unit of the
    number after 'to', 'and' or 'or' when that one is joined to its unit by a hyphen; None
    for a figure with no hanging hyphen ('24 to 30 feet' is read as a range elsewhere)."""
    hanging = _HANGING.match(text, m.end())
    closing = _figure_at(text, hanging.end()) if hanging else None
    if closing is None or not _HYPHEN_UNIT.match(text, closing.end()):
        return None
    return unit_of(text, closing)


def part_unit(text: str, m: re.Match, unit_of: UnitOf) -> Unit | None:
    """The unit of a part taken of a whole that a possessive or 'the' introduces ('28 of his
    68 punches', "17 of his team's first 24 points", '23 of every 24 hours'): the whole's own
    unit, when it has one; None otherwise ('3 of 12' with no noun)."""
    part = _PART_OF.match(text, m.end())
    whole = _figure_at(text, part.end()) if part else None
    if whole is None:
        return None
    unit = unit_of(text, whole)
    return unit if unit and unit[1] not in ("age", "record", "score") else None


_RATIO_OF = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?(?=\d)", re.IGNORECASE)


def ratio_unit(text: str, m: re.Match, unit_of: UnitOf) -> Unit | None:
    """The unit of the first number of a ratio in digits ('1 in 5 adults', '3 out of 4
    customers'): what the second counts; None for any other figure."""
    ratio = _RATIO_OF.match(text, m.end()) if m.group("num")[0].isdigit() else None
    whole = _figure_at(text, ratio.end()) if ratio else None
    unit = unit_of(text, whole) if whole else None
    return unit if unit and unit[1] == "count" else None


def takes_part(text: str, m: re.Match) -> bool:
    """Whether a figure is a part taken of a whole written after it ('28 of his 68 punches'):
    a part, which never stands for the whole ('18 of its next 23 games' is no count of 18
    games of the season)."""
    part = _PART_OF.match(text, m.end())
    if part is None and m.group("num")[0].isdigit() and _people_of(text[m.end() :]) is None:
        return things_of(text[m.end() :]) is not None  # '200,000 of the comments'
    return part is not None and _figure_at(text, part.end()) is not None



#  the low end of a range written with its currency sign, the high end bare: '$50-100',
#  '£5-10', '€1.5-2 billion' (the sign is written once, before the low end)
_SIGNED_LOW = re.compile(r"(?:US\$|[$€£¥])\d[\d,]*(?:\.\d+)?\s?[-–]\s?$")


def range_end_unit(text: str, m: re.Match) -> Unit | None:
    """The currency of the high end of a range whose sign is written only before the low
    end ('tickets cost $50-100': 100 dollars too); None for any other figure."""
    low = _SIGNED_LOW.search(text, 0, m.start("num"))
    if m.group("cur") or m.group("pct") or low is None:
        return None
    from .units import CURRENCY_SYMBOLS

    sign = re.match(r"US\$|[$€£¥]", low.group()).group().lower()
    code = CURRENCY_SYMBOLS[sign]
    return (code, f"money:{code}", 1.0)
