"""Eighth speed pass: each faster path equals the plain one it replaced (same answers)."""

from __future__ import annotations

import random
import unicodedata

import numpy as np

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean import classifier
from storyweave.clean.classifier import load_model
from storyweave.clean.features import page_features
from storyweave.clean.lines import split_lines
from storyweave.ids import KEPT_SPACES, article_id, normalise


def _plain_normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def test_kept_spaces_are_all_the_whitespace_nfkc_and_casefold_leave() -> None:
    left = {
        w
        for c in map(chr, range(0x110000))
        for w in unicodedata.normalize("NFKC", c).casefold()
        if w.isspace()
    }
    assert left - {" ", "\n"} == set(KEPT_SPACES)


def test_normalise_equals_split_and_join_on_awkward_text() -> None:
    rng = random.Random(6)
    alphabet = ["a", "B", " ", "  ", "\n", "\n\n", "\t", "\xa0", "\u2028", "\u3000", "\x85"]
    alphabet += ["ﬁ", "İ", "ß", "\r\n", "e\u0301"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert normalise(text) == _plain_normalise(text), repr(text)


def test_normalise_equals_split_and_join_on_corpora() -> None:
    for path in sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs = "\n\n".join(" ".join(x.split()) for x in text.split("\n") if x.strip())
        for variant in (text, paragraphs, paragraphs.upper()):
            assert normalise(variant) == _plain_normalise(variant)
    assert article_id("One two.\n\nThree") == article_id("one  two. three")


def _plain_outputs(x: np.ndarray, layers) -> np.ndarray:
    h = x
    for i, (w, b) in enumerate(layers):
        h = h @ w + b
        if i < len(layers) - 1:
            h = np.maximum(h, 0.0)
    return 1.0 / (1.0 + np.exp(-np.clip(h, -30, 30)))


def test_in_place_network_outputs_equal_the_plain_ones() -> None:
    model = load_model()
    rng = np.random.default_rng(6)
    for path in sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt")):
        features = page_features(split_lines(path.read_text(encoding="utf-8")))
        x = (features - model.mean) / model.scale
        for layers in (model.layers, model.others):
            assert np.array_equal(classifier._outputs(x.copy(), layers), _plain_outputs(x, layers))
    wild = rng.normal(0, 40, size=(50, model.mean.shape[0]))  # outputs beyond the clip
    assert np.array_equal(
        classifier._outputs(wild.copy(), model.layers), _plain_outputs(wild, model.layers)
    )


def test_probabilities_of_a_batch_equal_page_by_page() -> None:
    from storyweave.clean.features import page_features_many

    model = load_model()
    pages = [split_lines(p.read_text(encoding="utf-8")) for p in _corpus_paths()]
    pages += [split_lines("One line only."), split_lines("Home\nNews\nSport\nContact")]
    for size in (1, 3, len(pages)):
        for start in range(0, len(pages), size):
            found = page_features_many(pages[start : start + size])
            for features, likely in zip(found, model.probabilities_many(found), strict=True):
                assert np.array_equal(likely, model.probabilities(features.copy()))
    rows = np.vstack([page_features(p) for p in pages])  # one long page: many chunks
    assert (model.probabilities(rows) >= 0.01).sum() > 2 * 48
    parts = [rows[:1], rows, rows[1:100]]
    for part, likely in zip(parts, model.probabilities_many(parts), strict=True):
        assert np.array_equal(likely, model.probabilities(part))


def _corpus_paths() -> list:
    return sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))


def test_smoothing_scores_of_a_batch_equal_page_by_page() -> None:
    model = load_model()
    rng = np.random.default_rng(6)
    pages = [rng.random(n) ** 3 for n in (1, 2, 5, 40, 3, 120)]
    pages.append(np.array([0.0, 1.0, 1e-9, 1 - 1e-9, 0.5]))  # clipped at both ends
    for likely, emitted in zip(pages, model.emissions_many(pages), strict=True):
        assert emitted == classifier._emissions(
            likely, model.prior, model.threshold, model.temperature)
        assert np.array_equal(model.smooth(likely, emitted), model.smooth(likely))


def _plain_word_stats(lines: tuple[str, ...]) -> np.ndarray:
    from storyweave.clean.features import _word_flags

    return np.array(
        [[sum(f[b] for f in map(_word_flags, line.split())) for b in range(5)] for line in lines],
        dtype=np.float64,
    ).reshape(len(lines), 5)


def test_word_sums_equal_the_plain_sums_also_for_one_token() -> None:
    from storyweave.clean.features import _word_stats_counts

    pages = [split_lines(p.read_text(encoding="utf-8")).text for p in _corpus_paths()]
    for lines in [*pages, ("one",), ("Two words",), ("a", "b c", "NEWS Today")]:
        sums, _, counts = _word_stats_counts(lines)
        assert np.array_equal(sums[:, :5], _plain_word_stats(lines))
        assert counts.tolist() == [len(x.split()) for x in lines]


def test_unusual_space_chars_are_what_the_regex_matches() -> None:
    from storyweave.clean import lines

    matched = {c for c in map(chr, range(0x110000)) if lines._UNUSUAL_SPACE.search(c)}
    assert matched == set(lines._UNUSUAL_CHARS)
    for text in ("a b", "a\tb", "x\u3000y", "日本\u2028", "plain ascii", "curly ’ quote"):
        assert lines._unusual_space(text) == (lines._UNUSUAL_SPACE.search(text) is not None)
