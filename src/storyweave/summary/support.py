"""Which articles support a sentence: the best passage in each, tested by words and meaning.

A passage supports a sentence when it holds most of the sentence's content words
(``LEXICAL``), or when it says the same in other words (embedding cosine at least
``SEMANTIC``) while still sharing some content words (``ANCHOR``). Figures in the sentence
must all appear in the passage: '6,000' is not supported by '8,000'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Citation
from .units import Unit

LEXICAL = 0.6
SEMANTIC = 0.72
ANCHOR = 0.3

_NUMBER = re.compile(r"\d[\d,.]*")


def numbers(text: str) -> frozenset[str]:
    """The figures written in the text, without thousands separators or trailing dots."""
    return frozenset(m.group().replace(",", "").rstrip(".") for m in _NUMBER.finditer(text))


def containment(query: frozenset[str], passage: frozenset[str]) -> float:
    """Share of the query's content words found in the passage."""
    return len(query & passage) / len(query) if query else 0.0


def is_support(overlap: float, cosine: float) -> bool:
    return overlap >= LEXICAL or (cosine >= SEMANTIC and overlap >= ANCHOR)


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
        self._numbers = [numbers(u.text) for u in self.units]

    def best_matches(self, text: str, content: frozenset[str], vector: np.ndarray) -> list[Match]:
        """For each article, its best passage for the sentence (strongest first)."""
        cos = self.vectors @ vector if len(self.units) else np.zeros(0)
        need = numbers(text)
        best: dict[str, Match] = {}
        for i, unit in enumerate(self.units):
            if need and not need <= self._numbers[i]:
                continue
            m = Match(unit=unit, overlap=containment(content, unit.content), cosine=float(cos[i]))
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


def _strength(m: Match) -> float:
    return m.overlap + m.cosine
