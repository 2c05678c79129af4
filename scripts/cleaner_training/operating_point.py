"""The operating point (threshold, temperature) for unseen sites: its grid and choice."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import GroupKFold

from storyweave.clean.classifier import model_from_dict
from storyweave.clean.evaluate import page_lines

from .estimates import ESTIMATES, _predict, _scores, f1
from .fitting import assemble, fit_networks, shipped_dict
from .pages import by_source, site

# the operating points tried (--operating-point): decision threshold x temperature (the
# smoothing reads P(body)'s log-odds divided by it); the seed sets each is judged over
GRID_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)
GRID_TEMPERATURES = (1.0, 1.25, 1.5, 2.0)
SEED_SETS = ((7, 1, 2), (3, 4, 5), (6, 8, 9))
BASE_POINT = (0.5, 1.0)
A_SLACK = 0.003  # the most estimate (a) may fall at a chosen point, in any seed set


def site_fold_predictions(pages, xs, ys, points, seeds, folds: int = 5) -> dict:
    """Site-grouped CV of the whole cleaner with one seed set: per operating point and
    estimate setup, each page's predicted body mask (each fold's networks fitted once)."""
    groups = np.array([site(p) for p in pages])
    lines = [page_lines(p) for p in pages]
    preds = {pt: {name: [None] * len(xs) for name in ESTIMATES} for pt in points}
    for train, test in GroupKFold(n_splits=folds).split(groups, groups=groups):
        common, nets = fit_networks([xs[i] for i in train], [ys[i] for i in train], seeds)
        fitted = assemble(common, [nets[s] for s in seeds], 0.5)  # fitting.fit with these seeds
        for (t, temp), found in preds.items():
            model = model_from_dict({**fitted, "threshold": t, "temperature": temp})
            _predict(model, lines, test, ESTIMATES, found)
    return preds


def _point_figures(found: dict, ys, base: dict) -> dict:
    """One grid row: (a), (b4), (b) line F1, page-mean F1 of (a) and (b), and the pages whose
    (b) errors fall / rise against the base point."""
    a, b4, b = (f1(np.concatenate(found[name]), np.concatenate(ys))[2] for name in ESTIMATES)
    mean_a, mean_b = (np.mean([f1(p, y)[2] for p, y in zip(found[n], ys, strict=True)])
                      for n in (list(ESTIMATES)[0], list(ESTIMATES)[-1]))  # fmt: skip
    last = list(ESTIMATES)[-1]
    err = [int(np.sum(p != (y == 1))) for p, y in zip(found[last], ys, strict=True)]
    err0 = [int(np.sum(p != (y == 1))) for p, y in zip(base[last], ys, strict=True)]
    better = sum(e < e0 for e, e0 in zip(err, err0, strict=True))
    worse = sum(e > e0 for e, e0 in zip(err, err0, strict=True))
    return {"a": a, "b4": b4, "b": b, "mean_a": float(mean_a), "mean_b": float(mean_b),
            "better": better, "worse": worse}  # fmt: skip


def _point_row(r: dict) -> str:
    return (f"(a) {r['a']:.4f} (b4) {r['b4']:.4f} (b) {r['b']:.4f}  page mean (a) "
            f"{r['mean_a']:.4f} (b) {r['mean_b']:.4f}  (b) pages better/worse "
            f"{r['better']}/{r['worse']}")  # fmt: skip


def choose_point(rows: dict) -> tuple[float, float]:
    """The operating point for unseen sites from the grid (rows[seeds][point] figures): of
    the points where, in EVERY seed set, (b4) and (b) rise over the base point, (a) falls by
    at most A_SLACK and neither page-mean F1 falls, the one with the highest mean (b); the
    base point when none qualifies. (The fresh pages are checked apart, by a person.)"""

    def ok(pt) -> bool:
        return all(
            r[pt]["b4"] > r[BASE_POINT]["b4"] and r[pt]["b"] > r[BASE_POINT]["b"]
            and r[pt]["a"] >= r[BASE_POINT]["a"] - A_SLACK
            and r[pt]["mean_a"] >= r[BASE_POINT]["mean_a"]
            and r[pt]["mean_b"] >= r[BASE_POINT]["mean_b"]
            for r in rows.values()
        )  # fmt: skip

    points = [pt for pt in next(iter(rows.values())) if pt != BASE_POINT and ok(pt)]
    return max(points, key=lambda pt: np.mean([r[pt]["b"] for r in rows.values()]),
               default=BASE_POINT)  # fmt: skip


def operating_points(pages, xs, ys, n_dev: int, points=None) -> tuple[float, float]:
    """The operating point (threshold, temperature) judged for sites the model has not seen:
    the site-grouped CV of the whole cleaner over each seed set of SEED_SETS, one grid row a
    point, and the point choose_point() takes; then, with extra pages, the shipped networks
    at each point on those pages (totals and per source)."""
    points = points or [(t, temp) for temp in GRID_TEMPERATURES for t in GRID_THRESHOLDS]
    points = [BASE_POINT, *(pt for pt in points if pt != BASE_POINT)]
    rows: dict = {}
    for seeds in SEED_SETS:
        preds = site_fold_predictions(pages[:n_dev], xs[:n_dev], ys[:n_dev], points, seeds)
        rows[seeds] = {pt: _point_figures(preds[pt], ys[:n_dev], preds[BASE_POINT])
                       for pt in points}  # fmt: skip
        name = ",".join(map(str, seeds))
        for pt in points:
            row = _point_row(rows[seeds][pt])
            print(f"seeds {name} threshold {pt[0]:.2f} temperature {pt[1]:.2f}  {row}", flush=True)
    chosen = choose_point(rows)
    print(f"chosen threshold {chosen[0]:.2f} temperature {chosen[1]:.2f}", flush=True)
    if n_dev < len(pages):
        _points_on_extra(pages, ys, n_dev, points)
    return chosen


def _points_on_extra(pages, ys, n_dev: int, points) -> None:
    """The shipped networks at each operating point on the extra pages (per source, all)."""
    shipped, extra = shipped_dict(), range(n_dev, len(pages))
    lines = [page_lines(p) for p in pages]
    sources = by_source(pages, extra)
    for t, temp in points:
        model = model_from_dict({**shipped, "threshold": t, "temperature": temp})
        found = {name: [None] * len(pages) for name in ESTIMATES}
        _predict(model, lines, extra, {"(a) whole cleaner": ()}, found)
        for source, idx in [*sorted(sources.items()), ("all extra pages", list(extra))]:
            score = _scores(found["(a) whole cleaner"], ys, idx)
            print(f"extra pages, shipped networks, threshold {t:.2f} temperature {temp:.2f} "
                  f"{source:26s} {score}")  # fmt: skip
