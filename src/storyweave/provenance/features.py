"""Sentence features for alignment: word sets, character 4-grams and embeddings, story-wide."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..model import Article, Sentence

_WORD = re.compile(r"\w+", re.UNICODE)
#: Function words that say nothing about shared origin (kept short and general).
STOPWORDS = frozenset(
    "a an the and or but of to in on at by for with from as is are was were be been has have "
    "had it its this that these those he she they we you i his her their our not no will would "
    "said says also than then there which who whom what when where while after before over into "
    "about more most such".split()
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceTable:
    """Every sentence of a story's articles, with features, in one table."""

    article_of: np.ndarray  # (n,) int: index of the article each sentence belongs to
    offsets: np.ndarray  # (articles + 1,) int: sentence rows of article k are offsets[k]:offsets[k+1]
    spans: tuple[tuple[int, int], ...]  # character span of each sentence in its article
    words: tuple[tuple[str, ...], ...]  # lowercased words of each sentence
    lengths: np.ndarray  # (n,) float: characters of each sentence
    tok_sim: np.ndarray  # (n, n) float32 Dice of content-word sets
    tok_contain: np.ndarray  # (n, n) float32 share of the smaller set found in the larger
    chr_sim: np.ndarray  # (n, n) float32 Dice of character 4-gram sets
    emb_sim: np.ndarray | None  # (n, n) float32 cosine of sentence embeddings

    def rows(self, k: int) -> slice:
        return slice(int(self.offsets[k]), int(self.offsets[k + 1]))


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences; split here when the article came without them."""
    if article.sentences:
        return article.sentences
    from ..sentences import split_sentences

    return split_sentences(article.text)


def words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


def _content(ws: Sequence[str]) -> set[str]:
    return {w for w in ws if w not in STOPWORDS}


def _char_grams(ws: Sequence[str]) -> set[str]:
    joined = " ".join(ws)
    return {joined[i : i + 4] for i in range(len(joined) - 3)}


def _binary(rows: list[set], vocab: dict) -> sparse.csr_matrix:
    indptr, indices = [0], []
    for row in rows:
        indices.extend(vocab.setdefault(x, len(vocab)) for x in row)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(len(vocab), 1)))


def _overlap(rows: list[set]) -> tuple[np.ndarray, np.ndarray]:
    """(Dice, containment) of every pair of sets, as dense matrices."""
    m = _binary(rows, {})
    inter = (m @ m.T).toarray().astype(np.float32)
    size = np.array([len(r) for r in rows], dtype=np.float32)
    total = size[:, None] + size[None, :]
    smaller = np.minimum(size[:, None], size[None, :])
    dice = np.divide(2 * inter, total, out=np.zeros_like(inter), where=total > 0)
    contain = np.divide(inter, smaller, out=np.zeros_like(inter), where=smaller > 0)
    return dice, contain


def sentence_table(articles: Sequence[Article], embedder: object | None) -> SentenceTable:
    """Split and featurise every sentence of the articles; all pairwise similarities at once."""
    article_of, spans, texts, ws_all, offsets = [], [], [], [], [0]
    for k, article in enumerate(articles):
        for s in sentences_of(article):
            ws = words(article.text[s.start : s.end])
            if not ws:
                continue
            article_of.append(k)
            spans.append((s.start, s.end))
            texts.append(article.text[s.start : s.end])
            ws_all.append(ws)
        offsets.append(len(spans))
    tok_sim, tok_contain = _overlap([_content(ws) for ws in ws_all])
    chr_sim, _ = _overlap([_char_grams(ws) for ws in ws_all])
    emb_sim = None
    if embedder is not None and texts:
        vectors = np.asarray(embedder.encode(texts), dtype=np.float32)  # type: ignore[attr-defined]
        emb_sim = vectors @ vectors.T
    return SentenceTable(
        article_of=np.array(article_of, dtype=np.int64),
        offsets=np.array(offsets, dtype=np.int64),
        spans=tuple(spans),
        words=tuple(ws_all),
        lengths=np.array([e - s for s, e in spans], dtype=np.float64),
        tok_sim=tok_sim,
        tok_contain=tok_contain,
        chr_sim=chr_sim,
        emb_sim=emb_sim,
    )
