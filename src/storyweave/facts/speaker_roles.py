"""The unnamed source a pronoun means when the sentence before named it only by its role:
'A police spokeswoman said ... . She added: “...”' -> 'police spokeswoman'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .gender import NOUN_GENDER, agrees, gender_of
from .name_keys import SPEECH
from .quote_patterns import Resolver
from .speaker_antecedents import _named_inside

_PRONOUN_SPEAKS = re.compile(rf"(?:He|She)\s+(?:also\s+|later\s+|then\s+)?(?:{SPEECH})\s*[,:]?"
                             r"\s*[“\"`']*")  # 'She added: ``', 'He said, “'
_ROLE_SPEAKS = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[A-Za-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
    r"official|officer|source|representative|rep|lawyer|attorney|witness|relative|neighbou?r|"
    r"friend|analyst|resident|doctor|prosecutor|investigator))"
    rf"(?:\s+for\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?\s+(?:also\s+)?(?:{SPEECH})\b")
_END = re.compile(r"[.!?][”\"']?\s+")
_NAMED = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")  # a person's name (two capitalised words)


def role_before_pronoun(text: str, sentence_start: int, at: int) -> str | None:
    """The role ('police spokeswoman') of the source the sentence or two before named by
    role alone, when the quote's sentence opens with 'He/She <speech verb>' and no person is
    named between that role and the quote; else None."""
    if not _PRONOUN_SPEAKS.fullmatch(text[sentence_start:at].strip()):
        return None
    back = text[max(0, sentence_start - 400) : sentence_start]
    ends = [m.end() for m in _END.finditer(back.rstrip())]
    window = back[ends[-2] if len(ends) > 1 else 0 :]  # the two sentences before
    roles = list(_ROLE_SPEAKS.finditer(window))
    if not roles or _NAMED.search(window, roles[-1].end()):
        return None
    head = roles[-1].group("role").split()[-1]  # 'the spokeswoman' after 'A police spokeswoman'
    return max((r.group("role") for r in roles if r.group("role").split()[-1] == head), key=len)


_GENDERED = "|".join(sorted(NOUN_GENDER, key=len, reverse=True))
_ONE_OF_THEM = re.compile(  # 'spoke to one mother, who ...', 'met a young father of two'
    rf"\b(?P<det>[Oo]ne|[Aa]nother|[Aa]n?)\s+(?P<role>(?:[a-z-]+\s+){{0,2}}?(?:{_GENDERED}))\b"
    r"(?![’'-])")


def gendered_noun_before(text: str, sentence_start: int, pronoun: str,
                         named: list[int]) -> str | None:
    """A person the sentence right before a quote introduces by a noun of the pronoun's gender
    ('WIRED spoke to one mother, who ... .' / '“...,” she said': 'one mother'), when that
    sentence names no person the pronoun may mean (their offsets: ``named``); else None."""
    if pronoun not in ("he", "she"):
        return None
    start = max(0, sentence_start - 400)
    back = text[start:sentence_start].rstrip(" \t“\"")
    if not back or back[-1] not in ".!?":
        return None
    ends = [m.end() for m in _END.finditer(back)]
    sentence = back[ends[-1] if ends else 0 :]
    begins = start + (ends[-1] if ends else 0)
    if "\n" in sentence or any(begins <= at < sentence_start for at in named):
        return None
    for m in _ONE_OF_THEM.finditer(sentence):
        if NOUN_GENDER[m.group("role").split()[-1]] == pronoun:
            det = m.group("det").lower()
            return f"{det} {m.group('role')}" if det in ("one", "another") else m.group("role")
    return None


def may_mean(pronoun: str, at: int, before: Sequence[Name], resolve: Resolver,
             text: str) -> list[Name]:
    """The people named before a quote that its pronoun may mean: not of the other gender,
    and not named in the quote's own words ('“X fired the shot,” he said': not X)."""
    close = re.search(r"[”\"]", text[at:])
    words = text[at : at + close.start()] if close else ""
    return [p for p in before if agrees(pronoun, resolve(p.text), text)
            and not _named_inside(resolve(p.text), words)]


def she_known(pronoun: str, subject: Name | None, before: Sequence[Name], resolve: Resolver,
              text: str) -> Name | None:
    """For 'she', a woman the subject's sentence names rather than a subject of no known
    gender ('Odd as it sounds, X liked it and Mrs. Y did not.' / '“...,” she said': Y); 'she'
    only, as the stories name many men of no known gender and seldom women."""
    if subject is None or pronoun != "she" or gender_of(resolve(subject.text), text):
        return subject
    known = [p for p in before if p.sentence == subject.sentence
             and gender_of(resolve(p.text), text) == pronoun]
    return known[0] if known else subject
