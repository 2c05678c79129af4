"""``storyweave eval clustering``: batch, online and a TF-IDF baseline scored in one run."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from ..embed import Embedder
from ..settings import StorySettings
from .evaluate import Labelled, read_labelled, score

BASELINE_THRESHOLD = 0.15  # cosine; a round value, not tuned on any test split


class _Memo:
    """An embedder that encodes each distinct text once (batch and online share vectors)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            self.cache.update(zip(todo, self.inner.encode(todo), strict=True))
        return np.stack([self.cache[t] for t in texts]) if texts else np.zeros((0, self.dim))


def _result(method: str, predicted: Sequence[object], data: Sequence[Labelled], t0: float) -> dict:
    s = score([str(p) for p in predicted], [x.gold for x in data])
    return {"method": method, "seconds": time.perf_counter() - t0, **asdict(s)}


def _batch(data: Sequence[Labelled], settings: StorySettings, emb: Embedder | None) -> dict:
    from . import group_stories

    t0 = time.perf_counter()
    groups = group_stories([x.article for x in data], settings, emb)
    label = {a: n for n, g in enumerate(groups) for a in g}
    return _result("batch", [label[x.article.id] for x in data], data, t0)


def _online(
    data: Sequence[Labelled],
    settings: StorySettings,
    emb: Embedder | None,
    static: Embedder | None = None,
) -> dict:
    from .online import OnlineStories

    t0 = time.perf_counter()
    online = OnlineStories(settings, emb, static)
    keys = online.add_all([x.article for x in data])
    return {**_result("online", keys, data, t0), "embedded": online.embedded}


def _baseline(data: Sequence[Labelled]) -> dict:
    from scipy.cluster.hierarchy import fcluster, linkage
    from sklearn.feature_extraction.text import TfidfVectorizer

    t0 = time.perf_counter()
    texts = [f"{x.article.title or ''}\n{x.article.text}" for x in data]
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    z = linkage(vectors.toarray(), method="average", metric="cosine")
    labels = fcluster(z, 1 - BASELINE_THRESHOLD, criterion="distance")
    return _result(f"tfidf-avg-{BASELINE_THRESHOLD}", labels, data, t0)


def run_eval(
    file: str | Path,
    split: str,
    settings: StorySettings,
    *,
    online: bool = True,
    embedder: Embedder | None = None,
) -> dict:
    """Scores of each method on a labelled file, as a JSON-ready table."""
    data = read_labelled(file, split)
    emb = static = None
    if settings.embeddings:
        from ..embed import default_embedder

        emb = _Memo(embedder or default_embedder(settings.embed_model, settings.embed_tokens))
        if settings.static_gate and embedder is None:
            from ..static_embed import static_embedder

            static = static_embedder(settings.embed_model, settings.embed_tokens)
    results = [_batch(data, settings, emb)]
    if online:
        results.append(_online(data, settings, emb, static))
    results.append(_baseline(data))
    return {
        "file": str(file),
        "split": split,
        "articles": len(data),
        "gold_stories": len({x.gold for x in data}),
        "results": results,
    }
