"""Candidate blocking: an inverted index over each active article's heaviest terms.

Only articles sharing some of an article's heaviest words or names are compared with it,
so the cost per article depends on the active window, not on the archive: about linear
in the number of articles overall.
"""

from __future__ import annotations

from collections import defaultdict

from .features import Features


class CandidateIndex:
    """``insert`` articles, ``query`` the likeliest matches of one, ``remove`` expired ones."""

    def __init__(self, terms: int = 30, limit: int = 200, max_postings: int = 0) -> None:
        self.terms = terms
        self.limit = limit
        self.max_postings = max_postings  # terms indexed for more articles are skipped (0: none)
        self._postings: dict[int, dict[str, float]] = defaultdict(dict)
        self._keys: dict[str, tuple[int, ...]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, article: str) -> bool:
        return article in self._keys

    def insert(self, features: Features) -> None:
        weights = features.top(self.terms)
        self._keys[features.id] = tuple(weights)
        for term, w in weights.items():
            self._postings[term][features.id] = w

    def remove(self, article: str) -> None:
        for term in self._keys.pop(article, ()):
            posting = self._postings.get(term)
            if posting is not None:
                posting.pop(article, None)
                if not posting:
                    del self._postings[term]

    def query(self, features: Features) -> list[str]:
        """Up to ``limit`` indexed articles sharing heavy terms, the most shared weight first."""
        score: dict[str, float] = defaultdict(float)
        for term, w in features.top(self.terms).items():
            posting = self._postings.get(term, {})
            if self.max_postings and len(posting) > self.max_postings:
                continue  # a common term: it finds everything and decides nothing
            for other, w2 in posting.items():
                score[other] += w * w2
        score.pop(features.id, None)
        if len(score) <= self.limit:
            return list(score)
        return sorted(score, key=score.__getitem__, reverse=True)[: self.limit]
