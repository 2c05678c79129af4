"""Quote speakers from a dependency parse: the subject of the speech verb governing a quote.

Only the sentences that hold a quote and the BEFORE sentences before each are parsed (at
most ``limit`` runs of sentences a story), so the parser's cost follows the number of
quotes, not the length of the coverage. The speaker is returned as written ('Ana Ruiz', 'he',
'the minister', 'the statement'); ``quotes`` resolves pronouns, roles and names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..model import Article
from .speaker_antecedents import Subject, _named_subjects, _with_antecedent
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
from .speaker_subjects import clause_subject
from .text import sentences_of

#: Verbs that report speech or writing (lemmas).
SPEECH_LEMMAS = frozenset(
    "say tell add state declare explain note warn write tweet argue insist ask reply continue "
    "recall remark stress emphasize emphasise confirm announce acknowledge urge post admit "
    "claim suggest predict vow promise comment observe respond recount assert concede caution "
    "counter lament exclaim testify quote cite report describe call accuse complain "
    "reiterate repeat shout scream cry whisper mutter proclaim boast joke muse maintain "
    "contend allege affirm reaffirm question wonder estimate yell chant quip thunder snap hint "
    "answer crow gloat brag assure notify".split())
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_UP = ("xcomp", "advcl", "conj", "ccomp", "pcomp", "prep", "acl", "dep")
BEFORE = 1  # sentences parsed before a quote: where a pronoun's person is named
AFTER = 0  # and after it (an attribution after a quote stands in its sentence)
MAX_PARSED = 300  # at most this many runs of sentences around quotes are parsed a story


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedSpeaker:
    """Who a parse credits a quote to, as written, and where the speech verb stands."""

    who: str  # 'Ana Ruiz' | 'he' | 'the minister' | 'the statement' | 'Water Board'
    verb: int  # character offset of the speech verb in Article.text
    antecedent: str | None = None  # for a pronoun: the latest named subject before it
    fallback: bool = False  # no speech verb: the subject of the clause the quote stands in


@lru_cache(maxsize=2)
def load_parser(model: str):  # noqa: ANN201 - a spaCy Language
    """The spaCy pipeline with its tagger and parser (no NER, no lemmatizer: the speech
    verbs' forms and the coarse parts of speech are read off the fine tags here), loaded
    once through spacy_models."""
    from ..spacy_models import load

    return load(model, exclude=["ner", "attribute_ruler", "lemmatizer"])


def parse_speakers(articles: Sequence[Article], spans: dict[str, list[tuple[int, int]]],
                   nlp, person: Person, limit: int = MAX_PARSED,
                   ) -> dict[str, dict[tuple[int, int], ParsedSpeaker]]:
    """For each article id, each quote span -> the speaker its parse gives (quotes the parse
    does not attribute are left out)."""
    if not nlp.has_pipe("parser"):  # a pipeline named in settings may have none
        return {a.id: {} for a in articles}
    jobs: list[tuple[str, int, str]] = []  # (article id, chunk start, chunk text)
    for a in articles:
        for start, end in _chunks(a, spans.get(a.id, [])):
            if len(jobs) >= limit:
                break
            jobs.append((a.id, start, a.text[start:end]))
    by_id = {a.id: a for a in articles}
    out: dict[str, dict[tuple[int, int], ParsedSpeaker]] = {a.id: {} for a in articles}
    docs = _parse(nlp, [text for _, _, text in jobs])
    subjects: dict[str, list[Subject]] = {}
    for (aid, base, _), doc in zip(jobs, docs, strict=True):
        subjects.setdefault(aid, []).extend(_named_subjects(doc, base, spans.get(aid, []), person))
    for (aid, base, _), doc in zip(jobs, docs, strict=True):
        sents = list(doc.sents)
        for span in spans.get(aid, []):
            if base <= span[0] < base + len(doc.text):
                found = _attribute(doc, sents, base, span, person) or clause_subject(
                    doc, base, span, person)
                if found is not None:
                    out[aid][span] = _with_antecedent(found, subjects.get(aid, []),
                                                      by_id[aid].text, base, span)
    return out


def _parse(nlp, texts: list[str]) -> list:  # noqa: ANN001
    """Parse texts with a sentence starting at each paragraph (a new line), unless the
    paragraph before ends with a colon ('X says:' introduces the next one)."""
    docs = []
    for text in texts:
        doc = nlp.make_doc(text)
        last = ""  # the last character of the text before, spaces skipped
        for t in doc:
            if t.i and "\n" in doc[t.i - 1].text_with_ws and last != ":":
                t.is_sent_start = True
            if not t.is_space:
                last = t.text[-1]
        docs.append(doc)
    for _, proc in nlp.pipeline:
        docs = list(proc.pipe(docs, batch_size=64))
    return docs


def _chunks(article: Article, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of consecutive sentences holding a quote or next to one, as (start, end)."""
    sentences = sentences_of(article)
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    wanted: set[int] = set()
    for start, end in spans:
        first = max(0, _index(starts, start) - BEFORE)
        last = min(len(sentences) - 1, _index(starts, end) + AFTER)
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
    return max(0, bisect.bisect_right(starts, offset) - 1)


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s - 1 <= offset <= e for s, e in spans)


def _attribute(doc, sents: list, base: int, span: tuple[int, int],
               person: Person) -> ParsedSpeaker | None:
    """The speech verb governing a quote and its subject."""
    qs, qe = span[0] - base, span[1] - base
    words = doc.char_span(qs, qe, alignment_mode="expand")
    inside = [t for t in words or () if not (t.is_punct or t.is_space)]
    if not inside:
        return None
    verb = _governing_verb(doc, sents, inside, qs, qe)
    if verb is None:
        return None
    who = _speaker_of(verb, qs, qe, person) or _between(doc, verb, qe, person)
    if who is None:
        return None
    return ParsedSpeaker(who=who, verb=base + verb.idx)


def _governing_verb(doc, sents: list, inside: list, qs: int, qe: int):  # noqa: ANN001, ANN202
    """The speech verb outside the quote nearest to it in the tree, in the quote's sentences
    ('“...,” X said', 'X said that “...”', 'X told reporters: “...”')."""
    starts = [sent.start for sent in sents]
    first = sents[bisect.bisect_right(starts, inside[0].i) - 1]
    last = sents[bisect.bisect_right(starts, inside[-1].i) - 1]
    text = doc.text
    tokens = list(first) + (list(last) if last.start != first.start else [])
    candidates = [t for t in tokens if not (qs - 1 <= t.idx < qe + 1) and _is_speech(t)
                  and _same_paragraph(text, t.idx, qs, qe) and not _opens_next(text, t, qe)]
    if not candidates:
        return None
    near = {  # a verb before the quote speaks to its first sentence, one after to its last
        True: {t.i for t in inside if t.i < first.end},
        False: {t.i for t in inside if t.i >= last.start}}

    def rank(v):  # noqa: ANN001, ANN202
        return (not _introduces(text, v, qs), not _governs(v, inside),
                _distance(v, near[v.idx < qs]) - (v.lower_ == "according"),
                abs(v.i - _nearest(v, inside)))

    best = min(candidates, key=rank)
    if _distance(best, near[best.idx < qs]) < 6 or _signs_off(text, best, inside, qe) or (
            _introduces(text, best, qs)):
        return best
    return None


_SPLIT = r",[”\"][ \t]+(?:[A-Z]|(?:he|she|they|the|an?)\b)[^“”\"\n]*$"  # '“...,” X said, “...”'
_INTRODUCES = re.compile(  # 'and had yelled, “', 'telling her, “', 'heard a cop yell, “'
    r"(?:[ \t]+(?:him|her|them|me|us|you|reporters|police|jurors))?[ \t]*[,:][ \t]*[“\"]?[ \t]*")


def _introduces(text: str, verb, qs: int) -> bool:  # noqa: ANN001
    """Whether a speech verb opens the quote right after it ('... had yelled, “Hide!”'): its
    subject speaks the quote, whatever verb after the quote reports the whole sentence."""
    end = verb.idx + len(verb)
    return verb.idx < qs and verb.lower_ != "according" and bool(
        _INTRODUCES.fullmatch(text, end, qs))


def _signs_off(text: str, verb, inside: list, qe: int) -> bool:  # noqa: ANN001
    """Whether a verb right after a quote, with only its named subject between, governs a
    quote however deep it stands in the sentence ('... selling boats “for years,” Ms. Ruiz
    said.')."""
    return verb.idx > qe and _governs(verb, inside) and bool(re.fullmatch(
        r"[\s,”\"']*(?:[A-Z][\w.’'-]*[ \t]+){1,4}", text[qe : verb.idx]))


def _opens_next(text: str, verb, qe: int) -> bool:  # noqa: ANN001
    """Whether a verb after the quote introduces a quote of its own ('“...”, whilst Y said
    that “...”'), not the rest of a split one ('“...,” X, the editor, said, “...”')."""
    if verb.idx < qe or re.match(_SPLIT, text[qe - 1 : verb.idx]):
        return False
    return bool(re.match(r"\s*(?:that\s*)?[:,]?\s*[“\"]", text[verb.idx + len(verb) :]))


def _governs(verb, inside: list) -> bool:  # noqa: ANN001
    """Whether the quote's words hang from the verb ('X said that “...”' but not '“...”,
    when reporters asked him'), or from the clause 'according to X' modifies."""
    head = verb.head if verb.lower_ == "according" else verb
    return any(head.is_ancestor(t) for t in inside)


_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "written": "write",
              "found": "find", "cried": "cry", "replied": "reply", "testified": "testify"}


@lru_cache(maxsize=4096)
def _base(word: str) -> str:
    """The lemma of a speech verb's form ('says', 'warned', 'adding' -> 'say', 'warn',
    'add'); other words come back as they are."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""),
                         ("ed", "e"), ("d", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            stem = word[: -len(suffix)] + repl
            if stem in SPEECH_LEMMAS:
                return stem
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in SPEECH_LEMMAS:
                return stem[:-1]  # 'admitted'
    return word


def _lemma(t) -> str:  # noqa: ANN001
    return _base(t.lower_)


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
    return t.tag_.startswith("VB") and _lemma(t) in SPEECH_LEMMAS


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
        return t.head  # 'X, who said “...”'
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
