"""Which dates of a sentence date its own event: not one inside a clause about something the
sentence names ('the jet, which crashed on June 1', 'the crimes he committed on March 11'),
inside a clause of time that sets an earlier event ('three days after a warrant was issued on
June 10', 'since his trial began last Thursday') or bounding a span ('between Nov. 1, 2004,
and Oct. 8, 2008'): the timeline places a sentence by its main clause's date."""

from __future__ import annotations

import re

from .tense import IRREGULAR_PAST

_VERB = rf"(?:[a-z]+ed|{IRREGULAR_PAST}|left)"
#: ', which crashed in the Atlantic on June 1', 'the bombers who mounted an attack on July 7':
#: a relative clause (its verb right after the pronoun) whose date is the thing's
_RELATIVE = re.compile(
    rf"(?:,\s+(?:which|who)|\b(?:which|who)|\b(?<!said\s)(?<!says\s)(?<!announced\s)that)"
    rf"\s+(?:had\s+|has\s+)?(?:been\s+)?{_VERB}\b(?=[^,;]*$)")
#: 'for the crimes he committed on March 11': a relative clause without its pronoun, after a
#: noun governed by a preposition (not 'told the judge he needed', 'the store when she was')
_FUNCTION = r"(?:when|where|while|as|if|because|that|and|but|or|so|after|before|since)\b"
_CONTACT = re.compile(
    rf"\b(?i:for|of|with|about|over|in|on|at|to|from|by|during)\s+"
    rf"(?i:the|a|an|his|her|their|its|those|these)\s+(?!{_FUNCTION})[a-z]+"
    rf"(?:\s+(?!{_FUNCTION})[a-z]+)?\s+(?:he|she|they|it|we|I)\s+(?:had\s+)?{_VERB}\b"
    r"(?=[^,;]*$)")
#: '15 sailors detained by Iranian forces on March 23': a participle phrase right after a noun
#: (`_participle`), not a passive ('were detained by') nor a change by an amount ('rose by 5
#: percent') nor a way of travel ('arrived by helicopter')
_PARTICIPLE = re.compile(
    r"(?<=[A-Za-z0-9] )[a-z]+ed\s+by\s+(?!(?:about|around|nearly|almost|some|more|less|up|"
    r"over|\d|helicopter|car|plane|air|sea|road|rail|train|boat|bus|phone|telephone|e-?mail|"
    r"hand|foot|far)\b)(?=[^,;]*$)", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|I|you|who|which|that|and|or|but)\s+$",
                      re.IGNORECASE)
_AGENT_WORDS = 4  # 'detained by Iranian forces on': a longer agent may end in the main clause
#: 'since his trial began last Thursday', 'before talks collapsed on June 30', 'three days
#: after an arrest warrant was issued for him on June 10', 'after being halted on Sunday': a
#: clause of time whose event is not the main clause's day (a plain 'after' clause often is:
#: 'destroyed after a fire broke out on Friday'); its first verb, not one joined by 'and'
_FIRST_VERB = rf"(?:(?!\b(?:{_VERB}|is|are|has|have)\b)[^,;])*?(?<!\band )(?<!\bor )(?<!\bbut )" \
              rf"\b(?:{_VERB}|is|are|has|have)\b"
_EARLIER = re.compile(
    rf"\b(?:after|before|since)\s+(?:being|having)\s+[a-z]+"
    rf"|\b(?:since|before|(?:days?|weeks?|months?|years?|shortly|long|soon)\s+after)\s+"
    rf"(?![a-z]+ing\b|\d){_FIRST_VERB}(?=[^,;]*$)", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_CLOSE = re.compile(r"^,?\s+(?:and|to|until|through|till)\s+", re.IGNORECASE)
#: 'postponed from Tuesday to Friday': a move, whose second day is the event's
_MOVED = re.compile(r"\b(?:postpone|delay|move|push|pushing|reschedule|brought|bring|shift|"
                    r"back)[a-z]*\b[^,;]*$", re.IGNORECASE)
_PAST_VERB = re.compile(rf"\b{_VERB}\b")
#: words before a past form that make it part of the clause already begun: an auxiliary ('was
#: issued'), an adverb ('was then sold'), a conjunction ('struck London and killed 52')
_AUX = re.compile(r"(?:\b(?:was|were|is|are|be|been|being|has|have|had|get|got|and|or|but|then|"
                  r"also|later|not|never|first|just|already)|"
                  r"[a-z]+ly)\s+$", re.IGNORECASE)


#: a past form right after another ('remained closed', 'was closed') is its complement
_AFTER_VERB = re.compile(rf"\b{_VERB}\s+$")


def subordinate(sentence: str, m: re.Match) -> bool:
    """Whether a date of a sentence sits in a relative clause, a participle phrase or a clause
    of time, with no verb of the main clause between that clause's own verb and the date
    ('the bombers who struck London rehearsed on July 7' is the rehearsal's day)."""
    before = sentence[: m.start()]
    for rx in (_RELATIVE, _CONTACT, _PARTICIPLE, _EARLIER):
        found = list(rx.finditer(before))
        if rx is _PARTICIPLE:
            found = [x for x in found if _participle(before, x)]
        if found and not _main_verb(before, found[-1].end()):
            return True
    return False


def _participle(before: str, x: re.Match) -> bool:
    """Whether an '-ed by' before a date is a participle phrase after a noun, with a short
    agent: not a verb after an auxiliary, adverb, pronoun or conjunction."""
    return not (_AUX.search(before, 0, x.start()) or _PRONOUN.search(before, 0, x.start())
                or len(before[x.end() :].split()) > _AGENT_WORDS)


def _main_verb(text: str, start: int) -> bool:
    """Whether a past verb of the main clause comes after ``start`` ('who struck London
    rehearsed on July 7'): one after a noun, not after an auxiliary, adverb or conjunction."""
    return any(not (_AUX.search(text, 0, v.start()) or _AFTER_VERB.search(text, 0, v.start()))
               for v in _PAST_VERB.finditer(text, start))


def in_range(sentence: str, dates: list[re.Match], i: int) -> bool:
    """Whether the i-th date of a sentence bounds a span: 'between X and Y', 'from X to Y';
    of a move ('postponed from Tuesday to Friday') only the day it was moved from."""
    m = dates[i]
    if _RANGE_OPEN.search(sentence, 0, m.start()) and i + 1 < len(dates):
        return bool(_RANGE_CLOSE.match(sentence[m.end() : dates[i + 1].start()]))
    if i > 0 and _RANGE_CLOSE.match(sentence[dates[i - 1].end() : m.start()]):
        opened = _RANGE_OPEN.search(sentence, 0, dates[i - 1].start())
        return bool(opened) and not _MOVED.search(sentence, 0, opened.start())
    return False
