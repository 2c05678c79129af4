"""Provenance speed: near-duplicate detection vs datasketch (same run), and alignment per story.

    python bench/bench_provenance.py --n 100000          # the issue's figure
    taskset -c 0,1 python bench/bench_provenance.py      # pinned to 2 cores

Articles are composites of ECB+ sentences (seeded); a share of them get a planted
near-copy (a few words changed). Both methods run the whole path from text: shingling
(word 3-grams, the same tokenisation), signatures with 128 slots, LSH at threshold 0.8,
and verification of candidates by estimated Jaccard. Recall counts planted pairs whose
true shingle Jaccard is at least the threshold. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
import tracemalloc
from pathlib import Path

SHARED = Path(os.environ.get("STORYWEAVE_SHARED", Path(__file__).resolve().parents[2] / "shared"))
ECB = SHARED / "eval" / "clustering" / "ecbplus.jsonl"
WORDS = re.compile(r"\w+", re.UNICODE)
THRESHOLD, NUM_PERM, K = 0.8, 128, 3


def corpus(n: int, planted_share: float, seed: int) -> tuple[list[str], list[tuple[int, int]]]:
    rng = random.Random(seed)
    with ECB.open(encoding="utf-8") as f:
        pool = [s for line in f for s in json.loads(line)["text"].split("\n") if len(s) > 30]
    texts: list[str] = []
    planted: list[tuple[int, int]] = []
    while len(texts) < n:
        base = " ".join(rng.choice(pool) for _ in range(rng.randint(8, 16)))
        texts.append(base)
        if rng.random() < planted_share and len(texts) < n:
            words = base.split()
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(["a", "the", "new", "said"])
            planted.append((len(texts) - 1, len(texts)))
            texts.append(" ".join(words))
    return texts, planted


def shingles(text: str) -> set[str]:
    w = WORDS.findall(text.casefold())
    return {" ".join(w[i : i + K]) for i in range(max(1, len(w) - K + 1))}


def true_pairs(texts: list[str], planted: list[tuple[int, int]]) -> set[tuple[int, int]]:
    out = set()
    for i, j in planted:
        a, b = shingles(texts[i]), shingles(texts[j])
        if len(a & b) / len(a | b) >= THRESHOLD:
            out.add((i, j))
    return out


def run_storyweave(texts: list[str], workers: int = 1) -> set[tuple[int, int]]:
    from storyweave.provenance import minhash as mh

    ids = [str(i) for i in range(len(texts))]
    sig = mh.signatures(texts, NUM_PERM, K, workers=workers)
    found = mh.near_duplicates(ids, sig, THRESHOLD, *mh.bands_for(THRESHOLD, NUM_PERM))
    return {tuple(sorted((int(d.a), int(d.b)))) for d in found}


def run_datasketch(texts: list[str]) -> set[tuple[int, int]]:
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    sigs = []
    for i, text in enumerate(texts):
        m = MinHash(num_perm=NUM_PERM)
        m.update_batch([s.encode("utf-8") for s in shingles(text)])
        lsh.insert(i, m)
        sigs.append(m)
    found = set()
    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            if j != i and m.jaccard(sigs[j]) >= THRESHOLD:
                found.add((min(i, j), max(i, j)))
    return found


def _cpu() -> float:
    """CPU seconds of this process and its finished children (worker processes)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measure(name: str, fn, texts: list[str], truth: set[tuple[int, int]], memory: bool) -> dict:
    fn(texts[:2000])  # warm-up: imports, lookup tables, worker start-up paths
    start, cpu = time.perf_counter(), _cpu()
    found = fn(texts)
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    peak = None
    if memory:  # a second, traced pass: tracing slows Python code, so it is not timed
        tracemalloc.start()
        fn(texts[: min(len(texts), 20_000)])
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    recall = len(found & truth) / len(truth) if truth else 0.0
    return {"method": name, "docs_per_s": len(texts) / seconds, "seconds": seconds,
            "docs_per_cpu_s": len(texts) / cpu,
            "recall": recall, "pairs": len(found), "peak_mib_20k": peak}


def bench_alignment(stories: int) -> list[dict]:
    """trace() on 50-article stories built from the derivation benchmark (topics 1-22)."""
    from storyweave.provenance import trace
    from storyweave.provenance.benchmark import BenchmarkConfig, cases
    from storyweave.settings import ProvenanceSettings

    pool = [a for c in cases(ECB, range(1, 23), BenchmarkConfig()) for a in c.articles]
    rows = []
    for label, settings in (("lexical only", ProvenanceSettings(embeddings=False)),
                            ("with MiniLM embeddings", ProvenanceSettings())):
        if settings.embeddings:
            from storyweave.embed import default_embedder

            default_embedder().encode(["warm up"])
        for s in range(stories):
            story = sorted(pool[s * 50 : (s + 1) * 50], key=lambda a: (a.published, a.id))
            start = time.perf_counter()
            trace(story, settings)
            rows.append({"story": s, "mode": label, "articles": len(story),
                         "sentences": sum(len(a.sentences) for a in story),
                         "seconds": time.perf_counter() - start})
    return rows


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--n", type=int, default=100_000, help="articles (default 100000)")
    p.add_argument("--planted", type=float, default=0.05, help="share with a planted near-copy")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-memory", action="store_true", help="skip the traced memory pass")
    p.add_argument("--stories", type=int, default=3, help="50-article stories to align")
    p.add_argument("--skip-datasketch", action="store_true")
    args = p.parse_args()
    texts, planted = corpus(args.n, args.planted, args.seed)
    truth = true_pairs(texts, planted)
    print(f"{len(texts)} articles, {len(planted)} planted near-copies, {len(truth)} at "
          f"Jaccard >= {THRESHOLD}; cores available: {len(os.sched_getaffinity(0))}")
    methods = [("storyweave (numpy one-permutation MinHash + LSH)", run_storyweave),
               ("storyweave, 2 worker processes",
                lambda t: run_storyweave(t, workers=2))]
    if not args.skip_datasketch:
        methods.append(("datasketch MinHash + MinHashLSH", run_datasketch))
    results = [measure(n, f, texts, truth, not args.no_memory) for n, f in methods]
    for r in results:
        mem = f"{r['peak_mib_20k']:.0f} MiB" if r["peak_mib_20k"] is not None else "-"
        print(f"{r['method']:<50} {r['docs_per_s']:>9.0f} docs/s  {r['seconds']:>7.1f} s  "
              f"({r['docs_per_cpu_s']:.0f} docs per CPU-second)  "
              f"recall {r['recall']:.4f}  pairs {r['pairs']}  peak (20k docs) {mem}")
    if len(results) == 3:
        peer = results[-1]
        for r in results[:-1]:
            print(f"speed-up of {r['method']}: "
                  f"{r['docs_per_s'] / peer['docs_per_s']:.1f}x wall-clock, "
                  f"{r['docs_per_cpu_s'] / peer['docs_per_cpu_s']:.1f}x CPU time")
        print(f"(load average at the end: {os.getloadavg()[0]:.1f})")
    if args.stories:
        for r in bench_alignment(args.stories):
            print(f"alignment, {r['mode']:<24} story {r['story']}: {r['articles']} articles, "
                  f"{r['sentences']} sentences, {r['seconds']:.2f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
