"""Time the facts stage on a 50-article story (models loaded first, not timed); prints figures.

    .venv/bin/python bench/bench_facts.py [--shared ../shared] [--repeat 3]

The story is 50 documents of TAC 2011 (the development topics M000, M001, M002, M004,
M006), treated as one story with one account per document. Configurations measured in
the same run: the default (spaCy NER on one sentence per distinct name, embeddings), no
embeddings, and neither model (pattern extraction and word overlap only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from dataclasses import replace
from pathlib import Path

from storyweave.facts import cross_check
from storyweave.facts.evaluate import _tac_articles
from storyweave.settings import FactSettings

TOPICS = ("M000", "M001", "M002", "M004", "M006")


def story(shared: Path) -> list:
    path = shared / "eval" / "summarization" / "tac2011_en.jsonl"
    articles = [a for topic in TOPICS for a in _tac_articles(path, topic)][:50]
    return sorted(articles, key=lambda a: (a.published or "9999", a.id))


def timed(articles: list, settings: FactSettings, repeat: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds (CPU: this process, all threads) and the number of facts."""
    accounts = [(a.id,) for a in articles]
    cross_check(articles[:2], accounts[:2], settings)  # load the models, untimed
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        facts = cross_check(articles, accounts, settings)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), len(facts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("STORYWEAVE_SHARED", Path(__file__).parents[1].parent / "shared"))
    parser.add_argument("--shared", type=Path, default=default)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = story(args.shared)
    words = sum(a.words for a in articles)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"story: {len(articles)} articles, {words} words; cpus: {os.cpu_count()}, "
          f"load average {load:.1f} (wall time is inflated on a busy machine; CPU time is not)")
    base = FactSettings()
    rows = {}
    for name, settings in (
        ("default (NER + embeddings)", base),
        ("NER, no embeddings", replace(base, embeddings=False)),
        ("no models (patterns + word overlap)", replace(base, entities=False, embeddings=False)),
    ):
        wall, cpu, n = timed(articles, settings, args.repeat)
        rows[name] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3), "facts": n}
        print(f"{name:38s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  {n:4d} facts "
              f"(median of {args.repeat})")
    print(json.dumps({"articles": len(articles), "words": words, "runs": rows}))


if __name__ == "__main__":
    main()
