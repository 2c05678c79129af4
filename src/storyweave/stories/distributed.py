"""Story grouping over shards, locally or on a Dask cluster, with the same result either way.

On Dask each shard is a partition: workers read it, count its terms (the document
frequencies are summed across partitions), weigh its articles against the global
frequencies, embed them and compute their blocking keys. The driver then runs the
same candidate search and average linkage as the local run over the gathered features,
in the same order, so both engines give the same stories.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, InputProblem
from ..settings import StorySettings
from .batch import cluster_features, weigh
from .features import DocFreq, Features, Terms, terms_of
from .shards import read_shard


@dataclass(frozen=True, slots=True, kw_only=True)
class Clustering:
    groups: tuple[tuple[str, ...], ...]  # article ids per story, largest first
    articles: tuple[Article, ...]
    problems: tuple[InputProblem, ...] = ()


def _terms(path: str, settings: StorySettings) -> tuple[list[Article], list[Terms], list]:
    shard = read_shard(path)
    terms = [terms_of(a, settings.lead_words) for a in shard.articles]
    return list(shard.articles), terms, list(shard.problems)


def _df(all_terms: Sequence[Sequence[Terms]]) -> DocFreq:
    df = DocFreq()
    for part in all_terms:
        for t in part:
            df.add(t)
    return df


def _features(
    articles: list[Article], terms: list[Terms], df: DocFreq, settings: StorySettings
) -> list[Features]:
    return weigh(terms, df, articles, settings)


def _finish(
    parts: Sequence[tuple[list[Article], list[Terms], list]],
    features: Sequence[Sequence[Features]],
    settings: StorySettings,
) -> Clustering:
    articles = [a for part in parts for a in part[0]]
    problems = [p for part in parts for p in part[2]]
    flat = [f for part in features for f in part]
    seen: set[str] = set()
    keep = []
    for i, f in enumerate(flat):
        if f.id in seen:
            problems.append(
                InputProblem(
                    source=articles[i].source, message=f"duplicate id {f.id!r}; first one kept"
                )
            )
        else:
            seen.add(f.id)
            keep.append(i)
    groups = cluster_features([flat[i] for i in keep], settings)
    order = {f.id: n for n, f in enumerate(flat)}
    groups = sorted(
        (tuple(sorted(g, key=order.__getitem__)) for g in groups),
        key=lambda g: (-len(g), order[g[0]]),
    )
    return Clustering(
        groups=tuple(groups), articles=tuple(articles[i] for i in keep), problems=tuple(problems)
    )


def cluster_local(paths: Sequence[str | Path], settings: StorySettings) -> Clustering:
    """Group the articles of the shards in this process."""
    parts = [_terms(str(p), settings) for p in paths]
    df = _df([p[1] for p in parts])
    features = [_features(p[0], p[1], df, settings) for p in parts]
    return _finish(parts, features, settings)


def cluster_dask(
    paths: Sequence[str | Path], settings: StorySettings, scheduler: str | object
) -> Clustering:
    """Group the articles of the shards on a Dask cluster (an address or a Client)."""
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(str(scheduler))
    try:
        parts_f = [client.submit(_terms, str(p), settings, pure=False) for p in paths]
        df_f = client.submit(_df, [client.submit(_pick, f, 1) for f in parts_f])
        feats_f = [
            client.submit(
                _features, client.submit(_pick, f, 0), client.submit(_pick, f, 1), df_f, settings
            )
            for f in parts_f
        ]
        parts = client.gather(parts_f)
        features = client.gather(feats_f)
    finally:
        if client is not scheduler:
            client.close()
    return _finish(parts, features, settings)


def _pick(part: tuple, k: int) -> object:
    return part[k]
