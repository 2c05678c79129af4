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
from .clause_speakers import _between, _speaker_of
from .speaker_antecedents import Subject, _named_subjects, _with_antecedent
from .speaker_phrases import Person
from .speaker_subjects import clause_subject
from .speech_verbs import _is_speech
from .text import sentences_of

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
                  and _same_paragraph(text, t.idx, qs, qe) and not _opens_next(text, t, qe)
                  and not _aside_closed(text, t.idx, qs)]
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


_DASH = re.compile(r"[ \t](?:[—–]|--)[ \t]")


def _aside_closed(text: str, at: int, qs: int) -> bool:
    """Whether a verb before a quote stands in an aside the sentence closes before the quote
    ('X told the Post — where Y said she was “...” — “I hear ...”': Y's verb is not X's)."""
    if at > qs:
        return False
    opened = text.rfind("\n", 0, at) + 1
    return bool(_DASH.search(text, at, qs) and _DASH.search(text, opened, at)) or (
        ")" in text[at:qs] and "(" in text[opened:at])


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


def _same_paragraph(text: str, at: int, qs: int, qe: int) -> bool:
    """Whether a verb at ``at`` stands in the quote's paragraph, or ends the paragraph that
    introduces it with a colon ('X says:' then the quoted paragraph)."""
    if at >= qe:
        return "\n" not in text[qe:at]
    between = text[at:qs]
    return "\n" not in between or bool(re.fullmatch(r"[^\n]*:\s*\W?", between))


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


