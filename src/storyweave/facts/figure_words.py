"""What a figure's own words say about it, not the words of the rest of its sentence: a bound
written after its unit ('20 centimeters or less'), the verb it is the object of ('killed 200
and affected 3,000': 3,000 were affected), the rate it is counted at and what a share is of."""

from __future__ import annotations

import re

from .text import STOPWORDS
from .units import RATE_RE, find_rate

#: a bound after the figure's unit word: '20 centimeters or less', '200 meters or more'
_BOUND_AFTER_UNIT = re.compile(
    r"\s*[a-z]+\.?\s+or\s+(so|more|higher|greater|above|over|less|fewer|lower|below)\b"
    r"(?!\s+than\b)", re.IGNORECASE)
_BOUNDS = {"so": "about", "more": "at least", "higher": "at least", "greater": "at least",
           "above": "at least", "over": "at least", "less": "up to", "fewer": "up to",
           "lower": "up to", "below": "up to"}


def bound_after_unit(after: str) -> str | None:
    """The qualifier a bound after the figure's unit word gives it ('up to', 'at least')."""
    m = _BOUND_AFTER_UNIT.match(after)
    return _BOUNDS[m.group(1).lower()] if m else None


#: the figure as the object of the second verb of a coordination: '... and affected three
#: million', '... but spared 40' (a past tense of its own, right before the figure)
_OWN_VERB = re.compile(r"\b(?:and|but)\s+((?!(?:and|but|were|was|had|have)\b)[a-z]+ed)"
                       r"(?:\s+(?:about|some|nearly|almost|around|roughly|over|at\s+least|more\s+"
                       r"than|another|an?\s+estimated))*\s*$", re.IGNORECASE)


def own_verb_start(before: str) -> int | None:
    """Where the verb a figure is the object of starts, when that verb is the second of a
    coordination ('killed 200 people and affected three million'): the first verb's frame
    is not this figure's."""
    m = _OWN_VERB.search(before)
    return m.start(1) if m else None


#: victims a sentence says were treated or taken in: hurt, not killed
_TREATED = re.compile(r"^[^.;,]{0,60}?\b(?:treated|hospitali[sz]ed|admitted|discharged|"
                      r"rescued|taken to hospital|recovering)\b", re.IGNORECASE)
_DEATH_WORD = re.compile(r"\b(?:kill\w*|died|dead|deaths?|fatalit\w+|perish\w*|lives|bodies)\b",
                         re.IGNORECASE)


def treated_victims(after: str, window: str) -> bool:
    """'500 victims of the quake have been treated': victims, with no word of a death."""
    return bool(re.match(r"\s*victims\b", after, re.IGNORECASE) and _TREATED.match(after)
                and not _DEATH_WORD.search(window))


#: where the figure's clause ends for its rate: 'with 350 employees, while X took a day off'
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:while|whereas|but|although|though|when)\b",
                         re.IGNORECASE)
_NOT_RATE = re.compile(r"\b(?:a|an)\s+(?:day|week|month|year)\s+(?:off|later|earlier|"
                       r"before|after|ago)\b", re.IGNORECASE)


def own_rate(phrase: list[str], after: str) -> str | None:
    """The rate of a counted figure from its own clause ('600 children a day'); none when its
    words already say it ('20 monthly payments') or when 'a day' is 'a day off'."""
    if any(RATE_RE.fullmatch(word) for word in phrase):
        return None
    cut = _CLAUSE_END.search(after[:60])
    return find_rate(_NOT_RATE.sub(" ", after[: cut.start() if cut else 60]))


_SHARE_OF = re.compile(r"\s*of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?((?:[a-z]+\s?){1,3})")


def share_label(after: str) -> str:
    """'share of components' for '90 percent of the components from a board': what a share
    is of, cut before the first function word; a bare 'share' when nothing is left ('25
    percent of the Fortune list'), 'percentage' when it is of nothing."""
    of = _SHARE_OF.match(after)
    kept = []
    for word in (of.group(1).split() if of else []):
        if word in STOPWORDS:
            break
        kept.append(word)
    if not of:
        return "percentage"
    return f"share of {' '.join(kept)}" if kept else "share"


_MONEY_VERB = re.compile(r"\b(pledged|donated|raised|spent|promised|paid|collected|allocated|"
                         r"approved|cost|lost|offered)\b", re.IGNORECASE)
_SUM = re.compile(r"[$£€¥]\s?\d|\d\s*(?:million|billion|trillion|m|bn)\b|\b(?:dollars|euros|"
                  r"pounds|yen|yuan)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"^[^\s,;]*\s*(?:(?:was|were|is|are|been|has|have|had|being)\s+){0,2}"
                      r"(pledged|donated|raised|spent|promised|paid|collected|allocated|"
                      r"approved|lost|offered)\b", re.IGNORECASE)


def money_verb(sentence: str, start: int, end: int) -> str | None:
    """The money verb that governs the sum at ``start:end`` of its sentence: the last one before
    it with no other sum and no clause break between ('gave $2m' is not 'raised $35m,
    gave $2m'), or a passive one right after it ('$5m was pledged')."""
    before = sentence[max(0, start - 60) : start]
    verbs = list(_MONEY_VERB.finditer(before))
    if verbs:
        between = before[verbs[-1].end() :]
        if not _SUM.search(between) and not re.search(r"[,;:]", between):
            return verbs[-1].group(1).lower()
    after = _PASSIVE.match(sentence[end : end + 40])
    return after.group(1).lower() if after else None
