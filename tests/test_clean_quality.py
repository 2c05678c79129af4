"""Line decisions that must generalise: a page always gets its most likely body."""

from __future__ import annotations

import numpy as np

from storyweave.clean.classifier import LineModel, best_run, viterbi

PRIOR, STAY = 0.14, (0.98, 0.89)


def _model(threshold: float = 0.5) -> LineModel:
    one = (np.ones((1, 1)), np.zeros(1))
    return LineModel(
        mean=np.zeros(1), scale=np.ones(1), layers=(one,), prior=PRIOR, stay=STAY,
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
