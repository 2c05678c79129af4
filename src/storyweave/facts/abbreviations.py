"""Counts whose noun is an abbreviation in capitals ('46 KOs', '121 RBI', "47 KO's", '12KOs'):
the abbreviation is the unit; never a time zone ('1300 GMT'), nor a name's part ('3 USB 2.0
ports', '14 AK 47 rifles')."""

from __future__ import annotations

import re

_ABBREVIATION = re.compile(r"\s?(?P<abbr>[A-Z]{2,4})(?P<plural>['’]?s)?(?![\w'’-]|\s*\d)")
#  times and their zones: '1300 GMT', '05.51 AM IST'
_NOT_A_NOUN = frozenset(
    "AM PM GMT UTC BST CET CEST EET EST EDT CST CDT MST MDT PST PDT IST HKT JST AEST AEDT "
    "KST SGT WIB MSK ET CT MT PT".split())


def abbreviated_unit(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """('KOs', 'count', 1.0) for '46 KOs'; None when no abbreviation in capitals follows the
    figure, when it names a time zone, or when a name's capitalised word is right before the
    figure ('Blackberry 10 OS') or the figure is a model's four digits ('the 9600 GT')."""
    found = _ABBREVIATION.match(text, m.end())
    if not found or found.group("abbr") in _NOT_A_NOUN or not m.group("num")[-1].isdigit():
        return None
    if re.search(r"[A-Z][\w'’-]*\s*$", text[: m.start()]) or m.group("cur") or m.group("pct") \
            or re.fullmatch(r"\d{4,}", m.group("num")):
        return None  # 'the 9600 GT': four digits and capitals name a model
    abbr = found.group("abbr")
    return (abbr + ("s" if found.group("plural") else ""), "count", 1.0)
