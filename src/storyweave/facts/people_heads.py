"""A small number written in words that stands for people named before it ('She shot the other
three,', 'Oler has two.', 'four from friendly fire', 'The two extend their lead'): a count of
those people, though no noun follows it."""

from __future__ import annotations

import re

from .counted_nouns import _counted_noun, _people_of, counts_people
from .numbers import NUMBER, parse_number
from .traits import PEOPLE_NOUNS
from .units import is_plural_noun, measure

#  The number heads its noun phrase: a mark or the end follows, or a word that opens no noun
#  phrase of its own ('of those', 'who', 'more', 'were', 'from'), or a verb and then a word
#  that opens a phrase ('met for', 'live in', 'extend their', 'co-founded the')
_HEAD = re.compile(
    r"\s*(?:[.,;:!?)–—]|-(?!\w)|$)"
    r"|\s+(?:of\s+(?:the|those|them|these|whom)|who|more|from|were|are|was|is|have|has|had|"
    r"will|would|could|can|also|both|each|still|remain|remained)\b"
    r"|\s+(?P<verb>[a-z][a-z-]*)\s+(?:the|a|an|their|his|her|its|for|in|to|on|at|with|from|by|of|"
    r"after|before|into|together)\b")
_NOT_AFTER = re.compile(r"\s+(?:of\s+the\s+(?!(?:\w+\s+)?(?:" + PEOPLE_NOUNS + r")\b)\w+)",
                        re.IGNORECASE)  # 'two of the bombs': things, not people
_TIME_BEFORE = re.compile(r"\b(?:at|by|after|before|until|in|for|over|within|past|around|"
                          r"about|of)\s*$", re.IGNORECASE)  # 'at two', 'in two': times, sizes
_NUMBER_WORD = re.compile(rf"\b(?:{NUMBER})\b|\d[\d,]*", re.IGNORECASE)


def people_head(text: str, previous: str, m: re.Match) -> str | None:
    """The people noun a number written in words (two to nine) stands for, when it heads its
    noun phrase and the nearest earlier count of the sentence or the one before counts
    people ('Blackmore has 20 wives and Oler has two.' -> 'wives'); None otherwise."""
    num = m.group("num")
    value = parse_number(num)
    if num[0].isdigit() or value is None or not 2 <= value < 10 or m.group("cur") \
            or m.group("pct"):
        return None
    after, before = text[m.end() :], text[: m.start()]
    head = _HEAD.match(after)
    if not head or _NOT_AFTER.match(after) or _TIME_BEFORE.search(before):
        return None
    if head.group("verb") and (is_plural_noun(head.group("verb")) or measure(head.group("verb"))):
        return None  # 'two counts of', 'almost two years ago': a noun, not a verb
    of_people = _people_of(after)
    if of_people:  # 'three of the victims'
        return of_people
    return _referent(previous + " " + before)


def _referent(context: str) -> str | None:
    """The noun of the nearest count before (a number with its noun), when it counts people."""
    for n in reversed(list(_NUMBER_WORD.finditer(context))):
        rest = context[n.end() :]
        noun = _counted_noun(rest) or _people_of(rest)
        if noun:
            return noun if counts_people(noun) or re.fullmatch(PEOPLE_NOUNS, noun, re.IGNORECASE) \
                else None
    return None


def things_before(context: str) -> bool:
    """Whether the nearest count before ('seven bullets entered his body, three of them')
    counts things rather than people: 'three of them' then counts those things."""
    for n in reversed(list(_NUMBER_WORD.finditer(context))):
        rest = context[n.end() :]
        noun = _counted_noun(rest) or _people_of(rest)
        if noun:
            return not (counts_people(noun) or re.fullmatch(PEOPLE_NOUNS, noun, re.IGNORECASE))
    return False
