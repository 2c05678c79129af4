"""Quantities in an article: value, unit or counted noun, qualifier, rate, and their subject."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Article, Claim
from .abbreviations import abbreviated_unit
from .clauses import clause_segments
from .deferred_units import takes_part
from .degree_units import arc_parts
from .elided import fill_elided
from .figure_filter import _is_figure, _model_sizes
from .figure_forms import decimal_unit, dot_lead, exchange_rate_unit, statistic_unit
from .figure_links import (
    _borrow_units,
    _height_parts,
    _link_changes,
    _parallel_units,
    _share_units,
    _time_parts,
    _widen_ranges,
)
from .figure_units import _converted, _resolution_pair, _unit_of
from .figure_words import bound_after_unit, own_rate, own_verb_start, share_label, treated_victims
from .mention import Mention
from .numbers import NUMBER, format_value, parse_number, rounding_unit
from .people_heads import people_head
from .player_figures import body_holder
from .quantity_patterns import (
    _DONE_TO,
    _DURATION_PART,
    _LIST_ITEM,
    _MOVED_BY,
    _NEXT,
    _NOUN_OF,
    topic_about,
)
from .signed_measures import signed, vote_pair
from .stat_holders import height_holder, stat_holder
from .tallies import record_share, tally_pair
from .text import (
    STOPWORDS,
    fold,
    frames,
    quoted_sentence,
    sentences_of,
)
from .traits import (
    count_place,
    figure_traits,
    measure_anchor,
    measured_thing,
    named_product,
)
from .units import (
    QUALIFIER_RE,
    QUALIFIERS,
    find_rate,
)

#  A height glued to a weight: '5-foot-11,220 pounds', '6-foot-8,225-pound', '(5-11,220)'
_INCHES_GLUED = r"(?:(?<=\d-foot-)|(?<=\d-feet-)|(?<=\(\d-))\d{1,2}(?=,\s?\d{3}\b)"
_WEIGHT_GLUED = (r"(?<=\d-foot-\d,)|(?<=\d-foot-\d\d,)|(?<=\d-feet-\d,)|(?<=\d-feet-\d\d,)"
                 r"|(?<=\(\d-\d,)|(?<=\(\d-\d\d,)")
#  A currency written as letters before the number: 'RM10,099' (ringgit), '$A195,900',
#  'CLP 1,000,000' (an ISO code)
_CODES = "USD|EUR|GBP|CLP|AUD|CAD|NZD|JPY|CNY|INR|MXN|ZAR|MYR|CHF|BRL|RUB|SEK|NOK|IDR|PHP|ARS"
_CURRENCY_BEFORE = rf"\bRM(?=\d)|\b(?-i:{_CODES})(?=\s\d)"
#  The euro and pound signs as the ECB news corpus encodes them, a letter glued to a sum
#  with its scale: 'e85 million', 'p74million', 'e75m'
_SCALED = r"(?=\d[\d.,]*\s?(?:m|bn|million|billion)\b)"
_MANGLED_SIGN = rf"\b(?-i:[ep]){_SCALED}"
_AFTER_CODE = rf"(?<=\bRM)|(?<=\$A)|(?-i:(?<=\b[ep])){_SCALED}"
#  A decimal written without its leading zero: '.308', '.08 percent', and as tokenised text
#  gives it, '. 290' after a space or a mark (', . 919 OPS'), '. 09 percent' after a word;
#  never a caliber ('.45-caliber' names a gun)
_LEADING_DOT = (r"(?:(?<![\w.,])\.\d+|(?<=[\s,:;(])\.\s\d{2,3}|(?-i:(?<=[a-z]))\.\s0\d{1,2}"
                r"|(?-i:(?<=[a-z])\.\s\d{3}(?=,\s|\s+with\b|\s+[A-Z]{2,}\b)))"
                r"(?!\d|[\d.,:/-]\d|\s*[-‐‑–]?\s*caliber)")
FIGURE = re.compile(
    rf"(?:(?P<qual>\b(?:{QUALIFIER_RE}))\s+)?"
    rf"(?P<cur>\b(?:US|C|A|HK|S|NZ)\$|\bRs\.?(?=\s?\d)|₹|\$A(?=\d)|{_CURRENCY_BEFORE}|{_MANGLED_SIGN}|[$€£¥])?\s?"
    rf"(?:(?<![\w.,:/#+])|(?<=\dx)|(?<=\bM)(?=\d\.\d\b)|{_WEIGHT_GLUED}|{_AFTER_CODE}|(?=\.\s?\d))(?:(?<![^\d\s%][-–‐‑])|(?<=[a-z\d]-of-)|(?<=\d-by-)|(?<=\d-foot-)|(?<=\d-feet-)|(?<=[Mm]agnitude[-–‐‑])|(?<=[Mm]inus[-‐‑]))(?!(?<=\s[-–])\d(?![\d.]*\s?(?:[°º]|(?-i:[CF])\b|degrees?\b)))(?P<num>{_INCHES_GLUED}|{_LEADING_DOT}|{NUMBER}(?!(?!x)[\w,]\d|[\d:]|(?:st|nd|rd|th)\b))"
    r"(?P<pct>\s?%|\s*percent\b|\s*per\s+cent\b|\s?-?percentage\s+points?\b|(?-i:pc)\b)?"
    r"(?P<trail>\s+or\s+(?:so|more|higher|greater|above|over|less|fewer|lower|below)\b"
    r"|-odd\b|-?plus\b(?!\s*\d)|(?(cur)(?!)|\s+plus(?=\s+(?!(?:the|this|these|those|his|her|"
    r"their|its|our|my|your|other|others|extras?|expenses|taxes|costs|fees|bonuses)\b)"
    r"(?:[a-z]+s|people|men|women|children)\b))"  # '180 plus riders': more than 180 riders
    r"|\+(?![\d+]))?",
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"\d|\b(?:{NUMBER})\b", re.IGNORECASE)
_TRAILING = {"or so": "about", "odd": "about", "or more": "at least", "or higher": "at least",
             "or greater": "at least", "or above": "at least", "or over": "at least",
             "or less": "up to", "or fewer": "up to", "or lower": "up to", "or below": "up to",
             "plus": "more than", "+": "more than"}
_CONTAINER = re.compile(r"\b([a-z]+)\s+of\s*$", re.IGNORECASE)
_NOT_CONTAINER = frozenset(
    "number total toll tally count share percentage rate most some all none any each one "
    "part majority minority dozens hundreds thousands millions tens out "
    "report reports range estimate estimates reading readings figure figures".split()
)  # 'an initial report of 7.3', 'a range of 25-40%': the figure itself, no group's size
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
    lent: list[tuple[str, str, float] | None] = []  # the units of the sentence before's figures
    for index, sentence in enumerate(sentences):
        lead = dot_lead(article.text, sentence.start)  # 'hit. 308': a split decimal
        sentence = replace(sentence, start=sentence.start - lead) if lead else sentence
        text = article.text[sentence.start : sentence.end]
        previous = article.text[sentences[index - 1].start : sentences[index - 1].end] \
            if index else ""
        if not _ANY_NUMBER.search(text):
            lent = []
            continue
        heads = {m.start(): people_head(text, previous, m) for m in FIGURE.finditer(text)}
        figures = [m for m in FIGURE.finditer(text) if _is_figure(text, m) or heads[m.start()]]
        units = [_own_unit(text, m, heads[m.start()]) for m in figures]
        ranged, parts = _share_units(text, figures, units)
        parts |= {i for i, m in enumerate(figures) if takes_part(text, m)}  # '28 of his 68'
        _parallel_units(text, figures, units)
        fill_elided(text, figures, units, lent)  # 'Al added 12': what the one before counted
        lent = units
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
                if i in ranged and unit[1] not in ("score", "record", "line"):
                    #   'between 500 and 600 seconds': one figure, two ends (a tally is no range)
                    changed = mention.marker or _MOVED_BY.search(text[: m.start()])
                    mention = replace(mention, link=_NEXT, marker=changed and "initial")
                    #         'from 13 to 33 seconds' is a change: 13 was, 33 is
                if i in parts:
                    mention = replace(mention, part=True)
                if i and (_time_parts(text, figures[i - 1], m, units[i - 1], unit)
                          or _resolution_pair(text, figures[i - 1], m, units[i - 1], unit)
                          or _converted(text, figures[i - 1], m, units[i - 1], unit)
                          or tally_pair(text, figures[i - 1], m, units[i - 1], unit)
                          or record_share(text, figures[i - 1], m, units[i - 1], unit)
                          or _height_parts(text, figures[i - 1], m, units[i - 1], unit)
                          or arc_parts(text, figures[i - 1], m, units[i - 1], unit)
                          or vote_pair(text, figures[i - 1], m, units[i - 1], unit)) \
                        and found and found[-1].sentence == index and found[-1].link is None:
                    found[-1] = replace(found[-1], link=_NEXT)  # '3h 51' 03"': one time
                found.append(mention)
    return _widen_ranges(_link_changes(_borrow_units(found)))


def _own_unit(text: str, m: re.Match, head: str | None) -> tuple[str, str, float] | None:
    """A figure's unit as its own words give it ('46 KOs': an abbreviation as the noun), else
    the people a number in words stands for ('Oler has two.': ``head``, the wives before)."""
    unit = _unit_of(text, m) or decimal_unit(text, m) or abbreviated_unit(text, m) \
        or statistic_unit(text, m) or exchange_rate_unit(text, m)
    if not unit and not head and _DONE_TO.search(text[: m.start()]):
        return ("people", "count", 1.0)  # 'Quake Kills At Least 21', 'police arrested 12.'
    return unit or ((head, "count", 1.0) if head else None)


_SPREAD_OVER = re.compile(r"(?:\d|\b(?:million|billion|trillion|bn|percent))[%\w]*"
                          r"(?:\s+[a-z-]+){0,2}\s*$", re.IGNORECASE)
_AGE_LIMIT = re.compile(r"\b(under|before|over|after)\s+(?:the\s+)?age(?:\s+of)?\s*$",
                        re.IGNORECASE)  # 'at age 44', 'before the age of 40'
_BOUND_OF = re.compile(r"\b(?:a|the)\s+(maximum|minimum)\s+(?:[a-z]+\s+){1,2}of\s*$",
                       re.IGNORECASE)
_COMPOUND_BEFORE = re.compile(  # the qualifier of a time in parts: 'about 2 hours 5 minutes'
    rf"\b({QUALIFIER_RE})\s+\d+{_DURATION_PART}(?:\d+{_DURATION_PART})?$", re.IGNORECASE)


def _mention(article: Article, base: int, index: int, text: str, previous: str, m: re.Match,
             unit: tuple[str, str, float], tol: Tolerance,
             segment: tuple[int, int]) -> Mention | None:
    shown, dimension, factor = unit
    value = parse_number(m.group("num"))
    assert value is not None
    value = signed(text, m, value, dimension)  # 'minus 17 degrees', '-15C'
    if re.search(r"\dm$", m.group("num")) and dimension == "distance":
        value /= 1_000_000  # the number parser read '3,000m' as millions
    written_qual = (m.group("qual") or "").lower()
    qualifier = QUALIFIERS.get(written_qual) if written_qual else None
    if topic_about(m):  # "it's not just about one person": what it is about, not how many
        written_qual, qualifier = "", None
    if written_qual == "over" and dimension == "duration" and _SPREAD_OVER.search(
            text[: m.start()]):
        qualifier = None  # '$20.5 trillion over 10 years': the time a sum is spread over
    if m.group("trail") and not qualifier:  # 'fifty or so bodies', '5.0 or higher'
        qualifier = _TRAILING[" ".join(m.group("trail").lower().split()).lstrip("-")]
    if not qualifier and not m.group("trail") and shown:
        qualifier = bound_after_unit(text[m.end() :])  # '20 centimeters or less'
    if not qualifier and dimension == "duration":  # 'around 13 minutes 45 seconds'
        whole = _COMPOUND_BEFORE.search(text[: m.start()])
        qualifier = QUALIFIERS.get(whole.group(1).lower()) if whole else None
    bound = _BOUND_OF.search(text[: m.start()]) if not qualifier else None
    if bound:  # 'a maximum sentence of 22 years', 'a minimum term of five years'
        qualifier = "up to" if bound.group(1).lower() == "maximum" else "at least"
    limit = _AGE_LIMIT.search(text[: m.start()]) if dimension == "age" else None
    if limit and not qualifier:  # 'under age 40', 'before the age of 40'
        qualifier = "less than" if limit.group(1).lower() in ("under", "before") else "more than"
    rounding = rounding_unit(m.group("num"), value)
    if dimension in ("count", "age", "offspring") and rounding <= 1:
        rounding = 0.0  # a count of 14 is exactly 14, never 15; a man of 30 is not 31
    if (dimension.startswith("money:") and factor != 1) \
            or (dimension == "count" and factor >= 1000):
        #  '69 cents' is written as $0.69; the '140' of '140-150 million' is 140 million
        value, rounding, factor = round(value * factor, 10), rounding * factor, 1.0
    low, high = interval(value * factor, rounding * factor, qualifier, tol)
    start = base + min(m.start(g) for g in ("qual", "cur", "num")
                       if m.group(g) and (g != "qual" or written_qual))
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
    marker = None if dimension in ("score", "record", "line") or (
        dimension == "age" and re.search(r"\bnow\s*$", before)) else _marker(before)
    #        'rose to 9-5' is a record, 'X, now 28' a present age: neither is a changed figure
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
        holder=(stat_holder(text, m, shown, previous)
                or height_holder(text, m.start("num"), m.end("num"), shown)
                or body_holder(text, m, previous)),
        **figure_traits(text, m, segment, shown, article.published),
    )


#: a participle clause after a figure with an object of its own ('..., killing one', ', leaving
#: two dead'): what it tells happened to its object, not to the figure before
_OWN_PARTICIPLE = re.compile(r",\s+(?:killing|injuring|wounding|leaving|sending|forcing)\s+"
                             r"(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:one|two|three|four|"
                             r"five|six|seven|eight|nine|ten|\d[\d,]*|dozens|hundreds|thousands|"
                             r"scores|a|an|another|his|her|their)\b", re.IGNORECASE)


def _frame(text: str, m: re.Match, segment: tuple[int, int], unit: str) -> tuple[str, ...]:
    """The kind of event a figure counts, from its own clause and noun ('7,700 dead'); the
    words around it only when its clause is the whole sentence ('The toll: 80,000 in X')."""
    end = min(segment[1], m.end() + 100)
    if participle := _OWN_PARTICIPLE.search(text, m.end(), end):
        end = participle.start()  # 'shot three people, killing one': the killing is one's
    start = max(segment[0], m.start() - 60)
    verb = own_verb_start(text[: m.start()])  # 'killed 200 and affected 3,000'
    own = frames(text[max(start, verb or 0) : end] + " " + unit)
    if verb is not None and (own or frames(text[max(0, verb - 60) : verb])):
        return own or ("other",)  # 'killed 200 and affected 3,000': not the toll before it
    if "death" in own and treated_victims(text[m.end() : end], text[start:end]):
        return tuple(f for f in own if f != "death") or ("other",)  # '500 victims treated'
    if own or segment != (0, len(text)):
        return own
    return frames(text[max(0, m.start() - 60) : participle.start() if participle
                       else m.end() + 100])


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
    after = text[m.end() :]
    if dimension == "percent":
        return share_label(after)  # 'share of components', not 'share of components from a'
    if dimension == "count":
        words = re.match(r"((?:[\s-]*[A-Za-z][\w’'-]*){1,5})", after)
        phrase, upto = [], 0
        for word in re.finditer(r"[A-Za-z][\w’'-]*", words.group(1) if words else ""):
            phrase.append(word.group().lower())
            if word.group().lower() == shown:
                upto = word.end()
                break
        if shown not in phrase:
            phrase = [shown]
        rate = own_rate(phrase, after[upto:])  # '600 children a day', not 'took a day off'
        suffix = f" per {rate}" if rate else ""
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
