"""How much of each evaluation's test split people have read while developing storyweave.

    .venv/bin/python scripts/eval_exposure.py [--shared ../shared] [--json FILE]

Two of the shared evaluations have a test split that must not be tuned on (their SOURCE.md
says which): the cleaning pages (ids starting 8-f) and ECB+ (topics 23-45, for clustering and
provenance). The facts work writes its own gold tables from the same texts and reads piles of
them as a user would, so the texts of those test splits get read for another purpose. This
script joins the gold tables' own sources (tests/data/facts*/) with the reading passes kept in
tests/data/exposure.json and prints, for each test split, how many of its items have been
read and by what. A figure on a test split is blind only for code no one changed after
reading it; docs/evaluation.md says which figures that leaves blind.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD_SETS = ("facts", "facts_quotes", "facts_web")
CLEANING_TEST = "89abcdef"  # first hex digit of a test page's id (eval/cleaning/SOURCE.md)
ECB_TEST = range(23, 46)  # topics of the test split (eval/clustering/SOURCE.md)


def cleaning_test(page_id: str) -> bool:
    return page_id[:1].lower() in CLEANING_TEST


def ecb_topic(cluster: str) -> int:
    """'30_ecb' / '30_ecbplus' -> 30."""
    return int(cluster.split("_", 1)[0])


def gold_sources(data: Path) -> dict[str, dict[str, set]]:
    """Per gold set, the cleaning page ids (first eight characters) and ECB+ topics its
    tables are written from."""
    out: dict[str, dict[str, set]] = {}
    for name in GOLD_SETS:
        seen: dict[str, set] = {"cleaning_pages": set(), "ecbplus_topics": set()}
        for path in sorted((data / name).glob("*.json")):
            source = json.loads(path.read_text(encoding="utf-8")).get("source", {})
            seen["cleaning_pages"].update(p[:8] for p in source.get("pages", []))
            if "cluster" in source:
                seen["ecbplus_topics"].add(ecb_topic(source["cluster"]))
        out[name] = seen
    return out


def reading_passes(path: Path) -> dict[str, dict[str, set]]:
    """Per reading pass ('session 14: ...'), the cleaning pages and ECB+ topics it read."""
    out: dict[str, dict[str, set]] = {}
    for rec in json.loads(path.read_text(encoding="utf-8"))["passes"]:
        label = f"session {rec['session']}: {rec['what']}"
        out[label] = {"cleaning_pages": {p[:8] for p in rec.get("cleaning_pages", [])},
                      "ecbplus_topics": set(rec.get("ecbplus_topics", []))}
    return out


def exposure(test_items: Iterable, readers: dict[str, dict[str, set]], key: str) -> dict:
    """How many of a test split's items each reader read, and all readers together."""
    test = set(test_items)
    rows = {label: len(seen[key] & test) for label, seen in readers.items()}
    union = set().union(*(seen[key] for seen in readers.values())) & test if readers else set()
    return {"test_items": len(test), "read_by": rows, "read_at_all": len(union),
            "never_read": sorted(test - union)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("STORYWEAVE_SHARED", REPO.parent / "shared"))
    parser.add_argument("--shared", type=Path, default=default)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    pages_file = args.shared / "eval" / "cleaning" / "pages.jsonl"
    with pages_file.open(encoding="utf-8") as f:
        pages = [json.loads(line)["id"][:8] for line in f if line.strip()]
    tables = gold_sources(REPO / "tests" / "data")
    readers = {f"gold tables tests/data/{k}": v for k, v in tables.items()}
    readers.update(reading_passes(REPO / "tests" / "data" / "exposure.json"))
    result = {
        "cleaning test split (pages)": exposure(
            (p for p in pages if cleaning_test(p)), readers, "cleaning_pages"),
        "ECB+ test split (topics 23-45)": exposure(ECB_TEST, readers, "ecbplus_topics"),
    }
    for split, row in result.items():
        print(f"{split}: {row['test_items']} in all, {row['read_at_all']} read at all")
        for label, n in row["read_by"].items():
            if n:
                print(f"  {n:4d}  {label}")
        print(f"  never read: {len(row['never_read'])}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
