"""Larger ensembles of the line model (tenth quality pass): N networks side by side give the
mean of each network run alone, and the training script's ensemble comparison shares one
network per seed between the seed sets it compares."""

from __future__ import annotations

import re

import numpy as np
import pytest

from cleaning_trainer import made_up_page, trainer_module
from storyweave.clean import classifier
from storyweave.clean.classifier import model_from_dict

ensembles = trainer_module("ensembles")
estimates = trainer_module("estimates")
fitting = trainer_module("fitting")
operating_point = trainer_module("operating_point")
dataset = trainer_module("pages").dataset


def _random_network(rng: np.random.Generator, n_in: int, scale: float) -> list:
    shapes = ((n_in, 5), (5, 3), (3, 1))
    return [[(rng.normal(0, scale, s)).tolist(), rng.normal(0, scale, s[1]).tolist()]
            for s in shapes]  # fmt: skip


def _model(networks: list, n_in: int) -> classifier.LineModel:
    return model_from_dict({
        "mean": [0.0] * n_in, "scale": [1.0] * n_in, "layers": networks[0],
        "members": networks[1:], "prior": 0.3, "stay": [0.9, 0.9], "threshold": 0.45,
    })  # fmt: skip


@pytest.mark.parametrize("count", [2, 3, 5, 6, 9])
def test_n_networks_side_by_side_are_the_mean_of_each_alone(count: int) -> None:
    rng = np.random.default_rng(count)
    n_in = 7
    networks = [_random_network(rng, n_in, 1.5) for _ in range(count)]
    x = rng.normal(0, 2, (150, n_in))
    # the first network's output bias set so that it is sure of boilerplate on half the lines
    networks[0][-1][1] = [0.0]
    p0 = np.clip(_model(networks[:1], n_in).probabilities(x), 1e-12, 1 - 1e-12)
    sure = np.log(classifier.SURE_BOILERPLATE / (1 - classifier.SURE_BOILERPLATE))
    networks[0][-1][1] = [float(sure - np.median(np.log(p0 / (1 - p0))))]
    alone = np.column_stack([_model([n], n_in).probabilities(x) for n in networks])
    first = alone[:, 0]
    unsure = first >= classifier.SURE_BOILERPLATE
    assert unsure.any() and (~unsure).any()  # both kinds of line occur
    want = np.where(unsure, alone.mean(axis=1), first)
    got = _model(networks, n_in).probabilities(x)
    assert np.allclose(got, want, rtol=0, atol=1e-12)
    pages = [x[:40], x[40:41], x[41:]]
    many = _model(networks, n_in).probabilities_many(pages)
    assert np.allclose(np.concatenate(many), want, rtol=0, atol=1e-12)


def _pages() -> list[dict]:
    return [made_up_page(k, f"site{k % 5}.example") for k in range(10)]


def test_fit_is_its_networks_assembled_and_deterministic(monkeypatch) -> None:
    monkeypatch.setattr(fitting, "SEEDS", (3, 1))
    xs, ys = dataset(_pages())
    once = fitting.fit(xs, ys, 0.45, temperature=1.5)
    common, nets = fitting.fit_networks(xs, ys, (1, 3, 1))
    assert sorted(nets) == [1, 3]  # one network a distinct seed
    assert fitting.assemble(common, [nets[3], nets[1]], 0.45, 1.5) == once
    assert fitting.fit(xs, ys, 0.45, temperature=1.5) == once
    assert len(once["members"]) == 1 and once["temperature"] == 1.5


def test_a_seed_set_scores_the_same_alone_or_compared() -> None:
    pages = _pages()
    pages[3]["lines"][2][1] = 1  # one odd label, so the ensembles can differ somewhere
    xs, ys = dataset(pages)
    point = (0.45, 1.5)
    together = ensembles.ensemble_predictions(pages, xs, ys, [(7,), (7, 1, 2)], [point])
    alone = operating_point.site_fold_predictions(pages, xs, ys, [(0.45, 1.5)], (7, 1, 2))
    for name in estimates.ESTIMATES:
        for a, b in zip(together[(7, 1, 2)][point][name], alone[point][name], strict=True):
            assert (a == b).all()


@pytest.mark.slow
def test_the_comparison_prints_each_set_and_each_larger_against_smaller(capsys):
    pages = _pages()
    extra = [{**made_up_page(k, f"fresh{k}.example"), "source": f"src{k % 2}"}
             for k in range(20, 24)]  # fmt: skip
    xs, ys = dataset(pages + extra)
    sets = [(7,), (3,), (7, 3)]
    ensembles.compare_ensembles(pages + extra, xs, ys, len(pages), sets, [(0.45, 1.5)])
    out = capsys.readouterr().out.strip().splitlines()
    rows = [r for r in out if " seeds " in r and not r.startswith("extra")]
    assert [r.split()[3] for r in rows] == ["7", "3", "7,3"]
    for row in rows:
        figures = [float(f) for f in re.findall(r"\) (\d\.\d{4})", row)]
        assert len(figures) == 5 and all(0.0 <= f <= 1.0 for f in figures), row
    pairs = [r.split(":")[0] for r in out if " against " in r]
    assert pairs == ["point 0.45/1.50 7,3 against 7", "point 0.45/1.50 7,3 against 3"]
    fresh = [r for r in out if r.startswith("extra")]
    assert len(fresh) == 3 * 3  # per set: two sources and all extra pages
    assert all(re.search(r"F1 \d\.\d{4}", r) for r in fresh)


@pytest.mark.parametrize("count", [3, 6, 9, 12])
def test_wider_ensembles_take_fewer_rows_per_product(count: int) -> None:
    rng = np.random.default_rng(count)
    shapes = ((63, 32), (32, 16), (16, 1))
    networks = [[[rng.normal(0, 0.3, s).tolist(), rng.normal(0, 0.3, s[1]).tolist()]
                 for s in shapes] for _ in range(count)]  # fmt: skip
    model = _model(networks, 63)
    assert model.rows >= 1
    for w, _ in model.others:  # every product through the others stays on one thread
        assert model.rows * w.shape[0] * w.shape[1] <= classifier.ONE_THREAD_WORK
    if count == 3:
        assert model.rows == classifier.WIDE_ROWS  # the shipped shape: as before
    x = rng.normal(0, 1, (200, 63))
    alone = np.column_stack([_model([n], 63).probabilities(x) for n in networks])
    unsure = alone[:, 0] >= classifier.SURE_BOILERPLATE
    want = np.where(unsure, alone.mean(axis=1), alone[:, 0])
    assert np.allclose(model.probabilities(x), want, rtol=0, atol=1e-12)
    many = np.concatenate(model.probabilities_many([x[:70], x[70:]]))
    pages = np.concatenate([model.probabilities(x[:70]), model.probabilities(x[70:])])
    assert (many == pages).all()  # batched: the same values as page by page
