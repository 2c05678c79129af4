"""Sentence splitting: storyweave vs raw blingfire vs pysbd (speed, agreement, tricky cases).

    .venv/bin/python bench/bench_sentences.py [--shared ../shared]

Prints sentences/second and MB/s on one core for each splitter on the same news text
(TAC 2011 Wikinews articles, the border-talks articles and the example corpus), how often
each agrees with pysbd on where sentences end (boundary precision/recall/F1), and how many
of the hand-written tricky cases in tests/test_sentences_cases.py each gets exactly right.
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import time
from collections.abc import Callable
from pathlib import Path

import blingfire
import pysbd

from storyweave.ingest import read_inputs
from storyweave.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
Spans = list[tuple[int, int]]


def load_texts(shared: Path) -> list[str]:
    texts = []
    tac = shared / "eval" / "summarization" / "tac2011_en.jsonl"
    for line in tac.read_text(encoding="utf-8").splitlines():
        texts += [d["text"] for d in json.loads(line)["documents"]]
    for path in sorted((shared / "corpus" / "border-talks").glob("*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    for doc in read_inputs([str(REPO / "examples" / "corpus")]):
        texts.append(getattr(doc, "text", None) or "")
    return [t for t in texts if t.strip()]


def _per_line(split_line: Callable[[str], Spans]) -> Callable[[str], Spans]:
    """Run a splitter on each line, so every splitter sees the same units."""

    def split(text: str) -> Spans:
        out, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                out += [(pos + s, pos + e) for s, e in split_line(line)]
            pos += len(line) + 1
        return out

    return split


def _trimmed(text: str, spans) -> Spans:
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def splitters() -> dict[str, Callable[[str], Spans]]:
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    return {
        "storyweave": lambda t: [(s.start, s.end) for s in split_sentences(t)],
        "blingfire": _per_line(
            lambda line: _trimmed(line, blingfire.text_to_sentences_and_offsets(line)[1])
        ),
        "pysbd": _per_line(
            lambda line: _trimmed(line, [(x.start, x.end) for x in seg.segment(line)])
        ),
    }


def speed(split: Callable[[str], Spans], texts: list[str], min_seconds: float = 1.0):
    rounds, n, start = 0, 0, time.perf_counter()
    while True:
        for t in texts:
            n += len(split(t))
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed, rounds * sum(len(t.encode()) for t in texts) / elapsed / 1e6


def agreement(ours: list[Spans], ref: list[Spans]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in zip(ours, ref, strict=True):
        ea, eb = {e for _, e in a}, {e for _, e in b}
        tp, fp, fn = tp + len(ea & eb), fp + len(ea - eb), fn + len(eb - ea)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9)


def tricky_cases() -> list[tuple[str, ...]]:
    path = REPO / "tests" / "test_sentences_cases.py"
    spec = importlib.util.spec_from_file_location("cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    texts = load_texts(args.shared)
    cases = tricky_cases()
    print(
        f"{len(texts)} texts, {sum(len(t) for t in texts) / 1e6:.2f} M characters; "
        f"{len(cases)} tricky cases"
    )
    results = {name: [split(t) for t in texts] for name, split in splitters().items()}
    print(f"{'splitter':<12}{'sent/s':>10}{'MB/s':>8}{'P':>7}{'R':>7}{'F1':>7}{'tricky':>10}")
    for name, split in splitters().items():
        rate, mbs = speed(split, texts, 0.3 if name == "pysbd" else 1.0)
        p, r, f = agreement(results[name], results["pysbd"])
        right = sum(tuple(" ".join(c)[s:e] for s, e in split(" ".join(c))) == c for c in cases)
        print(
            f"{name:<12}{rate:>10.0f}{mbs:>8.2f}{p:>7.3f}{r:>7.3f}{f:>7.3f}{right:>6}/{len(cases)}"
        )
    print("P/R/F1: boundaries (sentence ends) agreeing with pysbd's on the same text.")


if __name__ == "__main__":
    main()
