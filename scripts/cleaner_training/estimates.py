"""Scoring, and the site-grouped CV estimates (a), (b4), (b) of the whole cleaner (--estimate)."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import GroupKFold

from storyweave.clean.classifier import model_from_dict
from storyweave.clean.decide import decide
from storyweave.clean.evaluate import page_lines

from .fitting import fit
from .pages import site
from .rules import DEV_SPECIFIC, DEV_SPECIFIC_AND_LISTS, rules_off

# the estimate setups: the rules switched off for each
ESTIMATES = {
    "(a) whole cleaner": (),
    "(b4) dev-specific rules off": DEV_SPECIFIC,
    "(b) ... and end-of-body lists off": DEV_SPECIFIC_AND_LISTS,
}


def f1(pred: np.ndarray, gold: np.ndarray) -> tuple[float, float, float]:
    """Precision, recall and F1 of the body lines."""
    tp = float(np.sum(pred & (gold == 1)))
    p = tp / max(float(pred.sum()), 1.0)
    r = tp / max(float((gold == 1).sum()), 1.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _scores(preds: list, ys: list, idx) -> str:
    """The pooled P, R, F1 of the pages ``idx`` and their page-mean F1, as printed."""
    idx = list(idx)
    p, r, f = f1(np.concatenate([preds[i] for i in idx]), np.concatenate([ys[i] for i in idx]))
    page_f = [f1(preds[i], ys[i])[2] for i in idx]
    return f"P {p:.3f} R {r:.3f} F1 {f:.4f} (page mean {np.mean(page_f):.3f})"


def _predict(model, lines: list, idx, setups: dict, preds: dict) -> None:
    """The body mask of each page ``idx`` under each setup (its rules off), into preds."""
    for name, off in setups.items():
        with rules_off(off):
            for i in idx:
                preds[name][i] = decide(lines[i], dedupe=False, model=model).body


def estimate(pages: list[dict], xs, ys, threshold: float, folds: int = 5) -> None:
    """Cross-validation grouped by SITE (one site never in training and validation both):
    (a) the whole cleaner, (b) with the dev-specific rules off (the figure that predicted
    the test split), with and without the end-of-body list rule."""
    groups = np.array([site(p) for p in pages])
    lines = [page_lines(p) for p in pages]
    setups = {
        "(a) whole cleaner": (),
        "(b) dev-specific rules off": DEV_SPECIFIC,
        "(b) ... and end-of-body lists off": DEV_SPECIFIC_AND_LISTS,
    }
    preds: dict[str, list] = {name: [None] * len(xs) for name in setups}
    cv = GroupKFold(n_splits=folds).split(groups, groups=groups)
    for train, test in cv:
        fitted = fit([xs[i] for i in train], [ys[i] for i in train], threshold)
        _predict(model_from_dict(fitted), lines, test, setups, preds)
    gold = np.concatenate(ys)
    print(f"{len(set(groups))} sites, {folds} folds grouped by site, threshold {threshold:.2f}")
    for name, found in preds.items():
        p, r, f = f1(np.concatenate(found), gold)
        print(f"cv by site, {name:36s} P {p:.3f} R {r:.3f} F1 {f:.4f}")
