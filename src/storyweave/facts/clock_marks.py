"""Times written with marks, as race reports give them ("3h 51' 03\"", "19' 36\"", "by 2' 23'"):
which part of the time a number is, told apart from a height in feet and inches (6' 2")."""

from __future__ import annotations

import re

_MARK = r"(?:''|\"|″|”|'|′|’)"
_CLOCK_MIN = re.compile(rf"\s*['′’]\s*(?P<sec>\d{{1,2}})\s*(?P<mark>{_MARK})(?![\w'′’])")
_CLOCK_HOURS = re.compile(r"h\s*\d{1,2}\s*['′’]")
_CLOCK_SEC_BEFORE = re.compile(r"(?:\d\s*h\s*)?(?P<min>\d{1,3})\s*['′’]\s*$")
_TIME_CUE = re.compile(r"\b(?:time|times|timed|clocked|lead|leads|led|gap|behind|ahead|won|wins|"
                       r"finish(?:ed|es)?|record|stage|race|lap|minutes?|seconds?)\b",
                       re.IGNORECASE)


def clock_unit(text: str, m: re.Match) -> str | None:
    """'hours', 'minutes' or 'seconds' for a part of a time written with marks ("3h 51' 03\"",
    "19' 36\"", "2' 23'"); None for anything else, as a height in feet and inches (6' 2\")."""
    num, after, before = m.group("num"), text[m.end() :], text[: m.start()]
    if not num.isdigit() or m.group("pct") or m.group("cur"):
        return None
    if _CLOCK_HOURS.match(after):
        return "hours"
    clock = _CLOCK_MIN.match(after)
    if clock and _is_clock(before, clock.group("mark"), clock.group("sec")):
        return "minutes"
    first = _CLOCK_SEC_BEFORE.search(before)
    mark = re.match(rf"\s*({_MARK})(?![\w'′’])", after)
    if first and mark and len(num) <= 2 \
            and _is_clock(before[: first.start("min")], mark.group(1), num):
        return "seconds"
    return None


def _is_clock(before: str, mark: str, seconds: str) -> bool:
    """Whether 'M' S"' is minutes and seconds rather than feet and inches: an hours part
    before it, a second part of 12 or more, a leading zero ('03'), a closing single mark,
    or a word of timing in the sentence ('in a time of', 'lead', 'won by')."""
    return bool(re.search(r"\d\s*h\s*$", before) or int(seconds) >= 12
                or seconds.startswith("0") or mark in ("'", "′", "’")
                or _TIME_CUE.search(before))
