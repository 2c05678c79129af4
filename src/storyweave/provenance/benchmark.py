"""Derivation benchmark: stories built from ECB+ articles by known transformations, and scoring.

Each ECB+ cluster (one real event, several outlets) becomes a story. Some of its articles
are taken as originals and transformed with known ground truth: a full copy with
boilerplate changes, an excerpt, an order-preserving rewrite (word substitution, sentence
merging and dropping), a translation-like version (stilted wording, every sentence kept),
and two rewrites of a source that is then withheld. The cluster's other articles stay as
unrelated reporting of the same event. Everything is driven by a seeded RNG.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path

from ..model import Article, Sentence

SYNONYMS = {
    "said": "stated", "says": "states", "killed": "slain", "died": "perished",
    "police": "law enforcement", "people": "persons", "man": "male", "woman": "female",
    "officials": "authorities", "reported": "announced", "announced": "declared",
    "arrested": "detained", "company": "firm", "city": "town", "house": "home",
    "big": "large", "large": "sizeable", "small": "little", "new": "fresh",
    "began": "started", "start": "begin", "found": "discovered", "shot": "fired upon",
    "car": "vehicle", "near": "close to", "after": "following", "before": "prior to",
    "about": "around", "more than": "over", "because": "since", "help": "assist",
    "told": "informed", "show": "program", "film": "movie", "star": "celebrity",
    "hospital": "medical center", "earthquake": "quake", "fire": "blaze", "deal": "agreement",
    "buy": "purchase", "bought": "purchased", "team": "squad", "game": "match",
    "won": "secured", "win": "victory", "year": "twelve months", "week": "seven days",
    "statement": "release", "spokesman": "representative", "according to": "per",
    "residents": "locals", "children": "kids", "injured": "wounded", "attack": "assault",
    "also": "additionally", "however": "nevertheless", "but": "yet", "many": "numerous",
}
STILTED = {
    "the": "", "a": "one", "is": "is being", "was": "has been", "will": "is going to",
    "of": "from", "to": "for to", "in": "inside", "on": "upon", "with": "together with",
    "and": "as well as", "said": "has declared", "has": "possesses", "had": "did have",
    "who": "which", "that": "which", "it": "this", "they": "these ones", "he": "this man",
    "she": "this woman", "not": "no", "at": "by", "for": "in favour of", "by": "through",
}
HEADERS = ("(Wire) -", "BREAKING:", "From our correspondents:", "UPDATED")
FOOTERS = ("Copyright the publisher. All rights reserved.", "Read more stories on our site.",
           "Share this article with your friends.", "Reporting by staff; editing by the desk.")


@dataclass(frozen=True, slots=True, kw_only=True)
class BenchmarkConfig:
    """The generator's seed and rates (kept in bench/derivation/config.toml)."""

    seed: int = 20261122
    min_cluster: int = 6  # clusters with fewer independent articles are skipped
    excerpt_share: float = 0.5  # an excerpt keeps this share of the sentences (from the top)
    rewrite_swap: float = 0.6  # share of substitutable words a rewrite changes
    rewrite_drop: float = 0.2  # share of sentences a rewrite drops
    rewrite_merge: float = 0.2  # share of adjacent sentence pairs a rewrite merges
    translation_swap: float = 0.85  # share of function/content words translation changes
    max_shared_runs: int = 2  # documents sharing more 8-word runs are copies, not independent

    @classmethod
    def from_toml(cls, path: str | Path) -> BenchmarkConfig:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.get("generator", {}).items() if k in known})


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """One benchmark story: its articles, the true edges and the true accounts."""

    name: str
    articles: tuple[Article, ...]  # sorted by date then id
    edges: tuple[tuple[str, str, str], ...]  # (source id or 'unseen:k', target id, relation)
    accounts: tuple[tuple[str, ...], ...]


def load_ecb(path: str | Path, topics: Sequence[int]) -> dict[str, list[list[str]]]:
    """ECB+ clusters of the given topics: cluster -> documents as lists of sentence lines."""
    from ..errors import InputError

    wanted = set(topics)
    clusters: dict[str, list[list[str]]] = {}
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    row = json.loads(line)
                    topic, text, cluster = int(row["topic"]), row["text"], row["cluster"]
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    raise InputError(str(path), f"not an ECB+ row with topic, cluster and "
                                     f"text ({exc})", n) from exc
                if topic in wanted:
                    lines = [s.strip() for s in text.split("\n") if s.strip()]
                    clusters.setdefault(cluster, []).append(lines)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return clusters


def make_article(aid: str, lines: Sequence[str], day: int) -> Article:
    """An article whose sentences are exactly the given lines."""
    spans, pos = [], 0
    for line in lines:
        spans.append(Sentence(start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(lines),
                   published=f"2020-01-{day:02d}", sentences=tuple(spans))


def _swap(sentence: str, table: dict[str, str], rate: float, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        new = table.get(word.lower())
        if new is None or rng.random() >= rate:
            return word
        return new.capitalize() if word[:1].isupper() and new else new

    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.I)
    return re.sub(r"\s+", " ", pattern.sub(repl, sentence)).strip()


def rewrite(lines: Sequence[str], cfg: BenchmarkConfig, rng: random.Random,
            keep: Sequence[int] | None = None) -> list[str]:
    """Order-preserving rewrite: drop some sentences, merge neighbours, substitute words."""
    idx = list(keep) if keep is not None else [
        i for i in range(len(lines)) if i == 0 or rng.random() >= cfg.rewrite_drop]
    out: list[str] = []
    for i in idx:
        s = _swap(lines[i], SYNONYMS, cfg.rewrite_swap, rng)
        if out and rng.random() < cfg.rewrite_merge and out[-1].endswith("."):
            out[-1] = out[-1][:-1] + ", and " + s[:1].lower() + s[1:]
        else:
            out.append(s)
    return out


def translate_like(lines: Sequence[str], cfg: BenchmarkConfig, rng: random.Random) -> list[str]:
    """Round-trip-translation noise: stilted function words and synonyms in every sentence."""
    table = {**SYNONYMS, **STILTED}
    return [_swap(s, table, cfg.translation_swap, rng) or s for s in lines]


def _long_runs(lines: Sequence[str], n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", " ".join(lines).lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def independent(docs: list[list[str]], max_shared: int) -> list[list[str]]:
    """Keep documents (in order) that share at most ``max_shared`` 8-word runs with any kept one.

    ECB+ clusters hold several copies of the same wire story; those are not independent,
    so they cannot serve as the benchmark's originals or unrelated reporting.
    """
    kept: list[list[str]] = []
    runs: list[set[tuple[str, ...]]] = []
    for d in docs:
        r = _long_runs(d)
        if all(len(r & other) <= max_shared for other in runs):
            kept.append(d)
            runs.append(r)
    return kept


def build_case(
    name: str, docs: list[list[str]], cfg: BenchmarkConfig, rng: random.Random
) -> Case | None:
    """One story from one ECB+ cluster (independent documents in a seeded random order)."""
    docs = [d for d in docs if len(d) >= 4]
    rng.shuffle(docs)
    docs = independent(docs, cfg.max_shared_runs)
    if len(docs) < max(cfg.min_cluster, 5):
        return None
    base = [f"{name}-o{i}" for i in range(len(docs))]
    arts = {base[i]: (docs[i], 1 + i % 5) for i in range(len(docs))}
    edges: list[tuple[str, str, str]] = []
    o = docs
    arts[f"{name}-copy"] = ([rng.choice(HEADERS)] + o[0] + [rng.choice(FOOTERS)], 8)
    edges.append((base[0], f"{name}-copy", "copy"))
    cut = max(2, round(len(o[1]) * cfg.excerpt_share))
    arts[f"{name}-excerpt"] = (o[1][:cut], 9)
    edges.append((base[1], f"{name}-excerpt", "excerpt"))
    arts[f"{name}-rewrite"] = (rewrite(o[2], cfg, rng), 10)
    edges.append((base[2], f"{name}-rewrite", "rewrite"))
    arts[f"{name}-translation"] = (translate_like(o[3], cfg, rng), 11)
    edges.append((base[3], f"{name}-translation", "translation"))
    withheld = o[4]
    first, second = _sibling_keeps(len(withheld), cfg, rng)
    arts[f"{name}-sib1"] = (rewrite(withheld, cfg, rng, first), 12)
    arts[f"{name}-sib2"] = (rewrite(withheld, cfg, rng, second), 13)
    del arts[base[4]]
    edges += [("unseen:1", f"{name}-sib1", "shared-origin"),
              ("unseen:1", f"{name}-sib2", "shared-origin")]
    articles = sorted((make_article(aid, lines, day) for aid, (lines, day) in arts.items()),
                      key=lambda a: (a.published, a.id))
    return Case(name=name, articles=tuple(articles), edges=tuple(edges),
                accounts=_true_accounts([a.id for a in articles], edges))


def _sibling_keeps(n: int, cfg: BenchmarkConfig, rng: random.Random) -> tuple[list[int], list[int]]:
    """Sentence indices each sibling keeps: each drops some, never the same ones."""
    order = list(range(1, n))
    rng.shuffle(order)
    k = max(1, round((n - 1) * cfg.rewrite_drop))
    drop1, drop2 = set(order[:k]), set(order[k:2 * k])
    return [i for i in range(n) if i not in drop1], [i for i in range(n) if i not in drop2]


def _true_accounts(
    ids: list[str], edges: list[tuple[str, str, str]]
) -> tuple[tuple[str, ...], ...]:
    group = {a: a for a in ids}
    for src, tgt, _ in edges:
        group[tgt] = src if not src.startswith("unseen:") else group.get(src, src)
        group.setdefault(src, src)
    def root(x: str) -> str:
        while group[x] != x:
            x = group[x]
        return x
    out: dict[str, list[str]] = {}
    for a in ids:
        out.setdefault(root(a), []).append(a)
    return tuple(tuple(v) for v in out.values())


def cases(ecb_path: str | Path, topics: Sequence[int], cfg: BenchmarkConfig) -> Iterator[Case]:
    """Every benchmark story of the given ECB+ topics (deterministic for a config)."""
    clusters = load_ecb(ecb_path, topics)
    for name in sorted(clusters, key=lambda c: (int(c.split("_")[0]), c)):
        rng = random.Random(f"{cfg.seed}:{name}")
        case = build_case(name, clusters[name], cfg, rng) if len(clusters[name]) >= 5 else None
        if case is not None:
            yield case
