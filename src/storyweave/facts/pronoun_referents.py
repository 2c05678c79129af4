"""A 'she' speaker checked against the sentence that last named the person it was
given: when that sentence also writes of someone else with the same pronoun ('X ... asked her
to pose', 'her agent, X, said', 'X pursued Y but she rebuffed him'), the pronoun means that
other person, the one of its gender the article has named, not X of no known gender."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .gender import gender_of
from .quote_patterns import _BOUNDARY, Resolver

_FORMS = {"she": r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b"}
#          'she' only: news writes of many men in one story ('X said police took him away'),
#          seldom of several women, so a 'her' by a man of no known gender is the woman's


def other_referent(pronoun: str, speaker: str | None, at: int, people: Sequence[Name],
                   resolve: Resolver, text: str) -> str | None:
    """The person of the pronoun's gender a 'she' means instead of ``speaker``, or None
    when the speaker stands (its gender is known, or its sentence writes no such pronoun)."""
    if pronoun not in _FORMS or not speaker or gender_of(speaker, text) is not None:
        return None
    named = [p for p in people if p.end <= at and resolve(p.text) == speaker]
    if not named:
        return None
    start, end = _sentence(text, named[-1].start)
    words = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text[start:end])  # quoted words: others'
    words = re.split(r"\b(?:said|says|added|told\s+\w+),?\s+(?:that\s+)?she\b", words)[0]
    #       'X, 58, who ..., said she left with her dogs': from there on, she is X
    if not re.search(_FORMS[pronoun], words):
        return _written_since(pronoun, speaker, end, at, people, resolve, text)
    for p in reversed([p for p in people if p.end <= at]):
        full = resolve(p.text)
        if p.kind == "person" and full != speaker and gender_of(full, text) == pronoun:
            return full
    return None


def _written_since(pronoun: str, speaker: str, since: int, at: int, people: Sequence[Name],
                   resolve: Resolver, text: str) -> str | None:
    """The person of the pronoun's gender that the sentence right before the quote's names and
    writes of with the pronoun ('X said ... .' / 'Photos of Y were her work, which she
    made.' / '“...,” she said': Y), where that sentence does not name the speaker; else None."""
    start = _sentence(text, at)[0]
    if start <= since:
        return None
    before_start = _sentence(text, max(since, start - 2))[0]
    words = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text[max(since, before_start) : start])
    if not re.search(_FORMS[pronoun], words):
        return None
    there = [resolve(p.text) for p in people if max(since, before_start) <= p.start < start]
    found = [w for w in there if w != speaker and gender_of(w, text) == pronoun]
    return found[-1] if found and speaker not in there else None


def _sentence(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``at`` (a line at most)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    cuts = [line_start] + [m.end() for m in _BOUNDARY.finditer(text, line_start, line_end)]
    start = max(c for c in cuts if c <= at)
    after = [c for c in cuts if c > at]
    return start, after[0] if after else line_end
