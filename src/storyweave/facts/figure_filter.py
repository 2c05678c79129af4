"""Whether a number in the text is a figure that counts or measures something (not a year, a
model name or a size that names a product)."""

from __future__ import annotations

import re

from .counted_nouns import _counted_noun, _counts_people, _names_a_firm_or_machine, _people_of
from .figure_forms import _title_case, in_a_name, said_age
from .figure_units import _WIDE_BY_HIGH, _measured_year
from .numbers import NUMBER, parse_number
from .people_heads import things_before
from .quantity_patterns import (
    _AGE_AFTER,
    _DONE_TO,
    _OF_PEOPLE,
    _PEOPLE_AFTER,
    _SEISMIC,
    topic_about,
)
from .tallies import tally_unit
from .text import (
    MONTH_ABBR,
    MONTHS,
    STOPWORDS,
)
from .units import is_plural_noun, measure

_MONTH = "|".join(MONTHS + sorted(MONTH_ABBR))
_CLOCK_HOURS = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")  # '0930', '1545', '2359'
_HOURS_AFTER = re.compile(r"\s*(?:hrs|hours|h)\b\.?", re.IGNORECASE)
_AT_TIME = re.compile(r"\b(?:at|about|around|by|from|until|till|after|before|since)\s+$",
                      re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*(?:hrs|hours|h)\b\.?\s*\(?(?:IST|GMT|UTC|EST|EDT|CET|BST|PST|"
                         r"local(?:\s+time)?)\b")
_PHONE = re.compile(r"\d[ ]\d(?! ?/)")  # not '4 1/2', '4 1 / 2'
_SPEAKER_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+\s+(?:said|says|told|added|"
                            r"explained|recalled|noted|stated|asked)\b")
_SHOT_NAME = re.compile(r"[-‐‑\s]point(?:ers?\b|\s+(?:shots?|plays?|range|line|attempts?|"
                        r"baskets?|shooters?|shooting|tries|try|conversions?|field goals?)\b)",
                        re.IGNORECASE)
_ARCHITECTURE = re.compile(r"(?:\s*(?:[-‐‑]?\s*(?:and|or|/|,)\s*\d+))*[-‐‑]?\s?bit\b",
                           re.IGNORECASE)
_VERSIONS = re.compile(r"\b(?:versions?|(?<!\bto )(?<!\bwill )(?<!\bwould )releases?|"
                       r"IE|iOS|Android|Windows|Office)\s*"  # not 'to release 12 films'
                       r"(?:(?:\d+(?:\.\d+)?|(?-i:[A-Z])[\w.]*)\s*(?:,\s*(?:and\s+|or\s+)?|and|or|&|"
                       r"to|through)\s*)*$", re.IGNORECASE)
_NOT_A_COUNT_AFTER = re.compile(r"[-‐‑]and[-‐‑]outs?\b|[-‐‑\s](?:twen|thir|for|fif|six|seven|eigh|"
                                r"nine)ties\b", re.IGNORECASE)  # a play's name, a decade
_RANK_BEFORE = re.compile(r"(?:\bNo\.|\bthe number)\s*$")
_NO_NAME_BEFORE = frozenset(  # a headline's 'Dies At 91', 'Aged 91', 'Shot In 6': no name
    "magnitude at in on of to by for with from after before since until into than and or"
    .split())
_HEADLINE_AGE = re.compile(r"\b(?:at|dies|died|dead)\s+(?:age|aged)\s*$", re.IGNORECASE)
_RANGE_END = re.compile(rf"^\s*(?:or|to|and|[-–])\s*(?:{NUMBER})\b(?![-‐‑])", re.IGNORECASE)
#     'three or four robbers', 'between four and seven candidates': the noun after the range
_SCALE_WORD = re.compile(r"hundred|thousand|million|billion|trillion|dozen", re.IGNORECASE)
_BRAND_OWNER = r"(?-i:[A-Z][\w-]*)['’]s\s+"  # "Boeing's "
_SMALL_COUNT = r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"


def _model_number(before: str, after: str, num: str) -> bool:
    """Whether a number names a model, not a count: glued to a hyphenated part after a brand's
    possessive ("Boeing's 787-9", and its '9'), or a number of three digits or more between a
    count and a capitalised product name ('five 787 Dreamliner sales')."""
    if re.search(rf"{_BRAND_OWNER}\d{{3,}}[-‐‑]$", before):
        return True
    if not re.fullmatch(r"\d{3,}", num):
        return False
    if re.search(rf"{_BRAND_OWNER}$", before) and re.match(r"[-‐‑]\d{1,4}\b", after):
        return True
    return bool(re.search(_SMALL_COUNT + "$", before, re.IGNORECASE)
                and re.match(r"\s+(?-i:[A-Z][a-z]+)\s+[a-z]", after))


#  a European address: 'corso Monforte, 15, Milan', 'Rue Royale 8, Paris'
_STREET_BEFORE = re.compile(r"\b(?i:corso|via|viale|piazza|piazzale|largo|rue|calle|avenida|"
                            r"plaza|rua)\s+(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*\s*,?\s*$")
_CITY_AFTER = re.compile(r"\s*,\s*(?:\d{5}\s+)?[A-Z][a-z]")


#  a citation: a bare number (or a list of them) in brackets before a sentence's end or a comma
_CITED_BEFORE = re.compile(r"[\w%]\s*\((?:\s*\d{1,3}\s*,)*\s*$")
_CITED_AFTER = re.compile(r"(?:\s*,\s*\d{1,3})*\s*\)\s*(?:[.,;:]|$)")
_RATIO = re.compile(rf"\b(?:{NUMBER})\s+(?:in|out of)\s*$", re.IGNORECASE)


def _is_figure(text: str, m: re.Match) -> bool:
    num = m.group("num")
    value = parse_number(num)
    if value is None:
        return False
    digits = num[0].isdigit() or num[0] == "."  # '.308' too
    before = text[: m.start("num")]
    after = text[m.end("num") :]
    if re.search(r"\b[A-Za-z]+\d+[-‐‑]$", before) and not m.group("cur"):
        return False  # a code's second part: 'Core i9-9900K', 'MS08-078', 'A330-200'
    if _CITED_BEFORE.search(before) and _CITED_AFTER.match(after) and not m.group("cur") \
            and not m.group("pct") and re.fullmatch(r"\d{1,3}", num):
        return False  # '... curbs appetite (35).', 'meals (14, 15), so': a source's number
    if digits and not m.group("cur") and _model_number(before, after, num):
        return False  # "Boeing's 787-9 Dreamliner", 'five 787 Dreamliner sales': a model
    if _STREET_BEFORE.search(before) and _CITY_AFTER.match(after):
        return False  # 'corso Monforte, 15, Milan': a house number
    if num in ("911", "999", "112") and _EMERGENCY_AFTER.match(after) \
            or any(n.start() <= m.start("num") < n.end() for n in _NINE_ELEVEN.finditer(text)):
        return False  # '911 calls', 'a 999 call': a phone number; 'the 9-11 attacks': a name
    if re.fullmatch(r"\d\d", num) and re.search(r"\b(?:1[89]|20)\d\d\s?[-–/]\s?$", before):
        return False  # 'the 2019-20 season', 'the 1982-83 team': a season's second year
    if _CLOCK_HOURS.fullmatch(num) and _HOURS_AFTER.match(after) and (
            _AT_TIME.search(before) or _ZONE_AFTER.match(after)):
        return False  # 'at 1100 hours', '1230 hrs IST': a time of day on the 24-hour clock
    if _FURNITURE.search(text) and (not _STAMP.match(text) or _stamp_only(text)):
        return False  # 'Posted 2 hours ago', '5 min read', '45 comments', 'Read more: 10 ...'
    if not digits and value == 1 and (_SPEAKER_AFTER.match(after) or _OF_PEOPLE.match(after)
                                      or (re.search(r"\bthe\s*$", before, re.IGNORECASE)
                                          and not _PEOPLE_AFTER.match(after))):
        return False  # 'one official said', 'one of the sailors', 'the one used': who or what
    if not digits and value == 1 and not _bounded_one(m) and not _RANGE_END.match(after):
        return False  # 'one man was killed', 'one person said', 'no one was hurt': 'one'
        #               alone is an article, not a figure; 'at least one', 'one or two' count
    if not digits and value < 10 and _names_a_firm_or_machine(_counted_noun(after) or "", after):
        return False  # 'two servers', 'three mobile operators': machines or firms, not people
    if not digits and value < 10 and not _SCALE_WORD.search(num) \
            and not _counts_people(before, _RANGE_END.sub("", after)) \
            and not _AGE_AFTER.match(after) \
            and not said_age(before, after, value):
        return False  # 'two daughters', 'half an hour': small numbers in words count people
    if not digits and value < 10 and _people_of(after) == "" and things_before(before):
        return False  # 'seven bullets hit him, three of them from the rear': things
    if re.search(r"\d[-‐‑](?:foot|feet)[-‐‑]$", before) and value >= 12:
        return False  # '5-foot-11,220 pounds': the inches glued to the weight
    if _NOT_A_COUNT_AFTER.match(after) or _RANK_BEFORE.search(before):
        return False  # 'a three-and-out', 'the nineteen-seventies', 'No. 1 Acme', 'number 2'
    if value in (2, 3) and _SHOT_NAME.match(after):
        return False  # 'a 3-pointer', 'a 3-point shot', 'a two-point conversion': a shot's name
    if _ARCHITECTURE.match(after) or _VERSIONS.search(before):
        return False  # '32-bit versions', '32-and 64-bit', 'versions 6, 7, 8, and 9': names
    if in_a_name(text, m.start("num"), m.end("num")) and not m.group("cur") \
            and not tally_unit(text, m.start("num"), m.end("num")):  # '20-13 Win Over X'
        return False  # 'The Three Musketeers', 'the 8 Street gang': part of a name
    if _PHONE.search(text[max(0, m.start("num") - 2) : m.end("num") + 2]) \
            and not m.group("cur") and not _unit_symbol(after):  # '$999 64GB' is no phone
        return False
    if _RATIO.search(before) and not digits:
        return False  # 'three in ten citizens': a ratio in words; '1 in 5 adults' is listed
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
            and re.search(r"\b(?:in|since|from|until|of)\s*$", before, re.IGNORECASE) \
            and not _WIDE_BY_HIGH.match(after):  # 'a resolution of 1680 x 1050' is no year
        return False  # an earlier year: 'recorded in 1770'
    if re.fullmatch(r"[1-9]K", num) and not m.group("cur"):
        return False  # '4K video', 'an 8K TV': a picture format, named as '1080p' is
    year_mark = re.fullmatch(r"\d\d", num) and re.search(r"\s['’]$", before)
    prev_word = re.search(r"([A-Za-z][\w.]*)\s*$", before[:-1] if year_mark else before)
    unit = re.match(r"[\s-]*([A-Za-z]+)", after)
    measured = bool(m.group("pct") or (unit and measure(unit.group(1))))
    if prev_word and re.match(r"[A-Z]|[a-z]{1,5}[A-Z]", prev_word.group(1)) \
            and (prev_word.start() > 0 or _label_first(prev_word.group(1), num)) \
            and prev_word.group(1).lower() not in _NO_NAME_BEFORE and not m.group("qual") \
            and not _HEADLINE_AGE.search(before) \
            and not m.group("cur") and digits and not measured \
            and not (before.endswith("M") and "." in num and _SEISMIC.search(text)) \
            and not _DONE_TO.search(before) and not _headline_count(text, before, after) \
            and not tally_unit(text, m.start("num"), m.end("num")):  # 'beat Acme 20-13'
        #     'M7.5' in a sentence about a quake or a fault is a magnitude
        return False  # an identifier: 'Flight 447', 'iPhone 11', "iLife '09", a sentence's
        #               first 'Section 230' (not 'the Ocean 650 km', 'Quake Kills 10')
    return True


#  a sentence's first word that labels the number after it ('Section 230 protects', 'Article
#  370 was'): a capitalised singular, never a word that opens a count ('Only 12', 'Some 30')
_LABEL_FIRST = re.compile(r"(?-i:[A-Z][a-z]+)(?<!s)(?<!ly)")
_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)


def _label_first(word: str, num: str) -> bool:
    return bool(_LABEL_FIRST.fullmatch(word) and re.fullmatch(r"\d+", num)
                and word.lower() not in STOPWORDS and not _WEEKDAY.fullmatch(word))


#  page furniture a cleaned body may keep: a time stamp line, a reading time, a comment count,
#  the title of a linked story
_FURNITURE = re.compile(
    r"^\W*(?:(?:posted|updated|published|last\s+(?:updated|modified))\b(?=[^.]{0,60}$)"
    r"(?=.*(?:\bago\b|\d[:.]\d\d|\b(?-i:GMT|UTC|ET|EST|EDT|PST|BST|AM|PM)\b|\b20\d\d\b))"
    r"|(?:read\s+more|related|see\s+also|also\s+read|more\s+from)\s*:)"
    r"|^\W*\d+\s*min(?:ute)?s?\s+read\W*$|^\W*\d[\d,]*\s+comments?\W*$", re.IGNORECASE)


_EMERGENCY_AFTER = re.compile(r"\s+(?:calls?|callers?|dispatch\w*|operators?|cent(?:er|re)s?|"
                              r"lines?|system|services?)\b", re.IGNORECASE)
_NINE_ELEVEN = re.compile(r"(?<![\d.,])9\s?[-–]\s?11\s+(?:attacks?|anniversary|commission|"
                          r"memorial|terror\w*|hijack\w*|victims?|families|responders|museum)\b",
                          re.IGNORECASE)
_STAMP = re.compile(r"^\W*(?:posted|updated|published|last\s+(?:updated|modified))\b",
                    re.IGNORECASE)
_STAMP_WORDS = frozenset(
    "posted updated published last modified on at by ago and the hour hours minute minutes min "
    "mins day days week weeks month months year years sec secs second seconds downloaded"
    .split())


def _stamp_only(line: str) -> bool:
    """Whether a line that opens like a time stamp holds nothing but one: its lower-case
    words are all words of time ('Posted 2 hours ago'; not 'Published in 2019, the study
    followed 500 people')."""
    return all(w.lower() in _STAMP_WORDS or len(w) < 3 or not w.islower()
               for w in re.findall(r"[A-Za-z]+", line))


def _headline_count(text: str, before: str, after: str) -> bool:
    """Whether a number in a headline in title case counts the capitalised plural noun after
    it, after a verb ('WeWork To Cut 2,400 Jobs', 'Hits 10 Million Subscribers'): a count,
    no identifier ('Apollo 11 Astronauts' stays a name)."""
    noun = re.match(r"\s+(?:(?:Million|Billion|Thousand|More|New|Other)\s+)?([A-Z][a-z]{2,})\b",
                    after)
    verb = re.search(r"(?:\bTo\s+[A-Z][a-z]+|\b[A-Z][a-z]+(?:s|ed))\s*$", before)
    return bool(noun and verb and is_plural_noun(noun.group(1)) and _title_case(text))


def _unit_symbol(after: str) -> bool:
    symbol = re.match(r"\s?([A-Za-z]+)\b", after)
    return bool(symbol and measure(symbol.group(1)))


def _bounded_one(m: re.Match) -> bool:
    """Whether 'one' written as a word is a figure: with a qualifier ('at least one', 'one or
    more'). Alone ('one man died', 'one official said') it is the article of a singular noun,
    which the gold writers' convention leaves out."""
    return bool((m.group("qual") and not topic_about(m)) or m.group("trail"))


_SIZE_AS_NAME = re.compile(  # '13-inch MacBook', '13-and 15-inch models', '15.4″ Pro', "17'' Pro"
    r"(?:(?:[-‐‑](?i:inch)\b)?[-‐‑]?\s*(?:and|or|,|/)\s*\d+(?:\.\d+)?)?"  # '13-inch and 15-inch'
    r"(?:(?P<incher>[-‐‑](?i:inchers?)\b)|(?:[-‐‑](?i:inch)\b|[\"″]|'')[-\s]*"
    r"(?:\d[\d.]*\s?[A-Za-z]+\s+)?"  # 'a 15.4-inch 2.4GHz Intel Core 2 Duo'
    r"(?:(?P<name>[A-Z](?![\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:displays?|screens?|panels?)\b)|"
    r"(?:models?|versions?|options?|variants?|editions?|portables?|"
    r"notebooks?|laptops?|computers?|systems?|machines?)\b)"
    r"|(?P<noun>(?:will|is|has|was|starts?|costs?|gets?)\b|[.,;)])))")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|new|base|both|upgraded|updated|cheapest|"
                         r"entry-level)\s*$", re.IGNORECASE)


def _names_a_model(before: str, after: str) -> bool:
    """Whether an attributive size names a model rather than measures something: before a
    product name or 'model' ('the 13-inch version', 'a 15.4″ Pro'), or standing as a noun
    ('the 13-inch will sell for'); 'a 15-inch "retina display"' and 'at 0.71″' measure."""
    size = _SIZE_AS_NAME.match(after)
    if size and size.group("noun") == "," and re.search(r"\ban?\s*$", before, re.IGNORECASE):
        return False  # 'a 2.44-inch, bright display': one of the display's adjectives
    if _NAMED_BEFORE.search(before) and _SIZE_ALONE.match(after):
        return True  # 'the MacBook Pro 17-inch (PN ...)', 'the MBP 15-inch before': a model
    return bool(size and (size.group("name") or size.group("incher")
                          or _DETERMINER.search(before)))


_NAMED_BEFORE = re.compile(r"(?<=\w\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                           r"Sunday)\b)(?:[A-Z][A-Za-z]*)\s+$")  # 'the Acme Book 14-inch (': a name
_SIZE_ALONE = re.compile(r"[-‐‑](?i:inch)\b(?=\s*[(),.;:]|\s+(?:is|was|will|has|had|before|and|"
                         r"or|with|for|ships?|costs?|sells?)\b)")


def _model_sizes(text: str, dimension: str) -> str:
    """The models a sentence speaks of by their size ('the 11-inch Air', '13-and 15-inch
    models' -> '11in', '13in 15in'), as the thing its figures belong to: the specs of the
    13-inch and of the 15-inch model are different facts. '' when it names none."""
    if dimension in ("count", "age"):
        return ""
    sizes = {f"{round(float(n.group(0)))}in" for n in re.finditer(r"(?<![\d.])\d+(?:\.\d+)?", text)
             if _names_a_model(text[: n.start()], text[n.end() :])}
    return " ".join(sorted(sizes))
