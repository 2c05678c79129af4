"""Figure forms read apart from the main extractor: ages said without 'years old', numbers
that are part of a name ('The Three Musketeers', 'the 8 Street gang'), decimals written without
their leading zero ('.308', '. 09 percent')."""

from __future__ import annotations

import re

from .traits import names_people
from .units import is_plural_noun, measure

_WHO = r"(?:he|she|I|we|they|you|who)"
_AT_AGE_BEFORE = re.compile(r"(?:^|[.;:!?\"“]\s*|\bever\s+\w+\s+)[Aa]t\s*$|"
                            r"\b(?:youngest|oldest)\b[^.;,]{0,40}\bat\s*$")
_AT_AGE_MID = (re.compile(r"(?:,|\b(?:and|but|that|when|even|until))\s+at\s*$"),
               re.compile(r"\s*,\s*(?:he|she|I|we|they|you|his|her|their|my)\b"))
_AGE_THIS_YEAR = (re.compile(r"\b(?:is|was|turns|turned|will be)\s*$"),
                  re.compile(r"\s+(?:this|next|last)\s+year\b"))
_AGE_SET = (re.compile(r"\bage(?:\s+(?!age\b)[a-z]+){0,3}\s+(?:to|from|at)\s*$", re.IGNORECASE),
            re.compile(r"\s*(?:[,.;)]|$|\s+(?:from|and|for|in|by|on|to)\b)"))
_AT_AGE_AFTER = re.compile(rf"\s*,\s*{_WHO}\b|\s+when\b")  # 'At 55, he is', '... at 26 when'
_THEN_AGE = (re.compile(r"(?:^|[.;:!?\"“]\s*)(?:Then|Now)\s*$"),  # 'Then 67, X celebrated'
             re.compile(r"\s*,\s*(?:[A-Z][a-z][\w'’-]*|he|she)\s+[a-z]+(?:ed|s)\b"))
_WAS_AGE_BEFORE = re.compile(rf"\b(?:since|when|until|who|as)\s+{_WHO}?\s*(?:was|were|is|"
                             rf"turned)(?:\s+(?:just|only|barely|still))?\s*$", re.IGNORECASE)
_WAS_AGE_AFTER = re.compile(r"\s*(?:[,.;:)!?\"”]|$|\s+at\s+the\s+time\b|\s+when\b)"
                            r"|\s+(?:to|and|or)\s+\d")  # 'when he was 17 to 25'
_HE_WAS_AGE = (re.compile(rf"\b{_WHO}\s+(?:was|were)\s*$", re.IGNORECASE),
               re.compile(r"\s+(?:at\s+the\s+time|when)\b"))  # 'he was 18 at the time'
# obituary forms: 'He was 75.' as a sentence of its own, 'dies at 75', 'died at 75 in ...'
_OBIT_AGE = (re.compile(r"(?:^|[.!?\"”]\s+)(?:He|She)\s+(?:was|is)(?:\s+(?:just|only))?\s*$|"
                        r"\b[A-Z][\w'’-]+\s*,\s*now\s*$"),  # 'She is 13.', 'X Y, now 28.'
             re.compile(r"\s*[.,](?:\s|$)|\s+and\s+(?:lived|had|was|leaves|left)\b"))
#        'He was 95 and lived in X'
# 'Smith was 75, the paper reported.'
_NAME_WAS_AGE = (re.compile(r"(?:^|[.!?\"”]\s+)(?:Mr\.\s+|Mrs\.\s+|Ms\.\s+)?"
                            r"(?!(?:He|She|It|They|This|That|There|The)\s)[A-Z][a-z][\w'’-]*"
                            r"(?:\s+[A-Z][a-z][\w'’-]*){0,2}\s+was\s*$"),  # 'X Y was 95.'
                 re.compile(r"\s*[.,;](?:\s|$)"))
_DIED_AT = (re.compile(r"\b(?:dies|died|dying|has\s+died|passed\s+away)\b"
                       r"(?:[^.;:,]|(?<=[A-Z])\.){0,50}?"  # 'dies in U.S. prison at 77'
                       r"\bat\s*$",
                       re.IGNORECASE),  # 'died in prison at 77'

            re.compile(r"\s*(?:[.,;:)!?\"”]|$|\s+(?:in|on|after|of|from|following)\b)|"
                       r"[ \t]*\n"))  # 'X dies at 95' as a headline line
_DEAD_AT = (re.compile(r"\bdead\s+at\s*$", re.IGNORECASE),  # 'X dead at 95' (a headline)
            re.compile(r"[ \t]*(?:\n|$|[.;:!?)])"))
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
_NAME_AND_AGE = re.compile(rf"\s+and\s+{_NAME}\s*,\s*\d{{1,3}}\b")  # 'X Y, 20 and Z W, 24,'
#: 'X Y, 20 was found' (an age); 'in East Flatbush, 46 were arrested' is a count
_NAME_AGE_VERB = re.compile(r"\s+(?:was|is|has|had|will|who)\b")
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z][\w'’-]*\s+[A-Z][\w'’-]*[a-z]\s*,\s*$")
_PEOPLE_BEFORE = re.compile(r"\b([a-z][\w-]+)\s*,\s*(?P<first>\d{1,2}\s+and\s*)?$")
_RELATIVES = frozenset("sons daughters brothers sisters siblings cousins nephews nieces "
                       "grandsons granddaughters grandchildren twins".split())
_AGES_AFTER = re.compile(r"\s+and\s+\d{1,2}\s*[,.;)]")
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s*,"
                          r"(?:\s*now)?\s*$")
#     'The actress, 26,', 'the troubled actress, 26,', 'the singer, now 33,': a person's role
#     set off before the age
_TURNS_AGE = (re.compile(r"\b(?:turns|turned|turning|turn)\s*$", re.IGNORECASE),
              re.compile(r"\s*(?:[.,;!?)\"”]|$)|\s+(?:in|on|next|this|last|when|years?)\b"))
_WILL_BE_AGE = (re.compile(r"\bwill\s+be\s*$"),  # 'X will be 29 in April', '29 on April 11'
                re.compile(r"\s+(?:in|on)\s+(?:January|February|March|April|May|June|July|"
                           r"August|September|October|November|December)\b"))


def said_age(before: str, after: str, value: float) -> bool:
    """An age said without 'years old': 'At 55, he is', 'the youngest ever at 26 when',
    'since I was nine', 'who was 18 at the time', 'X Y, 20 and Z W, 24,', 'X Y, 20 was
    found', 'his two brothers, 17 and 22,', 'The actress, 26,', 'turned 40 last week', and
    obituary forms: 'He was 75.' as a sentence of
    its own, 'dies at 75'."""
    if not 0 < value < 120:
        return False
    if _AT_AGE_BEFORE.search(before) and _AT_AGE_AFTER.match(after):
        return True
    if value > 12 and _AT_AGE_MID[0].search(before) and _AT_AGE_MID[1].match(after):
        return True  # 'she believed that, at 34, her days were over': no clock time so late
    if _AGE_THIS_YEAR[0].search(before) and _AGE_THIS_YEAR[1].match(after):
        return True  # 'Oscar is 80 this year', 'she turns 40 next year'
    if _AGE_SET[0].search(before) and _AGE_SET[1].match(after):
        return True  # 'raise the retirement age for women to 65', 'the voting age from 18'
    if _WAS_AGE_BEFORE.search(before) and _WAS_AGE_AFTER.match(after):
        return True
    if _HE_WAS_AGE[0].search(before) and _HE_WAS_AGE[1].match(after):
        return True
    if any(form[0].search(before) and form[1].match(after)
           for form in (_OBIT_AGE, _DIED_AT, _DEAD_AT, _THEN_AGE)):
        return True
    if value >= 15 and _NAME_WAS_AGE[0].search(before) and _NAME_WAS_AGE[1].match(after):
        return True
    if _NAME_BEFORE.search(before) and (_NAME_AND_AGE.match(after) or _NAME_AGE_VERB.match(after)):
        return True
    if any(form[0].search(before) and form[1].match(after) for form in (_TURNS_AGE, _WILL_BE_AGE)):
        return True  # 'turned 40 last week', 'turns 29 on April 11', 'will be 29 in April'
    role = _ROLE_BEFORE.search(before)
    if role and re.match(r"\s*,", after) and names_people(role.group(1)):
        return True
    people = _PEOPLE_BEFORE.search(before)
    if people and (names_people(people.group(1), plural_only=True)
                   or people.group(1).rsplit("-", 1)[-1] in _RELATIVES):
        return bool(re.match(r"\s*[,.;)]", after)) if people.group("first") \
            else bool(_AGES_AFTER.match(after))
    return False


_SPLIT_DECIMAL = re.compile(r"(?:0\d{1,2}|\d{3})(?![\d.,:/-]\d)")
_DOT_BEFORE = re.compile(r"(?:[\s,:;(]|[a-z])\. $")
_DECIMAL_WORD = re.compile(r"\s+([A-Za-z]{2,})\b")


def dot_lead(text: str, start: int) -> int:
    """How many characters before a sentence belong to its first figure: 3 when the sentence
    was split inside a decimal written without its zero ('content of. 09 percent',
    'Smith hit. 308, with'), so the figure is read with its point; else 0."""
    before = text[max(0, start - 3) : start]
    return 3 if _SPLIT_DECIMAL.match(text, start) and _DOT_BEFORE.search(before) else 0


_RECORD_SHARE = re.compile(r"(?<![\d.])\d{1,3}\s?[-–]\s?\d{1,3}\s?\(\s?\Z")


def decimal_unit(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """The unit of a decimal written without its zero that no unit word follows: the word
    after it ('.919 OPS', '. 290 average'); none before a name or a gun ('.38 revolver')"""
    if not m.group("num").startswith("."):
        return None
    if _RECORD_SHARE.search(text, 0, m.start()) and re.match(r"\s?\)", text[m.end() :]):
        return ("winning percentage", "ratio", 1.0)  # '182-158 (.535)': wins over games
    word = _DECIMAL_WORD.match(text, m.end())
    name = word.group(1) if word else ""
    if re.search(r"\ban?\s*$", text[: m.start()]) and not word:
        return None  # 'Timmons had a .32': a gun by its caliber
    if m.group("num") == ".500":
        return None  # 'to go over .500', 'a .500-plus season': the break-even mark of sports
    if not word or name.lower() in _FUNCTION_WORDS:
        return ("ratio", "ratio", 1.0)  # 'hit .358 with 13 homers', 'a level of .41.': a
        #                                 batting average, a blood-alcohol content
    if not (name.islower() or name.isupper()) or name.lower() in _NOT_A_UNIT:
        return None  # '.32 Smith & Wesson', '.38 revolver': a gun's caliber names it
    return (name, "ratio", 1.0)


_FUNCTION_WORDS = frozenset("with and or in on at of for to the a an as by from is was "
                            "this that last since".split())
_NOT_A_UNIT = frozenset("with and or in on at of for to the a an as by from is was revolver "
                        "revolvers pistol pistols rifle rifles handgun handguns gun guns special "
                        "magnum caliber calibre bullet bullets round rounds shell shells "
                        "automatic semiautomatic semi-automatic".split())


def _title_case(sentence: str) -> bool:
    """A headline in title case: no word of four letters or more starts in lower case."""
    return not re.search(r"(?<![\w'’-])[a-z][\w'’-]{3,}", sentence)


_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


def in_a_name(sentence: str, start: int, end: int) -> bool:
    """A number that is part of a name, not a count: 'The Three Musketeers' mid-sentence
    (a number word written capitalised before a capitalised word), 'the 8 Street gang' (a
    figure before a capitalised singular word that is no people's name nor unit, with no
    plural noun after it). A headline in title case is read as usual."""
    num = sentence[start:end]
    before = sentence[:start].rstrip()
    nxt = re.match(r"\s+([A-Z][a-z][\w'’-]*)(?:\s+([a-z]+))?", sentence[end:])
    if not nxt or not before or before[-1] in ".:;!?\"“(‘'" or _title_case(sentence):
        return False
    if num[0].isalpha():
        return num[0].isupper() and " " not in num
    word = nxt.group(1)
    run = re.match(r"(?:\s+[A-Z][\w'’-]*){1,3}(?:\s+[a-z]\w*-[\w-]+)*((?:\s+[a-z]+){1,2})",
                   sentence[end:])
    following = run.group(1).split() if run else []  # '384 Acme Atom dual-core
    #   processors', '11 Estelle unit employees': a count of a maker's or a place's things
    if word in _WEEKDAYS:
        return False  # 'scored 20 Thursday night': a figure, then when
    if re.search(r"\bof$", before):
        return False  # 'Mother of 13 X Y shot dead': a name may follow a count
    return bool(num.isdigit() and int(num) > 1 and not word.lower().endswith("s")
                and not names_people(word, capitalised=True) and not measure(word)
                and not any(is_plural_noun(w) for w in following))



_STATISTIC = re.compile(r"\s+((?:[a-z]+[\s-]){0,2}(?:rating|average|share|percentage|index|"
                        r"ratio|rate))\b(?![\s-]+(?:of|for)\b)")


def statistic_unit(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """The unit of a number with a decimal part written before the statistic it is ('a 90.4
    passer rating', "Philly's 93.3 scoring average", '14.1 rating'): that statistic; a whole
    number before one ('a 30 percent rate') is read elsewhere."""
    if "." not in m.group("num") or m.group("pct") or m.group("cur"):
        return None
    found = _STATISTIC.match(text, m.end())
    return (" ".join(found.group(1).split()), "ratio", 1.0) if found else None


#  an exchange rate: 'the yuan fell to 7.03 per dollar', 'the yen at 108.6 against the dollar'
_PER_CURRENCY = re.compile(r"\s+(?:per|to\s+the|against\s+the|a)\s+(?:U\.?S\.?\s+)?(dollar|euro|"
                           r"pound|yen|yuan|greenback)\b", re.IGNORECASE)
_RATE_NAMED = re.compile(r"\b(yuan|yen|rupee|euro|pound|sterling|peso|won|lira|rouble|ruble|real|"
                         r"rand|dollar|franc|krona|renminbi)\b[^.;]{0,40}$", re.IGNORECASE)


def exchange_rate_unit(text: str, m: re.Match) -> tuple[str, str, float] | None:
    """('CUR per CUR', 'exchange rate', 1.0) for a bare number that is a currency's price in
    another ('the yuan fell to 7.03 per dollar'): a figure the sentence names both sides of."""
    per = _PER_CURRENCY.match(text, m.end())
    named = _RATE_NAMED.search(text[: m.start()]) if per and not m.group("cur") else None
    if named is None or named.group(1).lower() == per.group(1).lower():
        return None
    return (f"{named.group(1).lower()} per {per.group(1).lower()}", "exchange rate", 1.0)
