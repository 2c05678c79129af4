"""Shared passages between two articles, for the side-by-side compare view.

Where the passages come from, best first: the provenance stage's aligner
(``provenance.align``), the evidence spans of the story's provenance edges between the two
articles, and as a last resort sentences the two articles share word for word (or nearly).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..ids import normalise
from ..model import Article, Sentence, Story
from ..settings import ProvenanceSettings

log = logging.getLogger(__name__)

KINDS = ("verbatim", "near-verbatim", "paraphrase")
_WORD = re.compile(r"\w+")
_SENT = re.compile(r"[^.!?\n]+[.!?]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Passage:
    """A passage of the left article aligned with one of the right article."""

    left: tuple[int, int]
    right: tuple[int, int]
    kind: str
    similarity: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    passages: tuple[Passage, ...]
    method: str  # 'aligner' | 'provenance evidence' | 'shared sentences'


def align(
    left: Article, right: Article, story: Story | None = None,
    settings: ProvenanceSettings | None = None,
) -> Alignment:
    """The shared passages of two articles, by the best method available."""
    found = _from_aligner(left, right, settings)
    if found is not None:
        return Alignment(passages=found, method="aligner")
    if story is not None:
        found = _from_evidence(left.id, right.id, story)
        if found:
            return Alignment(passages=found, method="provenance evidence")
    return Alignment(passages=shared_sentences(left, right), method="shared sentences")


def _from_aligner(
    left: Article, right: Article, settings: ProvenanceSettings | None
) -> tuple[Passage, ...] | None:
    """The provenance stage's aligner, or None when it is missing or fails."""
    if settings is None:
        return None
    try:
        from ..provenance.align import align as align_pair

        found = align_pair(left, right, settings=settings)
    except Exception:  # another stage's seam: fall back, never fail the page
        log.warning("aligner failed on %s/%s; falling back", left.id, right.id, exc_info=True)
        return None
    return _sorted(Passage(left=al.a_span, right=al.b_span, kind=al.kind,
                           similarity=round(float(al.similarity), 4)) for al in found)


def _from_evidence(left: str, right: str, story: Story) -> tuple[Passage, ...]:
    out = []
    for edge in story.provenance:
        if (edge.source, edge.target) == (left, right):
            out += [Passage(left=ev.source_span, right=ev.target_span, kind=ev.kind,
                            similarity=ev.similarity) for ev in edge.evidence]
        elif (edge.source, edge.target) == (right, left):
            out += [Passage(left=ev.target_span, right=ev.source_span, kind=ev.kind,
                            similarity=ev.similarity) for ev in edge.evidence]
        elif edge.target == right:  # an unseen origin's edge: passages shared with a sibling
            out += [Passage(left=ev.source_span, right=ev.target_span, kind=ev.kind,
                            similarity=ev.similarity) for ev in edge.evidence
                    if ev.source_article == left]
    return _sorted(out)


def shared_sentences(left: Article, right: Article, near: float = 0.7) -> tuple[Passage, ...]:
    """Sentences found in both texts: the same words in the same order, or nearly (Jaccard)."""
    rights = [(s, _words(right.sentence_text(s))) for s in _sentences(right)]
    exact: dict[tuple[str, ...], Sentence] = {}
    for s, seq in rights:
        exact.setdefault(seq, s)
    bags = [(s, set(seq)) for s, seq in rights]
    out = []
    for s in _sentences(left):
        seq = _words(left.sentence_text(s))
        words = set(seq)
        if len(words) < 4:
            continue
        if seq in exact:
            t = exact[seq]
            out.append(Passage(left=(s.start, s.end), right=(t.start, t.end), kind="verbatim",
                               similarity=1.0))
            continue
        best, score = None, 0.0
        for t, bag in bags:
            j = len(words & bag) / len(words | bag) if bag else 0.0
            if j > score:
                best, score = t, j
        if best is not None and score >= near:
            out.append(Passage(left=(s.start, s.end), right=(best.start, best.end),
                               kind="near-verbatim", similarity=round(score, 3)))
    return _sorted(out)


def _words(text: str) -> tuple[str, ...]:
    """The words of a sentence, normalised: punctuation and case do not count."""
    return tuple(_WORD.findall(normalise(text)))


def _sentences(article: Article) -> Sequence[Sentence]:
    if article.sentences:
        return article.sentences
    return tuple(Sentence(start=m.start(), end=m.end()) for m in _SENT.finditer(article.text)
                 if m.group().strip())


def _sorted(passages: object) -> tuple[Passage, ...]:
    return tuple(sorted(passages, key=lambda p: (p.left, p.right)))  # type: ignore[arg-type]
