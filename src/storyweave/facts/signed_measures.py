"""Temperatures written with a degree sign or a glued scale letter ('40C', '20°C', '-15C',
'minus 20 degrees'), with their sign, and the two sides of a vote ('voted 232-196', 'a 52-47
vote')."""

from __future__ import annotations

import re

Unit = tuple[str, str, float]

#  '20°C', '68 °F', '15º', '40C' and '2.3F' glued (a scale letter alone, never '3D' or '5G')
_DEGREE_SIGN = re.compile(r"\s?[°º]\s?([CF])?(?![A-Za-z])")
_SCALE_GLUED = re.compile(r"(?-i:([CF]))(?![\w’'])")
#  a glued 'C' or 'F' is a temperature only where the sentence speaks of heat or weather
_WARMTH = re.compile(r"\b(?:temperatures?|degrees?|heat|heatwave|warm\w*|hot\w*|cold\w*|cool\w*|"
                     r"freez\w*|frost\w*|chill\w*|highs?|lows?|thermometers?|celsius|fahrenheit|"
                     r"weather|climate|forecast\w*|ocean|sea|water)\b", re.IGNORECASE)
#  a minus sign or word just before the number: 'minus 20', '-15C', '–4 degrees'
_MINUS = re.compile(r"(?:\bminus[\s‐‑-]+|(?<![\w.,)-])[-–−])$", re.IGNORECASE)


def temperature_unit(text: str, m: re.Match) -> Unit | None:
    """('C' | 'F' | 'degrees', 'temperature', 1.0) for a number with a degree sign after it
    ('20°C', '15º') or a glued scale letter in a sentence about heat or weather ('40C')."""
    num = m.group("num")
    if not num[-1].isdigit() or m.group("cur") or m.group("pct"):
        return None
    sign = _DEGREE_SIGN.match(text, m.end())
    if sign:
        return (sign.group(1) or "degrees", "temperature", 1.0)
    glued = _SCALE_GLUED.match(text, m.end())
    if glued and _WARMTH.search(text) and re.fullmatch(r"\d{1,3}(?:\.\d)?", num):
        return (glued.group(1), "temperature", 1.0)
    return None


def signed(text: str, m: re.Match, value: float, dimension: str) -> float:
    """A temperature's value with its sign: 'minus 17 degrees' and '-15C' are below zero."""
    if dimension == "temperature" and value > 0 and _MINUS.search(text[: m.start("num")]):
        return -value
    return value


#  the words that make a pair of counts a vote ('voted 232-196', 'approved 52-47', 'by a vote
#  of 6-3') or follow it ('a 5-4 ruling', 'a 228-191 vote'); a jury's split ('deadlocked at
#  9-3') is left to the count of jurors it goes with
_VOTE_BEFORE = re.compile(
    r"\b(?:vot(?:ed|es?|ing)|passed|approved|rejected|confirmed|adopted|defeated|overrode|"
    r"ruled|decided|tally\s+of)(?:\s+(?:\w+\s+){0,2}?(?:at|by|of|on)|\s+(?:was|were|stood))?"
    r"(?:\s+an?)?(?:\s+(?:vote|margin|tally|count)\s+of)?\s*$", re.IGNORECASE)
_VOTE_AFTER = re.compile(r"\s*(?:party-line\s+|bipartisan\s+|split\s+)?(votes?|ruling|"
                         r"decision|verdict|majority|margin|tally)\b", re.IGNORECASE)
#  the words that make 'a 58-42 margin' a vote's, not a game's ('owned the glass by a 44-26
#  margin')
_VOTE_CONTEXT = re.compile(r"\b(?:vot\w*|ballots?|bills?|laws?|referendum|senat\w*|house|"
                           r"congress\w*|parliament\w*|council\w*|assembly|committee|board|"
                           r"jur(?:y|ors?)|courts?|justices|judges|lawmakers|legislat\w+|"
                           r"delegates|elect\w*|motion|amendment|resolution|measure|"
                           r"approv\w+|reject\w*|adopt\w*|confirm\w*|ratif\w+)\b",
                           re.IGNORECASE)
_DASH = r"(?:\s?[-–]\s?|\s+to\s+)"  # '232-196', '232 to 196'
_PAIR = re.compile(rf"(?<![\d.,:/$€£-])(\d{{1,3}}){_DASH}(\d{{1,3}})(?![\d.,:/]?\d|[-–]\s?\d|"
                   r"[\w%$€£])")


def vote_unit(text: str, start: int, end: int) -> Unit | None:
    """('votes', 'score', 1.0) for either side of a vote ('passed 228-191', 'a 5-4 ruling');
    a tally of two sides like a score, so the two figures are one fact."""
    for pair in _PAIR.finditer(text, max(0, start - 9), min(len(text), end + 9)):
        if start not in (pair.start(1), pair.start(2)):
            continue
        after = _VOTE_AFTER.match(text, pair.end())
        if _VOTE_BEFORE.search(text[: pair.start()]) or (after and (
                after.group(1).lower() not in ("margin", "majority", "tally")
                or _VOTE_CONTEXT.search(text))):
            return ("votes", "score", 1.0)  # 'won by a 71-60 margin' is a game's score
    return None


def vote_pair(text: str, first: re.Match, second: re.Match, unit_a: Unit | None,
              unit_b: Unit | None) -> bool:
    """Whether two figures are the two sides of one vote written with 'to' ('passed 232 to
    196'): one fact, as '232-196' is."""
    return unit_a == unit_b == _VOTES and bool(
        re.fullmatch(r"\s+to\s+", text[first.end() : second.start("num")]))


_VOTES = ("votes", "score", 1.0)

