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
        key = (source, target)
        if key not in self._matches:
            self._matches[key] = self._best_matches(source, target)
        return self._matches[key]

    def _best_matches(self, source: int, target: int) -> tuple[Match, ...]:
        t = self.table
        rs, rt = t.rows(source), t.rows(target)
        if rs.start == rs.stop or rt.start == rt.stop:
            return ()
        sims = t.block(rs, rt)
        tok, chars, contain, emb = sims["tok"], sims["chr"], sims["contain"], sims["emb"]
        lexical = np.maximum(tok, np.where(contain >= 0.85, 0.9 * contain, 0.0))
        score = np.maximum(np.maximum(lexical, chars), emb)
        best = score.argmax(axis=0)
        out = []
        for j, i in enumerate(best):
            kind = self._kind(rs.start + i, rt.start + j, float(chars[i, j]),
                              float(lexical[i, j]), float(emb[i, j]))
            if kind is None:
                continue
            out.append(Match(source=int(i), target=j, kind=kind,
                             similarity=float(score[i, j]), lexical=float(tok[i, j]),
                             semantic=float(emb[i, j])))
        return tuple(out)

    def _kind(self, row_a: int, row_b: int, chars: float, lexical: float, emb: float) -> str | None:
        s = self.settings
        if self.table.words[row_a] == self.table.words[row_b]:
            return "verbatim"
        if chars >= s.near_verbatim:
            return "near-verbatim"
        if emb >= s.paraphrase or lexical >= s.lexical_paraphrase:
            return "paraphrase"
        return None

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
