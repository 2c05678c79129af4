"""The shipped line classifier: small neural networks in pure numpy (their mean), plus smoothing.

Weights live in ``storyweave/data/clean_model.json`` (written by scripts/train_cleaner.py,
trained on the development split of the cleaning evaluation only). Article bodies are
contiguous, so per-line probabilities are smoothed with a two-state Viterbi pass.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, pairwise

import numpy as np

from ..errors import ModelError
from . import compiled

MODEL_FILE = "clean_model.json"
SURE_BOILERPLATE = 0.01  # below this P(body) from the first network, the others are not asked
WIDE_ROWS = 48  # rows per product through two other networks: larger ones go multi-threaded
# OpenBLAS runs a product of m rows by a (k, n) matrix on one thread while m * k * n stays
# under 262,144; the rows per product of wider ensembles shrink to stay there (48 for two
# other networks of 63 features by 32 units, as before)
ONE_THREAD_WORK = WIDE_ROWS * 63 * 64


@dataclass(frozen=True, slots=True, kw_only=True)
class LineModel:
    """Standardisation, dense layers (ReLU between, sigmoid out), and the smoothing HMM."""

    mean: np.ndarray
    scale: np.ndarray
    layers: tuple[tuple[np.ndarray, np.ndarray], ...]
    # the other networks side by side as one (first layers next to each other, the later
    # ones block-diagonal; one output column each), and how many networks in all
    others: tuple[tuple[np.ndarray, np.ndarray], ...] = ()
    networks: int = 1
    rows: int = WIDE_ROWS  # rows per product through the others (chunk_rows())
    prior: float  # share of body lines in training
    stay: tuple[float, float]  # P(next state == this state) for boilerplate, body
    threshold: float
    # the smoothing reads P(body)'s log-odds divided by this (1: as the networks give it);
    # chosen with the threshold by site-grouped cross-validation (scripts/train_cleaner.py)
    temperature: float = 1.0

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """P(body) for each row of the feature matrix: the mean over the networks.

        The other networks run only on the lines the first one gives at least
        ``SURE_BOILERPLATE`` (most lines of a page are menus and links it is sure of;
        averaging them too moved the grouped cross-validated F1 by under 0.001).
        """
        x = np.subtract(features, self.mean)
        x /= self.scale
        p = _outputs(x, self.layers)[:, 0]
        if not self.others:
            return p
        unsure = np.flatnonzero(p >= SURE_BOILERPLATE)
        for start in range(0, len(unsure), self.rows):
            at = unsure[start : start + self.rows]
            p[at] = (p[at] + _outputs(x[at], self.others).sum(axis=1)) / self.networks
        return p

    def probabilities_many(self, pages: list[np.ndarray]) -> list[np.ndarray]:
        """probabilities() of each page's feature matrix, the same values: the products stay
        one a page (and one per chunk of unsure lines, as there), since their last bit
        depends on the rows multiplied; the rest runs once over all pages' rows."""
        x = np.concatenate(pages) if len(pages) > 1 else np.array(pages[0], dtype=np.float64)
        x -= self.mean
        x /= self.scale
        bounds = list(pairwise(accumulate((len(f) for f in pages), initial=0)))
        p = _outputs_many(x, self.layers, bounds)[:, 0]
        if self.others:
            unsure, chunks = [], []
            for a, b in bounds:
                at = np.flatnonzero(p[a:b] >= SURE_BOILERPLATE) + a
                chunks += [len(unsure) + k for k in range(0, len(at), self.rows)]
                unsure += at.tolist()
            if unsure:
                at = np.array(unsure, dtype=np.intp)
                chunked = list(pairwise([*chunks, len(unsure)]))
                others = _outputs_many(x[at], self.others, chunked).sum(axis=1)
                p[at] = (p[at] + others) / self.networks
        return [p[a:b] for a, b in bounds]

    def body_mask(self, features: np.ndarray, smooth: bool = True) -> np.ndarray:
        """Which lines are body: probabilities, smoothed along the page unless told not to."""
        p = self.probabilities(features)
        return self.smooth(p) if smooth else p >= self.threshold

    def emissions_many(self, pages: list[np.ndarray]) -> list[Emissions]:
        """The Viterbi pass's per-line scores of each page's probabilities, computed once
        for all pages (elementwise: the same values as page by page)."""
        p = np.concatenate(pages) if len(pages) > 1 else pages[0]
        e0, e1 = _emissions(p, self.prior, self.threshold, self.temperature)
        bounds = pairwise(accumulate((len(x) for x in pages), initial=0))
        return [(e0[a:b], e1[a:b]) for a, b in bounds]

    def smooth(self, p: np.ndarray, emitted: Emissions | None = None) -> np.ndarray:
        """Body mask from per-line probabilities by the two-state Viterbi pass.

        A page holds an article: when the pass finds no body although some line is
        likely body (a short article, two or three paragraphs, does not pay for the two
        state changes), the best-scoring run of lines is the body. ``emitted``: the
        pass's per-line scores of p, when already computed (emissions_many).
        """
        if len(p) < 2:
            return p >= self.threshold
        t = self.temperature
        body = viterbi(p, self.prior, self.stay, self.threshold, emitted, t)
        if not body.any() and p.max() >= self.threshold:
            body = best_run(p, self.prior, self.threshold, t)
        return body


def _outputs(x: np.ndarray, layers: tuple[tuple[np.ndarray, np.ndarray], ...]) -> np.ndarray:
    """The sigmoid outputs (one column per network) of dense ReLU layers."""
    h = x
    for i, (w, b) in enumerate(layers):
        h = h @ w + b
        if i < len(layers) - 1:
            np.maximum(h, 0.0, out=h)
    return _sigmoid(h)


def _sigmoid(h: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-clip(h, -30, 30))) in place (np.clip's Python wrapper costs more than
    the arithmetic on a page's rows; the same operations give the same values)."""
    np.maximum(h, -30.0, out=h)
    np.minimum(h, 30.0, out=h)
    np.negative(h, out=h)
    np.exp(h, out=h)
    h += 1.0
    return np.divide(1.0, h, out=h)


def _outputs_many(
    x: np.ndarray, layers: tuple[tuple[np.ndarray, np.ndarray], ...], bounds: list[tuple[int, int]]
) -> np.ndarray:
    """_outputs() of the row blocks in ``bounds`` (one product per block and layer; the
    bias, ReLU and sigmoid once for all rows: the same values block by block)."""
    h = x
    for i, (w, b) in enumerate(layers):
        out = np.empty((len(h), w.shape[1]))
        for start, end in bounds:
            np.matmul(h[start:end], w, out=out[start:end])
        out += b
        if i < len(layers) - 1:
            np.maximum(out, 0.0, out=out)
        h = out
    return _sigmoid(h)


Emissions = tuple[list[float], list[float]]  # per line: log score of boilerplate, of body


def _emissions(
    p: np.ndarray, prior: float, threshold: float, temperature: float = 1.0
) -> Emissions:
    eps = 1e-6
    p = np.minimum(np.maximum(p, eps), 1 - eps)  # np.clip(p, eps, 1 - eps), less overhead
    if temperature != 1.0:  # softened: sigmoid(logit(p) / temperature)
        p = 1.0 / (1.0 + ((1.0 - p) / p) ** (1.0 / temperature))
    # posterior / prior = scaled likelihood; the threshold shifts the decision point
    bias = math.log((1 - threshold) / threshold)
    e1 = (np.log(p) - math.log(prior) + bias / 2).tolist()
    e0 = (np.log(1 - p) - math.log(1 - prior) - bias / 2).tolist()
    return e0, e1


def viterbi(
    p: np.ndarray,
    prior: float,
    stay: tuple[float, float],
    threshold: float,
    emitted: Emissions | None = None,
    temperature: float = 1.0,
) -> np.ndarray:
    """Most likely body/boilerplate labelling given per-line posteriors and sticky states
    (``emitted``: _emissions() of p, when already computed)."""
    e0, e1 = emitted or _emissions(p, prior, threshold, temperature)
    s0, s1 = math.log(stay[0]), math.log(stay[1])
    m0, m1 = math.log(1 - stay[0]), math.log(1 - stay[1])
    if (fast := compiled.active()) is not None and e0:  # the loops below, in C
        start = math.log(1 - prior), math.log(prior)
        return np.frombuffer(fast.viterbi(e0, e1, s0, s1, m0, m1, *start), dtype=np.bool_)
    n = len(e0)
    from0 = [False] * n  # per line, into state 0: True when it came from state 1
    from1 = [False] * n  # ... into state 1
    v0, v1 = e0[0] + math.log(1 - prior), e1[0] + math.log(prior)
    for i in range(1, n):  # plain floats and ifs: this loop runs for every line of a page
        a0, b0, a1, b1 = v0 + s0, v1 + m1, v0 + m0, v1 + s1  # into 0 from 0 / 1, into 1 ...
        if b0 > a0:
            from0[i], a0 = True, b0
        if b1 > a1:
            from1[i], a1 = True, b1
        v0, v1 = a0 + e0[i], a1 + e1[i]
    out = [False] * n
    state = v1 > v0
    for i in range(n - 1, -1, -1):
        out[i] = state
        state = from1[i] if state else from0[i]
    return np.array(out, dtype=np.bool_)


def best_run(p: np.ndarray, prior: float, threshold: float, temperature: float = 1.0) -> np.ndarray:
    """The contiguous run of lines with the highest summed body log-odds (never empty;
    the line's log-odds divided by ``temperature``, as the smoothing reads them)."""
    eps = 1e-6
    q = np.clip(p, eps, 1 - eps)
    shift = math.log(prior / (1 - prior)) - math.log((1 - threshold) / threshold)
    scores = (np.log(q / (1 - q)) / temperature - shift).tolist()
    best, run, start, first, last = -math.inf, 0.0, 0, 0, 0
    for i, s in enumerate(scores):  # Kadane: a run restarts where its sum turned negative
        run, start = (run + s, start) if run > 0 else (s, i)
        if run > best:
            best, first, last = run, start, i
    out = np.zeros(len(p), dtype=np.bool_)
    out[first : last + 1] = True
    return out


def _layers(raw: list) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    return tuple((np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)) for w, b in raw)


def _side_by_side(networks: list[tuple[tuple[np.ndarray, np.ndarray], ...]]):
    """Networks of one shape as one: first layers next to each other, later ones
    block-diagonal, so one product per layer runs them all."""
    if not networks:
        return ()
    layers = []
    for k in range(len(networks[0])):
        ws = [n[k][0] for n in networks]
        rows = ws[0].shape[0] if k == 0 else sum(w.shape[0] for w in ws)
        w = np.zeros((rows, sum(w.shape[1] for w in ws)))
        r = c = 0
        for part in ws:
            w[r if k else 0 : (r if k else 0) + part.shape[0], c : c + part.shape[1]] = part
            r, c = r + part.shape[0], c + part.shape[1]
        layers.append((w, np.concatenate([n[k][1] for n in networks])))
    return tuple(layers)


def chunk_rows(others: tuple[tuple[np.ndarray, np.ndarray], ...]) -> int:
    """Rows per product through the other networks: WIDE_ROWS for up to two of the shipped
    shape, fewer for wider ones, so that no product of theirs goes multi-threaded (on one
    core the threads' hand-overs cost several times the arithmetic: 4.7x slower cleaning
    with nine networks at 48 rows)."""
    widest = max((w.shape[0] * w.shape[1] for w, _ in others), default=1)
    return max(1, min(WIDE_ROWS, ONE_THREAD_WORK // widest))


def model_from_dict(d: dict) -> LineModel:
    others = _side_by_side([_layers(m) for m in d.get("members", ())])
    return LineModel(
        mean=np.asarray(d["mean"], dtype=np.float64),
        scale=np.asarray(d["scale"], dtype=np.float64),
        layers=_layers(d["layers"]),
        others=others,
        networks=1 + len(d.get("members", ())),
        rows=chunk_rows(others),
        prior=float(d["prior"]),
        stay=(float(d["stay"][0]), float(d["stay"][1])),
        threshold=float(d["threshold"]),
        temperature=float(d.get("temperature", 1.0)),
    )


@lru_cache(maxsize=1)
def load_model() -> LineModel:
    """The packaged model (loaded once); a clear ModelError if it is missing or broken."""
    try:
        raw = resources.files("storyweave").joinpath("data", MODEL_FILE).read_text("utf-8")
        return model_from_dict(json.loads(raw))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(
            f"cleaning model storyweave/data/{MODEL_FILE} is missing or corrupt ({exc}); "
            "reinstall storyweave or run scripts/train_cleaner.py"
        ) from exc
