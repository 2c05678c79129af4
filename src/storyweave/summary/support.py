"""Which articles support a sentence: the best passage in each, tested by words and meaning.

A passage supports a sentence when it holds most of the sentence's content
(``LEXICAL``), or when it says the same in other words: embedding cosine at least
``SEMANTIC`` while still sharing some content (``ANCHOR``), or at least ``PARAPHRASE`` (the
provenance aligner's own paraphrase threshold) with any content word in common. Content
is counted by weight: a word common across the story ('conference' in a story about a
conference) counts less than a rare one (inverse sentence frequency within the story). A
passage that gives another figure for the same thing ('8,000 migrants' against '6,000
migrants', 'stage 15' against 'stage 13', 'thirteen aftershocks' against '27 aftershocks')
does not support the sentence, unless the passage also gives the sentence's figure; nor does
a passage telling the opposite outcome ('hired' against 'fired', `opposed`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Citation
from ..settings import ProvenanceSettings
from .text import STOPWORDS, stem
from .units import Unit

LEXICAL = 0.6
SEMANTIC = 0.72
ANCHOR = 0.3
PARAPHRASE = ProvenanceSettings().paraphrase  # 0.75: what the aligner calls a paraphrase

_FIGURE_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+")
_QUALIFIERS = frozenset("about around nearly almost some over under than up to least most".split())
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()) if i >= 2}
_NUMBER_WORDS.update({w: str(10 * i) for i, w in enumerate(
    "thirty forty fifty sixty seventy eighty ninety".split(), start=3)})
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}

Figures = dict[str, frozenset[str]]


def _numbers(text: str) -> list[str]:
    """Tokens with numbers normalised: '6,000' and 'six thousand' both become '6000'."""
    toks = [_NUMBER_WORDS.get(t.lower(), t) for t in _FIGURE_TOKEN.findall(text)]
    out: list[str] = []
    for tok in toks:
        scale = _SCALES.get(tok.lower())
        if scale and out and out[-1][0].isdigit():
            try:
                value = float(out[-1].replace(",", "")) * scale
            except ValueError:
                out.append(tok)
                continue
            out[-1] = str(int(value)) if value.is_integer() else str(value)
            continue
        out.append(tok)
    return out


def figures(text: str) -> Figures:
    """Numbers in the text by the word next to them: {'migrant': {'6000'}, 'stage': {'13'}}
    (every number in the text is also kept under the key ``""``)."""
    toks = _numbers(text)
    found: dict[str, set[str]] = {"": set()}
    for i, tok in enumerate(toks):
        if not tok[0].isdigit():
            continue
        value = tok.replace(",", "")
        found[""].add(value)
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and not toks[j][0].isdigit():
                word = toks[j].lower()
                if word not in STOPWORDS and word not in _QUALIFIERS:
                    found.setdefault(stem(word), set()).add(value)
    return {k: frozenset(v) for k, v in found.items()} if found[""] else {}


#: outcomes that exclude each other: a passage telling one does not support a sentence telling
#: the other ('X is out as head coach' is not supported by 'X has been hired as head coach')
_OPPOSED = tuple((re.compile(rf"\b(?:{a})\b", re.IGNORECASE), re.compile(rf"\b(?:{b})\b",
                                                                        re.IGNORECASE))
                 for a, b in (
    (r"hired|appointed|named as|re-?hired|introduced as|takes over as|to take over as",
     r"fired|sacked|dismissed|ousted|resigned|quit|stepped down|let go|(?:is|was) out as"),
    (r"convicted|found guilty", r"acquitted|cleared|found not guilty"),
    (r"won|wins|victory", r"lost|loses|defeat|defeated"),
    (r"survived|survivors?|rescued|alive", r"killed|dead|died|bodies"),
    (r"approved|ratified", r"rejected|vetoed|voted down"),
    (r"reopened|opened", r"closed|shut"),
))


def opposed(query: str, passage: str) -> bool:
    """True when the passage tells the outcome opposite to the one the sentence tells (and
    not the sentence's own): hired against fired, convicted against acquitted, won against
    lost, approved against rejected."""
    for a, b in _OPPOSED:
        qa, qb, pa, pb = a.search(query), b.search(query), a.search(passage), b.search(passage)
        if (qa and pb and not pa and not qb) or (qb and pa and not pb and not qa):
            return True
    return False


def other_figures(query: Figures, passage: Figures) -> bool:
    """True when the passage gives a different figure for something the query counts (and
    does not give the query's figure anywhere)."""
    anywhere = passage.get("", frozenset())
    return any(k and k in passage and not (v & passage[k]) and not (v & anywhere)
               for k, v in query.items())


def containment(
    query: frozenset[str], passage: frozenset[str], weight: dict[str, float] | None = None,
    unknown: float = 1.0,
) -> float:
    """Share of the query's content found in the passage (words weighted when given;
    a word ``weight`` does not know weighs ``unknown``)."""
    if not query:
        return 0.0
    if weight is None:
        return len(query & passage) / len(query)
    total = sum(weight.get(w, unknown) for w in query)
    return sum(weight.get(w, unknown) for w in query & passage) / total


def is_support(overlap: float, cosine: float) -> bool:
    return (overlap >= LEXICAL or (cosine >= SEMANTIC and overlap >= ANCHOR)
            or (cosine >= PARAPHRASE and overlap > 0))


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """The best passage of one article for a sentence, and how well it supports it."""

    unit: Unit
    overlap: float
    cosine: float

    @property
    def supports(self) -> bool:
        return is_support(self.overlap, self.cosine)


class SupportIndex:
    """The story's units and their vectors, searched per article for supporting passages."""

    def __init__(self, groups: Sequence[Sequence[Unit]], vectors: np.ndarray) -> None:
        self.units = [u for g in groups for u in g]
        self.vectors = vectors
        self._figures = [figures(u.text) for u in self.units]
        self.weight = rarity(self.units)
        self.unknown = max(self.weight.values(), default=1.0)
        postings: dict[str, list[int]] = {}
        for i, u in enumerate(self.units):
            for w in u.content:
                postings.setdefault(w, []).append(i)
        self._postings = {w: np.array(ix, dtype=np.int64) for w, ix in postings.items()}

    def overlaps(self, content: frozenset[str]) -> np.ndarray:
        """Weighted share of ``content`` found in each unit (an inverted-index pass)."""
        out = np.zeros(len(self.units), dtype=np.float64)
        total = sum(self.weight.get(w, self.unknown) for w in content)
        for w in content:
            if w in self._postings:
                out[self._postings[w]] += self.weight[w]
        return out / total if total else out

    def best_matches(self, text: str, content: frozenset[str], vector: np.ndarray) -> list[Match]:
        """For each article, its best passage for the sentence (strongest first).

        Only passages sharing some content are considered."""
        if not self.units:
            return []
        cos = self.vectors @ vector
        overlap = self.overlaps(content)
        need = figures(text)
        best: dict[str, Match] = {}
        for i in np.flatnonzero(overlap):
            if need and other_figures(need, self._figures[i]):
                continue
            unit = self.units[i]
            if opposed(text, unit.text):
                continue
            m = Match(unit=unit, overlap=float(overlap[i]), cosine=float(cos[i]))
            old = best.get(unit.article)
            if old is None or _strength(m) > _strength(old):
                best[unit.article] = m
        return sorted(best.values(), key=_strength, reverse=True)

    def citations(
        self, text: str, content: frozenset[str], vector: np.ndarray, must: Unit | None = None
    ) -> tuple[Citation, ...]:
        """Every article with a supporting passage (``must``, the sentence's own, comes first)."""
        cites = [Citation(article=must.article, span=must.span)] if must is not None else []
        for m in self.best_matches(text, content, vector):
            if m.supports and (must is None or m.unit.article != must.article):
                cites.append(Citation(article=m.unit.article, span=m.unit.span))
        return tuple(cites)


def rarity(units: Sequence[Unit]) -> dict[str, float]:
    """Inverse sentence frequency of each content word within the story."""
    df: dict[str, int] = {}
    for u in units:
        for w in u.content:
            df[w] = df.get(w, 0) + 1
    n = len(units) + 1
    return {w: math.log(n / c) + 1.0 for w, c in df.items()}


def _strength(m: Match) -> float:
    return m.overlap + m.cosine
