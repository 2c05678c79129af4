"""Online story grouping speed and memory at 1k, 10k (and optionally 100k) articles.

A stream is made by replicating the ECB+ and TAC 2011 stories with perturbed names and
numbers (each copy is a new fictional event), spread over time at a fixed rate per day,
and fed one article at a time in date order through ``OnlineStories`` with the default
settings (embedding included). Printed per size: articles/second (wall clock, and per
CPU-second of the process: on a shared machine the wall rate says more about the other
load than about this code), peak traced Python
memory, largest active window, BCubed F1 of the online grouping against the copies'
labels, of the batch grouping of the same stream, and of online against batch (how close
online comes to batch; up to 10k), and the share of articles the transformer embedded.
Peers measured in the same run: the MiniLM-only gate (static screen off; up to
``--minilm-upto``, default 1k), the same stream without embeddings, and the embedders
alone (MiniLM int8, and the static one distilled from it).

    .venv/bin/python bench/bench_stories.py            # 1k and 10k
    .venv/bin/python bench/bench_stories.py --100k     # also 100k (long)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))

from storyweave.model import Article  # noqa: E402
from storyweave.settings import StorySettings  # noqa: E402
from storyweave.stories.evaluate import read_labelled, score  # noqa: E402
from storyweave.stories.online import OnlineStories  # noqa: E402

_CAP = re.compile(r"\b([A-Z][a-z]{2,})\b")
_NUM = re.compile(r"\b\d+\b")
PER_DAY = 300  # articles a day in the stream


def _stories() -> list[list[Article]]:
    data = read_labelled(SHARED / "eval" / "clustering" / "ecbplus.jsonl")
    data += read_labelled(SHARED / "eval" / "summarization" / "tac2011_en.jsonl")
    groups: dict[str, list[Article]] = {}
    for x in data:
        groups.setdefault(x.gold, []).append(x.article)
    return list(groups.values())


def _perturb(text: str, copy: int, rng: random.Random) -> str:
    """Names and numbers changed consistently within one copy (a new fictional event)."""
    if copy == 0:
        return text
    suffix = "".join(rng.choice("aeiouklmnrstv") for _ in range(3))
    text = _CAP.sub(lambda m: m.group(1) + suffix, text)
    return _NUM.sub(lambda m: str(int(m.group(0)) + copy), text)


def stream(n: int, seed: int = 7) -> Iterator[tuple[Article, str]]:
    """n (article, gold label) pairs in date order."""
    rng = random.Random(seed)
    stories = _stories()
    made = 0
    copy = 0
    while made < n:
        order = list(range(len(stories)))
        rng.shuffle(order)
        for k in order:
            members = stories[k]
            for a in members:
                if made >= n:
                    return
                day = made // PER_DAY
                yield (
                    replace(
                        a,
                        id=f"{a.id}~{copy}",
                        text=_perturb(a.text, copy, random.Random(copy)),
                        published=f"{2000 + day // 360:04d}-{1 + day % 360 // 30:02d}-"
                        f"{1 + day % 30:02d}",
                    ),
                    f"{k}~{copy}",
                )
                made += 1
        copy += 1


def run(n: int, settings: StorySettings, batch: bool, trace: bool = False) -> dict:
    from storyweave.embed import default_embedder
    from storyweave.stories.scoring import _Memo

    memo = None
    if settings.embeddings:  # vectors kept for the batch comparison only (they add up)
        memo = default_embedder("", settings.embed_tokens)
        memo = _Memo(memo) if batch else memo
    online = OnlineStories(settings)  # the default embedders, as a user gets them
    if settings.embeddings:  # models loaded (and the static one built) before the clock
        online.embedder = memo
        online._embed(["warm up"])
        online.embedded = 0
        if online.screen:
            online._static().encode(["warm up"])
    keys, gold, articles = [], [], []
    if trace:  # tracing allocations slows Python code 2-4x: rates are then not comparable
        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    chunk: list[Article] = []
    peak_active = 0
    for article, label in stream(n):
        chunk.append(article)
        if batch:  # kept only for the batch comparison (it would grow with n)
            articles.append(article)
        gold.append(label)
        if len(chunk) == 64:
            keys += online.add_all(chunk)
            online.flush()
            chunk = []
            peak_active = max(peak_active, len(online.active))
            if n >= 50_000 and len(keys) % 10_048 == 0:  # rate and memory along the way
                _progress(len(keys), t0, c0, online, trace)
    keys += online.add_all(chunk)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    _, traced = tracemalloc.get_traced_memory() if trace else (0, float("nan"))
    tracemalloc.stop()
    result = {
        "n": n,
        "rate": n / seconds,
        "cpu_rate": n / cpu,
        "seconds": seconds,
        "traced_mb": traced / 2**20,
        "active": peak_active,
        "f1": score(keys, gold).bcubed_f1,
        "batch_f1": float("nan"),
        "agree": float("nan"),
        "embedded": online.embedded / n,
    }
    if batch:  # the batch grouping of the same stream (embeddings reused): how close?
        from storyweave.stories import group_stories

        label = {a: k for k, g in enumerate(group_stories(articles, settings, memo)) for a in g}
        by_batch = [str(label[a.id]) for a in articles]
        result["batch_f1"] = score(by_batch, gold).bcubed_f1
        result["agree"] = score(keys, by_batch).bcubed_f1
    return result


def _progress(placed: int, t0: float, c0: float, online: OnlineStories, trace: bool) -> None:
    now = tracemalloc.get_traced_memory()[0] / 2**20 if trace else float("nan")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"    {placed:>7} placed, {placed / (time.perf_counter() - t0):.0f} art/s, "
        f"{placed / (time.process_time() - c0):.0f} art/cpu-s, traced now {now:.0f} MB, "
        f"peak RSS {rss:.0f} MB, active {len(online.active)}, "
        f"MiniLM {online.embedded / placed:.0%}",
        flush=True,
    )


def embed_rate(emb: object, n: int = 512, one_by_one: bool = False) -> tuple[float, float]:
    """Texts a second of ``emb`` alone (wall, per CPU-second), in one call or one at a time."""
    from storyweave.stories.features import EMBED_WORDS, event_text

    texts = [event_text(a, EMBED_WORDS) for a, _ in stream(n)]
    emb.encode(["warm up"])
    t0, c0 = time.perf_counter(), time.process_time()
    if one_by_one:
        for t in texts:
            emb.encode([t])
    else:
        emb.encode(texts)
    return n / (time.perf_counter() - t0), n / (time.process_time() - c0)


def _profiled(n: int, settings: StorySettings, args: argparse.Namespace) -> dict:
    """run() under cProfile (no batch comparison); prints the 8 heaviest functions."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    result = profile.runcall(run, n, settings, False, args.trace)
    pstats.Stats(profile).sort_stats("tottime").print_stats(8)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--100k", dest="big", action="store_true", help="also run 100k")
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes to run instead")
    parser.add_argument("--no-peer", action="store_true", help="skip the run without embedding")
    parser.add_argument("--only-peer", action="store_true", help="only the run without embedding")
    parser.add_argument(
        "--trace", action="store_true", help="trace Python memory (slows the run 2-4x)"
    )
    parser.add_argument(
        "--profile", action="store_true", help="print the heaviest functions of each run"
    )
    parser.add_argument(
        "--minilm-upto", type=int, default=1_000, help="also run the MiniLM-only gate up to n"
    )
    parser.add_argument(
        "--batch-upto", type=int, default=10_000, help="compare with batch up to n articles"
    )
    args = parser.parse_args()
    sizes = args.sizes or ([1_000, 10_000, 100_000] if args.big else [1_000, 10_000])
    from storyweave.embed import default_embedder
    from storyweave.static_embed import static_embedder
    from storyweave.stories.features import EMBED_WORDS

    for name, emb, n, single in (
        ("MiniLM int8", default_embedder(), 512, False),
        ("static", static_embedder(), 4096, False),
        ("static, one text a call", static_embedder(), 4096, True),
    ):
        wall, cpu = embed_rate(emb, n, single)
        print(
            f"embedder alone, {name}: {wall:.0f} texts/s, {cpu:.0f} per CPU-second "
            f"(title + lead, {EMBED_WORDS} words)"
        )
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'articles':>9} {'mode':>14} {'art/s':>8} {'art/cpu-s':>9} {'seconds':>8} "
        f"{'traced MB':>9} "
        f"{'active':>7} {'online F1':>9} {'batch F1':>8} {'online~batch':>12} {'MiniLM':>6}"
    )
    for n in sizes:
        modes = [] if args.only_peer else [("static+MiniLM", StorySettings())]
        if not args.only_peer and n <= args.minilm_upto:
            # the gate before the static screen: MiniLM judges, embedding every compared member
            modes.append(("MiniLM gate", StorySettings(static_gate=False, gate_members=0)))
        if not args.no_peer:
            modes.append(("no embedding", StorySettings(embeddings=False)))
        for label, s in modes:
            batch = n <= args.batch_upto
            r = _profiled(n, s, args) if args.profile else run(n, s, batch, args.trace)
            print(
                f"{n:>9} {label:>14} {r['rate']:>8.0f} {r['cpu_rate']:>9.0f} {r['seconds']:>8.1f} "
                f"{r['traced_mb']:>9.1f} {r['active']:>7} {r['f1']:>9.3f} "
                f"{r['batch_f1']:>8.3f} {r['agree']:>12.3f} {r['embedded']:>6.0%}",
                flush=True,
            )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the whole run: {rss:.0f} MB")


if __name__ == "__main__":
    main()
