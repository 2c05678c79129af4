"""Quantities in an article: value, unit or counted noun, qualifier, rate, and their subject."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Article, Claim
from .clauses import clause_segments
from .figure_forms import in_a_name, said_age
from .mention import Mention
from .numbers import NUMBER, format_value, parse_number, rounding_unit
from .text import (
    MONTH_ABBR,
    MONTHS,
    STOPWORDS,
    fold,
    frames,
    quoted_sentence,
    sentences_of,
)
from .traits import (
    PEOPLE_NOUNS,
    count_place,
    figure_traits,
    measure_anchor,
    measured_thing,
    named_product,
    names_people,
)
from .units import (
    COLLECTIVES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURES,
    QUALIFIER_RE,
    QUALIFIERS,
    find_rate,
    is_plural_noun,
    measure,
)

_MONTH = "|".join(MONTHS + sorted(MONTH_ABBR))
_MONEY_WORD = re.compile(r"(?:\s*|(?<=[a-z])[-‐‑])(?:U\.?S\.?\s+|American\s+)?([A-Za-z]+)\b")
FIGURE = re.compile(
    rf"(?:(?P<qual>\b(?:{QUALIFIER_RE}))\s+)?"
    r"(?P<cur>\b(?:US|C|A)\$|[$€£¥])?\s?"
    rf"(?:(?<![\w.,:/#+])|(?<=\dx)|(?<=\bM)(?=\d\.\d\b))(?:(?<![^\d\s][-–‐‑])|(?<=[a-z]-of-)|(?<=[Mm]agnitude[-–‐‑]))(?!(?<=\s[-–])\d)(?P<num>{NUMBER})(?!(?!x)[\w,]\d|[\d:]|(?:st|nd|rd|th)\b)"
    r"(?P<pct>\s?%|\s*percent\b|\s*per\s+cent\b|\s?-?percentage\s+points?\b)?"
    r"(?P<trail>\s+or\s+(?:so|more|higher|greater|above|over|less|fewer|lower|below)\b"
    r"|-odd\b|-?plus\b(?!\s*\d)|\+(?![\d+]))?",
    re.IGNORECASE,
)
_NEXT = -1  # Mention.link placeholder: the figure right after (the other end of a range)
_PHONE = re.compile(r"\d[ ]\d")
_ANY_NUMBER = re.compile(rf"\d|\b(?:{NUMBER})\b", re.IGNORECASE)
_CONNECTOR = re.compile(r"\s*(?:–|—|-|‐|‑|to|or|and)\s*$", re.IGNORECASE)
_NOUN_OF = re.compile(r"\b(numbers?|totals?|tolls?|tally|count)\s+of\s+([a-z]+)\b",
                      re.IGNORECASE)
_LIST_ITEM = re.compile(  # '* Sri Lanka - approximately', 'BBC - “at least'
    rf"^[ \t]*[*•·]?[ \t]*[A-Z][\w&.’' ]{{0,40}}?\s[-–—:]\s+[“\"]?(?:(?:{QUALIFIER_RE})\s+)?$",
    re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]+|\b(?:man|woman|boy|girl|husband|wife|son|"
                         r"daughter|mother|father|driver|resident))\s*,\s*$")
_FIGURE_CUE = re.compile(r"\b(?:figure|number|total|tally|count|toll)\b[^.;]{0,40}\b(?:to|is|"
                         r"was|at|of|reached|stands at|remains at|passed|passing|nearing|near|"
                         r"beyond|approach|approaching|exceeds|topped|hit|be|stood at|"
                         r"rise|rises|rose|climb|climbs|climbed)\s*$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:(?!(?:as|than|times|of|in|and|or|the)\b)[A-Za-z]+\s+){{0,3}}?"
                           rf"(?:{PEOPLE_NOUNS})\b", re.IGNORECASE)
_OF_PEOPLE = re.compile(  # 'two of the hijackers', 'six of them', 'two of Ruiz's friends'
    r"\s+of\s+(the|these|those|them|whom|which|her|his|their|our|my|[A-Z][\w-]+['’]s)(?!\w)"
    r"(?:\s+\d+(?:st|nd|rd|th)?\b)?", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s+(?:said|says|told|added|"
                            r"explained|recalled|noted|stated|asked)\b")
_PART_OF_COUNT = re.compile(r"\s+(?:from the|of them|of whom)\b")  # 'eight from the navy'
_PARTICIPLE_NOUN = re.compile(  # 'one of the fifteen captured', 'the two injured'
    r"\s+(captured|detained|injured|wounded|killed|missing|arrested|abducted|kidnapped|"
    r"rescued|evacuated|hostages)\b(?!\s+(?:by|in|at|on|from|when|after|during|and)\b)")
_CASUALTY_AFTER = re.compile(  # '310,000 injured and 869 disappeared', 'about 700 injured in'
    r"\s+(injured|wounded|killed|dead|missing|disappeared|trapped)\b")
_DIED_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?(?:died|perished|drowned)\b")  # 'Eleven died'
_DONE_TO = re.compile(  # 'police arrested 12.', 'the storm killed 40,'
    r"\b(?:arrested|detained|killed|rescued|evacuated|injured|wounded|freed|released|captured|"
    r"kidnapped|abducted|executed|deported|hospitali[sz]ed|arresting|detaining|killing|"
    r"rescuing|evacuating|injuring|wounding|freeing|releasing|capturing|executing)\s*$",
    re.IGNORECASE)
_DONE_AFTER = re.compile(  # '75,000 have been buried', 'another million have been left'
    r"\s+(?:have|has|had)\s+been\s+(?:[a-z]+ed|left|taken|found|held|kept|sent|brought|"
    r"seen|shot|hit|struck|lost|given|driven|thrown|flown|put)\b")
_THE_N_DOES = re.compile(  # 'the five convicted are', 'all ten admitted'
    r"\s+(?:[a-z]+ed|will|would|could|can|may|might|must|did|also|both|each)\b"
    r"(?!\s+(?:by|to)\b)")
_POUNDS_WEIGH = re.compile(  # weight, not money: 'kg (or 55|', '|pounds of rice'
    r"(?:\d\s*(?:kg|kilos?|kilograms?|tonnes?|tons?)\s*[(\[](?:or\s+|about\s+)?\|)|"
    r"\|\s*pounds?\s*[)\]]?\s+of\s+(?!the\b|their\b|its\b)[a-z]", re.IGNORECASE)
_SIZE_WORDS = frozenset("long wide high deep tall thick strong".split())  # 'a 20-mile-long'
_TRAILING = {"or so": "about", "odd": "about", "or more": "at least", "or higher": "at least",
             "or greater": "at least", "or above": "at least", "or over": "at least",
             "or less": "up to", "or fewer": "up to", "or lower": "up to", "or below": "up to",
             "plus": "more than", "+": "more than"}
_GROUP_OF = re.compile(r"\b(population|crew|staff|workforce|team|contingent|delegation|garrison|"
                       r"force)\s+of\s*$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the|its|their)\s+$", re.IGNORECASE)  # '3 of the 12 suspects'
_THE_N_ENDS = re.compile(r"\s*[.,;]|\s+(?:were|was|are|have|had|remain|remained)\b")
_OF_AGE = re.compile(r"\b(?:man|woman|boy|girl|person|husband|wife|mother|father|driver)\s*,?"
                     r"\s*of\s*$", re.IGNORECASE)  # 'a woman of 80 years'
_AGE_ENDS = re.compile(r"\s*(?:,|years\s*,)")  # 'The man, 67, was'
_NAME_AGE_ENDS = re.compile(r"(?:\s*[.;)](?:\s|$)|\s+and\s+(?:from|of)\b|\s*$)")
#     'found X Y, 20.', 'X Y, 23 and from Z': an age set off after a full name
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z]\s*,\s*$")
_AGE_AFTER = re.compile(r"\s*-?\s*(years?|months?|weeks?)[\s-]+old\b")
_AGED_RANGE = re.compile(r"\baged\s+(?:between|from)(?:\s+[\w-]+){0,3}?\s*$",
                         re.IGNORECASE)  # 'aged between 2 and 12', 'aged from six months to'
_AGE_FACTOR = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25}
_THE_BEFORE = re.compile(r"\b(?:the|all|of the|all the)\s*$", re.IGNORECASE)
_FATE_AFTER = re.compile(r"\s+(?:were|was|are|have been|had been|remain|remained)\s+(?:still\s+)?"
                         r"(?:killed|dead|injured|wounded|missing|hurt|rescued|evacuated|"
                         r"arrested|detained)\b", re.IGNORECASE)
_RATIO = re.compile(rf"\b(?:{NUMBER})\s+(?:in|out of)\s*$", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude\b(?:[^.;]|\.(?=\d)){0,40}$", re.IGNORECASE)
_PEOPLE_ESE = re.compile(r"\s+([A-Z][a-z]+ese|Swiss)(?=\s*[,.;:)]|\s+(?:have|has|had|were|"
                         r"are|was|who|fled|died|living|live|in|from|and)\b)")
_MAGNITUDE_RIGHT_BEFORE = re.compile(r"\bmagnitude[\s‐‑–-]*$", re.IGNORECASE)
_CONTAINER = re.compile(r"\b([a-z]+)\s+of\s*$", re.IGNORECASE)
_NOT_CONTAINER = frozenset(
    "number total toll tally count share percentage rate most some all none any each one "
    "part majority minority dozens hundreds thousands millions tens out".split()
)
_INITIAL = re.compile(
    r"\b(?:initially|originally|at first|at the outset|previously|at the start|first reported|"
    r"was initially|initial (?:report|estimate|figure|reading)s?|earlier(?!\s+(?:this|that|"
    r"today|on|in|last|the|week|month|year)\b))\b", re.IGNORECASE)
_FROM_CHANGE = re.compile(r"\b(?:upgraded|downgraded|revised|raised|lowered|increased|"
                          r"decreased|rose|risen|fell|fallen|climbed|dropped|jumped|grew|cut|"
                          r"adjusted|corrected|changed)\b[^.;]{0,60}\bfrom\s*$", re.IGNORECASE)
_CURRENT = re.compile(
    r"\b(?:now|currently|as of|has (?:risen|grown|fallen|dropped|climbed|increased|decreased|"
    r"shrunk)|rose to|fell to|dropped to|climbed to|grew to|shrank to|down to|revised)\b",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True, kw_only=True)
class Tolerance:
    """How far a written figure may be from the truth, by qualifier (fractions of the value)."""

    approx: float = 0.05  # 'about 6,000' -> 5,700..6,300
    bound: float = 0.25  # 'more than 2,000' -> 2,000..2,500
    rounding: float = 0.05  # at most this much slack for an unqualified round figure


def interval(value: float, unit: float, qualifier: str | None, tol: Tolerance) -> tuple[float,
                                                                                        float]:
    """The range of true values a written figure allows."""
    slack = min(unit / 2, tol.rounding * value)
    if qualifier in ("about",):
        slack = max(slack, tol.approx * value)
        return value - slack, value + slack
    if qualifier == "nearly":
        return value * (1 - tol.approx) - slack, value
    if qualifier in ("more than", "at least"):
        return value, value * (1 + tol.bound) + slack
    if qualifier in ("up to", "less than"):
        return value * (1 - tol.bound) - slack, value
    if qualifier == "exactly":
        return value, value
    return value - slack, value + slack


def extract_quantities(article: Article, tol: Tolerance | None = None) -> list[Mention]:
    """Every figure in the article that counts or measures something."""
    tol = tol or Tolerance()
    sentences = sentences_of(article)
    found: list[Mention] = []
    for index, sentence in enumerate(sentences):
        text = article.text[sentence.start : sentence.end]
        previous = article.text[sentences[index - 1].start : sentences[index - 1].end] \
            if index else ""
        if not _ANY_NUMBER.search(text):
            continue
        figures = [m for m in FIGURE.finditer(text) if _is_figure(text, m)]
        units = [_unit_of(text, m) for m in figures]
        ranged, parts = _share_units(text, figures, units)
        _parallel_units(text, figures, units)
        segments = clause_segments(text, figures)
        listed = _NOUN_OF.search(previous)  # '... the numbers of dead:' before a list
        for i, (m, unit) in enumerate(zip(figures, units, strict=True)):
            if unit is None:
                continue
            if unit == ("", "count", 1.0) and listed and _LIST_ITEM.search(text[: m.start()]):
                unit = (listed.group(2).lower(), "count", 1.0)
            mention = _mention(article, sentence.start, index, text, previous, m, unit, tol,
                               segments[i])
            if mention is not None:
                if i in ranged:  # 'between 500 and 600 seconds': one figure, two ends
                    changed = mention.marker or _MOVED_BY.search(text[: m.start()])
                    mention = replace(mention, link=_NEXT, marker=changed and "initial")
                    #         'from 13 to 33 seconds' is a change: 13 was, 33 is
                if i in parts:
                    mention = replace(mention, part=True)
                if i and (_time_parts(text, figures[i - 1], m, units[i - 1], unit)
                          or _resolution_pair(text, figures[i - 1], m, units[i - 1], unit)
                          or _converted(text, figures[i - 1], m, units[i - 1], unit)) \
                        and found and found[-1].sentence == index and found[-1].link is None:
                    found[-1] = replace(found[-1], link=_NEXT)  # '3h 51' 03"': one time
                found.append(mention)
    return _widen_ranges(_link_changes(_borrow_units(found)))


def _share_units(text: str, figures: list[re.Match],
                 units: list[tuple[str, str, float] | None]) -> tuple[set[int], set[int]]:
    """Neighbouring figures lend each other their unit (in place): '2,000 or 3,000 metres'
    (a range), 'by 3 votes to 2', '3 of the 12 suspects' (a part). Returns (the figures that
    open a range, the figures that are a part)."""
    ranged, parts = set(), set()
    for i, m in enumerate(figures[:-1]):
        between = text[m.end() : figures[i + 1].start()]
        if units[i] is None and units[i + 1] is not None and _CONNECTOR.fullmatch(between or "x"):
            units[i] = units[i + 1]
            ranged.add(i)
        elif units[i] is not None and units[i] == units[i + 1] \
                and _both_ends(text[: m.start()], between):
            ranged.add(i)  # '9.1-9.3' after 'magnitude', 'by 25 percent to 40 percent'
        elif units[i] is not None and units[i][1] == "count" and units[i + 1] is None \
                and re.fullmatch(r"\s+[a-z]+\s+to\s*", between):
            units[i + 1] = units[i]  # 'by 3 votes to 2': one tally, one fact
            ranged.add(i)
        elif units[i] is None and units[i + 1] is not None and units[i + 1][1] == "count" \
                and _OF_THE.fullmatch(between + " "):
            units[i] = units[i + 1]  # '3 of the 12 suspects': 3 suspects, a part
            parts.add(i)
    return ranged, parts


def _parallel_units(text: str, figures: list[re.Match],
                    units: list[tuple[str, str, float] | None]) -> None:
    """A bare figure in a clause built like an earlier one of its sentence takes that one's
    unit (in place): 'first with 51 golds, second with 36 and third with 23'."""
    for i, m in enumerate(figures):
        if units[i] is None and re.fullmatch(r"\d\.\d", m.group("num")) and any(
                u and u[1] == "magnitude" for u in units[:i]):
            units[i] = ("magnitude", "magnitude", 1.0)  # 'a 2.9 aftershock ... and a 2.2 at'
            continue
        if units[i] is not None or not m.group("num")[0].isdigit() \
                or not re.match(r"\s*(?:[.,;]|$|and\b|while\b)", text[m.end() :]):
            continue
        word = re.search(r"\b([a-z]+)\s+$", text[: m.start("num")])
        for j in range(i - 1, -1, -1):
            earlier = re.search(r"\b([a-z]+)\s+$", text[: figures[j].start("num")])
            if word and earlier and units[j] and units[j][1] == "count" and units[j][0] \
                    and earlier.group(1) == word.group(1) and word.group(1) not in STOPWORDS - {
                        "with", "by", "at", "on"}:
                units[i] = units[j]
                break


def _time_parts(text: str, first: re.Match, second: re.Match,
                first_unit: tuple[str, str, float] | None,
                unit: tuple[str, str, float]) -> bool:
    """Whether two figures are parts of one time ('8 minutes 50 seconds', "1h 12' 06\"")."""
    return bool(first_unit and first_unit[1] == unit[1] == "duration"
                and first_unit[2] > unit[2]
                and re.fullmatch(rf"\s*(?:hours?|hrs?|h|minutes?|mins?|['′’])?{_DURATION_PART}",
                                 text[first.end() : second.start()]))


def _both_ends(before: str, between: str) -> bool:
    """Whether two figures of one unit are the ends of a range: '9.1-9.3', 'by 25 percent to
    40 percent', 'between 2 km and 3 km'; not a change ('from 9.0 to 9.1', 'rose 5 percent to
    40 percent')."""
    unit = re.match(r"\s*([A-Za-z]+)", between)
    if unit and measure(unit.group(1)):
        between = between[unit.end() :]  # '2 km and 3 km': the unit of the first end
    if re.fullmatch(r"\s*[-–—]\s*", between):
        return True
    if re.fullmatch(r"\s*and\s*", between):
        return bool(re.search(r"\bbetween\s*$", before, re.IGNORECASE))
    return bool(re.fullmatch(r"\s*to\s*", between)) and not _MOVED_BY.search(before)


_MOVED_BY = re.compile(r"\b(?:from|(?:rose|risen|rises|fell|fallen|falls|climbed|dropped|jumped|"
                       r"grew|increased|decreased|declined|slipped|gained|lost|surged|plunged|"
                       r"up|down)(?:\s+by)?)\s*$", re.IGNORECASE)  # 'rose 5% to 40%': a change


def _is_figure(text: str, m: re.Match) -> bool:
    num = m.group("num")
    value = parse_number(num)
    if value is None:
        return False
    digits = num[0].isdigit()
    before = text[: m.start("num")]
    after = text[m.end("num") :]
    if not digits and value == 1 and (_SPEAKER_AFTER.match(after) or _OF_PEOPLE.match(after)
                                      or (re.search(r"\bthe\s*$", before, re.IGNORECASE)
                                          and not _PEOPLE_AFTER.match(after))):
        return False  # 'one official said', 'one of the sailors', 'the one used': who or what
    if not digits and value < 10 and _names_a_firm_or_machine(_counted_noun(after) or "", after):
        return False  # 'two servers', 'three mobile operators': machines or firms, not people
    if not digits and value < 10 and not re.search(r"[a-z]\s+[a-z]", num, re.IGNORECASE) \
            and not _counts_people(before, after) and not _AGE_AFTER.match(after) \
            and not said_age(before, after, value):
        return False  # 'two daughters': small numbers in words count only people
    if in_a_name(text, m.start("num"), m.end("num")):
        return False  # 'The Three Musketeers', 'the 8 Street gang': part of a name
    if _PHONE.search(text[max(0, m.start("num") - 2) : m.end("num") + 2]):
        return False
    if _RATIO.search(before):
        return False  # 'three in ten citizens': a ratio, not a count
    if _names_a_model(before, after):
        return False  # 'the 13-inch version', 'the 11-inch Air': a size that names a model
    if re.search(rf"\b(?:{_MONTH})\.?\s*$", before, re.IGNORECASE) or re.match(
        rf"\s*(?:{_MONTH})\b", after, re.IGNORECASE
    ):
        return False  # a date: 'December 24', '18 April 2005'
    if digits and "," not in num and "." not in num and 1800 <= value <= 2100 \
            and not m.group("cur") and not m.group("pct") and not _measured_year(text, m):
        return False  # a year
    if digits and "," not in num and "." not in num and 1000 <= value < 1800 \
            and re.search(r"\b(?:in|since|from|until|of)\s*$", before, re.IGNORECASE):
        return False  # an earlier year: 'recorded in 1770'
    prev_word = re.search(r"([A-Za-z][\w.]*)\s*$", before)
    unit = re.match(r"[\s-]*([A-Za-z]+)", after)
    measured = bool(m.group("pct") or (unit and measure(unit.group(1))))
    if prev_word and prev_word.group(1)[0].isupper() and prev_word.start() > 0 \
            and prev_word.group(1).lower() != "magnitude" and not m.group("qual") \
            and not m.group("cur") and digits and not measured \
            and not (before.endswith("M") and "." in num and _SEISMIC.search(text)):
        #     'M7.5' in a sentence about a quake or a fault is a magnitude
        return False  # an identifier: 'Flight 447', 'Title 42' (not 'the Ocean 650 km')
    return True


_SIZE_AS_NAME = re.compile(  # '13-inch MacBook', '13-and 15-inch models', '15.4″ Pro'
    r"(?:[-‐‑]?\s*(?:and|or|,|/)\s*\d+(?:\.\d+)?)?(?:[-‐‑](?i:inch)\b|[\"″])[-\s]*"
    r"(?:(?P<name>[A-Z]|(?:models?|versions?|options?|variants?|editions?|portables?)\b)"
    r"|(?P<noun>(?:will|is|has|was|starts?|costs?|gets?)\b|[.,;)]))")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|new|base|both|upgraded|updated|cheapest|"
                         r"entry-level)\s*$", re.IGNORECASE)


def _names_a_model(before: str, after: str) -> bool:
    """Whether an attributive size names a model rather than measures something: before a
    product name or 'model' ('the 13-inch version', 'a 15.4″ Pro'), or standing as a noun
    ('the 13-inch will sell for'); 'a 15-inch "retina display"' and 'at 0.71″' measure."""
    size = _SIZE_AS_NAME.match(after)
    return bool(size and (size.group("name") or _DETERMINER.search(before)))


_AGE_NAMED = re.compile(r"\bage(?:\s+of)?\s*$")
_AGE_LIMIT = re.compile(r"\b(under|before|over|after)\s+(?:the\s+)?age(?:\s+of)?\s*$",
                        re.IGNORECASE)  # 'at age 44', 'before the age of 40'


def _age_limit(text: str, m: re.Match, after: str) -> bool:
    """Whether 'under N' or 'over N' after a noun naming people is an age limit ('the first
    physician under 40', 'children under 5'), not a count or a measure."""
    qual = (m.group("qual") or "").lower()
    noun = re.search(r"([a-z]+)\s+$", text[: m.start()])
    unit = re.match(r"[\s-]*([A-Za-z]+)", after)
    return qual in ("under", "over", "above", "below") and bool(noun) and names_people(
        noun.group(1)) and not (unit and (measure(unit.group(1)) or is_plural_noun(
            unit.group(1)))) and value_below(m, 120)


def _model_sizes(text: str, dimension: str) -> str:
    """The models a sentence speaks of by their size ('the 11-inch Air', '13-and 15-inch
    models' -> '11in', '13in 15in'), as the thing its figures belong to: the specs of the
    13-inch and of the 15-inch model are different facts. '' when it names none."""
    if dimension in ("count", "age"):
        return ""
    sizes = {f"{round(float(n.group(0)))}in" for n in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", text)
             if _names_a_model(text[: n.start()], text[n.end() :])}
    return " ".join(sorted(sizes))


_QUALIFIER_END = re.compile(rf"\b(?:{QUALIFIER_RE})\s*$", re.IGNORECASE)
_FAMILY_OF = re.compile(r"\b(?:family|household)(?:\s+of\s*|-of-)$", re.IGNORECASE)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|mum|dad|mom|grandmother|grandfather|"
                        r"grandparent)s?(?:\s+of\s*|-of-)$", re.IGNORECASE)


def _counts_people(before: str, after: str) -> bool:
    """'One man was killed', 'two people are missing', 'the death toll rose to three',
    'four suicide bombers', 'two of the hijackers', 'six of them were'."""
    if re.search(r"\b(?:his|her|their|its|my|our|your)\s*$", before, re.IGNORECASE):
        return bool(_FIGURE_CUE.search(before))
    if _PARENT_OF.search(before) or _FAMILY_OF.search(before):
        return True  # 'a mother of two', 'a father-of-three': her or his children
    done_to = _DONE_TO.search(_QUALIFIER_END.sub("", before))  # 'killing at least one and'
    if done_to and re.match(r"\s*(?:[.,;]|$|\s+(?:and|but|on|in|at|during)\b)", after):
        return True  # 'which killed seven.', the headline '... Killing One'
    return bool(_PEOPLE_AFTER.match(after) or _FIGURE_CUE.search(before) or _one_person(after)
                or _people_noun(after) or _people_of(after) is not None
                or _FATE_AFTER.match(after) or _PARTICIPLE_NOUN.match(after)
                or _CASUALTY_AFTER.match(after) or _DONE_AFTER.match(after)
                or _DIED_AFTER.match(after)
                or (_THE_BEFORE.search(before) and _THE_N_DOES.match(after))
                or (re.search(r"(?:,|\band)\s*$", before) and _PART_OF_COUNT.match(after))
                or (_THE_BEFORE.search(before) and _THE_N_ENDS.match(after)))


_ONE_PERSON = re.compile(r"\s+([A-Z][a-z]{2,})(?=\s*[,.;:)]|\s+(?:was|is|has|had|and|or|in|at|"
                         r"on|during|who|died|dies|among|from)\b)")


def _one_person(after: str) -> str | None:
    """'one Iraqi', 'one Canadian': a singular people noun written capitalised, standing alone
    (not 'one German company')."""
    found = _ONE_PERSON.match(after)
    return found.group(1).lower() if found and names_people(found.group(1), capitalised=True) \
        else None


def _people_noun(after: str) -> str | None:
    """The plural noun naming people that a figure counts ('four alleged suicide bombers'
    -> 'bombers'), from the word list derived from WordNet."""
    noun = _counted_noun(after)
    return noun if noun and names_people(noun, plural_only=True, capitalised=True) else None


_MACHINES = frozenset("servers processors computers routers switches".split())
_FIRMS = frozenset("operators providers carriers suppliers vendors lenders insurers retailers "
                   "manufacturers makers producers distributors broadcasters publishers".split())


def _names_a_firm_or_machine(noun: str, after: str) -> bool:
    """'two servers', 'three mobile operators', 'the country's three telecom providers': an
    agent noun WordNet also gives a person sense ('a server' waits at table) that here names
    machines, or firms where a word says which trade ('three operators' alone stays people)."""
    if noun in _MACHINES:
        return True
    words = re.findall(r"[A-Za-z][\w’'-]*", after[: after.lower().find(noun)])
    return noun in _FIRMS and any(w.lower() not in STOPWORDS for w in words)


def _people_of(after: str) -> str | None:
    """'two of the hijackers', 'three of the July bombers': the people a part is taken from
    ('' for 'six of them', whose noun comes from an earlier figure)."""
    of = _OF_PEOPLE.match(after)
    if of is None:
        return None
    if of.group(1).lower() in ("them", "whom", "which"):
        return ""
    casualty = _CASUALTY_AFTER.match(after, of.end())
    if casualty and of.group(1).lower() == "the":  # 'at least 25 of the injured'
        return casualty.group(1).lower()
    return _people_noun(re.sub(r"\s\d+\b", "", after[of.end() :]))  # 'the July 7 bombers'


def _unit_of(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """(unit shown, dimension, factor to base) of a figure, or None when it counts nothing."""
    after = text[m.end() :]
    if m.group("pct"):
        points = "point" in m.group("pct").lower()
        return ("percentage points", "points", 1.0) if points else ("%", "percent", 1.0)
    if m.group("cur"):
        code = CURRENCY_SYMBOLS[m.group("cur").lower()]
        return (code, f"money:{code}", 1.0)
    if re.search(r"\dm$", m.group("num")) and not _counted_noun(after):
        if _million_beside(text, m.end()):
            return ("", "any", 1.0)  # '6.1m people ..., peaking at 6.9m': a million too
        dimension, factor, shown = MEASURES["metres"]
        return (shown, dimension, factor)  # '3,000m': metres; '1.5m people': a million
    money = _MONEY_WORD.match(m.group("num")[-1:] + after, 1)  # 'a two-million-euro haul' too
    if money and money.group(1).lower() in ("pound", "pounds") and _POUNDS_WEIGH.search(
            text[: m.start()] + "|" + after):
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
    if _AGE_NAMED.search(text[: m.start()]) or _age_limit(text, m, after):
        return ("years old", "age", 1.0)  # 'died at age 44', 'the first doctor under 40'
    if age or (
            _AGE_ENDS.match(after) and _AGE_BEFORE.search(text[: m.start()])) \
            or (_NAME_AGE_ENDS.match(after) and _NAME_BEFORE.search(text[: m.start()])
                and value_below(m, 120)) \
            or re.search(r"\baged\s*$", text[: m.start()]) \
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
    if first and measure(first.group(1)):
        dimension, factor, shown = measure(first.group(1))
        return (shown, dimension, factor)
    clock = _clock_unit(text, m)
    if clock:  # "3h 51' 03\"", "by 2' 23'": a race time in hours, minutes and seconds
        dimension, factor, shown = MEASURES[clock]
        return (shown, dimension, factor)
    if _inch_mark(text, m):
        dimension, factor, shown = MEASURES["inches"]
        return (shown, dimension, factor)  # 'a 15.4″ display', 'a 15.4" display'
    if re.match(r"(?:'|′)(?!(?!x)[A-Za-z])", after):
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
    if noun:
        return (noun, "count", 1.0)
    if _FAMILY_OF.search(text[: m.start()]):
        return ("family", "family", 1.0)  # 'a family of four': its size, a figure of its own
    if _PARENT_OF.search(text[: m.start()]):
        return ("children", "offspring", 1.0)  # 'a mother of two': her children, a figure
        #                                         of its own (never a count of the dead)
    part_of = _people_of(after)
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
_BY_AFTER = re.compile(r"\s*(?:x|×|by)\s*\d[\d,]*(?:\.\d+)?(?=\s*(?:pixels?|px|resolution|"
                       r"display|screen|panel)\b)", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\d\s*(?P<px>pixels?\s+)?(?:x|×|by)\s*$", re.IGNORECASE)
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
        "resolution" and bool(re.fullmatch(r"\s*(?:pixels?\s+)?(?:x|×|by)\s*",
                                           text[first.end() : second.start()], re.IGNORECASE))


def _is_resolution(text: str, m: re.Match) -> bool:
    """Whether a figure is one side of a resolution: '2880 x 1800 pixels', '1,440 x 900
    display', '2880x1800 resolution', '2880 pixels by 1800'."""
    after = text[m.end() :]
    if _BY_AFTER.match(after):
        return True
    before = _BY_BEFORE.search(text[: m.start()])
    return bool(before and (before.group("px") or _PIXELS_AFTER.match(after)))


def _inch_mark(text: str, m: re.Match) -> bool:
    """Whether the mark after a figure is an inch mark: always '″'; a straight '"' when it
    opens no quote and closes none (an even count of them before it on the line, and a word
    after it that is not a speaker's: 'a 15.4" retina display')."""
    after = text[m.end() :]
    if after.startswith("″"):
        return True
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    return bool(after.startswith('"') and m.group("num")[-1].isdigit() and line.count('"') % 2 == 0
                and re.match(r'"\s+[a-z]', after) and not _SPEECH_AFTER.match(after[1:]))


_MARK = r"(?:''|\"|″|”|'|′|’)"
_CLOCK_MIN = re.compile(rf"\s*['′’]\s*(?P<sec>\d{{1,2}})\s*(?P<mark>{_MARK})(?![\w'′’])")
_CLOCK_HOURS = re.compile(r"h\s*\d{1,2}\s*['′’]")
_CLOCK_SEC_BEFORE = re.compile(r"(?:\d\s*h\s*)?(?P<min>\d{1,3})\s*['′’]\s*$")
_TIME_CUE = re.compile(r"\b(?:time|times|timed|clocked|lead|leads|led|gap|behind|ahead|won|wins|"
                       r"finish(?:ed|es)?|record|stage|race|lap|minutes?|seconds?)\b",
                       re.IGNORECASE)


def _clock_unit(text: str, m: re.Match) -> str | None:
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


_METRES_APART = re.compile(r" m(?=\s+(?:from|away|high|long|deep|wide|tall|above|below|under|"
                           r"of|in|on|to|into|behind|ahead|short|back|along|across|and|or)\b"
                           r"|\s*[,;)])")  # '500 m from the finish', not '3 m.' nor '5 m euros'
_SEISMIC = re.compile(r"\b(?:magnitude|earthquake|quake|tremor|aftershock|temblor|fault|"
                      r"seismic|seismolog\w*)", re.IGNORECASE)
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
    if (re.search(r"(?:,|\band)\s*$", before) and _PART_OF_COUNT.match(after)) or (
            _THE_BEFORE.search(before) and _THE_N_ENDS.match(after)):
        return ("", "count", 1.0)  # 'eight from the navy', 'the fifteen were freed': borrowed
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
    if _MAGNITUDE_BEFORE.search(text[: m.start()]) or re.match(
            r"\s+on\s+the\s+(?:[\w-]+\s+){0,2}?(?:Richter|magnitude)\b", after):
        return ("magnitude", "magnitude", 1.0)  # 'the magnitude from 9.0 to 9.1'
    group = _GROUP_OF.search(text[: m.start()])
    if group:  # 'a population of 1.2 million', 'a crew of 23'
        noun = group.group(1).lower()
        return ("people" if noun == "population" else noun, "count", 1.0)
    cue_text = text[: m.start()]
    of = ([None] + list(_NOUN_OF.finditer(text[: m.start()])))[-1]
    if of is not None and (is_plural_noun(of.group(2)) or of.group(2).lower() in COLLECTIVES):
        return (of.group(2).lower(), "count", 1.0)
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


_MORE_OF_THEM = frozenset("other more further additional".split())


def _counted_noun(after: str) -> str | None:
    """The noun a figure counts: '32,000 military and National Guard personnel' -> 'personnel'."""
    run = re.match(r"((?:[\s-]*[A-Za-z][\w’'-]*){1,5})", after)
    if not run or not re.match(r"[\s-]", after[:1] or "x"):
        return None
    found = re.findall(r"[A-Za-z][\w’'-]*", run.group(1))
    for i, word in enumerate(found):
        lower = word.lower()
        if word[0].isupper() and i + 1 < len(found) and found[i + 1].islower() \
                and is_plural_noun(found[i + 1]):
            continue  # 'ten United States missionaries': a name before the noun
        if re.search(r"['’]s$", lower):
            continue  # 'her daughter's orphaned kids': an owner, not the noun counted
        if lower in COLLECTIVES or is_plural_noun(lower):
            return lower
        if i and found[i - 1].lower() == "and" and lower.endswith("ing"):
            return None  # 'killing one and injuring dozens': another clause
        if lower in _MORE_OF_THEM:
            continue  # 'two other riders', 'three more victims'
        if lower in STOPWORDS and lower != "and":
            return None
    return None


_DURATION_PART = r"\s*(?:hours?|hrs?|h|minutes?|mins?|['′’])\s*(?:,\s*|and\s+)?"
_COMPOUND_BEFORE = re.compile(  # the qualifier of a time in parts: 'about 2 hours 5 minutes'
    rf"\b({QUALIFIER_RE})\s+\d+{_DURATION_PART}(?:\d+{_DURATION_PART})?$", re.IGNORECASE)


def _mention(article: Article, base: int, index: int, text: str, previous: str, m: re.Match,
             unit: tuple[str, str, float], tol: Tolerance,
             segment: tuple[int, int]) -> Mention | None:
    shown, dimension, factor = unit
    value = parse_number(m.group("num"))
    assert value is not None
    if re.search(r"\dm$", m.group("num")) and dimension == "distance":
        value /= 1_000_000  # the number parser read '3,000m' as millions
    written_qual = (m.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(written_qual) if written_qual else None
    if m.group("trail") and not qualifier:  # 'fifty or so bodies', '5.0 or higher'
        qualifier = _TRAILING[" ".join(m.group("trail").lower().split()).lstrip("-")]
    if not qualifier and dimension == "duration":  # 'around 13 minutes 45 seconds'
        whole = _COMPOUND_BEFORE.search(text[: m.start()])
        qualifier = QUALIFIERS.get(whole.group(1).lower()) if whole else None
    limit = _AGE_LIMIT.search(text[: m.start()]) if dimension == "age" else None
    if limit and not qualifier:  # 'under age 40', 'before the age of 40'
        qualifier = "less than" if limit.group(1).lower() in ("under", "before") else "more than"
    rounding = rounding_unit(m.group("num"), value)
    if dimension in ("count", "age", "offspring") and rounding <= 1:
        rounding = 0.0  # a count of 14 is exactly 14, never 15; a man of 30 is not 31
    low, high = interval(value * factor, rounding * factor, qualifier, tol)
    start = base + min(m.start(g) for g in ("qual", "cur", "num") if m.group(g))
    end = base + m.end()
    near = (max(segment[0], m.start() - 50), min(segment[1], m.end() + 50))
    window = text[near[0] : near[1]] + " || " + text[: near[0]] + " " + text[near[1] :]
    before = text[: m.start()]
    claim = Claim(
        article=article.id,
        text=quoted_sentence(article, (base, base + len(text))),
        span=(start, end),
        value=value,
        unit=shown,
        qualifier=qualifier,
        sentence_span=(base, base + len(text)),
    )
    marker = _marker(before)
    return Mention(
        kind="quantity",
        claim=claim,
        label=_label(text, m, shown, dimension),
        sentence=index,
        dimension=dimension,
        base=value * factor,
        low=low,
        high=high,
        rate=find_rate(text[m.start() : m.end() + 60]) or find_rate(
            text[max(0, m.start() - 12) : m.start()]),
        marker=marker,
        context=window + " || " + previous[-200:],  # near || rest of sentence || previous
        key=format_value(value),
        frame=_frame(text, m, segment, shown),
        source=_source(article.text, base, text),
        thing=measured_thing(text, m, dimension) or _model_sizes(text, dimension),
        product=named_product(text, m, dimension, article.text),
        anchor=measure_anchor(text, m, dimension),
        place=count_place(text[segment[0] : segment[1]], dimension),
        **figure_traits(text, m, segment, shown, article.published),
    )


def _frame(text: str, m: re.Match, segment: tuple[int, int], unit: str) -> tuple[str, ...]:
    """The kind of event a figure counts, from its own clause and noun ('7,700 dead'); the
    words around it only when its clause is the whole sentence ('The toll: 80,000 in X')."""
    own = frames(text[max(segment[0], m.start() - 60) : min(segment[1], m.end() + 100)]
                 + " " + unit)
    if own or segment != (0, len(text)):
        return own
    return frames(text[max(0, m.start() - 60) : m.end() + 100])


def _label(text: str, m: re.Match, shown: str, dimension: str) -> str:
    """A few words saying what the figure is about: 'caravan size', 'daily arrests', 'age of
    Ruiz' (an age belongs to the person named with it)."""
    if dimension == "age":
        owner = _age_owner(text, m)
        return f"age of {owner}" if owner else f"age ({shown})"
    container = _CONTAINER.search(text[: m.start()])
    if container and fold(container.group(1)) not in _NOT_CONTAINER | STOPWORDS \
            and container.group(1).islower() and not container.group(1).endswith(("ed", "ing")):
        return f"{container.group(1).lower()} size"
    rate = find_rate(text[m.start() : m.end() + 60])
    after = text[m.end() :]
    if dimension == "percent":
        of = re.match(r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[a-z]+\s?){1,3})",
                      after)
        return f"share of {of.group(1).strip()}" if of else "percentage"
    if dimension == "count":
        words = re.match(r"((?:[\s-]*[A-Za-z][\w’'-]*){1,5})", after)
        phrase = []
        for word in re.findall(r"[A-Za-z][\w’'-]*", words.group(1) if words else ""):
            phrase.append(word.lower())
            if word.lower() == shown:
                break
        if shown not in phrase:
            phrase = [shown]
        suffix = f" per {rate}" if rate and "daily" not in phrase else ""
        return " ".join(phrase) + suffix
    if dimension.startswith("money"):
        return f"amount ({shown})"
    return f"{dimension} ({shown})"


_OWNER_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s*,\s*(?:aged\s*)?$")
_WHO_WAS = re.compile(r"\b([A-Z][\w'’-]+)\s*,\s*who\s+(?:was|is|turned)\s*$")
_OWNER_AFTER = re.compile(r"[\s-]*(?:years?|months?|weeks?)[\s-]+old\s+(?:(?![a-z]+ed\b)[a-z]+\s+)?"
                          r"((?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+)")  # '... student Ana Ruiz'


def _marker(before: str) -> str | None:
    """'initial' or 'current' when the sentence says the figure changed, by the cue nearest
    the figure: 'revised down from an initial report of 7.3' is the initial figure."""
    if _FROM_CHANGE.search(before):
        return "initial"  # 'upgraded the magnitude from 9.0 to 9.1'
    current = [c.end() for c in _CURRENT.finditer(before)]
    initial = [c.end() for c in _INITIAL.finditer(before)]
    if not current and not initial:
        return None
    return "current" if max(current, default=-1) > max(initial, default=-1) else "initial"


def _age_owner(text: str, m: re.Match) -> str:
    """The surname an age belongs to: 'Ana Ruiz, 30,' and '30-year-old Ana Ruiz' -> 'Ruiz'."""
    before = _OWNER_BEFORE.search(text[: m.start()]) or _WHO_WAS.search(text[: m.start()])
    if before:  # 'X, 30,', 'X, who was 18 at the time'
        return before.group(1)
    after = _OWNER_AFTER.match(text[m.end() :])
    owner = re.sub(r"['’]s?$", "", after.group(1).split()[-1]) if after else ""
    #       'a photo of 20-year-old victim Ana Ruiz's car': Ruiz's age
    return "" if re.search(r"-(?:born|based|bred|raised)$", owner) else owner
    #      'the 55-year-old Glasgow-born star': where the person is from, not who


def _link_changes(mentions: list[Mention]) -> list[Mention]:
    """A figure marked 'initially'/'now' continues the nearest figure of the same kind before
    or after it in the article (within two sentences)."""
    from dataclasses import replace

    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.link == _NEXT:
            out[i] = replace(mention, link=i + 1)
            continue
        if mention.marker is None or mention.link is not None:
            continue
        change_next = mention.marker == "initial"  # 'from 9.0 to 9.1': the next figure first
        for j in sorted(range(len(mentions)),
                        key=lambda j, first=change_next: (not (first and j == i + 1), abs(j - i))):
            other = mentions[j]
            if j != i and other.dimension == mention.dimension and _may_continue(mention, other) \
                    and abs(other.sentence - mention.sentence) <= 2 \
                    and other.rate == mention.rate and (other.sentence != mention.sentence or (
                        j == i + 1 and mention.marker == "initial")):  # 'from 9.0 to 9.1'
                out[i] = replace(mention, link=j)
                break
    return out


def _may_continue(a: Mention, b: Mention) -> bool:
    """Whether one figure may be a new value of the other: of a similar size (within three
    times) and not counting another kind of event ('110,000 deaths, as of Friday' does not
    continue '132 people rescued')."""
    low, high = sorted((abs(a.base), abs(b.base)))
    if high > 3 * max(low, 1e-9):
        return False
    return not (a.frame and b.frame and not set(a.frame) & set(b.frame))


def _widen_ranges(mentions: list[Mention]) -> list[Mention]:
    """Both ends of a range ('30-40 days', '2,000 or 3,000 metres') allow any value between
    them: a figure inside the range agrees with it, and the ends never conflict."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        j = m.link
        if j is None or j != i + 1 or j >= len(mentions) or mentions[j].sentence != m.sentence \
                or mentions[j].dimension != m.dimension \
                or (m.marker == "initial" and mentions[j].marker != "initial") \
                or m.claim.unit != mentions[j].claim.unit \
                or m.dimension == "resolution":  # '8 minutes 50 seconds', '1440 x 900': one
            #                                      figure of two parts, not a range
            continue  # (a change is no range: 'from 9.0 to 9.1')
        low, high = min(m.low, mentions[j].low), max(m.high, mentions[j].high)
        out[i] = replace(out[i], low=low, high=high)
        out[j] = replace(out[j], low=low, high=high)
    return out


def _borrow_units(mentions: list[Mention]) -> list[Mention]:
    """A figure without a noun ('revised to 3,800') counts what the figure before it counted;
    'the five' / 'all five' what an earlier 'five men' of the article counted, however far."""
    out: list[Mention] = []
    for m in mentions:
        if m.claim.unit:
            out.append(m)
            continue
        donor = _donor(m, out)
        if donor is not None:
            scale = donor.base / float(donor.claim.value) if donor.claim.value else 1.0
            out.append(replace(m, claim=replace(m.claim, unit=donor.claim.unit),
                               label=donor.label, dimension=donor.dimension,
                               base=m.base * scale, low=m.low * scale, high=m.high * scale,
                               frame=m.frame or donor.frame, noun=m.noun or donor.noun))
    return out


def _donor(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier figure whose unit a figure without one takes: one of the same value that
    counts people ('Five men ... The five had been'), else the nearest of a similar size
    within two sentences."""
    same = next((o for o in reversed(earlier) if o.claim.unit and o.dimension == "count"
                 and o.noun == "person" and o.base == m.base and m.dimension != "same"), None)
    if same is not None or m.dimension == "anaphor":
        return same
    if m.dimension == "same":  # '5.9 on the Richter scale; ... 5.0 or higher'
        near = [o for o in reversed(earlier) if o.claim.unit and o.sentence == m.sentence]
        return next((o for o in near if o.dimension != "count"), near[0] if near else None)
    donors = [o for o in reversed(earlier) if o.claim.unit and m.sentence - o.sentence <= 2
              and (o.dimension == "count" or m.dimension == "any"
                   and o.dimension.startswith("money"))]
    return next((o for o in donors if max(o.base, m.base) <= 3 * max(min(o.base, m.base), 1e-9)),
                donors[0] if donors else None)  # the nearest of a similar size first


_SOURCE_NAME = r"[A-Z][\w&.’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&.’'-]*){0,4}"
_SOURCES = (
    re.compile(rf"\baccording to (?:the )?(?P<who>{_SOURCE_NAME})"),
    re.compile(rf"(?P<who>{_SOURCE_NAME})\s+(?:says|said|reports|reported|estimates|"
               r"estimated|announced|counted)\b"),
)
_LIST_LABEL = re.compile(rf"^[ \t*•·-]*(?P<who>{_SOURCE_NAME})\s+[-–—:]\s")


def _source(full: str, base: int, sentence: str) -> str:
    """Who the article credits for a figure: 'according to X', 'X said', a list label."""
    line_start = full.rfind("\n", 0, base) + 1
    label = _LIST_LABEL.match(full[line_start : line_start + 80])
    if label:
        return label.group("who")
    for pattern in _SOURCES:
        for m in pattern.finditer(sentence):
            if m.group("who").lower() not in _PRONOUNS:  # 'He said': nobody named
                return m.group("who")
    return ""


_PRONOUNS = frozenset("he she it they we i you this that there".split())
