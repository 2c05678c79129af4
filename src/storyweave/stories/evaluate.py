"""Scoring story grouping against gold labels: BCubed and pairwise precision/recall/F1.

Reads labelled JSONL in two shapes: one article a line with a gold ``cluster`` (ECB+:
``id``, ``title``, ``text``, ``date``, ``cluster``, ``topic``), or one topic a line with
its ``documents`` (TAC 2011: the topic ``id`` is the gold label). Only text, title and
date are read; ``url`` and ``source`` are ignored on purpose.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Article

SPLITS = ("dev", "test", "all")
DEV_TOPICS = 22  # ECB+: topics 1-22 are the development split, the rest the test split


@dataclass(frozen=True, slots=True, kw_only=True)
class Labelled:
    article: Article
    gold: str
    topic: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    bcubed_p: float
    bcubed_r: float
    bcubed_f1: float
    pairwise_p: float
    pairwise_r: float
    pairwise_f1: float
    articles: int
    gold_stories: int
    stories: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(predicted: Sequence[str], gold: Sequence[str]) -> Scores:
    """BCubed (per item) and pairwise (per pair) precision, recall and F1."""
    n = len(gold)
    pc, gc = Counter(predicted), Counter(gold)
    both = Counter(zip(predicted, gold, strict=True))
    bp = sum(both[(p, g)] / pc[p] for p, g in zip(predicted, gold, strict=True)) / max(n, 1)
    br = sum(both[(p, g)] / gc[g] for p, g in zip(predicted, gold, strict=True)) / max(n, 1)
    same = sum(c * (c - 1) / 2 for c in both.values())
    pred_pairs = sum(c * (c - 1) / 2 for c in pc.values())
    gold_pairs = sum(c * (c - 1) / 2 for c in gc.values())
    pp = same / pred_pairs if pred_pairs else 1.0
    pr = same / gold_pairs if gold_pairs else 1.0
    return Scores(
        bcubed_p=bp,
        bcubed_r=br,
        bcubed_f1=_f1(bp, br),
        pairwise_p=pp,
        pairwise_r=pr,
        pairwise_f1=_f1(pp, pr),
        articles=n,
        gold_stories=len(gc),
        stories=len(pc),
    )


def _article(d: dict, where: str) -> Article:
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no 'text'")
    return Article(
        id=str(d.get("id") or where),
        source=where,
        text=text,
        title=d.get("title") or None,
        published=d.get("date") or None,
    )


def read_labelled(path: str | Path, split: str = "all") -> list[Labelled]:
    """Labelled articles of a JSONL file (either shape), restricted to an ECB+ split."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {', '.join(SPLITS)}")
    out: list[Labelled] = []
    with Path(path).open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f"{path}#{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"not JSON ({exc.msg})", line=n) from exc
            out += _labelled(d, where)
    return [x for x in out if _in_split(x.topic, split)]


def _labelled(d: dict, where: str) -> list[Labelled]:
    if isinstance(d.get("documents"), list):
        gold = str(d.get("id"))
        return [_labelled_doc(doc, f"{where}/{i}", gold) for i, doc in enumerate(d["documents"])]
    if "cluster" not in d:
        raise InputError(where, "neither a gold 'cluster' nor 'documents'")
    topic = d.get("topic")
    return [
        Labelled(
            article=_article(d, where),
            gold=str(d["cluster"]),
            topic=str(topic) if topic is not None else None,
        )
    ]


def _labelled_doc(doc: dict, where: str, gold: str) -> Labelled:
    return Labelled(article=_article(doc, where), gold=gold, topic=None)


def _in_split(topic: str | None, split: str) -> bool:
    if split == "all" or topic is None or not topic.isdigit():
        return True
    return (int(topic) <= DEV_TOPICS) == (split == "dev")
