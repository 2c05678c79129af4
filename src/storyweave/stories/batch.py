"""Batch grouping of a whole pile: features, candidate pairs, relative similarity, average linkage.

Articles are visited in date order through a sliding candidate index (articles further
apart than the window never match), so the cost stays about linear in the pile.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embed import Embedder
from ..model import Article
from ..settings import StorySettings
from .candidates import CandidateIndex
from .features import EMBED_WORDS, DocFreq, Features, Terms, event_text, terms_of
from .linkage import average_linkage
from .similarity import Scale, relative, similarities

Pairs = dict[tuple[int, int], tuple[float, float, float]]  # (text, names, dense)


def article_features(
    articles: Sequence[Article], settings: StorySettings, embedder: Embedder | None = None
) -> list[Features]:
    """Weighted features of every article, document frequencies taken over the pile."""
    terms = [terms_of(a, settings.lead_words) for a in articles]
    return weigh(terms, DocFreq.of(terms), articles, settings, embedder)


def weigh(
    terms: Sequence[Terms],
    df: DocFreq,
    articles: Sequence[Article],
    settings: StorySettings,
    embedder: Embedder | None = None,
) -> list[Features]:
    feats = [df.weigh(t, settings.max_terms) for t in terms]
    if settings.embeddings and articles:
        embedder = embedder or _embedder(settings)
        vectors = embedder.encode([event_text(a, EMBED_WORDS) for a in articles])
        feats = [_with_dense(f, v) for f, v in zip(feats, vectors, strict=True)]
    return feats


def _with_dense(f: Features, vector: np.ndarray) -> Features:
    return Features(id=f.id, index=f.index, weight=f.weight, day=f.day, dense=vector)


def _embedder(settings: StorySettings) -> Embedder:
    from ..embed import default_embedder

    return default_embedder(settings.embed_model, settings.embed_tokens)


def candidate_pairs(features: Sequence[Features], settings: StorySettings) -> Pairs:
    """Raw similarity of every candidate pair (i < j).

    Undated articles are indexed first and stay; dated ones pass in date order through
    a sliding index that drops articles older than the window.
    """
    undated = [i for i, f in enumerate(features) if f.day is None]
    dated = sorted(
        (i for i, f in enumerate(features) if f.day is not None),
        key=lambda i: features[i].day or 0.0,
    )
    at = {f.id: i for i, f in enumerate(features)}
    still = _index(settings)
    sliding = _index(settings)
    pairs: Pairs = {}
    oldest = 0
    for i in undated + dated:
        f = features[i]
        while f.day is not None and oldest < len(dated):
            old = features[dated[oldest]]
            if f.day - (old.day or 0.0) <= settings.window_days:
                break
            sliding.remove(old.id)
            oldest += 1
        others = [at[o] for o in still.query(f) + sliding.query(f)]
        sims = similarities(f, [features[j] for j in others], settings)
        for j, (t, n, d) in zip(others, sims.tolist(), strict=True):
            if t > 0:
                pairs[(min(i, j), max(i, j))] = (t, n, d)
        (still if f.day is None else sliding).insert(f)
    return pairs


def _index(settings: StorySettings) -> CandidateIndex:
    return CandidateIndex(settings.blocking_terms, settings.max_candidates, settings.max_postings)


def relative_pairs(
    features: Sequence[Features], pairs: Pairs, settings: StorySettings
) -> dict[tuple[int, int], tuple[float, float, float, float]]:
    """(relative, text, names, dense) per pair; relative is text over the geometric mean of the
    two articles' scales."""
    scale = Scale(settings.neighbours, settings.min_scale)
    for (i, j), (t, _, _) in pairs.items():
        scale.see(features[i].id, t)
        scale.see(features[j].id, t)
    return {
        (i, j): (relative(t, scale.of(features[i].id), scale.of(features[j].id)), t, n, d)
        for (i, j), (t, n, d) in pairs.items()
    }


def cluster_features(
    features: Sequence[Features], settings: StorySettings
) -> list[tuple[str, ...]]:
    """Story groups (article ids) from ready features."""
    pairs = relative_pairs(features, candidate_pairs(features, settings), settings)
    labels = average_linkage(len(features), pairs, floors(settings))
    groups: dict[int, list[str]] = {}
    for f, label in zip(features, labels, strict=True):
        groups.setdefault(label, []).append(f.id)
    return [tuple(g) for g in groups.values()]


def floors(settings: StorySettings) -> tuple[float, float, float, float]:
    """What a story's mean (relative, text, names, dense) similarity must reach."""
    return (settings.threshold, settings.min_similarity, settings.min_names, settings.min_dense)


def group_articles(
    articles: Sequence[Article], settings: StorySettings, embedder: Embedder | None = None
) -> list[tuple[str, ...]]:
    """Group a pile into stories: a tuple of article ids per story, in input order."""
    if not articles:
        return []
    return cluster_features(article_features(articles, settings, embedder), settings)
