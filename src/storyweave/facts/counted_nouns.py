"""The noun a figure counts, and whether it counts people ('two of the hijackers',
'One man was killed') or machines and firms ('two servers')."""

from __future__ import annotations

import re

from .kin import names_kin
from .quantity_patterns import (
    _CASUALTY_AFTER,
    _DIED_AFTER,
    _DONE_AFTER,
    _DONE_TO,
    _FAMILY_OF,
    _FATE_AFTER,
    _FIGURE_CUE,
    _OF_PEOPLE,
    _PARENT_OF,
    _PART_OF_COUNT,
    _PARTICIPLE_NOUN,
    _PEOPLE_AFTER,
    _THE_BEFORE,
    _THE_N_DOES,
    _THE_N_ENDS,
)
from .text import STOPWORDS
from .traits import PEOPLE_NOUNS, names_people
from .units import (
    COLLECTIVES,
    QUALIFIER_RE,
    is_plural_noun,
)

_QUALIFIER_END = re.compile(rf"\b(?:{QUALIFIER_RE})\s*$", re.IGNORECASE)


def counts_people(noun: str) -> bool:
    """Whether a plural noun counts people ('hijackers', 'women', 'alumni'): WordNet's persons.
    Relatives ('sons', 'wives') are not read as people here: counted, they joined the wrong
    facts in grouping and cost status on seven tables (session 7, see docs/facts.md)."""
    return names_people(noun, plural_only=True, capitalised=True)


def _counts_people(before: str, after: str) -> bool:
    """'One man was killed', 'two people are missing', 'the death toll rose to three',
    'four suicide bombers', 'two of the hijackers', 'six of them were'."""
    cue = bool(_FIGURE_CUE.search(before)) and not _things_after(after)
    if re.search(r"\b(?:his|her|their|its|my|our|your)\s*$", before, re.IGNORECASE):
        return cue or _people_noun(after) is not None
        #      'their two running backs', 'her two young sons', 'his three former co-workers'
    if _PARENT_OF.search(before) or _FAMILY_OF.search(before):
        return True  # 'a mother of two', 'a father-of-three': her or his children
    done_to = _DONE_TO.search(_QUALIFIER_END.sub("", before))  # 'killing at least one and'
    if done_to and re.match(r"\s*(?:[.,;]|$|\s+(?:and|but|on|in|at|during)\b)", after,
                            re.IGNORECASE):
        return True  # 'which killed seven.', the headline '... Killing One'
    return bool((_PEOPLE_AFTER.match(after) and not _things_first(after)) or cue
                or _one_person(after)
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


_PEOPLE_COLLECTIVES = frozenset("people personnel staff police crew children men women man woman "
                                "person child boy girl dead militia infantry others".split())


def _things_first(after: str) -> bool:
    """'a tense two hours while police negotiated', 'nine titles in the men's league': the
    figure's own noun names things, so a people noun a few words on is not what it counts."""
    noun = _counted_noun(after)
    if not noun or noun in _PEOPLE_COLLECTIVES or counts_people(noun) or names_kin(noun) \
            or _TEAM_ROLES.fullmatch(noun) or re.fullmatch(PEOPLE_NOUNS, noun, re.IGNORECASE):
        return False
    rest = after[after.lower().find(noun) + len(noun) :]
    return not re.match(rf"\s+(?:(?-i:[A-Z])[\w.]*\s+){{0,2}}(?:{PEOPLE_NOUNS})\b", rest,
                        re.IGNORECASE)
    #      'two plainclothes (NYPD) officers': a modifier before the people noun, not the noun


def _things_after(after: str) -> bool:
    """'a total of three cables': the count names things, not people."""
    noun = _counted_noun(after)
    return bool(noun) and _people_noun(after) is None and noun.lower() not in (
        "dead", "deaths", "casualties", "fatalities", "injured", "wounded", "missing")


def _people_noun(after: str) -> str | None:
    """The plural noun naming people that a figure counts ('four alleged suicide bombers'
    -> 'bombers', 'two young sons' -> 'sons'), from the word lists derived from WordNet."""
    noun = _counted_noun(after)
    return noun if noun and (counts_people(noun) or _TEAM_ROLES.fullmatch(noun)) else None


_TEAM_ROLES = re.compile(  # 'two running backs', 'three forwards': players by position
    r"(?:running|quarter|half|full|tail|line|corner)?backs|forwards|wingers|strikers|"
    r"(?:goal)?keepers|centers|centres|tackles|linemen|receivers|pitchers|catchers|batsmen|"
    r"bowlers", re.IGNORECASE)


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


#  a part taken of things a determiner or an owner introduces: '150 of its stores', '1,500 of
#  the company's employees', '200,000 of the comments'
_OF_THINGS = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|these|those|"
                        r"(?-i:[A-Z])[\w.-]*['’]s?|[a-z]+['’]s)\s+)+(?=[A-Za-z])", re.IGNORECASE)


def things_of(after: str) -> str | None:
    """The plural noun of the whole a part written in digits is taken from ('150 of its
    stores' -> 'stores'), whatever it names; None when no such noun follows."""
    of = _OF_THINGS.match(after)
    return _counted_noun(" " + after[of.end() :]) if of else None


_MORE_OF_THEM = frozenset("other more further additional new".split())  # '40 new jobs'


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
        if word[0].isupper() and i + 1 < len(found) \
                and re.fullmatch(r"[A-Z]{1,3}\d[\w-]*", found[i + 1]):
            continue  # '50 Airbus A350-900 jets': a brand before its model's code
        if re.search(r"['’]s$", lower):
            continue  # 'her daughter's orphaned kids': an owner, not the noun counted
        if lower in COLLECTIVES or is_plural_noun(lower) or counts_people(lower):
            return lower  # 'four grandchildren', 'two alumni': irregular plurals too
        if i and found[i - 1].lower() == "and" and lower.endswith("ing"):
            return None  # 'killing one and injuring dozens': another clause
        if lower in _MORE_OF_THEM:
            continue  # 'two other riders', 'three more victims'
        if lower in STOPWORDS and lower != "and":
            return None
    return None


_NUMBER_OF_AFTER = re.compile(r"\s+the\s+(?:total\s+)?number\s+of\b", re.IGNORECASE)


def number_of_noun(text: str, m: re.Match, of: re.Match | None) -> str | None:
    """The plural noun a 'number of' names past its modifiers, for a figure the sentence says
    that number is ('the number of confirmed cases rose to 1,200'), or after the figure when
    the sentence turns round ('brought to 12 the number of Rams players')."""
    after = _NUMBER_OF_AFTER.match(text, m.end())
    if after:
        return _counted_noun(text[after.end() :])
    if of is None or not _FIGURE_CUE.search(text[: m.start()]):
        return None
    return _counted_noun(" " + text[of.start(2) : m.start()])

