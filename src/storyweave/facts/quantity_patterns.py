"""The patterns the quantity extractor shares: number forms, counted nouns, unit words."""

from __future__ import annotations

import re

from .numbers import parse_number
from .traits import PEOPLE_NOUNS
from .units import QUALIFIER_RE

_NEXT = -1  # Mention.link placeholder: the figure right after (the other end of a range)
_NOUN_OF = re.compile(r"\b(numbers?|totals?|tolls?|tally|count)\s+of\s+([a-z]+)\b",
                      re.IGNORECASE)
_LIST_ITEM = re.compile(  # '* Sri Lanka - approximately', 'BBC - “at least'
    rf"^[ \t]*[*•·]?[ \t]*[A-Z][\w&.’' ]{{0,40}}?\s[-–—:]\s+[“\"]?(?:(?:{QUALIFIER_RE})\s+)?$",
    re.IGNORECASE)
_FIGURE_CUE = re.compile(r"\b(?:figure|number|total|tally|count|toll)\b[^.;]{0,40}\b(?:to|is|"
                         r"was|at|of|reached|stands at|remains at|passed|passing|nearing|near|"
                         r"beyond|approach|approaching|exceeds|topped|hit|be|stood at|"
                         r"rise|rises|rose|climb|climbs|climbed)\s*$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(rf"\s+(?:(?!(?:as|than|times|of|in|and|or|the)\b)[A-Za-z]+\s+){{0,3}}?"
                           rf"(?:{PEOPLE_NOUNS})\b", re.IGNORECASE)
_OF_PEOPLE = re.compile(  # 'two of the hijackers', 'six of them', 'two of Ruiz's friends'
    r"\s+of\s+(the|these|those|them|whom|which|her|his|their|our|my|[A-Z][\w-]+['’]s)(?!\w)"
    r"(?:\s+\d+(?:st|nd|rd|th)?\b)?", re.IGNORECASE)
_PART_OF_COUNT = re.compile(r"\s+(?:from the|of them|of whom)\b")  # 'eight from the navy'
_PARTICIPLE_NOUN = re.compile(  # 'one of the fifteen captured', 'the two injured'
    r"\s+(captured|detained|injured|wounded|killed|missing|arrested|abducted|kidnapped|"
    r"rescued|evacuated|hostages)\b(?!\s+(?:by|in|at|on|from|when|after|during|and)\b)")
_CASUALTY_AFTER = re.compile(  # '310,000 injured and 869 disappeared', 'about 700 injured in'
    r"\s+(injured|wounded|hurt|killed|dead|missing|disappeared|trapped)\b", re.IGNORECASE)
#     (any case: a headline's '2 Dead, 1 Wounded')
_DIED_AFTER = re.compile(r"\s+(?:have\s+|had\s+)?(?:died|perished|drowned)\b")  # 'Eleven died'
_DONE_TO = re.compile(  # 'police arrested 12.', 'the storm killed 40,', a headline's 'Kills 10'
    r"\b(?:arrested|detained|killed|rescued|evacuated|injured|wounded|freed|released|captured|"
    r"kidnapped|abducted|executed|deported|hospitali[sz]ed|arresting|detaining|killing|"
    r"rescuing|evacuating|injuring|wounding|freeing|releasing|capturing|executing|"
    r"kills|injures|wounds|arrests|rescues|evacuates|frees|captures|executes|detains)\s*$",
    re.IGNORECASE)
_DONE_AFTER = re.compile(  # '75,000 have been buried', 'another million have been left'
    r"\s+(?:have|has|had)\s+been\s+(?:[a-z]+ed|left|taken|found|held|kept|sent|brought|"
    r"seen|shot|hit|struck|lost|given|driven|thrown|flown|put)\b")
_THE_N_DOES = re.compile(  # 'the five convicted are', 'all ten admitted'
    r"\s+(?:[a-z]+ed|will|would|could|can|may|might|must|did|also|both|each)\b"
    r"(?!\s+(?:by|to)\b)")
_THE_N_ENDS = re.compile(r"\s*[.,;]|\s+(?:were|was|are|have|had|remain|remained)\b")
_AGE_AFTER = re.compile(r"\s*-?\s*(years?|months?|weeks?)[\s-]+old\b")
_THE_BEFORE = re.compile(r"\b(?:the|all|of the|all the)\s*$", re.IGNORECASE)
_FATE_AFTER = re.compile(r"\s+(?:were|was|are|have been|had been|remain|remained)\s+(?:still\s+)?"
                         r"(?:killed|dead|injured|wounded|missing|hurt|rescued|evacuated|"
                         r"arrested|detained)\b", re.IGNORECASE)
_MOVED_BY = re.compile(r"\b(?:(?<!\bvarying\s)(?<!\branging\s)(?<!\bvaried\s)(?<!\branged\s)"
                       r"(?<!\bvary\s)(?<!\brange\s)(?<!\bvaries\s)(?<!\branges\s)from|"  # a span
                       r"(?:rose|risen|rises|fell|fallen|falls|climbed|dropped|jumped|"
                       r"grew|increased|decreased|declined|slipped|gained|lost|surged|plunged|"
                       r"up|down)(?:\s+by)?)\s*$", re.IGNORECASE)  # 'rose 5% to 40%': a change
_FAMILY_OF = re.compile(r"\b(?:family|household)(?:\s+of\s*|-of-)$", re.IGNORECASE)
_PARENT_OF = re.compile(r"\b(?:mother|father|parent|mum|dad|mom|grandmother|grandfather|"
                        r"grandparent)s?(?:\s+of\s*|-of-)$", re.IGNORECASE)
_SEISMIC = re.compile(r"\b(?:magnitude|earthquake|quake|tremor|aftershock|temblor|fault|"
                      r"seismic|seismolog\w*)", re.IGNORECASE)
_DURATION_PART = r"\s*(?:hours?|hrs?|h|minutes?|mins?|['′’])\s*(?:,\s*|and\s+)?"
#  'about' as a preposition, not a qualifier: "it's not just about one person", 'it is all
#  about two men', 'the row is about two people who lied'
_TOPIC_ABOUT = re.compile(r"\b(?:not\s+(?:just|only|simply|merely|really)|all|(?:is|was|are|were|"
                          r"['’]s)(?:\s+(?:really|mainly|mostly|partly|only|just|simply))?)"
                          r"\s+about\s*$", re.IGNORECASE)
_THIS_OR_THAT = re.compile(r"\b(?:not\s+(?:just|only|simply|merely|really)|all)\s+about\s*$",
                           re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]+\s+(?:who|whom|whose|that)\b")


def topic_about(m: re.Match) -> bool:
    """Whether the 'about' before a figure says what something is about, not how many: after
    'not just' or 'all' ("it's not just about one person"), or after 'is' before a small count
    in words and a relative clause ('the row is about two people who lied')."""
    if (m.group("qual") or "").lower() != "about":
        return False
    before, after = m.string[: m.start("num")], m.string[m.end() :]
    if _THIS_OR_THAT.search(before):
        return True
    value = parse_number(m.group("num"))
    return bool(_TOPIC_ABOUT.search(before) and value is not None and value < 10
                and not m.group("num")[0].isdigit()  # 'is about 5 people who': a count
                and _WHO_AFTER.match(after))
