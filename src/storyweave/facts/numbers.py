"""Numbers as written in news text: '10,000', '2.5 billion', 'two million' -> float."""

from __future__ import annotations

import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000,
    "bn": 1_000_000_000, "dozen": 12,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
    "mln": 1_000_000, "bln": 1_000_000_000, "b": 1_000_000_000,  # wire style: '$1.5 bln', '$3.1B'
}  # 'Rs 500 crore', '1.2 lakh farmers': the scale words of South Asian English
_WORD = "|".join(sorted((w for w in SMALL if w not in ("a", "an")), key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion|dozen|lakhs?|crores?"

#: A number written with digits and an optional scale word ('2.5 billion', '10,000', '32').
DIGITS = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+ ?[½¼¾]"  # '3½', '7 ½' too
          r"|(?<![\d/.])\d+[ -][13] ?/ ?[24](?![\d/])"  # '4 1/2', '2-1/2', '4 1 / 2': mixed
          r"|(?<![\d/.])\d*[1-9]1 ?/ ?2(?![\d/])(?= [a-z]{3}|$)"  # '41/2 months': '4½' lost
          r"|\d+(?:\.\d+)?")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_MIXED = re.compile(r"(\d+)[ -]([13]) ?/ ?([24])|(\d*[1-9])1 ?/ ?2")
#  ('$2.6-million': a hyphen before a scale word, as in an adjective)
#  ('$21MM', '$27.5MM', '$140-150MM': 'MM' after a sum is millions, as in finance; '9MM' alone
#  stays millimetres)
_AFTER_SUM = "|".join(rf"(?<=[$€£][\d.,–-]{{{n}}})" for n in range(1, 9))
DIGIT_NUMBER = (rf"(?:{DIGITS})(?:(?:\s*|[-‐‑](?=(?:{_SCALE})\b))(?:{_SCALE}|bn|mn|mln|bln)\b"
                rf"|(?<=\d)(?:k|m|bn)\b|(?:{_AFTER_SUM})(?-i:MM|B)\b)?")
#: A number written in words ('two million', 'twenty-five', 'a hundred', 'half a million').
WORD_NUMBER = (
    rf"(?:half[\s-](?:{_SCALE})|half\s+an?(?=\s+(?:inch|hour|mile|metre|meter|kilo|pound|"
    rf"degree|percent|litre|liter|ton))"
    rf"|(?:half\s+an?|an?(?![\s-](?:{_WORD})\b)|{_WORD})(?:[\s-](?:{_WORD}))*(?:[\s-]+(?:{_SCALE}))+"
    rf"|(?:{_WORD})(?:-(?:{_WORD}))?(?:\s+and\s+a\s+half\b(?=\s+(?:years?|months?|weeks?|days?|"
    rf"hours?|minutes?|miles?|kilomet(?:er|re)s?|times)\b))?)"
)  # 'three and a half years', 'four and a half hours'

NUMBER = rf"(?:{DIGIT_NUMBER}|\b{WORD_NUMBER}\b)"


def parse_number(text: str) -> float | None:
    """The value of a number phrase, or None when it is not one."""
    t = text.strip().lower().replace("\u2009", "").replace("\xa0", " ")
    if t.startswith("."):  # '.308', '. 09': a decimal without its leading zero
        t = "0" + t.replace(" ", "")
    m = re.fullmatch(rf"({DIGITS})(?:\s*|[-‐‑])([a-z]+)?", t)
    if m:
        value = _digits_value(m.group(1))
        scale = m.group(2)
        if scale is None:
            return value
        if scale == "mm":  # '$21MM': the only 'mm' a number phrase holds
            return float(f"{value * 1e6:.12g}")
        # '4.1 billion' is 4,100,000,000, not 4,099,999,999.9999995
        return float(f"{value * SCALES[scale]:.12g}") if scale in SCALES else None
    return _parse_words(t)


def _digits_value(text: str) -> float:
    """'10,000' -> 10000.0, '3½' -> 3.5, '4 1/2', '4-1/2', '4 1 / 2' and '41/2' (a '4½'
    whose sign was lost in copying: its fraction ends the number) -> 4.5."""
    mixed = _MIXED.fullmatch(text)
    if mixed and mixed.group(1):
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3))
    if mixed:
        return int(mixed.group(4)) + 0.5
    digits = text.replace(",", "").replace(" ", "")
    if digits[-1] in _FRACTIONS:
        return float(digits[:-1]) + _FRACTIONS[digits[-1]]
    return float(digits)


def _parse_words(t: str) -> float | None:
    words = re.split(r"[\s-]+", t.replace(" and ", " "))
    if words[:2] in (["half", "a"], ["half", "an"]):
        words = ["0.5"] + words[2:]
    elif words[:1] == ["half"]:
        words = ["0.5"] + words[1:]
    half = words[-2:] == ["a", "half"] and len(words) > 2  # 'three and a half'
    if half:
        words = words[:-2]
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w == "0.5":
            current, seen = 0.5, True
        elif w in SMALL:
            current += SMALL[w]
            seen = True
        elif w in SCALES and seen:
            current = (current or 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0.0
        else:
            return None
    return total + current + (0.5 if half else 0) if seen else None


def rounding_unit(text: str, value: float) -> float:
    """How coarsely a written number is rounded: '6,000' -> 1000, '6,100' -> 100, '6.5' -> 0.1."""
    digits = re.search(DIGITS, text)
    if not digits:  # words: 'two million' is rounded to its scale
        return _scale_of(value)
    d = digits.group(0).replace(",", "").replace(" ", "")
    if d[-1] in _FRACTIONS or "/" in d:
        return 0.25  # '3½', '4 1/2': to the quarter
    scale = value / float(d) if float(d) else 1.0
    if "." in d:
        return 10 ** -len(d.split(".")[1]) * scale
    stripped = d.rstrip("0")
    return 10 ** (len(d) - len(stripped)) * scale if stripped else scale


def _scale_of(value: float) -> float:
    unit = 1.0
    while value >= unit * 10 and value % (unit * 10) == 0:
        unit *= 10
    return unit


def format_value(value: float) -> str:
    """A value as a reader writes it: 6000 -> '6,000', 2.5e9 -> '2.5 billion', 11.0 -> '11'."""
    for name, scale in (("billion", 1e9), ("million", 1e6)):
        if value >= scale and value % (scale / 10) == 0:
            return f"{value / scale:g} {name}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
