"""Quantity extraction alone on the gold fact tables: precision, recall and F1 per table by the
scorer's own matching, without grouping (seconds instead of the whole stage's minutes).

    .venv/bin/python bench/bench_quantity_extraction.py [--shared ../shared] [--misses]
        [--save now.json] [--against before.json] [table ...]

Prints each table whose F1 differs from ``--against`` (a file an earlier run saved), and the
mean over tables and the pooled figures of both. ``--misses`` also prints each missed gold
figure (document, value, unit) and each predicted figure no gold figure matched, with its
sentence: the dump the twentieth quantity pass ranked its error classes from.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from storyweave.facts.evaluate import (
    _doc_name,
    _match_quantities,
    default_gold_dir,
    default_shared_dir,
    load_articles,
)
from storyweave.facts.quantities import extract_quantities
from storyweave.model import Fact

KEYS = ("quantities_gold", "quantities_found", "quantities_predicted", "quantity_f1")


def score(path: Path, shared: Path, misses: bool) -> tuple[str, dict]:
    """One table's figures: extraction of every article, matched as the scorer matches."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    articles = load_articles(gold, path, shared)
    names = {a.id: (_doc_name(a) if "corpus" in gold["source"] else a.id) for a in articles}
    by_doc = {names[a]: a for a in names}
    facts = [Fact(id=f"{a.id}-{i}", kind="quantity", label="", status="single",
                  independent_accounts=1, claims=(m.claim,))
             for a in articles for i, m in enumerate(extract_quantities(a))]
    pairs, scores = _match_quantities(gold["quantities"], facts, by_doc)
    if misses:
        _print_misses(gold, pairs, facts, names, {a.id: a for a in articles})
    return gold["name"], {k: scores[k] for k in KEYS}


def _print_misses(gold: dict, pairs: list, facts: list, names: dict, by_id: dict) -> None:
    matched = {id(g) for g, _ in pairs}
    for g in gold["quantities"]:
        if id(g) not in matched:
            print(f"MISS  {gold['name']} {g['doc']} {g['value']} {g.get('unit')!r}")
    left = Counter((by_id.get(f.claims[0].article) and f.claims[0].article,
                    round(float(g["value"]), 6)) for g, f in pairs)
    for f in facts:
        c = f.claims[0]
        if left[(c.article, round(float(c.value), 6))] > 0:
            left[(c.article, round(float(c.value), 6))] -= 1
            continue
        text = by_id[c.article].text[c.sentence_span[0] : c.sentence_span[1]]
        print(f"FALSE {gold['name']} {names[c.article]} {c.value} {c.unit!r} :: "
              f"{' '.join(text.split())[:160]}")


def summary(label: str, results: dict) -> str:
    f1 = [r["quantity_f1"] for r in results.values() if r["quantity_f1"] is not None]
    n = {k: sum(r[k] for r in results.values()) for k in KEYS[:3]}
    p = n["quantities_found"] / n["quantities_predicted"]
    r = n["quantities_found"] / n["quantities_gold"]
    return (f"{label}: mean F1 {sum(f1) / len(f1):.4f}; pooled P {p:.4f} R {r:.4f} "
            f"F1 {2 * p * r / (p + r):.4f} ({n['quantities_found']} found, "
            f"{n['quantities_predicted']} predicted, {n['quantities_gold']} gold)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tables", nargs="*", help="table names (default: all)")
    parser.add_argument("--shared", type=Path, default=default_shared_dir())
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--save", type=Path)
    parser.add_argument("--against", type=Path)
    args = parser.parse_args()
    gold_dir = default_gold_dir()
    assert gold_dir is not None, "no tests/data/facts folder"
    results = dict(score(p, args.shared, args.misses) for p in sorted(gold_dir.glob("*.json"))
                   if not args.tables or p.stem in args.tables)
    if args.save:
        args.save.write_text(json.dumps(results, indent=0), encoding="utf-8")
    before = json.loads(args.against.read_text(encoding="utf-8")) if args.against else {}
    for name, now in results.items():
        old = before.get(name)
        if old and old["quantity_f1"] != now["quantity_f1"]:
            print(f"{name:14} F1 {old['quantity_f1']:.3f} -> {now['quantity_f1']:.3f}  found "
                  f"{old['quantities_found']} -> {now['quantities_found']}  predicted "
                  f"{old['quantities_predicted']} -> {now['quantities_predicted']}")
    print(summary("now", results))
    if before:
        print(summary("before", {k: v for k, v in before.items() if k in results}))


if __name__ == "__main__":
    main()
