"""What each rule of the cleaner is worth, switched off one at a time (--rules)."""

from __future__ import annotations

import numpy as np
from sklearn.model_selection import GroupKFold

from storyweave.clean.classifier import model_from_dict
from storyweave.clean.decide import decide
from storyweave.clean.evaluate import page_lines

from .estimates import f1
from .fitting import fit
from .rules import RULES, rules_off


def rule_value(pages: list[dict], xs, ys, threshold: float) -> None:
    """Grouped cross-validation with one rule switched off at a time: on how many dev pages
    it changes a decision, the body lines it keeps and the other lines it removes."""
    groups = np.arange(len(xs))
    lines = [page_lines(p) for p in pages]
    folds = [
        (
            test,
            model_from_dict(
                {**fit([xs[i] for i in train], [ys[i] for i in train]), "threshold": threshold}
            ),
        )
        for train, test in GroupKFold(n_splits=5).split(groups, groups=groups)
    ]

    def run() -> list[np.ndarray]:
        preds: list = [None] * len(xs)
        for test, m in folds:
            for i in test:
                preds[i] = decide(lines[i], dedupe=False, model=m).body
        return preds

    base = run()
    print(f"all rules: cross-validated F1 {f1(np.concatenate(base), np.concatenate(ys))[2]:.4f}")
    for name in RULES:
        with rules_off((name,)):
            alt = run()
        pages_changed = sum(bool((a != b).any()) for a, b in zip(base, alt, strict=True))
        kept = sum(
            int(np.sum(b & (y == 1))) - int(np.sum(a & (y == 1)))
            for a, b, y in zip(alt, base, ys, strict=True)
        )
        removed = sum(
            int(np.sum(a & (y == 0))) - int(np.sum(b & (y == 0)))
            for a, b, y in zip(alt, base, ys, strict=True)
        )
        without = f1(np.concatenate(alt), np.concatenate(ys))[2]
        print(
            f"{name:32s} pages {pages_changed:3d}  body lines kept {kept:+5d}  "
            f"other lines removed {removed:+5d}  F1 without it {without:.4f}"
        )


def rule_value_on(pages: list[dict], ys, model) -> None:
    """What each rule is worth on pages the model never saw (the fresh pages, shipped model):
    pages changed, body lines it keeps, other lines it removes, F1 without it."""
    lines = [page_lines(p) for p in pages]

    def run() -> list[np.ndarray]:
        return [decide(x, dedupe=False, model=model).body for x in lines]

    base = run()
    gold = np.concatenate(ys)
    print(f"all rules: F1 {f1(np.concatenate(base), gold)[2]:.4f} on {len(pages)} pages")
    for name in RULES:
        with rules_off((name,)):
            alt = run()
        changed = [p["id"] for p, a, b in zip(pages, alt, base, strict=True) if (a != b).any()]
        kept = sum(int(np.sum((b & ~a) & (y == 1))) - int(np.sum((a & ~b) & (y == 1)))
                   for a, b, y in zip(alt, base, ys, strict=True))  # fmt: skip
        removed = sum(int(np.sum((a & ~b) & (y == 0))) - int(np.sum((b & ~a) & (y == 0)))
                      for a, b, y in zip(alt, base, ys, strict=True))  # fmt: skip
        print(
            f"{name:32s} pages {len(changed):3d}  body lines kept {kept:+5d}  other lines "
            f"removed {removed:+5d}  F1 without it {f1(np.concatenate(alt), gold)[2]:.4f}"
            f"  {' '.join(changed[:6])}"
        )
