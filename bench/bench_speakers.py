"""Quote speakers on unseen topics, estimated without blind data; prints figures.

    .venv/bin/python bench/bench_speakers.py [--shared ../shared]

For each gold table that was once scored blind, the code of the commit that scored it stands
for "the patterns on a topic nobody had read" (extracted with `git archive`, run in a
subprocess). Printed, per table and over all four: the accuracy of those blind-run patterns,
of the dependency parse alone (this checkout), of the blind-run patterns with the parse behind
them, and of the parse first with the blind-run patterns behind it (this checkout's order),
and how often the parse and the blind-run patterns disagree and who is right.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BLIND_RUNS = {"tac_m002.json": "fab7130", "tac_m006.json": "40aba40",
              "tac_m004.json": "ea48da9", "tac_m001.json": "3c198d5"}

DUMP = r"""
import json, sys
from pathlib import Path
from storyweave.facts.crosscheck import extract_mentions
from storyweave.facts.evaluate import load_articles
from storyweave.facts.text import fold
from storyweave.settings import FactSettings
path, shared, parse_only = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] == "1"
if parse_only:  # the parse's reading alone: no patterns behind it
    import storyweave.facts.quotes as q
    q._combine = lambda found, *rest: (q._clean(found.antecedent or found.who)
                                       if found is not None else None)
gold = json.loads(path.read_text())
articles = load_articles(gold, path, shared)
mentions = extract_mentions(articles, FactSettings(embeddings=False))
quotes = [m for a in articles for m in mentions[a.id] if m.kind == "quote"]
out = []
for g in gold["quotes"]:
    hit = next((m for m in quotes if m.article == g["doc"]
                and fold(str(m.claim.value)).startswith(fold(g["starts"]))), None)
    out.append(None if hit is None else [hit.claim.speaker])
print(json.dumps(out))
"""


def speakers(src: Path, table: Path, shared: Path, parse_only: bool) -> list:
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", DUMP, str(table), str(shared),
                           "1" if parse_only else "0"], env=env, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    from storyweave.facts.evaluate import same_speaker

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(os.environ.get("STORYWEAVE_SHARED", REPO.parent / "shared"))
    parser.add_argument("--shared", type=Path, default=default)
    args = parser.parse_args()
    names = ("blind patterns", "parse alone", "patterns, then parse", "parse, then patterns")
    total = dict.fromkeys(names, 0)
    n_all, agree = 0, [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in BLIND_RUNS.items():
            old = Path(tmp) / commit
            old.mkdir()
            archive = subprocess.run(["git", "-C", str(REPO), "archive", commit, "src"],
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
            table = REPO / "tests/data/facts" / name
            gold = [g["speaker"] for g in json.loads(table.read_text())["quotes"]]
            blind = speakers(old / "src", table, args.shared, False)
            parse = speakers(REPO / "src", table, args.shared, True)
            right = dict.fromkeys(names, 0)
            n = 0
            for g, b, p in zip(gold, blind, parse, strict=True):
                if b is None or p is None:
                    continue  # a quote either version does not find
                b, p, n = b[0], p[0], n + 1
                for key, said in zip(names, (b, p, b or p, p or b), strict=True):
                    right[key] += same_speaker(g, said)
                if b and p and not same_speaker(b, p):
                    agree[0 if same_speaker(g, p) else 1 if same_speaker(g, b) else 2] += 1
            print(f"{name:14s} ({commit}, {n} quotes): " + ", ".join(
                f"{key} {right[key] / n:.3f}" for key in names))
            for key in names:
                total[key] += right[key]
            n_all += n
    print(f"{'all four':14s} ({n_all} quotes): " + ", ".join(
        f"{key} {total[key] / n_all:.3f}" for key in names))
    print(f"parse and blind patterns disagree on {sum(agree)} quotes: the parse right "
          f"{agree[0]}, the patterns right {agree[1]}, both wrong {agree[2]}")


if __name__ == "__main__":
    main()
