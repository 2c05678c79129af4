"""The line networks: fitted on training pages (scikit-learn), assembled into the model JSON."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
from sklearn.neural_network import MLPClassifier

from storyweave.clean.classifier import MODEL_FILE

# The run's knobs: train_cleaner.py sets ALPHA, SEEDS and EXTRA_WEIGHT from its options;
# other modules read them as fitting.SEEDS etc. when they run (never import the values).
HIDDEN = (32, 16)
ALPHA = 0.3  # L2, chosen by the grouped cross-validation of the whole cleaner (0.1-3 tried)
SEEDS = (7, 1, 2)  # one network per seed, their probabilities averaged (less variance)
EXTRA_WEIGHT = 1.0  # the loss weight of an extra page's lines (--extra-weight)


def fit(
    xs: list[np.ndarray],
    ys: list[np.ndarray],
    threshold: float = 0.5,
    weights=None,
    temperature: float = 1.0,
) -> dict:
    """Weights: one per page (its lines' weight in the loss), or None for all 1."""
    common, nets = fit_networks(xs, ys, SEEDS, weights)
    return assemble(common, [nets[s] for s in SEEDS], threshold, temperature)


def fit_networks(xs, ys, seeds, weights=None) -> tuple[dict, dict[int, list]]:
    """The standardisation and smoothing figures of the training pages, and one network per
    seed (deterministic: the same seed on the same pages gives the same network)."""
    x, y = np.vstack(xs), np.concatenate(ys)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    w = None if weights is None else np.repeat(np.asarray(weights, float), [len(v) for v in ys])
    z = (x - mean) / scale
    nets = {seed: _network(z, y, seed, w) for seed in dict.fromkeys(seeds)}
    stay0, stay1 = transitions(ys)
    common = {"mean": mean.tolist(), "scale": scale.tolist(), "prior": float(y.mean()),
              "stay": [stay0, stay1]}  # fmt: skip
    return common, nets


def assemble(common: dict, networks: list, threshold: float, temperature: float = 1.0) -> dict:
    """The model JSON of these networks (the first one gates the others, see classifier.py)."""
    return {
        "format": "storyweave.clean-mlp/1",
        "hidden": list(HIDDEN),
        "mean": common["mean"],
        "scale": common["scale"],
        "layers": networks[0],
        "members": networks[1:],
        "prior": common["prior"],
        "stay": common["stay"],
        "threshold": threshold,
        **({"temperature": temperature} if temperature != 1.0 else {}),
    }


def _network(x: np.ndarray, y: np.ndarray, seed: int, w=None) -> list:
    mlp = MLPClassifier(
        hidden_layer_sizes=HIDDEN,
        alpha=ALPHA,
        max_iter=400,
        random_state=seed,
        early_stopping=False,
    )
    mlp.fit(x, y, sample_weight=w)
    return [[w.tolist(), b.tolist()] for w, b in zip(mlp.coefs_, mlp.intercepts_, strict=True)]


def transitions(ys: list[np.ndarray]) -> tuple[float, float]:
    """P(next line boilerplate | boilerplate), P(next line body | body) over the pages."""
    same = [0, 0]
    total = [0, 0]
    for y in ys:
        for a, b in zip(y[:-1], y[1:], strict=True):
            total[a] += 1
            same[a] += int(a == b)
    return same[0] / total[0], same[1] / total[1]


def page_weights(idx, n_dev: int) -> list[float] | None:
    """Per training page: 1 for dev pages, EXTRA_WEIGHT for extra ones (None when all 1)."""
    if EXTRA_WEIGHT == 1.0:
        return None
    return [1.0 if i < n_dev else EXTRA_WEIGHT for i in idx]


def shipped_dict() -> dict:
    """The packaged model's JSON (the shipped weights, as written)."""
    raw = resources.files("storyweave").joinpath("data", MODEL_FILE).read_text("utf-8")
    return json.loads(raw)
