"""Extra labelled pages (e.g. the fresh pages): trained on beside dev, scored (--extra-pages)."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import GroupKFold

from storyweave.clean.classifier import model_from_dict
from storyweave.clean.evaluate import page_lines

from . import fitting
from .estimates import ESTIMATES, _predict, _scores
from .fitting import fit, page_weights
from .pages import by_source, site


def estimate_with_extra(pages, xs, ys, n_dev: int, threshold: float, folds: int = 5) -> None:
    """Site-grouped CV over dev + fresh pages, each fold trained twice on the same held-in
    pages: on its dev pages only, and on its dev and fresh pages; scored on the held-out dev
    pages and the held-out fresh pages apart (one split, so the two trainings compare)."""
    groups = np.array([site(p) for p in pages])
    lines = [page_lines(p) for p in pages]
    runs = {"dev only": lambda i: i < n_dev, "dev + fresh": lambda i: True}
    preds = {run: {name: [None] * len(xs) for name in ESTIMATES} for run in runs}
    for train, test in GroupKFold(n_splits=folds).split(groups, groups=groups):
        for run, keep in runs.items():
            chosen = [i for i in train if keep(i)]
            w = page_weights(chosen, n_dev)
            fitted = fit([xs[i] for i in chosen], [ys[i] for i in chosen], threshold, w)
            _predict(model_from_dict(fitted), lines, test, ESTIMATES, preds[run])
    print(f"{len(set(groups))} sites, {folds} folds grouped by site, threshold {threshold:.2f}")
    for run in runs:
        for name in ESTIMATES:
            found = preds[run][name]
            print(f"cv by site, trained on {run:11s} {name:34s}")
            print(f"    dev pages   {_scores(found, ys, range(n_dev))}")
            print(f"    fresh pages {_scores(found, ys, range(n_dev, len(xs)))}")
    _page_changes(pages, ys, preds["dev only"]["(a) whole cleaner"],
                  preds["dev + fresh"]["(a) whole cleaner"])  # fmt: skip


def _page_changes(pages, ys, before: list, after: list, top: int = 8) -> None:
    """The pages whose line errors change most between two runs (more errors first)."""
    errors = [
        (int(np.sum(b != (y == 1))) - int(np.sum(a != (y == 1))), p["id"])
        for p, a, b, y in zip(pages, before, after, ys, strict=True)
    ]
    worse = sorted(e for e in errors if e[0] > 0)[::-1][:top]
    better = sorted(e for e in errors if e[0] < 0)[:top]
    print(f"pages worse with fresh: {sum(e[0] > 0 for e in errors)}, better: "
          f"{sum(e[0] < 0 for e in errors)}")  # fmt: skip
    print("  most worse (+errors): " + " ".join(f"{i} {d:+d}" for d, i in worse))
    print("  most better (-errors): " + " ".join(f"{i} {d:+d}" for d, i in better))


def score_on_extra(pages, xs, ys, n_dev: int, threshold: float) -> None:
    """Trained on dev alone (ALPHA, SEEDS as set), scored on the extra pages: per source and
    all together (the pages are unseen by the model: a blind figure for a model choice)."""
    lines = [page_lines(p) for p in pages]
    model = model_from_dict(fit(xs[:n_dev], ys[:n_dev], threshold))
    extra = range(n_dev, len(pages))
    preds = {name: [None] * len(xs) for name in ESTIMATES}
    _predict(model, lines, extra, ESTIMATES, preds)
    groups = by_source(pages, extra)
    print(f"trained on dev, alpha {fitting.ALPHA}, seeds {fitting.SEEDS}, "
          f"threshold {threshold:.2f}")  # fmt: skip
    for name in ESTIMATES:
        for source, idx in [*groups.items(), ("all extra pages", list(extra))]:
            print(f"{name:34s} {source:28s} {_scores(preds[name], ys, idx)}")


def held_out_sources(pages, xs, ys, n_dev: int, threshold: float) -> None:
    """Each fresh source in turn held out: trained on dev alone, and on dev plus the other
    fresh sources; scored on the held-out source (whole cleaner and estimate setups)."""
    lines = [page_lines(p) for p in pages]
    sources = sorted({pages[i].get("source", "?") for i in range(n_dev, len(pages))})
    dev_model = model_from_dict(fit(xs[:n_dev], ys[:n_dev], threshold))
    for source in sources:
        test = [i for i in range(n_dev, len(pages)) if pages[i].get("source") == source]
        train = [i for i in range(len(pages)) if i not in set(test)]
        fitted = fit([xs[i] for i in train], [ys[i] for i in train], threshold,
                     page_weights(train, n_dev))  # fmt: skip
        both = model_from_dict(fitted)
        for run, model in (("dev only", dev_model), ("dev + other fresh", both)):
            preds = {name: [None] * len(xs) for name in ESTIMATES}
            _predict(model, lines, test, ESTIMATES, preds)
            for name in ESTIMATES:
                print(f"held out {source}: trained on {run:17s} {name:34s}")
                print(f"    {_scores(preds[name], ys, test)}")
