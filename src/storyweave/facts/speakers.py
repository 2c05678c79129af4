"""Quote speakers from a dependency parse: the subject of the speech verb governing a quote.

Only the sentences that hold a quote, and the sentence before and after each, are parsed
(at most ``limit`` sentences a story), so the parser's cost follows the number of quotes,
not the length of the coverage. The speaker is returned as written ('Ana Ruiz', 'he',
'the minister', 'the statement'); ``quotes`` resolves pronouns, roles and names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article
from .entities import TITLES
from .text import sentences_of
from .traits import PEOPLE_NOUNS

#: Verbs that report speech or writing (lemmas).
SPEECH_LEMMAS = frozenset(
    "say tell add state declare explain note warn write tweet argue insist ask reply continue "
    "recall remark stress emphasize emphasise confirm announce acknowledge urge post admit "
    "claim suggest predict vow promise comment observe respond recount assert concede caution "
    "counter lament exclaim testify quote cite report describe call accuse complain "
    "reiterate repeat shout scream cry whisper mutter proclaim boast joke muse maintain "
    "contend allege affirm reaffirm".split())
#: Nouns for documents: a quote read from one belongs to whoever issued it.
DOCUMENT_NOUNS = frozenset(
    "statement report communique communiqué declaration release letter website site paper "
    "newspaper article document study survey roadmap resolution text message note memo "
    "bulletin notice appeal announcement transcript blog post email e-mail".split())
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NAME_PARTS = ("compound", "flat", "nmod")
_UP = ("xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "acl", "dep")
PRONOUN_WORDS = frozenset("he she they i we".split())
BEFORE = 3  # sentences parsed before a quote: where a pronoun's person is named
MAX_PARSED = 300  # at most this many runs of sentences around quotes are parsed a story


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedSpeaker:
    """Who a parse credits a quote to, as written, and where the speech verb stands."""

    who: str  # 'Ana Ruiz' | 'he' | 'the minister' | 'the statement' | 'Water Board'
    verb: int  # character offset of the speech verb in Article.text
    antecedent: str | None = None  # for a pronoun: the latest named subject before it


@lru_cache(maxsize=2)
def load_parser(model: str):  # noqa: ANN201 - a spaCy Language
    """The spaCy pipeline with its parser (no NER), loaded once through spacy_models."""
    from ..spacy_models import load

    return load(model, exclude=["ner"])


Person = Callable[[str], "bool | None"]  # a name is a person: True, False, None (untyped)


def parse_speakers(articles: Sequence[Article], spans: dict[str, list[tuple[int, int]]],
                   nlp, person: Person, limit: int = MAX_PARSED,
                   ) -> dict[str, dict[tuple[int, int], ParsedSpeaker]]:
    """For each article id, each quote span -> the speaker its parse gives (quotes the parse
    does not attribute are left out)."""
    jobs: list[tuple[str, int, str]] = []  # (article id, chunk start, chunk text)
    for a in articles:
        for start, end in _chunks(a, spans.get(a.id, [])):
            if len(jobs) >= limit:
                break
            jobs.append((a.id, start, a.text[start:end]))
    by_id = {a.id: a for a in articles}
    out: dict[str, dict[tuple[int, int], ParsedSpeaker]] = {a.id: {} for a in articles}
    docs = list(nlp.pipe([text for _, _, text in jobs], batch_size=64))
    subjects: dict[str, list[tuple[int, str, bool]]] = {}
    for (aid, base, _), doc in zip(jobs, docs, strict=True):
        subjects.setdefault(aid, []).extend(_named_subjects(doc, base, spans.get(aid, []),
                                                            person))
    for (aid, base, _), doc in zip(jobs, docs, strict=True):
        for span in spans.get(aid, []):
            if base <= span[0] < base + len(doc.text):
                found = _attribute(doc, base, span, by_id[aid].text, person)
                if found is not None:
                    out[aid][span] = _with_antecedent(found, subjects.get(aid, []),
                                                      by_id[aid].text)
    return out


def _chunks(article: Article, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of consecutive sentences holding a quote or next to one, as (start, end)."""
    sentences = sentences_of(article)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    wanted: set[int] = set()
    for start, end in spans:
        first = max(0, _index(starts, start) - BEFORE)
        last = min(len(sentences) - 1, _index(starts, end) + 1)
        wanted.update(range(first, last + 1))
    out: list[tuple[int, int]] = []
    for i in sorted(wanted):
        s = sentences[i]
        if out and i - 1 in wanted:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        else:
            out.append((s.start, s.end))
    return out


def _index(starts: list[int], offset: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, offset) - 1)


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s - 1 <= offset <= e for s, e in spans)


def _attribute(doc, base: int, span: tuple[int, int], text: str,
               person: Person) -> ParsedSpeaker | None:
    """The speech verb governing a quote and its subject."""
    qs, qe = span[0] - base, span[1] - base
    inside = [t for t in doc if qs <= t.idx < qe]
    if not inside:
        return None
    verb = _governing_verb(doc, inside, qs, qe)
    if verb is None:
        return None
    who = _speaker_of(verb, qs, qe, person)
    if who is None:
        return None
    return ParsedSpeaker(who=who, verb=base + verb.idx)


def _governing_verb(doc, inside: list, qs: int, qe: int):  # noqa: ANN202 - a Token or None
    """The speech verb outside the quote nearest to it in the tree, in the quote's sentences
    ('“...,” X said', 'X said that “...”', 'X told reporters: “...”')."""
    sents = {inside[0].sent.start, inside[-1].sent.start}
    ids = {t.i for t in inside}
    text = doc.text
    candidates = [t for t in doc if t.sent.start in sents and not (qs - 1 <= t.idx < qe + 1)
                  and _is_speech(t) and _same_paragraph(text, t.idx, qs, qe)]
    if not candidates:
        return None
    best = min(candidates, key=lambda v: (_distance(v, ids), abs(v.i - _nearest(v, inside))))
    return best if _distance(best, ids) < 6 else None


def _same_paragraph(text: str, at: int, qs: int, qe: int) -> bool:
    """Whether a verb at ``at`` stands in the quote's paragraph, or ends the paragraph that
    introduces it with a colon ('X says:' then the quoted paragraph)."""
    if at >= qe:
        return "\n" not in text[qe:at]
    between = text[at:qs]
    return "\n" not in between or bool(re.fullmatch(r"[^\n]*:\s*\W?", between))


def _is_speech(t) -> bool:  # noqa: ANN001 - a spaCy Token
    if t.lower_ == "according" and any(c.lower_ == "to" for c in t.children):
        return True
    return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_LEMMAS and t.tag_ != "MD"


def _distance(verb, ids: set[int]) -> int:  # noqa: ANN001
    """Tree distance from a verb to the nearest quote token (through common ancestors)."""
    up: dict[int, int] = {}
    t, d = verb, 0
    while True:
        up[t.i] = d
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    best = 99
    for i in ids:
        t, d = verb.doc[i], 0
        while d < 12:
            if t.i in up:
                best = min(best, d + up[t.i])
                break
            if t.head.i == t.i:
                break
            t, d = t.head, d + 1
    return best


def _nearest(verb, inside: list) -> int:  # noqa: ANN001
    return inside[0].i if verb.i < inside[0].i else inside[-1].i


def _speaker_of(verb, qs: int, qe: int, person: Person) -> str | None:  # noqa: ANN001
    """The subject of a speech verb, climbing to the clause it hangs from when it has none
    ('..., adding that', 'X was quoted as saying'); 'according to X' -> X."""
    if verb.lower_ == "according":
        to = next(c for c in verb.children if c.lower_ == "to")
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return _phrase(obj, person) if obj is not None else None
    t = verb
    for _ in range(5):
        found = _clause_speaker(t, verb, qs, qe, person)
        if found is not None:
            return _phrase(found, person)
        if t.dep_ not in _UP or t.head.i == t.i:
            return None
        if t.dep_ == "xcomp" or t.lemma_ in ("say", "saying") and t.head.lemma_ in ("quote",
                                                                                    "cite"):
            obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
            if obj is not None and obj.i < t.i:  # 'prompting X to warn', 'quoted X as saying'
                return _phrase(obj, person)
        t = t.head
    return None


def _clause_speaker(t, verb, qs: int, qe: int, person: Person):  # noqa: ANN001, ANN202
    """The token naming who speaks in clause ``t`` (the speech verb's own clause or one it
    hangs from), or None. A clause climbed to must itself report speech or have a subject
    that can speak ('saying' hung on '... it may be hard' is not said by 'it')."""
    if t.dep_ == "relcl" and any(c.dep_ in _SUBJECTS and c.lower_ in ("who", "that")
                                 for c in t.children):
        return t.head  # 'X, who said “...”'
    subject = next((c for c in t.children if c.dep_ in _SUBJECTS
                    and (c.idx < qs) == (verb.idx < qs)  # not across the quote
                    and not (qs <= c.idx < qe)), None)
    if subject is not None and (t is verb or _is_speech(t) or _can_speak(subject, person)):
        return subject
    if t is verb and t.tag_ == "VBG" and t.i > 0:
        prev = t.doc[t.i - 1]  # 'with Ana Ruiz noting that', 'with the latter stating'
        if prev.dep_ == "pobj" and prev.head.lower_ == "with":
            return prev
    if t is verb:
        inverted = _inverted_subject(t, qs)
        if inverted is not None:  # '“...,” said Ana Ruiz' / 'has said the office'
            return inverted
    agent = next((c for c in t.children if c.dep_ == "agent"), None)
    if agent is not None:  # 'was hailed by X as'
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _can_speak(token, person: Person) -> bool:  # noqa: ANN001
    """A person, a body, a pronoun for people, or a noun for people ('the minister')."""
    if token.pos_ == "PRON":
        return token.lower_ in PRONOUN_WORDS
    if token.pos_ == "PROPN":
        return True
    return _people_noun(token)


def _people_noun(token) -> bool:  # noqa: ANN001
    word = token.lower_
    return bool(_PEOPLE.fullmatch(word) or _AGENT.search(word)) or word in _ROLE_NOUNS


def _inverted_subject(verb, qs: int):  # noqa: ANN001, ANN202 - a Token or None
    """The subject written after a speech verb that follows its quote ('“...,” said X'):
    the first noun the verb governs to its right (not for 'told X', the one addressed)."""
    if verb.idx < qs or verb.lemma_.lower() in ("tell", "ask", "urge", "call"):
        return None
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "dep", "oprd", "nsubj") \
                and c.pos_ in ("PROPN", "NOUN", "PRON") or c.pos_ == "PROPN" and c.dep_ in (
                    "advmod", "npadvmod", "appos") and c.lower_ not in _TIME_WORDS:
            return c
        if c.dep_ == "prep":
            return None
    return None


_PEOPLE = re.compile(PEOPLE_NOUNS)
_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|person)s?$")
_ROLE_NOUNS = frozenset("police spokesman spokeswoman spokesperson chief president minister "
                        "secretary governor mayor official ambassador director adviser advisor "
                        "envoy head chair chairman chairwoman commissioner "
                        "ministry government agency office department council commission "
                        "committee company union group authorities embassy".split())
_TITLE = re.compile(rf"(?:{TITLES})")
_TIME_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today "
                        "yesterday tonight".split())


def _phrase(token, person: Person) -> str | None:  # noqa: ANN001 - a spaCy Token
    """The speaker a subject token names: a person's full name, the person a title or role
    names ('Prime Minister of X Ana Ruiz', 'the director, Ana Ruiz,'), a document's issuer,
    or the noun phrase as written ('the minister')."""
    if token.pos_ == "PRON":
        return token.lower_ if token.lower_ in PRONOUN_WORDS | {"it"} else None
    if token.lower_ in ("latter", "later", "former"):  # 'with the latter stating that'
        return "the former" if token.lower_ == "former" else "the latter"
    named = _person_in(token, person)
    if named:
        return named
    if token.pos_ != "PROPN":
        if token.lower_ in DOCUMENT_NOUNS:
            issuer = _issuer(token, person)
            if issuer:
                return issuer
        return _noun_phrase(token)
    return _name(token, person)


def _person_in(token, person: Person) -> str | None:  # noqa: ANN001
    """A person named inside a subject that is a title, a role or a body rather than a
    person: 'the agency's chief, Ana Ruiz,', 'Prime Minister of the X Ana Ruiz', 'Director
    Ana Ruiz' (not through 'for': 'a spokesman for Ana Ruiz' is not Ana Ruiz)."""
    if token.pos_ == "PROPN" and person(_name(token, person)):
        return None  # the subject is itself a person: 'X, the director of Y, said'
    stack = [c for c in token.children if c.dep_ not in _NOT_PHRASE]
    while stack:
        t = stack.pop(0)
        if t.pos_ == "PROPN" and t.dep_ not in _NAME_PARTS:
            name = _name(t, person)
            if person(name):
                return name
        if not (t.dep_ == "prep" and t.lower_ in ("for", "to", "with", "by")):
            stack.extend(c for c in t.children if c.dep_ not in _NOT_PHRASE)
    return None


_NOT_PHRASE = ("relcl", "acl", "conj", "cc", "advcl", "ccomp", "punct")


def _name(token, person: Person | None = None) -> str:  # noqa: ANN001
    """A proper noun with the name parts before it ('Ana Maria Ruiz'); when the run also
    holds a body or a title ('United Kingdom Tony Blair'), the longest tail that names a
    person."""
    parts = [token]
    left = token
    while left.i > 0:
        prev = left.doc[left.i - 1]
        if prev.head.i == token.i and prev.dep_ in _NAME_PARTS and prev.pos_ == "PROPN":
            parts.insert(0, prev)
            left = prev
        else:
            break
    while parts[-1].i + 1 < len(token.doc):  # 'Ana Ruiz Jr.' / flat names after the head
        nxt = token.doc[parts[-1].i + 1]
        if nxt.head.i == token.i and nxt.dep_ in ("flat", "compound") and nxt.pos_ == "PROPN":
            parts.append(nxt)
        else:
            break
    titles = [i for i, p in enumerate(parts[:-1]) if _TITLE.fullmatch(p.text)]
    if titles:  # 'Trade Minister Ana Ruiz', 'Deputy Regional Director Ana Ruiz'
        parts = parts[titles[-1] + 1 :]
    words = [p.text for p in parts]
    if person is not None and len(words) > 2:
        for i in range(len(words) - 1):
            if person(" ".join(words[i:])):
                return " ".join(words[i:])
    return " ".join(words)


def _issuer(doc_noun, person: Person) -> str | None:  # noqa: ANN001
    """Who issued a document: 'the ministry's statement', 'a statement from X', 'the X
    report', 'the report, published by X'."""
    for c in doc_noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return _phrase(c, person)
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return _name(c)
        if c.dep_ == "prep" and c.lower_ in ("from", "by", "of"):
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lower_ not in DOCUMENT_NOUNS:
                return _phrase(obj, person)
        if c.dep_ == "acl":
            agent = next((o for o in c.children if o.dep_ == "agent"), None)
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent else None
            if obj is not None:
                return _phrase(obj, person)
    return None


def _noun_phrase(token) -> str:  # noqa: ANN001
    """A role-named subject as written, with its determiners, modifiers and first
    prepositional phrase, without clauses or appositions: 'the minister', 'a spokesman for
    the Water Board' (not '... in the capital'), 'one passenger'."""
    keep = {token.i}
    stack = [(c, 0) for c in token.children]
    preps = 0
    while stack:
        c, depth = stack.pop()
        if c.dep_ in ("relcl", "appos", "punct", "acl", "cc", "conj", "advmod", "advcl"):
            continue
        if c.dep_ == "prep" and depth == 0:
            preps += 1
            if preps > 1 or c.i < token.i:
                continue
        elif c.dep_ == "prep":
            continue
        keep.add(c.i)
        stack.extend((g, depth + 1) for g in c.children)
    lo, hi = min(keep), max(keep)
    words = token.doc[lo : hi + 1].text
    return re.sub(r"\s+", " ", words).strip(" ,")


def _named_subjects(doc, base: int, spans: Sequence[tuple[int, int]],
                    person: Person) -> list[tuple[int, str, bool]]:
    """(offset, who, plural) of the subject of each main clause outside quotes: a person (titles
    and roles read through: 'Prime Minister X said' -> X) or a noun for people ('an
    analyst for X'). Pronoun subjects are skipped: they continue an earlier subject."""
    out = []
    for t in doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or _inside(base + t.idx, spans) \
                or not _main_clause(t.head):
            continue
        if t.pos_ == "PROPN" or t.pos_ == "NOUN":
            name = _person_in(t, person) or (_name(t, person) if t.pos_ == "PROPN" else None)
            plural = t.tag_ in ("NNS", "NNPS")
            if name and (person(name) or person(name) is None and _looks_personal(t, name)):
                out.append((base + t.idx, name, plural))
            elif t.pos_ == "NOUN" and _people_noun(t) and t.lower_ not in _ROLE_NOUNS - {
                    "spokesman", "spokeswoman", "spokesperson", "official"}:
                out.append((base + t.idx, _noun_phrase(t), plural))
    return out


def _looks_personal(token, name: str) -> bool:  # noqa: ANN001
    """An untyped name that reads as a person's: two words or more, or a role in
    apposition ('Ilse Brandauer, the mayor,')."""
    return len(name.split()) >= 2 or any(c.dep_ == "appos" and _people_noun(c)
                                         for c in token.children)


def _main_clause(verb) -> bool:  # noqa: ANN001
    """A sentence's root, or a clause joined to it by 'and'."""
    return verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"


def _with_antecedent(found: ParsedSpeaker, subjects: list[tuple[int, str, bool]],
                     text: str) -> ParsedSpeaker:
    """A pronoun speaker gets the subject of the latest main clause of an earlier sentence
    that agrees with it in number ('she' is no 'people')."""
    if found.who not in ("he", "she", "they"):
        return found
    sentence_start = max(text.rfind(". ", 0, found.verb), text.rfind("\n", 0, found.verb))
    plural = found.who == "they"
    earlier = [(o, n) for o, n, many in subjects
               if o < sentence_start and found.verb - o < 1500 and (many == plural or plural)]
    if not earlier:
        return found
    return ParsedSpeaker(who=found.who, verb=found.verb, antecedent=earlier[-1][1])
