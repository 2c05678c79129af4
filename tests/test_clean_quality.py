"""Line decisions that must generalise: a page always gets its most likely body."""

from __future__ import annotations

import numpy as np

from storyweave.clean import split_lines
from storyweave.clean.classifier import (
    SURE_BOILERPLATE,
    LineModel,
    best_run,
    load_model,
    model_from_dict,
    viterbi,
)
from storyweave.clean.decide import decide

PRIOR, STAY = 0.14, (0.98, 0.89)


def _model(threshold: float = 0.5) -> LineModel:
    one = (np.ones((1, 1)), np.zeros(1))
    return LineModel(
        mean=np.zeros(1),
        scale=np.ones(1),
        layers=(one,),
        prior=PRIOR,
        stay=STAY,
        threshold=threshold,
    )


def test_short_likely_body_survives_when_viterbi_finds_none():
    p = np.array([0.01] * 20 + [0.55, 0.6] + [0.01] * 20)
    assert not viterbi(p, PRIOR, STAY, 0.5).any()  # too short to pay for two switches
    body = _model().smooth(p)
    assert np.flatnonzero(body).tolist() == [20, 21]


def test_no_line_likely_body_gives_no_body():
    p = np.array([0.01] * 20 + [0.3, 0.4] + [0.01] * 20)
    assert not _model().smooth(p).any()


def test_a_found_body_is_left_as_viterbi_gives_it():
    p = np.array([0.01] * 10 + [0.95] * 8 + [0.01] * 10 + [0.6] + [0.01] * 5)
    assert (_model().smooth(p) == viterbi(p, PRIOR, STAY, 0.5)).all()


def test_best_run_bridges_a_weak_line_between_strong_ones():
    p = np.array([0.01, 0.01, 0.9, 0.45, 0.9, 0.01, 0.01, 0.8, 0.01])
    assert np.flatnonzero(best_run(p, PRIOR, 0.5)).tolist() == [2, 3, 4]
    assert best_run(np.full(4, 0.001), PRIOR, 0.5).sum() == 1  # never empty


def _network(rng, sizes=(5, 4, 3, 1)) -> list:
    return [
        [rng.normal(size=(a, b)).tolist(), rng.normal(size=b).tolist()]
        for a, b in zip(sizes[:-1], sizes[1:], strict=True)
    ]


def _alone(x: np.ndarray, layers: list) -> np.ndarray:
    h = x
    for i, (w, b) in enumerate(layers):
        h = h @ np.array(w) + np.array(b)
        h = np.maximum(h, 0) if i < len(layers) - 1 else h
    return 1 / (1 + np.exp(-h[:, 0]))


def test_networks_are_averaged_where_the_first_is_unsure():
    rng = np.random.default_rng(3)
    nets = [_network(rng) for _ in range(3)]
    nets[0][-1][1] = [-8.0]  # the first network sure of many lines
    d = {
        "mean": [0.0] * 5,
        "scale": [1.0] * 5,
        "layers": nets[0],
        "members": nets[1:],
        "prior": PRIOR,
        "stay": list(STAY),
        "threshold": 0.5,
    }
    x = rng.normal(size=(200, 5)) * 3  # more rows than one product takes
    each = [_alone(x, n) for n in nets]
    unsure = each[0] >= SURE_BOILERPLATE
    assert 0 < unsure.sum() < len(x)
    got = model_from_dict(d).probabilities(x)
    assert np.allclose(got[unsure], np.mean(each, axis=0)[unsure])
    assert np.allclose(got[~unsure], each[0][~unsure])  # sure boilerplate: the first alone
    single = model_from_dict({**d, "members": []}).probabilities(x)
    assert np.allclose(single, each[0])


def test_shipped_model_is_an_ensemble():
    model = load_model()
    assert model.networks >= 3 and model.others


MENU = ["Home", "World", "Business", "Science", "Sport", "Culture", "Contact us"]
HEAD = ["Harbour town votes to rebuild its storm wall", "By Mara Lindqvist", "12 March 2024"]
BEFORE = [
    "Residents of the small harbour town voted on Sunday to rebuild the storm wall that "
    "collapsed during the winter floods, after a long and often heated public meeting.",
    "The council had proposed three options, ranging from a simple repair of the old stone "
    "wall to a new barrier with gates that can be closed when a surge is forecast.",
    "Most speakers favoured the larger barrier, arguing that the floods of the last decade "
    "had shown that patching the old wall would only postpone the next disaster.",
    "Engineers told the meeting that the work could begin in the autumn and would take "
    "about two years, during which the fishing fleet would moor in the next bay.",
]
BOX = "Read more: Storm season, how coastal towns are preparing for higher seas"
AFTER = [
    "The cost of the barrier is estimated at twelve million euros, of which the regional "
    "government has promised to pay about two thirds if the plans are approved.",
    "Some fishermen said they worried about losing income while the harbour is closed, "
    "and asked the council to help them with the fees of the neighbouring port.",
    "The mayor said a fund for affected businesses would be discussed at the next meeting "
    "of the council, which is expected to take place in April.",
]
COMMENTS = [
    "Comments",
    "sandpiper42 · 2 hours ago",
    "I grew up in this town and I remember when the old wall was built, it is about time "
    "that someone did something about it before the next winter comes.",
    "harbourfan · 3 hours ago",
    "This is a waste of money, the wall only needs a repair and the rest of the funds "
    "should go to the school and the roads that are falling apart.",
    "© 2024 Coastal Courier",
]


def test_body_goes_on_after_a_read_more_box():
    lines = MENU + HEAD + BEFORE + [BOX] + AFTER + COMMENTS
    found = decide(split_lines("\n".join(lines)), dedupe=False)
    kept = {t for t, b in zip(lines, found.body.tolist(), strict=True) if b}
    assert kept == set(BEFORE + AFTER)
    assert found.kinds[lines.index(BOX)] == "related"
    assert found.kinds[lines.index(COMMENTS[2])] == "comments"  # single comments stay out
