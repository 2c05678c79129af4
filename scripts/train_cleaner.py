"""Train the cleaner's line classifier on the DEVELOPMENT split only; write the shipped weights.

    .venv/bin/python scripts/train_cleaner.py [PAGES.jsonl] [--threshold T] [--out PATH]
    .venv/bin/python scripts/train_cleaner.py --rules     # what each rule is worth (no write)
    .venv/bin/python scripts/train_cleaner.py --estimate  # site-grouped CV estimates (no write)
    .venv/bin/python scripts/train_cleaner.py --extra-pages FRESH.jsonl --estimate  # dev + fresh
    .venv/bin/python scripts/train_cleaner.py --extra-pages FRESH.jsonl --held-out-source

Reads the cleaning evaluation pages (ids starting 0-7 only: the development split; the
test split is never read), computes the same line features the cleaner uses, fits
small MLPs (scikit-learn; three seeds, their probabilities averaged at run time),
estimates the body/boilerplate transition probabilities for the smoothing pass,
picks the operating point (the decision threshold, and the temperature that divides
P(body)'s log-odds before the smoothing) by cross-validation of the whole cleaner (model,
smoothing, rules) on the development pages grouped by SITE, over three seed sets (the
deployment condition is sites the model has not seen), and writes plain JSON weights (no
pickle) that the library runs with numpy alone. It prints the grid it chose from.

    .venv/bin/python scripts/train_cleaner.py --operating-point [--extra-pages FRESH.jsonl]
    .venv/bin/python scripts/train_cleaner.py --ensembles "7,1,2;7,1,2,3,4,5" [--points ..]
    .venv/bin/python scripts/train_cleaner.py --learning-curve [--fractions .25,.5,1 --draws 5]

--learning-curve: the site-grouped 5-fold CV of the whole cleaner (the shipped seeds,
threshold and temperature) with each fold trained on a random share of its held-in sites
(several draws of each share below 1, fixed seeds); per share the mean training pages and
estimates (a), (b4), (b) with their spread over the draws, then a saturating fit
F1(n) = c - b n^-k of (a) and (b) against training pages: the ceiling c and the pages at
which each would reach 0.90 ("never" when c is below). Dev pages only; writes nothing.

This file is the command line; the code of each mode lives in scripts/cleaner_training/.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))  # cleaner_training, also when loaded by path

from cleaner_training import fitting  # noqa: E402
from cleaner_training.ensembles import compare_ensembles  # noqa: E402
from cleaner_training.estimates import estimate  # noqa: E402
from cleaner_training.extra_pages import (  # noqa: E402
    estimate_with_extra,
    held_out_sources,
    score_on_extra,
)
from cleaner_training.learning_curve import (  # noqa: E402
    CURVE_DRAWS,
    CURVE_FRACTIONS,
    learning_curve,
)
from cleaner_training.operating_point import operating_points  # noqa: E402
from cleaner_training.pages import dataset, load_training_pages  # noqa: E402
from cleaner_training.rule_value import rule_value, rule_value_on  # noqa: E402

from storyweave.clean.classifier import MODEL_FILE, load_model  # noqa: E402


def parser() -> argparse.ArgumentParser:
    """The script's options (its modes, each ending in 'stop', print and write nothing)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "pages", nargs="?", default=str(REPO.parent / "shared/eval/cleaning/pages.jsonl")
    )
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="decision threshold (default: chosen by grouped cross-validation)",
    )
    ap.add_argument(
        "--temperature",
        type=float,
        default=None,
        help="the smoothing's log-odds divisor (default: chosen with the threshold)",
    )
    ap.add_argument("--out", default=str(REPO / "src/storyweave/data" / MODEL_FILE))
    ap.add_argument("--rules", action="store_true", help="print what each rule is worth, stop")
    ap.add_argument(
        "--estimate", action="store_true", help="print the site-grouped CV estimates, stop"
    )
    ap.add_argument(
        "--extra-pages",
        help="more labelled pages to train on (e.g. the fresh pages of "
        "scripts/build_fresh_cleaning_pages.py); every page of the file is used",
    )
    ap.add_argument(
        "--held-out-source",
        action="store_true",
        help="with --extra-pages: hold out each source of the extra pages in turn, stop",
    )
    ap.add_argument(
        "--on-extra",
        action="store_true",
        help="with --extra-pages: train on dev alone and score the extra pages, stop",
    )
    ap.add_argument(
        "--operating-point",
        action="store_true",
        help="print the site-grouped CV of each threshold x temperature over the seed sets "
        "(and the extra pages at each with the shipped networks), stop",
    )
    ap.add_argument(
        "--points", default="", help="with --operating-point: t:temp,t:temp,... (default: grid)"
    )
    ap.add_argument(
        "--ensembles",
        default="",
        help="seed sets, e.g. 7,1,2;3,4,5;7,1,2,3,4,5: the site-grouped CV of each ensemble "
        "at the shipped point (or --points), larger sets against smaller, stop",
    )
    ap.add_argument(
        "--learning-curve",
        action="store_true",
        help="the site-grouped CV (shipped seeds and point) trained on shares of each fold's "
        "held-in sites, and a saturating fit of (a) and (b) against training pages: the "
        "ceiling and the pages at which each reaches 0.90 (dev only), stop",
    )
    ap.add_argument(
        "--fractions",
        default=",".join(map(str, CURVE_FRACTIONS)),
        help="with --learning-curve: the shares of held-in sites trained on",
    )
    ap.add_argument(
        "--draws",
        type=int,
        default=CURVE_DRAWS,
        help="with --learning-curve: random site subsets per share below 1",
    )
    ap.add_argument("--alpha", type=float, default=fitting.ALPHA, help="L2 penalty of the networks")
    ap.add_argument("--seeds", default=",".join(map(str, fitting.SEEDS)), help="one network a seed")
    ap.add_argument(
        "--extra-weight", type=float, default=1.0, help="loss weight of extra pages' lines"
    )
    ap.add_argument(
        "--extra-sources", default="", help="comma-separated: keep extra pages of these sources"
    )
    return ap


def main() -> None:
    args = parser().parse_args()
    fitting.EXTRA_WEIGHT, fitting.ALPHA = args.extra_weight, args.alpha
    fitting.SEEDS = tuple(int(s) for s in args.seeds.split(","))
    pages, n_dev = load_training_pages(args.pages, args.extra_pages, args.extra_sources)
    xs, ys = dataset(pages)
    print(f"{n_dev} development pages, {sum(len(y) for y in ys[:n_dev])} lines")
    if not research(args, pages, xs, ys, n_dev):
        train(args, pages, xs, ys, n_dev)


def _points(text: str) -> list[tuple[float, ...]]:
    return [tuple(map(float, p.split(":"))) for p in text.split(",") if p]


def research(args, pages, xs, ys, n_dev: int) -> bool:
    """Run the research mode the options name (it prints, writes nothing); False when none."""
    if args.ensembles:
        sets = [tuple(int(x) for x in ss.split(",")) for ss in args.ensembles.split(";") if ss]
        shipped = load_model()
        points = _points(args.points) or [(shipped.threshold, shipped.temperature)]
        compare_ensembles(pages, xs, ys, n_dev, sets, points)
        return True
    if args.learning_curve:
        shipped = load_model()
        point = (args.threshold or shipped.threshold, args.temperature or shipped.temperature)
        fractions = tuple(float(f) for f in args.fractions.split(",") if f)
        learning_curve(pages[:n_dev], xs[:n_dev], ys[:n_dev], point, fractions, args.draws)
        return True
    if args.operating_point:
        operating_points(pages, xs, ys, n_dev, _points(args.points) or None)
        return True
    if args.extra_pages:
        print(f"{len(pages) - n_dev} extra pages, {sum(len(y) for y in ys[n_dev:])} lines")
        if args.rules:
            rule_value_on(pages[n_dev:], ys[n_dev:], load_model())
            return True
        if args.on_extra:
            score_on_extra(pages, xs, ys, n_dev, args.threshold or load_model().threshold)
            return True
        if args.held_out_source or args.estimate:
            run = held_out_sources if args.held_out_source else estimate_with_extra
            run(pages, xs, ys, n_dev, args.threshold or load_model().threshold)
            return True
    if args.rules:
        rule_value(pages, xs, ys, args.threshold or load_model().threshold)
        return True
    if args.estimate:
        estimate(pages, xs, ys, args.threshold or load_model().threshold)
        return True
    return False


def train(args, pages, xs, ys, n_dev: int) -> None:
    """Fit on every page at the operating point (chosen on dev unless both are given) and
    write the model JSON to --out."""
    if args.threshold is None or args.temperature is None:
        threshold, temperature = operating_points(pages[:n_dev], xs[:n_dev], ys[:n_dev], n_dev)
    threshold = threshold if args.threshold is None else args.threshold
    temperature = temperature if args.temperature is None else args.temperature
    weights = fitting.page_weights(range(len(xs)), n_dev)
    model = fitting.fit(xs, ys, threshold, weights, temperature)
    Path(args.out).write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
