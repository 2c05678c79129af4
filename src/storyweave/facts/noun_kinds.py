"""The kind of people a count counts, read from its noun's meaning: relatives ('two sons', 'her
three wives', WordNet's relative.n.01, or children said to be someone's) or people by some
other role ('two officers', 'three suspects'); two counts of two kinds are never one fact unless
a sentence names both nouns."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .kin import names_kin
from .mention import Mention
from .traits import frames, names_people

_ANYONE = frozenset(  # nouns that name people by sex or age alone, which relatives also are
    "people persons individuals men women boys girls children kids adults youths teenagers "
    "teens minors juveniles".split())
_YOUNG = frozenset("boys girls children kids".split())  # someone's: relatives ('his two kids')
_PREFIX = re.compile(r"^(?:great-)*(?:grand|step-?|co-?|ex-|half-|fellow-)(?=[a-z]{3})")
_OWNED = re.compile(r"(?:\b(?:his|her|their|our|my|your)|['’]s?)\s+(?:\w+\s+){0,2}$",
                    re.IGNORECASE)  # 'his two', "the couple's three young"
_HAVING = re.compile(r"\b(?:has|have|had|having|with|leaves|left|survived\s+by|including|"
                     r"father|mother|parents?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
#         'accused of having two wives', 'a veteran with two daughters', 'leaves three sons'


def _before(mention: Mention) -> str:
    claim = mention.claim
    if claim.sentence_span is None:
        return ""
    return claim.text[: max(0, claim.span[0] - claim.sentence_span[0])]


def _kin_said_before(before: str) -> bool:
    """'a wife and two children', 'survived by her husband and three kids': a relative named
    in the few words before the count."""
    words = re.findall(r"[A-Za-z-]+", before)[-4:]
    return any(names_kin(w) or names_kin(w + "s") for w in words)


def people_kind(mention: Mention) -> str:
    """'kin' for a count of relatives, 'role' for a count of people by another role
    ('officers', 'suspects', 'passengers'), '' for anything else: people by sex or age alone
    or by what befell them ('men', 'victims', 'the dead': relatives may be these), things,
    events, no noun."""
    unit = (mention.claim.unit or "").lower()
    if mention.kind != "quantity" or not unit or " " in unit or mention.dimension != "count":
        return ""
    head = unit.rsplit("-", 1)[1] if "-" in unit.strip("-") and not names_kin(unit) else unit
    if names_kin(head) or names_kin(_PREFIX.sub("", head)) or head in _YOUNG:
        before = _before(mention)  # relatives are someone's: 'his two sons', 'has three
        #        wives', 'a wife and two children'; not 'the two managing partners'
        if _OWNED.search(before) or _HAVING.search(before) or _kin_said_before(before):
            return "kin"
        return ""
    if head in _ANYONE or frames(head):
        return ""
    return "role" if mention.noun == "person" or names_people(head) else ""


def _named(noun: str, sentence: str) -> bool:
    """Whether a sentence writes a noun (its stem: 'son' in 'sons', 'son's')."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
    return re.search(rf"\b{re.escape(stem)}", sentence, re.IGNORECASE) is not None


def kinds_apart(mentions: Sequence[Mention]) -> np.ndarray:
    """Pairs of counts of relatives and of other people ('two daughters' / 'two police'):
    never one fact, unless the sentence of either names the other's noun ('the two victims,
    his sons, ...': the sentence says they are the same people)."""
    kinds = [people_kind(m) for m in mentions]
    n = len(mentions)
    apart = np.zeros((n, n), dtype=bool)
    for i in (i for i, k in enumerate(kinds) if k == "kin"):
        for j in (j for j, k in enumerate(kinds) if k == "role"):
            a, b = mentions[i], mentions[j]
            if _named(a.claim.unit or "", b.claim.text) or _named(b.claim.unit or "", a.claim.text):
                continue
            apart[i, j] = apart[j, i] = True
    return apart
