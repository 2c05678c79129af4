"""The line model's operating point: the threshold and the temperature (P(body)'s log-odds
divided by it before the smoothing), and the script's site-grouped grid that chooses them
(ninth quality pass)."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest

from cleaning_trainer import made_up_page, trainer_module
from conftest import REPO
from storyweave.clean import classifier
from storyweave.clean.classifier import best_run, load_model, model_from_dict, viterbi

operating_point = trainer_module("operating_point")
dataset = trainer_module("pages").dataset


def _soften(p: np.ndarray, t: float) -> np.ndarray:
    z = np.log(p / (1 - p)) / t
    return 1 / (1 + np.exp(-z))


def _probabilities(seed: int, n: int = 60) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(rng.beta(0.6, 0.6, n), 1e-4, 1 - 1e-4)


@pytest.mark.parametrize("t", [1.25, 1.5, 2.0, 0.8])
def test_a_temperature_is_the_smoothing_of_softened_probabilities(t: float) -> None:
    m = load_model()
    for seed in range(20):
        p = _probabilities(seed)
        soft = _soften(p, t)
        e_t = classifier._emissions(p, m.prior, m.threshold, t)
        e_1 = classifier._emissions(soft, m.prior, m.threshold)
        assert np.allclose(e_t[0], e_1[0]) and np.allclose(e_t[1], e_1[1])
        got = viterbi(p, m.prior, m.stay, m.threshold, None, t)
        assert (got == viterbi(soft, m.prior, m.stay, m.threshold)).all()
        got = best_run(p, m.prior, m.threshold, t)
        assert (got == best_run(soft, m.prior, m.threshold)).all()


def test_temperature_one_changes_nothing() -> None:
    m = load_model()
    p = _probabilities(3)
    assert classifier._emissions(p, m.prior, m.threshold, 1.0) == classifier._emissions(
        p, m.prior, m.threshold
    )


def test_a_softer_model_lets_the_smoothing_keep_a_doubtful_line_inside_a_body() -> None:
    m = load_model()
    p = np.array([0.001, 0.001, 0.95, 0.95, 0.02, 0.95, 0.95, 0.001, 0.001])
    sharp = viterbi(p, 0.2, (0.7, 0.7), 0.5)
    soft = viterbi(p, 0.2, (0.7, 0.7), 0.5, None, 2.0)
    assert sharp.tolist() == [False] * 2 + [True] * 2 + [False] + [True] * 2 + [False] * 2
    assert soft.tolist() == [False] * 2 + [True] * 5 + [False] * 2
    assert m.temperature > 0


def test_the_model_file_may_name_a_temperature() -> None:
    raw = json.loads((REPO / "src/storyweave/data/clean_model.json").read_text("utf-8"))
    without = {k: v for k, v in raw.items() if k != "temperature"}
    assert model_from_dict(without).temperature == 1.0
    assert model_from_dict({**without, "temperature": 1.5}).temperature == 1.5
    shipped = load_model()
    assert shipped.temperature == raw.get("temperature", 1.0)
    assert shipped.threshold == raw["threshold"]
    assert math.isfinite(shipped.temperature) and shipped.temperature > 0


@pytest.mark.slow
def test_the_grid_prints_a_row_per_seed_set_and_point(capsys, monkeypatch):
    monkeypatch.setattr(operating_point, "SEED_SETS", ((7,), (3,)))
    pages = [made_up_page(k, f"site{k % 5}.example") for k in range(10)]
    xs, ys = dataset(pages)
    chosen = operating_point.operating_points(pages, xs, ys, len(pages), [(0.4, 1.5)])
    *rows, last = capsys.readouterr().out.strip().splitlines()
    assert last == f"chosen threshold {chosen[0]:.2f} temperature {chosen[1]:.2f}"
    assert [r.split("  ")[0] for r in rows] == [
        f"seeds {s} threshold {t} temperature {temp}"
        for s in ("7", "3")
        for t, temp in (("0.50", "1.00"), ("0.40", "1.50"))
    ]
    for row in rows:
        figures = [float(f) for f in re.findall(r"\) (\d\.\d{4})", row)]
        assert len(figures) == 5 and all(0.9 <= f <= 1.0 for f in figures), row
    assert rows[0].endswith("better/worse 0/0")  # the base point against itself


def _rows(points: dict) -> dict:
    """Grid rows of two seed sets: each point's (a, b4, b, page means) in both."""
    keys = ("a", "b4", "b", "mean_a", "mean_b")
    return {
        seeds: {pt: dict(zip(keys, figs[k], strict=True)) for pt, figs in points.items()}
        for k, seeds in enumerate(((7, 1, 2), (3, 4, 5)))
    }


def test_the_choice_asks_every_seed_set_to_agree():
    base = operating_point.BASE_POINT
    same = (0.90, 0.88, 0.83, 0.87, 0.86)
    rows = _rows(
        {
            base: (same, same),
            (0.4, 1.5): ((0.91, 0.89, 0.85, 0.88, 0.87), (0.90, 0.885, 0.84, 0.87, 0.86)),
            # the highest (b), but (b4) falls in the second seed set
            (0.3, 1.0): ((0.92, 0.89, 0.90, 0.88, 0.87), (0.91, 0.87, 0.90, 0.88, 0.87)),
            # (a) falls by more than the slack in one seed set
            (0.35, 1.25): ((0.896, 0.89, 0.88, 0.88, 0.87), (0.90, 0.89, 0.88, 0.88, 0.87)),
        }
    )
    assert operating_point.choose_point(rows) == (0.4, 1.5)
    del rows[(7, 1, 2)][(0.4, 1.5)], rows[(3, 4, 5)][(0.4, 1.5)]
    assert operating_point.choose_point(rows) == base  # no point rises in every seed set
