"""The unit of a figure: shown, implied by the sentence, or read from marks (inches, minutes),
resolutions and conversions in brackets."""

from __future__ import annotations

import re

from .clock_marks import clock_unit
from .counted_nouns import (
    _TEAM_ROLES,
    _counted_noun,
    _one_person,
    _people_of,
    number_of_noun,
    things_of,
)
from .deferred_units import part_unit, range_end_unit, ratio_unit, suspended_unit
from .degree_units import degree_unit
from .figure_forms import said_age
from .numbers import parse_number
from .player_figures import height_and_weight
from .quantity_patterns import (
    _AGE_AFTER,
    _CASUALTY_AFTER,
    _DIED_AFTER,
    _DONE_AFTER,
    _DONE_TO,
    _FAMILY_OF,
    _FATE_AFTER,
    _FIGURE_CUE,
    _LIST_ITEM,
    _NOUN_OF,
    _PARENT_OF,
    _PART_OF_COUNT,
    _PARTICIPLE_NOUN,
    _PEOPLE_AFTER,
    _SEISMIC,
    _THE_BEFORE,
    _THE_N_DOES,
    _THE_N_ENDS,
)
from .signed_measures import temperature_unit, vote_unit
from .tallies import scored_points, tally_unit
from .text import STOPWORDS
from .traits import names_people
from .units import (
    COLLECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURES,
    is_plural_noun,
    measure,
)

_MONEY_WORD = re.compile(r"(?:\s*|(?<=[a-z])[-‐‑])(?:U\.?S\.?\s+|American\s+)?([A-Za-z]+)\b")
_AGE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+\s*,\s*both\s*$|(?:\b[A-Z][\w'’-]+|"
                         r"\b(?:Jr|Sr)\.|\b(?:man|woman|boy|girl|husband|wife|"
                         r"son|daughter|mother|father|driver|resident))\s*,\s*$)")
#     'X Y Jr., 49,': a name's suffix before the age; 'X and Y, both 51,': two ages
_CENTS = re.compile(r"(?:\s*|[-‐‑])(?:(euro)\s+|U\.?S\.?\s+)?cents?\b", re.IGNORECASE)
_POUNDS_WEIGH = re.compile(  # weight, not money: 'kg (or 55|', '|pounds of rice'
    r"(?:\d\s*(?:kg|kilos?|kilograms?|tonnes?|tons?)\s*[(\[](?:or\s+|about\s+)?\|)|"
    r"\|\s*pounds?\s*[)\]]?\s+of\s+(?!the\b|their\b|its\b)[a-z]", re.IGNORECASE)
_WEIGH_VERB = re.compile(r"\b(?:weigh\w*|tow\w*|lift\w*|haul\w*|payload|heav\w*|lost|gained|"
                         r"shed|carr\w+)(?:\s+[a-z]+){0,2}\s*$", re.IGNORECASE)
#     'weighed 200 pounds', 'can tow up to 14,000 pounds' (a verb of weight before the figure;
#     a sum with a scale word stays money: 'lost 2 million pounds')
_SIZE_WORDS = frozenset("long wide high deep tall thick strong gauge caliber calibre bore".split())
#     'a 20-mile-long', and a gun's class: 'a 12-gauge shotgun'
_GROUP_OF = re.compile(r"\b(population|crew|staff|workforce|team|contingent|delegation|garrison|"
                       r"force|sect|congregation|community|crowd|town|city|village|suburb|"
                       r"island|nation|country)\s+of\s*$|\b(population)\s*$", re.IGNORECASE)
_GROUP_UNIT = {"population": "people", "crowd": "people", "sect": "members",
               "congregation": "members", "community": "members"}  # 'a sect of about 400'
_GROUP_UNIT |= dict.fromkeys("town city village suburb island nation country".split(),
                             "residents")  # 'a town of 14,000', 'a city of population 167,000'
_OF_AGE = re.compile(r"\b(?:man|woman|boy|girl|person|mother|father|driver)\s*,?"
                     r"\s*of\s*$", re.IGNORECASE)  # 'a woman of 80 years'
_AGE_ENDS = re.compile(r"\s*(?:,|[-–—]\s|years\s*,)")  # 'The man, 67, was', 'X Y, 48 - a'
_NAME_AGE_ENDS = re.compile(r"(?:\s*[.;)](?:\s|$)|\s+and\s+(?:from|of)\b|\s*$)")
#     'found X Y, 20.', 'X Y, 23 and from Z': an age set off after a full name
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z]\s*,\s*$")
_AGED_RANGE = re.compile(r"\baged\s+(?:between|from)(?:\s+[\w-]+){0,3}?\s*$",
                         re.IGNORECASE)  # 'aged between 2 and 12', 'aged from six months to'
_AGE_FACTOR = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25}
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitudes?\b(?:[^.;]|\.(?=\d)){0,40}$", re.IGNORECASE)
_PEOPLE_ESE = re.compile(r"\s+([A-Z][a-z]+ese|Swiss)(?=\s*[,.;:)]|\s+(?:have|has|had|were|"
                         r"are|was|who|fled|died|living|live|in|from|and)\b)")
_MAGNITUDE_RIGHT_BEFORE = re.compile(r"\bmagnitude[\s‐‑–-]*$", re.IGNORECASE)
_AGES_LISTED = re.compile(r"\b(?i:aged|ages|age)(?:\s+\d{1,2}\s*(?:,|and|&))*\s*$")
#     'aged 67', 'two girls, ages 12 and 15', 'aged 15 and 12'
_AGE_NAMED = re.compile(r"\b(?i:age)(?:\s+of)?\s*$")  # 'Dies At Age 91' too


def _age_limit(text: str, m: re.Match, after: str) -> bool:
    """Whether 'under N' or 'over N' after a noun naming people is an age limit ('the first
    physician under 40', 'children under 5'), not a count or a measure."""
    qual = (m.group("qual") or "").lower()
    noun = re.search(r"([a-z]+)\s+$", text[: m.start()])
    unit = re.match(r"[\s-]*([A-Za-z]+)", after)
    return qual in ("under", "over", "above", "below") and bool(noun) and names_people(
        noun.group(1)) and not (unit and (measure(unit.group(1)) or is_plural_noun(
            unit.group(1)))) and value_below(m, 120)


_PER_HOUR = re.compile(r"[\s-]*(kilomet(?:re|er)s?|miles?|km)[\s-]+(?:per|an|a)[\s-]+hour\b",
                       re.IGNORECASE)
_HOME_RUNS = re.compile(r"\s*HR\b")  # '203 HR', '41 HR and 120 RBI': home runs, not hours


def _unit_of(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """(unit shown, dimension, factor to base) of a figure, or None when it counts nothing."""
    after = text[m.end() :]
    if m.group("pct"):
        points = "point" in m.group("pct").lower()
        return ("percentage points", "points", 1.0) if points else ("%", "percent", 1.0)
    if m.group("cur"):
        cur = m.group("cur").lower()
        code = CURRENCY_SYMBOLS.get(cur, cur.upper())  # an ISO code as written: 'CLP'
        return (code, f"money:{code}", 1.0)
    deferred = suspended_unit(text, m, _unit_of) or part_unit(text, m, _unit_of) \
        or range_end_unit(text, m) or ratio_unit(text, m, _unit_of)
    if deferred:  # 'a 24- to 30-foot boat': 24 feet; '28 of his 68 punches': 28 punches
        return deferred
    if re.match(r"\s?US\$", after):
        return ("USD", "money:USD", 1.0)  # '(0.41 US$)'
    if re.search(r"\dm$", m.group("num")) and not _counted_noun(after):
        if _million_beside(text, m.end()):
            return ("", "any", 1.0)  # '6.1m people ..., peaking at 6.9m': a million too
        dimension, factor, shown = MEASURES["metres"]
        return (shown, dimension, factor)  # '3,000m': metres; '1.5m people': a million
    glued = height_and_weight(text[: m.start("num")], m.group("num"), text[m.end("num") :])
    if glued:
        dimension, factor, shown = MEASURES[glued]
        return (shown, dimension, factor)  # 'X (6-2, 215)': 6 feet 2 inches, 215 pounds
    if re.search(r"\d[-‐‑](?:foot|feet)[-‐‑]$", text[: m.start("num")]) \
            and value_below(m, 12):
        dimension, factor, shown = MEASURES["inches"]
        return (shown, dimension, factor)  # '6-foot-2': 6 feet and 2 inches, one height
    tally = vote_unit(text, m.start("num"), m.end("num")) or temperature_unit(text, m) \
        or tally_unit(text, m.start("num"), m.end("num"))
    if tally:  # 'passed 228-191': a vote's side; '-15C', '20°C': a temperature; 'a 20-13 win',
        #        'improved to 10-5': one side of a score or a record
        return tally
    cents = _CENTS.match(after)
    if cents:  # '69 cents': $0.69, a sum that stands beside '$0.69' and '$1.29'
        code = "EUR" if cents.group(1) else "USD"
        return (code, f"money:{code}", 0.01)
    money = _MONEY_WORD.match(m.group("num")[-1:] + after, 1)  # 'a two-million-euro haul' too
    if money and money.group(1).lower() in ("pound", "pounds") and (_POUNDS_WEIGH.search(
            text[: m.start()] + "|" + after) or (_WEIGH_VERB.search(text[: m.start()])
                                                 and not re.search(r"[a-z]$", m.group("num")))):
        return ("pounds", "mass", 0.4536)  # '25kg (or 55 pounds) of rice'
    if money and money.group(1).lower() in CURRENCY_WORDS:
        code = CURRENCY_WORDS[money.group(1).lower()]
        return (code, f"money:{code}", 1.0)
    age = _AGE_AFTER.match(after)
    if age and not age.group(1).lower().startswith("year"):  # 'his six month old daughter'
        period = age.group(1).lower().rstrip("s")
        return (f"{period}s old", "age", _AGE_FACTOR[period])
    if _AGED_RANGE.search(text[: m.start()]):  # 'aged between two months and twelve years'
        period = re.match(r"\s+(year|month|week)s?\b", after)
        period_name = period.group(1) if period else "year"
        return (f"{period_name}s old", "age", _AGE_FACTOR[period_name])
    months = re.match(r"\s+(month|week)s?\b", after)  # 'aged 18 months', 'age of 48 months'
    if months and (_AGE_NAMED.search(text[: m.start()]) or _AGES_LISTED.search(text[: m.start()])):
        return (f"{months.group(1)}s old", "age", _AGE_FACTOR[months.group(1)])
    if _AGE_NAMED.search(text[: m.start()]) or _age_limit(text, m, after):
        return ("years old", "age", 1.0)  # 'died at age 44', 'the first doctor under 40'
    if age or (
            _AGE_ENDS.match(after) and _AGE_BEFORE.search(text[: m.start()])) \
            or (_NAME_AGE_ENDS.match(after) and _NAME_BEFORE.search(text[: m.start()])
                and value_below(m, 120)) \
            or (_AGES_LISTED.search(text[: m.start()]) and value_below(m, 120)) \
            or said_age(text[: m.start()], after, parse_number(m.group("num")) or 0) or (
                re.match(r"\s+years\b", after) and _OF_AGE.search(text[: m.start()])):
        return ("years old", "age", 1.0)  # '67-year-old', 'The man, 67, was ...', 'aged 67'
    square = re.match(r"[\s-]*square[\s-]+([A-Za-z]+)", after, re.IGNORECASE)
    if square and square.group(1).lower() in MEASURES \
            and MEASURES[square.group(1).lower()][0] == "distance":
        side = MEASURES[square.group(1).lower()]  # '5 square kilometers' is not square miles
        return (f"square {side[2]}", "area", side[1] ** 2)
    if re.match(r"U(?![\w.’'])", after) and m.group("num")[-1].isdigit():
        return ("U", "rack units", 1.0)  # 'a 10U chassis': the height of rack equipment
    first = re.match(r"[\s-]*([A-Za-z]+(?:/h)?)(?:’|')?", after)
    if _METRES_APART.match(after) and m.group("num")[-1].isdigit():
        dimension, factor, shown = MEASURES["metres"]
        return (shown, dimension, factor)
    if text[: m.start("num")].endswith("M") and "." in m.group("num") and _SEISMIC.search(text):
        return ("magnitude", "magnitude", 1.0)  # 'M7.5', the seismologists' notation
    if _QUAKE_AFTER.match(after) and ("." in m.group("num") or m.group("trail")) \
            and value_below(m, 10):  # 'the great 8.8 earthquake', 'a 4-plus earthquake'
        return ("magnitude", "magnitude", 1.0)  # 'the great 8.8 earthquake'
    if _QUAKE_MEASURED.search(text[: m.start()]) and "." in m.group("num") \
            and value_below(m, 10) and not (first and measure(first.group(1))):
        return ("magnitude", "magnitude", 1.0)  # 'an earthquake measuring 4.6 rattled'
    if _MAGNITUDE_RIGHT_BEFORE.search(text[: m.start()]) and value_below(m, 10):
        return ("magnitude", "magnitude", 1.0)  # 'a magnitude-5.9 quake', 'Of Magnitude 5.9'
    if _is_resolution(text, m):
        return ("pixels", "resolution", 1.0)  # '1,280 x 800 resolution': both are pixels
    speed = _PER_HOUR.match(after)
    if speed and measure(speed.group(1)) and measure(speed.group(1))[0] == "distance":
        _, factor, shown = measure(speed.group(1))  # '840 kilometres per hour', '120 miles
        return ("mph" if shown == "miles" else "km/h", "speed", factor)  # an hour': a speed
    degrees = degree_unit(text, m)
    if degrees:  # '3.8 degrees on the Richter scale', '26.94 degrees in latitude'
        return degrees
    if first and measure(first.group(1)) and not _HOME_RUNS.match(after):
        dimension, factor, shown = measure(first.group(1))
        return (shown, dimension, factor)
    clock = clock_unit(text, m)
    if clock:  # "3h 51' 03\"", "by 2' 23'": a race time in hours, minutes and seconds
        dimension, factor, shown = MEASURES[clock]
        return (shown, dimension, factor)
    if _inch_mark(text, m):
        dimension, factor, shown = MEASURES["inches"]
        return (shown, dimension, factor)  # 'a 15.4″ display', 'a 15.4" display'
    if re.match(r"(?:'(?!')|′)(?!(?!x)[A-Za-z])", after):  # not the '' closing a ``quote
        dimension, factor, shown = MEASURES["feet"]
        return (shown, dimension, factor)  # "8'x 6'": feet
    hyphen = re.match(r"[-‐‑]([a-z]{3,})\b(?![-‐‑])", after)
    if hyphen and hyphen.group(1) == "strong":
        return ("people", "count", 1.0)  # 'a 5,000-strong crowd'
    if hyphen and not measure(hyphen.group(1)) and not is_plural_noun(hyphen.group(1)) \
            and hyphen.group(1) not in _SIZE_WORDS and hyphen.group(1) not in STOPWORDS:
        return (hyphen.group(1) + "s", "count", 1.0)  # 'a 15-page draft': 15 pages
    plus = re.match(r"\s+([a-z]{3,})\s+[a-z]{3,}", after) if m.group("trail") == "+" else None
    if plus and not is_plural_noun(plus.group(1)) and plus.group(1) not in STOPWORDS:
        return (plus.group(1) + "s", "count", 1.0)  # 'a 100+ member troupe': 100+ members
    noun = _counted_noun(after)
    role = re.match(rf"\s+(?:[a-z]+\s+)?((?:running|defensive|offensive)\s+{noun})\b", after) \
        if noun and _TEAM_ROLES.fullmatch(noun) else None
    if noun:  # 'two running backs': the position, a kind of player
        return (role.group(1) if role else noun, "count", 1.0)
    if scored_points(text[: m.start()], after):
        return ("points", "count", 1.0)  # 'X scored 13 for the Owls'
    if _FAMILY_OF.search(text[: m.start()]):
        return ("family", "family", 1.0)  # 'a family of four': its size, a figure of its own
    if _PARENT_OF.search(text[: m.start()]):
        return ("children", "offspring", 1.0)  # 'a mother of two': her children, a figure
        #                                         of its own (never a count of the dead)
    part_of = _people_of(after)
    if part_of is None and m.group("num")[0].isdigit():
        part_of = things_of(after)  # '150 of its stores', '200,000 of the comments'
    if part_of is not None:  # 'two of the hijackers'; 'six of them' borrows its noun
        return (part_of, "count", 1.0)
    person = _PEOPLE_AFTER.match(after)
    if person:  # 'one soldier', 'one female sailor'
        return (person.group(0).split()[-1].lower(), "count", 1.0)
    one = _one_person(after) if parse_number(m.group("num")) == 1 else None
    if one:  # 'at least one Iraqi during', 'one Canadian was'
        return (one, "count", 1.0)
    people = _PEOPLE_ESE.match(after) if not value_below(m, 2) else None
    if people:  # 'more than 30,000 Sudanese have', '200 Chinese were': a people's name
        return (people.group(1).lower(), "count", 1.0)
    return _implied_unit(text, m, after)


_PIXELS_AFTER = re.compile(r"\s*(?:pixels?|px|resolution|display|screen|panel)\b", re.IGNORECASE)
_BY_AFTER = re.compile(r"[-‐‑\s]*(?:x|×|by)[-‐‑\s]*\d[\d,]*(?:\.\d+)?(?=[-‐‑\s]*(?:pixels?|px|"
                       r"resolution|display|screen|panel)\b)", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\d[-‐‑\s]*(?P<px>pixels?\s+)?(?:x|×|by)[-‐‑\s]*$", re.IGNORECASE)
#  '480 x 360' in a sentence about a screen: 'at 480 x 360, the sharpest screen', 'a native
#  resolution of 1680 x 1050' (both sides of three or four digits)
_WIDE_BY_HIGH = re.compile(r"\s*(?:x|×)\s*\d{3,4}(?!\d|[,.]\d)")
_HIGH_AFTER_WIDE = re.compile(r"(?<![\d,.])\d{3,4}\s*(?:x|×)\s*$")
_SCREEN_WORDS = re.compile(r"\b(?:resolution|screens?|displays?|pixels?)\b", re.IGNORECASE)
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|he|she|they|it|we|i|you|according|added)\b",
                           re.IGNORECASE)


def _converted(text: str, first: re.Match, second: re.Match,
               unit_a: tuple[str, str, float] | None,
               unit_b: tuple[str, str, float] | None) -> bool:
    """Whether a figure in brackets converts the one before it into another currency ('€20
    million (about US$16 million)', '£210m ($334 million)') or another unit of its measure
    ('less than 25 km (15 miles)'): one figure written twice."""
    if unit_a is None or unit_b is None:
        return False
    between = text[first.end() : second.start()]
    if unit_a[1] == unit_b[1]:
        return unit_a[0] != unit_b[0] and unit_a[1] in _CONVERTIBLE and bool(re.fullmatch(
            r"[\s-]*[^\W\d]+\.?(?:\s+[^\W\d]+)?\s*[(\[]\s*(?:or\s+|about\s+|some\s+)?", between))
    if not re.fullmatch(r"(?:[\s-]*[A-Za-z]+)?\s*[(\[]\s*(?:or\s+)?", between):
        return False  # '€2 million (', 'a two-million-euro ($2.6-million)'
    return unit_a[1].startswith("money:") and unit_b[1].startswith("money:")


_CONVERTIBLE = frozenset(("distance", "mass", "area", "speed", "volume"))


def _measured_year(text: str, m: re.Match) -> bool:
    """Whether a figure that looks like a year is a measure: a technical unit glued or spaced
    after it ('2100 mAh', '1920 MHz') or one side of a resolution ('1920x1200')."""
    after = text[m.end() :]
    unit = re.match(r"[\s-]?([A-Za-z]+)\b", after)
    technical = unit and unit.group(1) != unit.group(1).lower() and measure(unit.group(1))
    return bool(technical or _is_resolution(text, m))


def _resolution_pair(text: str, first: re.Match, second: re.Match,
                     unit_a: tuple[str, str, float] | None,
                     unit_b: tuple[str, str, float] | None) -> bool:
    """Whether two figures are the two sides of one resolution ('1,440 x 900'): one figure,
    as the two ends of a range are."""
    return unit_a is not None and unit_b is not None and unit_a[1] == unit_b[1] == \
        "resolution" and bool(re.fullmatch(r"[-‐‑\s]*(?:pixels?\s+)?(?:x|×|by)[-‐‑\s]*",
                                           text[first.end() : second.start()], re.IGNORECASE))


def _is_resolution(text: str, m: re.Match) -> bool:
    """Whether a figure is one side of a resolution: '2880 x 1800 pixels', '1,440 x 900
    display', '2880x1800 resolution', '2880 pixels by 1800'."""
    after = text[m.end() :]
    if _BY_AFTER.match(after):
        return True
    wide = re.fullmatch(r"\d{3,4}", m.group("num")) and _SCREEN_WORDS.search(text)
    if wide and (_WIDE_BY_HIGH.match(after) or _HIGH_AFTER_WIDE.search(text[: m.start()])):
        return True
    before = _BY_BEFORE.search(text[: m.start()])
    return bool(before and (before.group("px") or _PIXELS_AFTER.match(after)))


def _inch_mark(text: str, m: re.Match) -> bool:
    """Whether the mark after a figure is an inch mark: always '″'; two primes before a word
    ("a 17'' notebook") outside a quote opened with ``; a straight '"' when it
    opens no quote and closes none (an even count of them before it on the line, and a word
    after it that is not a speaker's: 'a 15.4" retina display')."""
    after = text[m.end() :]
    if after.startswith("″"):
        return True
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if after.startswith("''") and m.group("num")[-1].isdigit():  # "the 17'' notebook"
        return line.count("``") <= line.count("''") and bool(re.match(r"''\s+[A-Za-z]", after))
    return bool(after.startswith('"') and m.group("num")[-1].isdigit() and line.count('"') % 2 == 0
                and re.match(r'"\s+[a-z]', after) and not _SPEECH_AFTER.match(after[1:]))


_METRES_APART = re.compile(r" m(?=\s+(?:from|away|high|long|deep|wide|tall|above|below|under|"
                           r"of|in|on|to|into|behind|ahead|short|back|along|across|and|or)\b"
                           r"|\s*[,;)])")  # '500 m from the finish', not '3 m.' nor '5 m euros'
_QUAKE_MEASURED = re.compile(r"\b(?:earthquake|quake|tremor|aftershock|temblor)s?\b[^.;]{0,30}"
                             r"\b(?:measur(?:ing|ed)|regist(?:ered|ering)|was|is)\s*$",
                             re.IGNORECASE)  # 'the largest quake recorded there was 4.5'
_QUAKE_AFTER = re.compile(r"[\s-]+(?:magnitude[\s-]+)?(?:earthquake|quake|tremor|aftershock|"
                          r"temblor)s?\b", re.IGNORECASE)


def value_below(m: re.Match, limit: float) -> bool:
    """Whether the figure's number is below ``limit``."""
    value = parse_number(m.group("num"))
    return value is not None and value < limit


def _implied_unit(text: str, m: re.Match, after: str) -> tuple[str, str, float] | None:
    """The unit of a figure with no unit or noun of its own, from the words around it
    ('the nine captured', 'more than 300 were killed', 'the toll rose to 80', '* X - 28,500');
    '' for a noun to borrow from an earlier figure."""
    casualty = _CASUALTY_AFTER.match(after)
    if casualty:  # '45 injured', '869 disappeared'
        return (casualty.group(1).lower(), "count", 1.0)
    participle = _PARTICIPLE_NOUN.match(after)
    if participle and (_THE_BEFORE.search(text[: m.start()]) or participle.group(1).lower() in (
            "injured", "wounded", "killed", "missing")):
        return (participle.group(1).lower(), "count", 1.0)  # 'the nine captured', '45 injured'
    if re.match(r"\s+(?:on board|aboard)\b", after):
        return ("people", "count", 1.0)  # 'the 228 on board'
    before = text[: m.start()]
    if re.search(r"(?:,|\band)\s*$", before) and _PART_OF_COUNT.match(after):
        return ("", "count", 1.0)  # 'eight from the navy': borrowed
    if _THE_BEFORE.search(before) and _THE_N_ENDS.match(after):
        return ("", "restated", 1.0)  # 'the fifteen were freed': an earlier count of fifteen
    if _FATE_AFTER.match(after) or _DIED_AFTER.match(after) or (
            _DONE_TO.search(before) and re.match(r"\s*(?:[.,;]|$|\s+(?:on|in|at|during|after|"
                                                   r"since|and|but)\b)", after)):
        return ("people", "count", 1.0)  # 'more than 300 were killed', 'Eleven died',
        #                                  'police arrested 12.'
    if _DONE_AFTER.match(after):
        return ("", "count", 1.0)  # '75,000 have been buried': what the figure before counted
    if _THE_BEFORE.search(before) and _THE_N_DOES.match(after):
        return ("", "anaphor", 1.0)  # 'the five convicted are': the five named before
    if m.group("trail"):
        return ("", "same", 1.0)  # '5.9 on the Richter scale; ... 5.0 or higher'
    if _MAGNITUDE_BEFORE.search(text[: m.start()]) and not _DONE_TO.search(text[: m.start()]) \
            or re.match(
            r"\s+on\s+the\s+(?:[\w-]+\s+){0,2}?(?:Richter|magnitude)\b", after):
        return ("magnitude", "magnitude", 1.0)  # 'the magnitude from 9.0 to 9.1'
    group = _GROUP_OF.search(text[: m.start()])
    if group:  # 'a population of 1.2 million', 'a crew of 23'
        noun = (group.group(1) or group.group(2)).lower()
        return (_GROUP_UNIT.get(noun, noun), "count", 1.0)
    cue_text = text[: m.start()]
    of = ([None] + list(_NOUN_OF.finditer(text[: m.start()])))[-1]
    if of is not None and (is_plural_noun(of.group(2)) or of.group(2).lower() in COLLECTIVES):
        return (of.group(2).lower(), "count", 1.0)
    named = number_of_noun(text, m, of)
    if named:  # 'the number of confirmed cases rose to 1,200', 'brought to 12 the number of
        return (named, "count", 1.0)  # Rams players'
    cue = _FIGURE_CUE.search(cue_text) or _FIGURE_CUE.search(text[: m.start("num")])
    #                                     ('the toll could climb beyond': a qualifier as cue)
    if cue and re.search(r"\b(?:toll|death|dead)\b", cue_text[max(0, cue.start() - 12) :],
                         re.IGNORECASE):
        return ("deaths", "count", 1.0)  # 'the death toll remains at one'
    if cue or _LIST_ITEM.search(cue_text):
        return ("", "count", 1.0)  # 'the figure was revised to 3,800', '* Sri Lanka - 28,500'
    if re.search(r"(?:million|billion|bn|trillion)$", m.group("num"), re.IGNORECASE):
        return ("", "any", 1.0)  # 'the 350 million that was promised': the figure before's unit
    return None


def _million_beside(text: str, end: int) -> bool:
    """'6.9m' with no noun in a sentence where another 'Nm' counts something ('6.1m people
    ..., peaking at 6.9m'): a million, as there, not metres."""
    return any(o.end() != end and _counted_noun(text[o.end() :])
               for o in re.finditer(r"\d(?:\.\d+)?m\b", text))

