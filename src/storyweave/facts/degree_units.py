"""What 'degrees' measures: a temperature only where the sentence speaks of heat or weather; a
quake's magnitude on the Richter scale ('3.8 degrees on the Richter scale', 'a 6.7 degree
quake'); an angle in a position ('26.94 degrees in latitude', '29 degrees, 50.36 minutes
north'), whose minutes are minutes of arc, not of time."""

from __future__ import annotations

import re

from .numbers import parse_number

Unit = tuple[str, str, float]

ANGLE = ("degrees", "angle", 1.0)
ARC_MINUTES = ("minutes", "angle", 1 / 60)
_MAGNITUDE = ("magnitude", "magnitude", 1.0)
_TEMPERATURE = ("degrees", "temperature", 1.0)

_DEGREES = re.compile(r"[\s-]*degrees?\b", re.IGNORECASE)
_RICHTER_AFTER = re.compile(r"[\s-]*degrees?(?:\s+(?:on|in)\s+the\s+(?:open-ended\s+)?Richter\b|"
                            r"[\s-]+(?:magnitude[\s-]+)?(?:earthquake|quake|tremor|aftershock|"
                            r"temblor)s?\b)", re.IGNORECASE)
_SEISMIC = re.compile(r"\b(?:Richter|magnitude|earthquakes?|quakes?|tremors?|aftershocks?|"
                      r"temblors?|seismic)\b", re.IGNORECASE)
#  a position: '26.94 degrees in latitude', '12 degrees north', '29 degrees, 50.36 minutes
#  north', 'latitude 31 degrees'
_BEARING = r"(?:north|south|east|west|(?-i:[NSEW]))\b"
_POSITION_AFTER = re.compile(rf"[\s-]*degrees?\b\s*(?:,\s*\d+(?:\.\d+)?\s*minutes?\s*)?"
                             rf"(?:(?:in\s+)?(?:latitude|longitude)\b|{_BEARING})",
                             re.IGNORECASE)
_ARC_MINUTES_AFTER = re.compile(rf"\s*minutes?\s*(?:{_BEARING}|(?:in\s+)?(?:latitude|"
                                rf"longitude)\b)", re.IGNORECASE)
_DEGREES_ELIDED = re.compile(rf"\s*,\s*\d+(?:\.\d+)?\s*minutes?\s*{_BEARING}", re.IGNORECASE)
#  the words of heat and weather that make a number of degrees a temperature
_WARMTH = re.compile(r"\b(?:temperatures?|heat|heatwave|warm\w*|hot|hotter|hottest|cold\w*|"
                     r"cool\w*|freez\w*|frost\w*|chill\w*|thermometers?|mercury|celsius|"
                     r"fahrenheit|centigrade|weather|climate|forecast\w*|below\s+zero|"
                     r"above\s+zero|fever)\b", re.IGNORECASE)
_MINUS = re.compile(r"(?:\bminus[\s‐‑-]+|(?<![\w.,)-])[-–−])$", re.IGNORECASE)


def degree_unit(text: str, m: re.Match) -> Unit | None:
    """The unit of a figure written with 'degrees' (or minutes of arc after one), by what the
    sentence speaks of; None for a figure with neither."""
    after = text[m.end() :]
    if _ARC_MINUTES_AFTER.match(after) or (
            re.match(r"\s*minutes?\b", after, re.IGNORECASE)
            and re.search(r"\d\s*degrees?\s*,\s*(?:and\s+)?$", text[: m.start()])):
        return ARC_MINUTES  # '50.36 minutes north', '29 degrees, 50.36 minutes'
    if _DEGREES_ELIDED.match(after):
        return ANGLE  # '48, 43.08 minutes east': the degrees of a position, their word left out
    if not _DEGREES.match(after):
        return None
    if _RICHTER_AFTER.match(after):
        return _MAGNITUDE  # '3.8 degrees on the Richter scale', 'a 6.7 degree quake'
    if _POSITION_AFTER.match(after):
        return ANGLE  # '26.94 degrees in latitude', '12 degrees north'
    if _WARMTH.search(text) or _MINUS.search(text[: m.start("num")]):
        return _TEMPERATURE  # 'temperatures of minus 17 degrees', 'it was minus 4 degrees'
    value = parse_number(m.group("num"))
    if _SEISMIC.search(text) and value is not None and value < 10:
        return _MAGNITUDE  # 'the quake measured 5.2 degrees'
    return ANGLE  # 'a 180-degree turn', '55.96 degrees in the east of the region'


def arc_parts(text: str, first: re.Match, second: re.Match, first_unit: Unit | None,
              unit: Unit) -> bool:
    """Whether two figures are the degrees and minutes of one position ('29 degrees, 50.36
    minutes north'): one figure, as the parts of a time are."""
    return first_unit == ANGLE and unit == ARC_MINUTES and bool(re.fullmatch(
        r"(?:\s*degrees?\b)?\s*,?\s*(?:and\s+)?", text[first.end() : second.start()],
        re.IGNORECASE))
