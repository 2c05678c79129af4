"""Antecedents of parsed pronoun speakers: the subjects of a parse's main clauses, and the one
an 'he', 'she', 'they' or 'it' means (the latest agreeing subject, or the kin a sentence set
off: 'his daughter, Lena,' for 'she'); a possessive speaker's owner ('his office')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .gender import agrees, gender_of, kin_named
from .speaker_offices import office_opening, office_principal
from .speaker_phrases import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    Person,
    looks_personal,
    name_of,
    noun_phrase,
    people_noun,
    person_in,
    pos,
)

if TYPE_CHECKING:
    from .entities import Name
    from .quote_patterns import Resolver
    from .speakers import ParsedSpeaker

Subject = tuple[int, str, bool, bool]  # (offset, who, plural, a person: else a body)

_AGREES = {"he": lambda many, human: human and not many,
           "she": lambda many, human: human and not many,
           "they": lambda many, human: many or not human,
           "it": lambda many, human: not human and not many}
_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _with_antecedent(found: ParsedSpeaker, subjects: list[Subject], text: str,
                     since: int, span: tuple[int, int] = (0, 0)) -> ParsedSpeaker:
    """A pronoun speaker gets the subject of the latest main clause of an earlier sentence
    (among the few parsed before the quote, from ``since``) that agrees with it: 'he' and
    'she' a person, 'they' people or a body, 'it' a body; a possessive one its owner ('its
    statement' -> the body, 'his office' -> "X's office"); else it is left to the patterns'
    resolver."""
    first, _, rest = found.who.partition(" ")
    pronoun = found.who if found.who in _AGREES else _POSSESSIVE.get(first.lower())
    if pronoun is None or pronoun != found.who and not rest:
        return found
    sentence_start = max(text.rfind(". ", 0, found.verb), text.rfind("\n", 0, found.verb))
    earlier = [n for o, n, many, human in subjects
               if since <= o < (found.verb if _subordinate(found.who, text, found.verb)
                                else sentence_start) and _AGREES[pronoun](many, human)
               and agrees(pronoun, n, text)  # 'he' is not a woman the text names
               and not _named_inside(n, text[span[0] : span[1]])]  # '“X fired,” he said'
    kin = kin_named(pronoun, text[since:sentence_start]) if pronoun == found.who else None
    kin_at = text.rfind(kin, since, sentence_start) if kin else -1
    later = [n for o, n, *_ in subjects if kin_at < o < sentence_start and n in earlier
             and gender_of(n, text) == pronoun]  # a subject after it known to be a she
    opening = office_opening(rest, text, span[0]) if pronoun != found.who else None
    office = opening and office_principal(pronoun, rest, text, span[0], [
        n for o, n, _, human in subjects if human and o < sentence_start])
    if opening and not office:  # '“Secretary X will ...,” his office said' with X parsed
        return found  # nowhere near: left to the patterns' resolver, which sees every name
    if not earlier and not kin and not office:
        return found
    owner = office or (kin if kin and not later else earlier[-1])  # 'his daughter, Lena,
    #       urged him.' / '“...,” she told him': Lena, unless a later subject is a woman
    if pronoun != found.who and rest.split()[-1].lower() not in DOCUMENT_NOUNS:
        owner = f"{owner}'s {rest}"  # 'his office' -> "Ana Ruiz's office"
    return replace(found, antecedent=owner)


def _named_inside(who: str, quote: str) -> bool:
    """Whether a quote's words name the person (a capitalised word of the name, two letters or
    more): people seldom speak of themselves by name ('X pulled the trigger. “X fired the
    shot,” he said': the witness, not X)."""
    words = [w for w in re.findall(r"[A-Z][\w’'-]+", who) if len(w) > 2]
    return bool(words) and re.search(rf"\b(?:{'|'.join(map(re.escape, words))})\b",
                                     quote) is not None


_CLAUSE_OPENER = re.compile(r"\b(?:as|while|when|after|before|because|since|where)\s+$", re.I)


def _subordinate(pronoun: str, text: str, verb: int) -> bool:
    """Whether the pronoun before ``verb`` opens a clause joined to its sentence's main one
    ('X ... was the envy of his fans as he tweeted:'), whose subject it then means."""
    at = text.rfind(pronoun, max(0, verb - 30), verb)
    return at > 0 and bool(_CLAUSE_OPENER.search(text, max(0, at - 12), at))


def _named_subjects(doc, base: int, spans: Sequence[tuple[int, int]],
                    person: Person) -> list[Subject]:
    """The subject of each main clause outside quotes, and of each speech verb ('said Ana
    Ruiz'): a person (titles and roles read through: 'Prime Minister X said' -> X), a noun
    for people ('an analyst for X'), or a body ('the airline confirmed'). Pronoun subjects
    are skipped: they continue an earlier subject."""
    from .clause_speakers import _inverted_subject
    from .speakers import _inside
    from .speech_verbs import _is_speech

    out = []
    for t in doc:
        if _inside(base + t.idx, spans):
            continue
        main = t.dep_ in ("nsubj", "nsubjpass") and _main_clause(t.head) or (
            t.dep_ == "nsubj" and _is_speech(t.head) and pos(t) == "PROPN")
        #   '..., though X hinted that ...' (a name, not 'the officer said his ID ...')
        bare = _bare_name_speaking(t, person)
        if not main and not bare and not (t.head.i != t.i and _is_speech(t.head)
                                          and t.head.i < t.i and _inverted_subject(t.head, 0) is t):
            continue
        found = (t.text, True) if bare else _subject_name(t, person)
        if found:
            out.append((base + t.idx, found[0], t.tag_ in ("NNS", "NNPS"), found[1]))
    return out


def _bare_name_speaking(t, person: Person) -> bool:  # noqa: ANN001
    """A person's capitalised surname the tagger read as a word ('..., Early says there is'):
    right before a speech verb that has no subject, not opening its sentence."""
    from .speech_verbs import _is_speech

    head = t.head
    return (t.i + 1 == head.i and t.text[:1].isupper() and not t.is_sent_start
            and pos(t) not in ("PROPN", "NOUN", "PRON") and _is_speech(head)
            and t.dep_ in ("nsubj", "advmod", "npadvmod", "amod", "compound", "dep")
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i for c in head.children)
            and bool(person(t.text)))


def _subject_name(t, person: Person) -> tuple[str, bool] | None:  # noqa: ANN001
    """(who, whether a person) a subject names, for a later pronoun: a person, people, or a
    body (a name typed as no person, 'the ministry', a noun that reports: 'the airline
    confirmed'); None for things."""
    if pos(t) not in ("PROPN", "NOUN", "NUM"):
        return None
    name = person_in(t, person) or (name_of(t, person) if pos(t) == "PROPN" else None)
    if name and (person(name) or looks_personal(t, name)):  # a role beats NER
        return name, True
    if pos(t) == "NOUN" and people_noun(t):
        return noun_phrase(t), True
    if pos(t) == "PROPN" and name:
        return name, False
    from .speech_verbs import _is_speech

    if pos(t) == "NOUN" and (t.lower_ in BODY_NOUNS or _is_speech(t.head)):
        return noun_phrase(t), False
    return None


def _main_clause(verb) -> bool:  # noqa: ANN001
    """A sentence's root (not a clause joined to it: '... and any gain had been lost')."""
    return verb.dep_ == "ROOT"


def latter_or_former(which: str, before: Sequence[Name], resolve: Resolver) -> str | None:
    """'the latter' / 'the former': the last / the one before it of the people just named."""
    named = list(dict.fromkeys(resolve(p.text) for p in reversed(before[-6:])))
    return named[which == "the former"] if len(named) >= 2 else None
