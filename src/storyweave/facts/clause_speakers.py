"""Who speaks by a speech verb in a dependency parse: the verb's subject, climbing to the
clause it hangs from ('..., adding that'), the subject written after it ('“...,” said X'), the
one quoted ('quoted X as saying'), 'according to X', or a noun phrase standing alone before
it ('“...,” a source with knowledge of the talks said')."""

from __future__ import annotations

from .speaker_phrases import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    PRONOUN_WORDS,
    Person,
    name_of,
    people_noun,
    person_in,
    phrase,
    pos,
)
from .speech_verbs import _lemma

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_UP = ("xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "acl", "dep")


def _speaker_of(verb, qs: int, qe: int, person: Person) -> str | None:  # noqa: ANN001
    """The subject of a speech verb, climbing to the clause it hangs from when it has none
    ('..., adding that', 'X was quoted as saying'); 'according to X' -> X."""
    if verb.lower_ == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return phrase(obj, person) if obj is not None else None
    relayed = _quoted_as(verb)
    if relayed is not None:  # '“...,” the Post quoted witness Ana Ruiz as saying': Ana Ruiz
        return phrase(relayed, person)
    t = verb
    for _ in range(5):
        found = _clause_speaker(t, verb, qs, qe, person)
        if found is not None:
            return phrase(found, person)
        if t.dep_ not in _UP or t.head.i == t.i:
            return None
        if t.dep_ == "xcomp" or _lemma(t.head) in ("quote", "cite"):
            obj = next((c for c in t.head.children if c.dep_ == "dobj"
                        and pos(c) in ("PROPN", "NOUN", "PRON")), None)  # not 'had this to say'
            if obj is not None and obj.i < t.i:  # 'prompting X to warn', 'quoted X as saying'
                return phrase(obj, person)
        t = t.head
    return None


def _between(doc, verb, qe: int, person: Person) -> str | None:  # noqa: ANN001
    """The noun phrase standing alone between a quote and the speech verb after it, when the
    parse gave the verb no subject ('“...,” a source with knowledge of the talks said')."""
    if verb.idx < qe:
        return None
    span = [t for t in doc if qe <= t.idx < verb.idx and not (t.is_punct or t.is_space)]
    heads = [t for t in span if t.head not in span]
    if len(heads) != 1 or pos(heads[0]) not in ("NOUN", "PROPN") or not _can_speak(
            heads[0], person):
        return None
    return phrase(heads[0], person)


def _quoted_as(verb):  # noqa: ANN001, ANN202 - a Token or None
    """The object of 'quoted X as saying' / 'cited X as saying': whose words they are."""
    if _lemma(verb) not in ("quote", "cite"):
        return None
    as_ = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"
                and any(g.lower_ == "saying" for g in c.children)), None)
    if as_ is None:
        return None
    objects = [c for c in verb.rights if c.i < as_.i and pos(c) in ("PROPN", "NOUN")]
    #          a name first: 'quoted witness Ana Ruiz as saying' may parse the name apart
    return min(objects, key=lambda c: (pos(c) != "PROPN", c.i), default=None)


def _clause_speaker(t, verb, qs: int, qe: int, person: Person):  # noqa: ANN001, ANN202
    """The token naming who speaks in clause ``t`` (the speech verb's own clause or one it
    hangs from), or None. A clause climbed to must itself report speech or have a subject
    that can speak ('saying' hung on '... it may be hard' is not said by 'it')."""
    if t.dep_ == "relcl" and any(c.dep_ in _SUBJECTS and c.lower_ in ("who", "that")
                                 for c in t.children):
        return _clause_head(t, person)  # 'X, who said “...”'
    subjects = [c for c in t.children if c.dep_ in _SUBJECTS
                and not (c.dep_ == "nsubjpass" and _lemma(t) in _SPOKEN_OF)
                and (c.idx < qs) == (verb.idx < qs)  # not across the quote
                and not (qs <= c.idx < qe)]
    subject = min(subjects, key=lambda c: (  # two subjects (a misparse): a person, one
        not (pos(c) == "PROPN" and person(name_of(c))),  # described by an apposition
        not any(g.dep_ == "appos" for g in c.children), abs(c.i - t.i)), default=None)
    if subject is not None and (_can_speak(subject, person)
                                or t is verb and subject.lower_ == "it"):
        return subject
    if t is verb and t.tag_ == "VBG" and t.i > 0:
        prev = t.doc[t.i - 1]  # 'with Ana Ruiz noting that', 'with the latter stating'
        if prev.dep_ == "pobj" and prev.head.lower_ == "with" or prev.lower_ in (
                "latter", "later", "former") and t.doc[prev.i - 1].lower_ == "the":
            return prev
    if t is verb:
        inverted = _inverted_subject(t, qs)
        if inverted is not None:  # '“...,” said Ana Ruiz' / 'has said the office'
            return inverted
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    if agent is not None:  # 'was hailed by X as'
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _clause_head(clause, person: Person):  # noqa: ANN001, ANN202 - a Token
    """The noun a relative clause is about: the one the parse hangs it from, or, for a 'who'
    hung on a place or a thing after a preposition ('a woman outside the bank, who wept and
    cried “...”'), the people noun that place belongs to."""
    head, up = clause.head, clause.head.head
    if any(c.lower_ == "who" for c in clause.children) and head.dep_ == "pobj" and (
            up.dep_ == "prep" and not _people(head, person) and _people(up.head, person)):
        return up.head
    return head


def _people(token, person: Person) -> bool:  # noqa: ANN001
    """A person's name or a noun for people ('a woman', 'the spokesman'), not a body."""
    if pos(token) == "PROPN":
        return bool(person(name_of(token, person)))
    return people_noun(token)


_SPOKEN_OF = frozenset("describe call tell ask urge accuse warn".split())  # 'X was described
#             as “...”' is said of X, by someone else ('X was quoted as saying' is X's words)


def _can_speak(token, person: Person) -> bool:  # noqa: ANN001
    """A person, a body, a pronoun for people, a noun for people ('the minister'), or one
    that names a person in it ('one of them, Ana Ruiz,', 'one of the pilots')."""
    if pos(token) == "PRON":
        return token.lower_ in PRONOUN_WORDS
    if pos(token) == "PROPN" or person_in(token, person):
        return True
    if pos(token) == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(  # 'groups of young people'
            g.dep_ == "pobj" and (people_noun(g) or g.lower_ == "people") for g in c.children)
            for c in token.children):
        return True
    return people_noun(token) or token.lower_ in DOCUMENT_NOUNS | BODY_NOUNS


def _inverted_subject(verb, qs: int):  # noqa: ANN001, ANN202 - a Token or None
    """The subject written after a speech verb that follows its quote ('“...,” said X'):
    the first noun the verb governs to its right (not for 'told X', the one addressed)."""
    if verb.idx < qs or _lemma(verb) in ("tell", "ask", "urge", "call"):
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "dep", "oprd", "nsubj") \
                and pos(c) in ("PROPN", "NOUN", "PRON") or pos(c) == "PROPN" and c.dep_ in (
                    "advmod", "npadvmod", "appos") and c.lower_ not in _TIME_WORDS:
            return c
        if c.dep_ == "prep":
            return None
    return None


_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                        "yesterday tonight".split())
