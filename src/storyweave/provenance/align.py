"""Alignment: the passages two articles share, each verbatim, near-verbatim or paraphrase."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Article, Evidence
from ..settings import ProvenanceSettings
from .features import SentenceTable, sentence_table

KINDS = ("verbatim", "near-verbatim", "paraphrase")


@dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """A passage of article ``a`` and the passage of article ``b`` that says the same."""

    a_span: tuple[int, int]  # character span in a.text
    b_span: tuple[int, int]  # character span in b.text
    kind: str  # verbatim | near-verbatim | paraphrase
    similarity: float  # the evidence strength, 0..1
    a_sentences: tuple[int, ...]  # indices of a's (non-empty) sentences in the passage
    b_sentences: tuple[int, ...]

    def evidence(self, *, a_is_source: bool = True) -> Evidence:
        src, tgt = (self.a_span, self.b_span) if a_is_source else (self.b_span, self.a_span)
        return Evidence(source_span=src, target_span=tgt, kind=self.kind,
                        similarity=round(self.similarity, 4))


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """One target sentence matched to its best source sentence."""

    source: int  # sentence index within the source article
    target: int
    kind: str
    similarity: float
    lexical: float  # content-word Dice
    semantic: float  # embedding cosine (0 without embeddings)


def resolve_embedder(settings: ProvenanceSettings, embedder: object | None) -> object | None:
    """The embedder to use: the one given, else the packaged one when settings allow."""
    if embedder is not None or not settings.embeddings:
        return embedder
    from ..embed import default_embedder

    return default_embedder()


TRIMMED_WORDS = 6  # a sentence this long, word for word the start or end of a longer one
TRIMMED_SHARE = 0.6  # ... and at least this share of it, is that sentence trimmed: verbatim


def _trimmed(source: tuple[str, ...], target: tuple[str, ...]) -> bool:
    """``target`` is ``source`` with a dateline or a trailing clause cut off."""
    n = len(target)
    if n < TRIMMED_WORDS or n < TRIMMED_SHARE * len(source) or n >= len(source):
        return False
    return source[:n] == target or source[-n:] == target


class StoryAlignment:
    """Sentence features of a story's articles, computed once; pair alignments on demand."""

    def __init__(
        self,
        articles: Sequence[Article],
        settings: ProvenanceSettings | None = None,
        embedder: object | None = None,
    ) -> None:
        self.articles = tuple(articles)
        self.settings = settings or ProvenanceSettings()
        self.table: SentenceTable = sentence_table(
            self.articles, resolve_embedder(self.settings, embedder)
        )
        self._matches: dict[tuple[int, int], tuple[Match, ...]] = {}

    def sentence_count(self, k: int) -> int:
        r = self.table.rows(k)
        return r.stop - r.start

    def lengths(self, k: int) -> np.ndarray:
        return self.table.lengths[self.table.rows(k)]

    def matches(self, source: int, target: int) -> tuple[Match, ...]:
        """For each sentence of ``target``, its best sentence in ``source`` when they align."""
        if (source, target) not in self._matches:
            self._match_from(source)
        return self._matches[(source, target)]

    def _match_from(self, source: int) -> None:
        """Best matches of every other article's sentences in ``source``: one block product."""
        t, s = self.table, self.settings
        rs, n = t.rows(source), len(t.spans)
        for k in range(len(self.articles)):
            self._matches[(source, k)] = ()
        if rs.start == rs.stop or n == 0:
            return
        sims = t.block(rs, slice(0, n))
        contain = sims["contain"]
        lexical = np.maximum(sims["tok"], np.where(contain >= 0.85, 0.9 * contain, 0.0))
        score = np.maximum(np.maximum(lexical, sims["chr"]), sims["emb"])
        best = score.argmax(axis=0)
        cols = np.arange(n)
        chars, emb, lex = sims["chr"][best, cols], sims["emb"][best, cols], lexical[best, cols]
        aligned = (chars >= s.near_verbatim) | (emb >= s.paraphrase) | (lex >= s.lexical_paraphrase)
        for k in range(len(self.articles)):
            rt = t.rows(k)
            if k == source:
                continue
            out = []
            for col in np.flatnonzero(aligned[rt]) + rt.start:
                i = int(best[col])
                out.append(Match(source=i, target=int(col - rt.start),
                                 kind=self._kind(rs.start + i, int(col), float(chars[col])),
                                 similarity=float(score[i, col]),
                                 lexical=float(sims["tok"][i, col]), semantic=float(emb[col])))
            self._matches[(source, k)] = tuple(out)

    def _kind(self, row_a: int, row_b: int, chars: float) -> str:
        wa, wb = self.table.words[row_a], self.table.words[row_b]
        if chars >= 0.999 and wa == wb:
            return "verbatim"
        if _trimmed(wa, wb):
            return "verbatim"  # the source's sentence with its start or end cut off
        return "near-verbatim" if chars >= self.settings.near_verbatim else "paraphrase"

    def alignments(self, a: int, b: int) -> tuple[Alignment, ...]:
        """Shared passages of articles ``a`` and ``b`` (indices), sentences merged into runs."""
        matches = sorted(self.matches(a, b), key=lambda m: m.target)
        runs: list[list[Match]] = []
        for m in matches:
            last = runs[-1][-1] if runs else None
            if (last is not None and m.target == last.target + 1 and m.kind == last.kind
                    and m.source in (last.source, last.source + 1)):
                runs[-1].append(m)
            else:
                runs.append([m])
        return tuple(self._passage(a, b, run) for run in runs)

    def _passage(self, a: int, b: int, run: list[Match]) -> Alignment:
        spans = self.table.spans
        ra, rb = self.table.rows(a).start, self.table.rows(b).start
        a_idx = tuple(sorted({m.source for m in run}))
        b_idx = tuple(m.target for m in run)
        return Alignment(
            a_span=(spans[ra + a_idx[0]][0], spans[ra + a_idx[-1]][1]),
            b_span=(spans[rb + b_idx[0]][0], spans[rb + b_idx[-1]][1]),
            kind=run[0].kind,
            similarity=float(np.mean([m.similarity for m in run])),
            a_sentences=a_idx,
            b_sentences=b_idx,
        )


def align(
    a: Article,
    b: Article,
    *,
    settings: ProvenanceSettings | None = None,
    embedder: object | None = None,
) -> tuple[Alignment, ...]:
    """The passages ``a`` and ``b`` share, in ``b``'s order, with spans into both texts.

    Each passage is classed verbatim (same words), near-verbatim (edits, typos,
    re-translation noise: most character 4-grams shared) or paraphrase (same meaning by
    embedding similarity, or many content words shared).
    """
    return StoryAlignment((a, b), settings, embedder).alignments(0, 1)
