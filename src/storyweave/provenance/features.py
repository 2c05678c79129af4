"""Sentence features for alignment: word sets, character 4-grams and embeddings, story-wide."""

from __future__ import annotations

import re
from collections import OrderedDict
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
    """Every sentence of a story's articles with its features; similarities per block."""

    offsets: np.ndarray  # (articles + 1,): rows of article k are offsets[k]:offsets[k+1]
    spans: tuple[tuple[int, int], ...]  # character span of each sentence in its article
    words: tuple[tuple[str, ...], ...]  # lowercased words of each sentence
    lengths: np.ndarray  # (n,) float: characters of each sentence
    content: sparse.csr_matrix  # (n, vocabulary) binary content-word sets
    grams: sparse.csr_matrix  # (n, grams) binary character 4-gram sets
    vectors: np.ndarray | None  # (n, dim) unit sentence embeddings

    def rows(self, k: int) -> slice:
        return slice(int(self.offsets[k]), int(self.offsets[k + 1]))

    def block(self, a: slice, b: slice) -> dict[str, np.ndarray]:
        """Similarities of sentences ``a`` (rows) with sentences ``b`` (columns)."""
        tok, contain = _overlap(self.content[a], self.content[b])
        chars, _ = _overlap(self.grams[a], self.grams[b])
        emb = (self.vectors[a] @ self.vectors[b].T if self.vectors is not None
               else np.zeros_like(tok))
        return {"tok": tok, "contain": contain, "chr": chars, "emb": emb}


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


def _overlap(a: sparse.csr_matrix, b: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """(Dice, containment of the smaller set) of every row set of ``a`` with every one of ``b``."""
    inter = (a @ b.T).toarray().astype(np.float32)
    sa = np.asarray(a.sum(axis=1), dtype=np.float32).reshape(-1, 1)
    sb = np.asarray(b.sum(axis=1), dtype=np.float32).reshape(1, -1)
    total, smaller = sa + sb, np.minimum(sa, sb)
    dice = np.divide(2 * inter, total, out=np.zeros_like(inter), where=total > 0)
    contain = np.divide(inter, smaller, out=np.zeros_like(inter), where=smaller > 0)
    return dice, contain


_CACHE: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
CACHE_SIZE = 20_000  # sentence vectors kept per process (about 30 MB for MiniLM)


def _encode(embedder: object, texts: list[str]) -> np.ndarray:
    """Sentence vectors, computed once per process for a sentence (stories are re-analysed
    as articles arrive, and their sentences do not change)."""
    name = f"{getattr(embedder, 'name', type(embedder).__name__)}/{getattr(embedder, 'dim', '')}"
    missing = list(dict.fromkeys(t for t in texts if (name, t) not in _CACHE))
    if missing:
        fresh = np.asarray(embedder.encode(missing), dtype=np.float32)  # type: ignore[attr-defined]
        for t, v in zip(missing, fresh, strict=True):
            _CACHE[(name, t)] = v
    out = np.stack([_CACHE[(name, t)] for t in texts])
    for t in texts:
        _CACHE.move_to_end((name, t))
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return out


def sentence_table(articles: Sequence[Article], embedder: object | None) -> SentenceTable:
    """Split and featurise every sentence of the articles (one embedding pass for all)."""
    spans, texts, ws_all, offsets = [], [], [], [0]
    for article in articles:
        for s in sentences_of(article):
            ws = words(article.text[s.start : s.end])
            if not ws:
                continue
            spans.append((s.start, s.end))
            texts.append(article.text[s.start : s.end])
            ws_all.append(ws)
        offsets.append(len(spans))
    vectors = _encode(embedder, texts) if embedder is not None and texts else None
    return SentenceTable(
        offsets=np.array(offsets, dtype=np.int64),
        spans=tuple(spans),
        words=tuple(ws_all),
        lengths=np.array([e - s for s, e in spans], dtype=np.float64),
        content=_binary([_content(ws) for ws in ws_all], {}),
        grams=_binary([_char_grams(ws) for ws in ws_all], {}),
        vectors=vectors,
    )
