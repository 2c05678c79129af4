"""Scoring the derivation graph against benchmark truth: edge P/R/F1 per relation, accounts ARI."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..model import RELATIONS, Edge
from ..settings import ProvenanceSettings
from .benchmark import Case


@dataclass(slots=True, kw_only=True)
class Tally:
    """Counts over many stories; figures come from ``report``."""

    tp: Counter = field(default_factory=Counter)  # relation -> true positives
    pred: Counter = field(default_factory=Counter)  # relation -> predicted edges
    gold: Counter = field(default_factory=Counter)  # relation -> true edges
    any_tp: int = 0  # edges right whatever the relation
    labels_true: list[str] = field(default_factory=list)
    labels_pred: list[str] = field(default_factory=list)
    stories: int = 0
    articles: int = 0
    seconds: float = 0.0

    def report(self) -> dict:
        from sklearn.metrics import adjusted_rand_score

        per = {}
        for rel in (*RELATIONS, "all"):
            tp = sum(self.tp.values()) if rel == "all" else self.tp[rel]
            pred = sum(self.pred.values()) if rel == "all" else self.pred[rel]
            gold = sum(self.gold.values()) if rel == "all" else self.gold[rel]
            per[rel] = _prf(tp, pred, gold)
        return {
            "stories": self.stories,
            "articles": self.articles,
            "edges": per,
            "edges_any_relation": _prf(self.any_tp, sum(self.pred.values()),
                                       sum(self.gold.values())),
            "accounts_ari": round(adjusted_rand_score(self.labels_true, self.labels_pred), 4),
            "seconds": round(self.seconds, 2),
        }


def _prf(tp: int, pred: int, gold: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "predicted": pred, "true": gold}


def _unseen_map(pred: Sequence[Edge], gold: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """Predicted unseen node -> the true unseen node sharing most of its targets."""
    def members(edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for s, t in edges:
            if s.startswith("unseen:"):
                out.setdefault(s, set()).add(t)
        return out

    p = members((e.source, e.target) for e in pred)
    g = members((s, t) for s, t, _ in gold)
    mapping = {}
    for node, targets in p.items():
        best = max(g, key=lambda k: len(g[k] & targets), default=None)
        mapping[node] = best if best and g[best] & targets else f"{node}?"
    return mapping


def score_case(tally: Tally, case: Case, edges: Sequence[Edge],
               accounts: Sequence[Sequence[str]]) -> None:
    """Add one story's prediction to the tally."""
    rename = _unseen_map(edges, case.edges)
    pred = {(rename.get(e.source, e.source), e.target): e.relation for e in edges}
    gold = {(s, t): r for s, t, r in case.edges}
    for (s, t), rel in pred.items():
        tally.pred[rel] += 1
        if (s, t) in gold:
            tally.any_tp += 1
            if gold[(s, t)] == rel:
                tally.tp[rel] += 1
    for rel in gold.values():
        tally.gold[rel] += 1
    label = {a: f"{case.name}/{i}" for i, acc in enumerate(accounts) for a in acc}
    truth = {a: f"{case.name}/{i}" for i, acc in enumerate(case.accounts) for a in acc}
    for a in case.articles:
        tally.labels_true.append(truth[a.id])
        tally.labels_pred.append(label.get(a.id, f"{case.name}/missing/{a.id}"))
    tally.stories += 1
    tally.articles += len(case.articles)


def evaluate(cases: Iterable[Case], settings: ProvenanceSettings,
             embedder: object | None = None) -> dict:
    """Run ``trace`` on every case and return the figures."""
    from . import trace

    tally = Tally()
    for case in cases:
        start = time.perf_counter()
        edges, accounts = trace(case.articles, settings, embedder=embedder)
        tally.seconds += time.perf_counter() - start
        score_case(tally, case, edges, accounts)
    return tally.report()


def near_duplicate_baseline(case: Case, threshold: float = 0.5
                            ) -> tuple[tuple[Edge, ...], tuple[tuple[str, ...], ...]]:
    """A peer: articles whose shingle sets overlap >= threshold are one account (earlier copies)."""
    from .minhash import estimate, signatures

    arts = case.articles
    sig = signatures([a.text for a in arts])
    parent = list(range(len(arts)))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    edges = []
    for j in range(len(arts)):
        for i in range(j):
            if estimate(sig[i], sig[j]) >= threshold:
                edges.append(Edge(source=arts[i].id, target=arts[j].id, relation="copy",
                                  confidence=1.0))
                parent[find(j)] = find(i)
                break
    groups: dict[int, list[str]] = {}
    for k, a in enumerate(arts):
        groups.setdefault(find(k), []).append(a.id)
    return tuple(edges), tuple(tuple(g) for g in groups.values())


SPLITS = {"dev": range(1, 23), "test": range(23, 46), "all": range(1, 46)}


def run_eval(ecb_path, split: str, settings: ProvenanceSettings, bench_config=None) -> dict:
    """Figures for storyweave and its peers on one split of the derivation benchmark."""
    import dataclasses
    from pathlib import Path

    from .benchmark import BenchmarkConfig, cases

    default = Path("bench/derivation/config.toml")
    path = bench_config or (default if default.is_file() else None)
    cfg = BenchmarkConfig.from_toml(path) if path else BenchmarkConfig()
    story_cases = list(cases(ecb_path, SPLITS[split], cfg))
    lexical = dataclasses.replace(settings, embeddings=False)
    base = Tally()
    for case in story_cases:
        start = time.perf_counter()
        edges, accounts = near_duplicate_baseline(case)
        base.seconds += time.perf_counter() - start
        score_case(base, case, edges, accounts)
    return {
        "split": split,
        "generator": dataclasses.asdict(cfg),
        "methods": {
            "storyweave": evaluate(story_cases, settings),
            "storyweave (lexical only)": evaluate(story_cases, lexical),
            "near-duplicate baseline (shingle Jaccard >= 0.5)": base.report(),
        },
    }
