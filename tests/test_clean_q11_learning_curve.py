"""The training script's learning curve (eleventh quality pass): the site-grouped CV trained on
shares of each fold's held-in sites, and the saturating fit of F1 against training pages."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from cleaning_trainer import made_up_page, trainer_module

curve = trainer_module("learning_curve")
ensembles = trainer_module("ensembles")
estimates = trainer_module("estimates")
fitting = trainer_module("fitting")
dataset = trainer_module("pages").dataset


# a network fitted on one or two made-up pages can stop at max_iter still improving: not what
# these tests are about
pytestmark = pytest.mark.filterwarnings("ignore::sklearn.exceptions.ConvergenceWarning")


def _pages() -> list[dict]:
    pages = [made_up_page(k, f"site{k % 5}.example") for k in range(10)]
    pages[3]["lines"][2][1] = 1  # one odd label, so that trainings can differ somewhere
    return pages


def test_a_share_is_a_fixed_subset_and_smaller_shares_nest() -> None:
    sites = [f"s{j:02d}" for j in range(40)]
    for draw in range(4):
        for fold in range(5):
            shares = [curve.share_of_sites(sites, f, draw, fold) for f in (0.125, 0.5, 1.0)]
            assert [len(s) for s in shares] == [5, 20, 40]
            assert shares[0] <= shares[1] <= shares[2] == set(sites)
            assert shares[1] == curve.share_of_sites(sites, 0.5, draw, fold)  # fixed seeds
    assert curve.share_of_sites(sites, 0.5, 0, 0) != curve.share_of_sites(sites, 0.5, 1, 0)
    assert len(curve.share_of_sites(sites[:3], 0.1, 0, 0)) == 1  # one site at least


def test_the_whole_share_is_the_ensembles_cv(monkeypatch) -> None:
    monkeypatch.setattr(fitting, "SEEDS", (7, 1))
    pages = _pages()
    xs, ys = dataset(pages)
    point = (0.45, 1.5)
    preds, sizes = curve.curve_predictions(pages, xs, ys, (0.5, 1.0), 2, point)
    assert sorted(preds) == [(0.5, 0), (0.5, 1), (1.0, 0)]  # one draw of the whole share
    assert sizes[(1.0, 0)] == [8] * 5 and all(n < 8 for n in sizes[(0.5, 0)])
    alone = ensembles.ensemble_predictions(pages, xs, ys, [(7, 1)], [point])[(7, 1)][point]
    for name in estimates.ESTIMATES:
        for a, b in zip(preds[(1.0, 0)][name], alone[name], strict=True):
            assert (a == b).all()


def test_the_fit_finds_a_known_curve_and_the_pages_it_needs() -> None:
    pages = [9.0, 18.0, 35.0, 53.0, 70.0]
    scores = [curve.saturating(n, 0.95, 0.5, 0.6) for n in pages]
    c, b, k = curve.fit_saturating(pages, scores)
    assert abs(c - 0.95) < 1e-4 and abs(b - 0.5) < 1e-3 and abs(k - 0.6) < 1e-3
    need = curve.pages_for(0.90, c, b, k)
    assert math.isclose(curve.saturating(need, c, b, k), 0.90, abs_tol=1e-9)
    assert curve.pages_for(0.90, 0.88, b, k) == math.inf  # ceiling below: never
    assert curve._count(math.inf) == "never" and curve._count(1234.4) == "1,234"


@pytest.mark.slow
def test_the_curve_prints_each_share_and_both_fits(monkeypatch, capsys) -> None:
    monkeypatch.setattr(fitting, "SEEDS", (7,))
    pages = _pages()
    xs, ys = dataset(pages)
    curve.learning_curve(pages, xs, ys, (0.45, 1.5), (0.25, 0.5, 0.75, 1.0), 2)
    out = capsys.readouterr().out.strip().splitlines()
    rows = [r for r in out if r.startswith("share ")]
    assert [r.split()[1] for r in rows] == ["0.250", "0.500", "0.750", "1.000"]
    assert [int(r.split()[3]) for r in rows] == [2, 2, 2, 1]
    for row in rows:
        figures = [float(f) for f in re.findall(r"\) (\d\.\d{4}) sd", row)]
        assert len(figures) == 3 and all(0.0 <= f <= 1.0 for f in figures), row
    fits = [r for r in out if r.startswith("fit ")]
    assert [r.split(":")[0] for r in fits] == [
        "fit (a) whole cleaner", "fit (b) ... and end-of-body lists off"
    ]  # fmt: skip
    assert sum("log-linear" in r for r in out) == 2
    assert np.all([re.search(r"training pages|none", r) for r in fits])
