"""Cleaning throughput on one core: articles/s and MB/s on ~4 KB scraped texts, beside jusText.

    .venv/bin/python bench/bench_clean.py [PAGES.jsonl] [--repeat N]

The inputs are cut from the cleaning evaluation pages (all splits: speed, not quality):
from a few lines above each page's body, lines are taken until the text reaches 4 KB,
so each input holds navigation, body and trailing boilerplate as a scraper saves them.
storyweave (the whole clean_document: lines, features, model, rules, metadata, sentence
split) and jusText (each line as a <p>) run on the same inputs in the same process.
Then each stage of clean_document is timed alone on the previous stage's output (lines,
line decisions, metadata and assembly, language, sentences, id and Article), so the
stages add up to about the whole, and the two targets are printed as met or missed.
"""

from __future__ import annotations

import argparse
import html
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from storyweave.clean import clean_document  # noqa: E402
from storyweave.clean.classifier import load_model  # noqa: E402
from storyweave.clean.cleaner import body_and_metadata  # noqa: E402
from storyweave.clean.decide import body_lines, decide  # noqa: E402
from storyweave.clean.evaluate import load_pages  # noqa: E402
from storyweave.clean.language import detect_language  # noqa: E402
from storyweave.clean.lines import split_lines  # noqa: E402
from storyweave.ids import article_id  # noqa: E402
from storyweave.model import Article, RawDocument  # noqa: E402
from storyweave.sentences import split_sentences  # noqa: E402
from storyweave.settings import CleanSettings  # noqa: E402

SIZE = 4096
TARGET_RATE = 300  # articles/s of ~4 KB on one core
TARGET_RATIO = 3.0  # times jusText's throughput, measured in the same run


def inputs(pages_path: str) -> list[str]:
    texts = []
    for page in load_pages(pages_path):
        lines = [t for t, _ in page["lines"]]
        first = next((i for i, (_, label) in enumerate(page["lines"]) if label), 0)
        chosen, size = [], 0
        for line in lines[max(0, first - 8) :]:
            chosen.append(line)
            size += len(line.encode("utf-8")) + 1
            if size >= SIZE:
                break
        if size >= SIZE * 0.75:
            texts.append("\n".join(chosen))
    return texts


def run_storyweave(texts: list[str]) -> None:
    for i, text in enumerate(texts):
        try:
            clean_document(RawDocument(source=f"b{i}.txt", text=text))
        except ValueError:
            pass  # a window with no body: counted like any other input


def run_without_sentences(texts: list[str]) -> None:
    """clean_document with the sentence splitter (another stage's module) stubbed out."""
    from storyweave.clean import cleaner

    real = cleaner.split_sentences
    cleaner.split_sentences = lambda text: ()
    try:
        run_storyweave(texts)
    finally:
        cleaner.split_sentences = real


def run_lines_only(texts: list[str]) -> None:
    for text in texts:
        body_lines(split_lines(text))


def run_justext(texts: list[str]) -> None:
    import justext

    stoplist = justext.get_stoplist("English")
    for text in texts:
        doc = "<html><body>" + "".join(f"<p>{html.escape(t)}</p>" for t in text.split("\n"))
        justext.justext((doc + "</body></html>").encode("utf-8"), stoplist, encoding="utf-8")


def timed(fn, texts: list, repeat: int) -> float:
    """Best-of-repeat CPU seconds of this process for one pass over all texts.

    CPU time, not wall time: on a machine shared with other jobs the wall clock counts the
    time other processes held the core, which says nothing about the cleaner.
    """
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        fn(texts)
        runs.append(time.process_time() - start)
    return min(runs)


def stage_inputs(texts: list[str]) -> dict[str, list]:
    """What each stage of clean_document receives, computed once (the pages with a body)."""
    raws = [RawDocument(source=f"b{i}.txt", text=t) for i, t in enumerate(texts)]
    lines = [split_lines(t) for t in texts]
    decisions = [decide(x) for x in lines]
    settings = CleanSettings()
    kept = [i for i, d in enumerate(decisions) if d.body.any()]
    assembled = [body_and_metadata(raws[i], lines[i], decisions[i], settings) for i in kept]
    bodies = ["\n\n".join(paragraphs) for paragraphs, _, _ in assembled]
    return {
        "texts": texts,
        "lines": lines,
        "decided": [(raws[i], lines[i], decisions[i], settings) for i in kept],
        "bodies": bodies,
        "built": [(raws[i], body, a) for i, body, a in zip(kept, bodies, assembled, strict=True)],
    }


def _build(items: list) -> None:
    for raw, body, (_, removed, meta) in items:
        Article(id=article_id(body), source=raw.source, text=body, removed=tuple(removed), **meta)


STAGES = {  # name: (function over a list, which stage_inputs list it takes)
    "lines (split_lines)": (lambda xs: [split_lines(x) for x in xs], "texts"),
    "line decisions (decide)": (lambda xs: [decide(x) for x in xs], "lines"),
    "metadata and assembly": (lambda xs: [body_and_metadata(*x) for x in xs], "decided"),
    "language (detect_language)": (lambda xs: [detect_language(x) for x in xs], "bodies"),
    "sentences (split_sentences)": (lambda xs: [split_sentences(x) for x in xs], "bodies"),
    "id and Article": (_build, "built"),
}


def print_stages(texts: list[str], repeat: int, whole: float) -> None:
    data = stage_inputs(texts)
    print(f"\nper stage, µs per article ({len(texts)} inputs; each stage alone on its input):")
    total = 0.0
    for name, (fn, key) in STAGES.items():
        secs = timed(fn, data[key], repeat)
        total += secs
        print(f"  {name:30s} {1e6 * secs / len(texts):8.0f} µs  {100 * secs / whole:5.1f} %")
    print(
        f"  {'sum of the stages':30s} {1e6 * total / len(texts):8.0f} µs  (whole: "
        f"{1e6 * whole / len(texts):.0f} µs)"
    )


def print_targets(rate: float, ratio: float) -> None:
    for what, value, target, unit in (
        ("throughput", rate, TARGET_RATE, " articles/s"),
        ("ratio to jusText", ratio, TARGET_RATIO, "x"),
    ):
        verdict = "met" if value >= target else "MISSED"
        print(f"target {what} >= {target:g}{unit}: {value:.2f}{unit} -> {verdict}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "pages", nargs="?", default=str(REPO.parent / "shared/eval/cleaning/pages.jsonl")
    )
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    texts = inputs(args.pages)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    load_model()
    run_storyweave(texts[:5])  # warm up imports and caches
    results = {
        "storyweave clean_document": timed(run_storyweave, texts, args.repeat),
        "  without sentence splitting": timed(run_without_sentences, texts, args.repeat),
        "  line decisions only": timed(run_lines_only, texts, args.repeat),
        "jusText (lines as <p>)": timed(run_justext, texts, args.repeat),
    }
    mean_kb = statistics.mean(len(t.encode("utf-8")) for t in texts) / 1024
    print(
        f"{len(texts)} inputs, mean {mean_kb:.1f} KB, {mb:.2f} MB; one core, CPU time, "
        f"best of {args.repeat}"
    )
    for name, secs in results.items():
        print(
            f"{name:32s} {len(texts) / secs:8.0f} articles/s {mb / secs:7.2f} MB/s "
            f"{1000 * secs / len(texts):6.2f} ms/article"
        )
    for name in (
        "storyweave clean_document",
        "  without sentence splitting",
        "  line decisions only",
    ):
        ratio = results["jusText (lines as <p>)"] / results[name]
        print(f"throughput ratio to jusText, {name.strip()}: {ratio:.2f}x")
    whole = results["storyweave clean_document"]
    print_stages(texts, args.repeat, whole)
    print()
    print_targets(len(texts) / whole, results["jusText (lines as <p>)"] / whole)


if __name__ == "__main__":
    main()
