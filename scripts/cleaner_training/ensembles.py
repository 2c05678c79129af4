"""Ensembles of several seed sets compared by the site-grouped CV (--ensembles)."""

from __future__ import annotations

import sys

import numpy as np
from sklearn.model_selection import GroupKFold

from storyweave.clean.classifier import model_from_dict
from storyweave.clean.evaluate import page_lines

from .estimates import ESTIMATES, _predict, _scores
from .fitting import assemble, fit_networks
from .operating_point import _point_figures, _point_row
from .pages import by_source, site


def ensemble_predictions(pages, xs, ys, seed_sets, points, folds: int = 5) -> dict:
    """Site-grouped CV of the whole cleaner for several ensembles at once: each fold's
    networks are fitted once per distinct seed and shared by every set naming it (the
    networks of a seed are the same in any set); preds[seeds][point][setup] per page."""
    groups = np.array([site(p) for p in pages])
    lines = [page_lines(p) for p in pages]
    seeds = tuple(dict.fromkeys(s for ss in seed_sets for s in ss))
    preds = {ss: {pt: {n: [None] * len(xs) for n in ESTIMATES} for pt in points}
             for ss in seed_sets}  # fmt: skip
    for k, (train, test) in enumerate(GroupKFold(n_splits=folds).split(groups, groups=groups)):
        common, nets = fit_networks([xs[i] for i in train], [ys[i] for i in train], seeds)
        for ss in seed_sets:
            for t, temp in points:
                fitted = assemble(common, [nets[s] for s in ss], t, temp)
                _predict(model_from_dict(fitted), lines, test, ESTIMATES, preds[ss][(t, temp)])
        print(f"fold {k + 1}/{folds} done", file=sys.stderr, flush=True)
    return preds


def _better_worse(after: list, before: list, ys) -> tuple[int, int]:
    """Pages with fewer / more line errors in ``after`` than in ``before``."""
    e1 = [int(np.sum(p != (y == 1))) for p, y in zip(after, ys, strict=True)]
    e0 = [int(np.sum(p != (y == 1))) for p, y in zip(before, ys, strict=True)]
    return sum(a < b for a, b in zip(e1, e0, strict=True)), sum(
        a > b for a, b in zip(e1, e0, strict=True)
    )


def compare_ensembles(pages, xs, ys, n_dev: int, seed_sets, points) -> None:
    """Ensembles of several seed sets (e.g. three networks against six) at the given
    operating points: the site-grouped CV figures of each ((a), (b4), (b), page means), the
    pages better / worse of each larger set against each smaller one, in (a) and in (b);
    with extra pages, each set trained on dev alone and scored on them (per source, all)."""
    preds = ensemble_predictions(pages[:n_dev], xs[:n_dev], ys[:n_dev], seed_sets, points)
    a, b = list(ESTIMATES)[0], list(ESTIMATES)[-1]
    for pt in points:
        for ss in seed_sets:
            row = _point_row(_point_figures(preds[ss][pt], ys[:n_dev], preds[ss][pt]))
            row = row.rsplit("  (b) pages", 1)[0]
            print(f"point {pt[0]:.2f}/{pt[1]:.2f} seeds {','.join(map(str, ss)):18s} {row}")
        for big in seed_sets:
            for small in (s for s in seed_sets if len(s) < len(big)):
                ba = _better_worse(preds[big][pt][a], preds[small][pt][a], ys[:n_dev])
                bb = _better_worse(preds[big][pt][b], preds[small][pt][b], ys[:n_dev])
                print(f"point {pt[0]:.2f}/{pt[1]:.2f} {','.join(map(str, big))} against "
                      f"{','.join(map(str, small))}: pages better/worse (a) {ba[0]}/{ba[1]} "
                      f"(b) {bb[0]}/{bb[1]}")  # fmt: skip
    if n_dev < len(pages):
        _ensembles_on_extra(pages, xs, ys, n_dev, seed_sets, points)


def _ensembles_on_extra(pages, xs, ys, n_dev: int, seed_sets, points) -> None:
    """Each seed set trained on dev alone, scored on the extra pages (totals, per source)."""
    seeds = tuple(dict.fromkeys(s for ss in seed_sets for s in ss))
    common, nets = fit_networks(xs[:n_dev], ys[:n_dev], seeds)
    lines, extra = [page_lines(p) for p in pages], range(n_dev, len(pages))
    sources = by_source(pages, extra)
    for pt in points:
        for ss in seed_sets:
            model = model_from_dict(assemble(common, [nets[s] for s in ss], *pt))
            found = {name: [None] * len(pages) for name in ESTIMATES}
            _predict(model, lines, extra, {a: () for a in list(ESTIMATES)[:1]}, found)
            for source, idx in [*sorted(sources.items()), ("all extra pages", list(extra))]:
                score = _scores(found[list(ESTIMATES)[0]], ys, idx)
                print(f"extra, point {pt[0]:.2f}/{pt[1]:.2f} seeds "
                      f"{','.join(map(str, ss)):18s} {source:26s} {score}")  # fmt: skip
