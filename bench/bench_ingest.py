"""Ingest throughput: a folder of thousands of files, and a large JSON Lines file, streamed.

    .venv/bin/python bench/bench_ingest.py [--files 5000] [--lines 20000]

Prints files/s and MB/s for read_inputs on a generated folder of ~4 KB text files beside a
bare `Path.read_text` loop over the same files (the floor), and articles/s, MB/s and peak
Python memory while streaming a generated .jsonl file, to show that memory stays bounded by
one line rather than the file. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
import tracemalloc
from pathlib import Path

from storyweave.ingest import read_inputs
from storyweave.model import RawDocument
from storyweave.settings import IngestSettings

PARAGRAPH = (
    "The council met on Tuesday to discuss the harbor plan, and residents filled the hall. "
    "Officials said the work would take two years and cost about $12 million. "
)


def make_folder(root: Path, n: int) -> int:
    body = "\n\n".join([PARAGRAPH * 3] * 8)  # about 4 KB
    for i in range(n):
        sub = root / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(f"Article {i}\n\n{body}", encoding="utf-8")
    return n * (len(body) + 12)


def make_jsonl(path: Path, n: int) -> int:
    body = "\n\n".join([PARAGRAPH * 3] * 8)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"title": f"Article {i}", "outlet": "Bench", "text": body}) + "\n")
    return path.stat().st_size


def time_folder(root: Path, size: int) -> None:
    start = time.perf_counter()
    n = sum(isinstance(d, RawDocument) for d in read_inputs([str(root)], IngestSettings()))
    ours = time.perf_counter() - start
    start = time.perf_counter()
    m = sum(1 for p in sorted(root.rglob("*.txt")) if p.read_text(encoding="utf-8"))
    floor = time.perf_counter() - start
    print(f"folder  read_inputs     {n / ours:9.0f} files/s {size / ours / 1e6:7.1f} MB/s")
    print(
        f"folder  Path.read_text  {m / floor:9.0f} files/s {size / floor / 1e6:7.1f} MB/s "
        f"(floor; read_inputs at {floor / ours:.0%} of it)"
    )


def time_jsonl(path: Path, size: int) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    n = sum(isinstance(d, RawDocument) for d in read_inputs([str(path)], IngestSettings()))
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"jsonl   read_inputs     {n / elapsed:9.0f} articles/s {size / elapsed / 1e6:7.1f} MB/s; "
        f"file {size / 1e6:.0f} MB, peak Python memory {peak / 1e6:.1f} MB"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--lines", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "pile"
        root.mkdir()
        size = make_folder(root, args.files)
        time_folder(root, size)
        jsonl = Path(tmp) / "feed.jsonl"
        time_jsonl(jsonl, make_jsonl(jsonl, args.lines))


if __name__ == "__main__":
    main()
