"""A story's title as a person would write it: the headline closest to what the story says.

Each headline (or, for an article without one, its lead sentence) is compared with the
centroid of the story's word vectors and with the other headlines (how much the other
outlets echo its wording); the highest sum wins, the earliest on ties.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from ..model import Article
from ..summary.fragments import needs_speaker
from .features import DocFreq, Terms, dots, terms_of

_MAX_TITLE = 160
ECHO = 1.0  # weight of the other headlines' echo beside the closeness to the story's centroid
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")


def lead_sentence(article: Article) -> str:
    """The article's first sentence (or first line, when that is short enough)."""
    text = article.text.strip()
    if article.sentences:
        first = article.sentence_text(article.sentences[0]).strip()
    else:
        first = _SENTENCE_END.split(text, maxsplit=1)[0] if text else ""
    line = text.split("\n", 1)[0].strip()
    if line and len(line) < len(first):
        first = line
    if len(first) > _MAX_TITLE:
        cut = first.rfind(" ", 0, _MAX_TITLE)
        first = first[: cut if cut > 40 else _MAX_TITLE].rstrip(",;: ") + "…"
    return first


def representative_title(articles: Sequence[Article]) -> str:
    """The most representative headline of a story's articles (lead sentence as fallback)."""
    if not articles:
        return ""
    candidates = [
        (a.title.strip() if a.title and a.title.strip() else lead_sentence(a)) for a in articles
    ]
    if len(articles) == 1:
        return candidates[0]
    terms = [terms_of(a, 200) for a in articles]
    df = DocFreq.of(terms)
    centroid = _centroid(df, terms)
    heads = [
        df.weigh(_headline_terms(a, text)) for a, text in zip(articles, candidates, strict=True)
    ]
    scores = dots(centroid, heads).sum(axis=1) + ECHO * _echo(heads)
    scores = np.where([bool(c) for c in candidates], scores, -1.0)
    alone = [bool(c) and not needs_speaker(c) for c in candidates]
    if any(alone):  # a first-person lead or a bare quote only when nothing else stands alone
        scores = np.where(alone, scores, -1.0)
    return candidates[int(np.argmax(scores))]


def _echo(heads: Sequence) -> np.ndarray:
    """How much each headline is echoed by the story's other headlines (mean similarity):
    the wording most outlets chose for the event, not one outlet's feature headline."""
    n = len(heads)
    if n < 3:
        return np.zeros(n)
    sims = np.array([dots(h, heads).sum(axis=1) for h in heads])
    np.fill_diagonal(sims, 0.0)
    return sims.sum(axis=1) / (n - 1)


def _headline_terms(article: Article, text: str) -> Terms:
    probe = Article(id=article.id, source=article.source, text=text)
    return terms_of(probe, 0)


def _centroid(df: DocFreq, terms: Sequence[Terms]):  # noqa: ANN202 (a Features)
    from .features import Features

    vecs = [df.weigh(t) for t in terms]
    index = np.unique(np.concatenate([v.index for v in vecs]))
    weight = np.zeros(len(index), dtype=np.float32)
    for v in vecs:
        weight[np.searchsorted(index, v.index)] += v.weight
    return Features(id="centroid", index=index, weight=weight / len(vecs), day=None)
