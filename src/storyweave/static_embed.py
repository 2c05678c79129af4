"""A static embedder distilled from the packaged MiniLM (model2vec's recipe and format), cached.

Distillation follows model2vec's ``distill``: every vocabulary token (``[unused]`` ones
removed) goes through the transformer alone as ``[CLS] token [SEP]``, the output is
mean-pooled, reduced by PCA to ``PCA_DIMS`` and weighted by Zipf-rank SIF weights. Here it
runs on the packaged int8 ONNX MiniLM with onnxruntime and numpy (no torch), once, and the
result is written in model2vec's on-disk format (``model.safetensors``, ``tokenizer.json``,
``config.json``; ``model2vec.StaticModel.from_pretrained(folder)`` loads it) into the user
cache: ``$STORYWEAVE_CACHE``, else ``$XDG_CACHE_HOME/storyweave``, else
``~/.cache/storyweave``, in a folder keyed by the source model's sha256 and ``RECIPE``.
Encoding is a token lookup and a mean: about a hundred times faster than the transformer.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .embed import (
    MODEL_SHA256,
    EmbedderError,
    _normalise,
    _packaged_model,
    _packaged_tokenizer,
    _resolve,
    _sha256,
    onnx_session,
)

#: Bump when the distillation changes: cached models of another recipe are rebuilt.
RECIPE = 1
PCA_DIMS = 256
SIF = 1e-4
BATCH = 512
MAX_TOKENS = 512
ENV_CACHE = "STORYWEAVE_CACHE"
_UNUSED = re.compile(r"\[unused\d+\]")
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """The transformer a static model is distilled from."""

    onnx: Path
    tokenizer: Path
    sha256: str
    name: str


def cache_dir() -> Path:
    """Where distilled models live: $STORYWEAVE_CACHE, $XDG_CACHE_HOME/storyweave or ~/.cache."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE]).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "storyweave"


def source_model(model: str = "") -> Source:
    """The packaged MiniLM (sha256 checked), or a user-given ONNX file or folder."""
    if not model:
        onnx, tok = _packaged_model(), _packaged_tokenizer()
        return Source(onnx=onnx, tokenizer=tok, sha256=MODEL_SHA256, name="all-MiniLM-L6-v2")
    onnx, tok, name = _resolve(model)
    return Source(onnx=onnx, tokenizer=tok, sha256=_sha256(onnx), name=name)


def model_folder(source: Source, limit: int | None = None) -> Path:
    tail = f"-v{limit}" if limit else ""
    return cache_dir() / f"static-{source.sha256[:16]}-r{RECIPE}{tail}"


def _vocabulary(tokenizer: dict, limit: int | None) -> list[tuple[str, int]]:
    """(token, source id) in id order, without ``[unused]`` tokens; ``limit`` keeps the first."""
    vocab = tokenizer["model"]["vocab"]
    kept = sorted(
        ((t, i) for t, i in vocab.items() if not _UNUSED.fullmatch(t)), key=lambda x: x[1]
    )
    return kept[:limit] if limit else kept


def _token_vectors(source: Source, ids: Sequence[int], progress: Progress | None) -> np.ndarray:
    """Mean-pooled output of ``[CLS] id [SEP]`` for each id."""
    session = onnx_session(source.onnx)
    inputs = {i.name for i in session.get_inputs()}
    special = json.loads(source.tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    cls, sep = special.get("[CLS]", 101), special.get("[SEP]", 102)
    out = []
    for start in range(0, len(ids), BATCH):
        chunk = np.asarray(ids[start : start + BATCH], dtype=np.int64)
        batch = np.stack([np.full_like(chunk, cls), chunk, np.full_like(chunk, sep)], axis=1)
        feed = {"input_ids": batch, "attention_mask": np.ones_like(batch)}
        if "token_type_ids" in inputs:
            feed["token_type_ids"] = np.zeros_like(batch)
        out.append(session.run(None, feed)[0].mean(axis=1))
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    return np.nan_to_num(np.concatenate(out).astype(np.float64))


def _pca(vectors: np.ndarray, dims: int) -> np.ndarray:
    """model2vec's PCA: eigenvectors of the covariance, largest first, signs fixed."""
    centred = vectors - vectors.mean(axis=0)
    eigvals, eigvecs = np.linalg.eigh(centred.T @ centred / max(len(vectors) - 1, 1))
    components = eigvecs[:, ::-1][:, : min(dims, vectors.shape[1], len(vectors) - 1)]
    scores = centred @ components
    signs = np.sign(scores[np.abs(scores).argmax(axis=0), np.arange(scores.shape[1])])
    return scores * np.where(signs == 0, 1.0, signs)


def _sif_weights(n: int) -> np.ndarray:
    """Zipf's law on the vocabulary order as frequency rank, then SIF: a / (a + p)."""
    inv_rank = 1.0 / np.arange(2, n + 2)
    return SIF / (SIF + inv_rank / inv_rank.sum())


def _static_tokenizer(tokenizer: dict, vocab: list[tuple[str, int]]) -> dict:
    """The source tokenizer over the kept vocabulary: no special tokens added, no padding."""
    out = dict(tokenizer)
    out["model"] = {**tokenizer["model"], "vocab": {t: i for i, (t, _) in enumerate(vocab)}}
    out["added_tokens"], out["post_processor"], out["padding"], out["truncation"] = (
        [],
        None,
        None,
        None,
    )
    return out


def distil(
    source: Source, folder: Path, *, limit: int | None = None, progress: Progress | None = None
) -> Path:
    """Distil ``source`` into ``folder`` (written atomically; an existing one is replaced)."""
    from safetensors.numpy import save_file

    tmp = _scratch(folder)
    try:
        tokenizer = json.loads(source.tokenizer.read_text(encoding="utf-8"))
        vocab = _vocabulary(tokenizer, limit)
        vectors = _token_vectors(source, [i for _, i in vocab], progress)
        vectors = (_pca(vectors, PCA_DIMS) * _sif_weights(len(vocab))[:, None]).astype(np.float32)
        save_file({"embeddings": np.ascontiguousarray(vectors)}, str(tmp / "model.safetensors"))
        text = json.dumps(_static_tokenizer(tokenizer, vocab), ensure_ascii=False)
        (tmp / "tokenizer.json").write_text(text, encoding="utf-8")
        config = _config(source, vectors, limit, _sha256(tmp / "model.safetensors"))
        (tmp / "config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
        tmp.chmod(0o755)
        _swap_in(tmp, folder, source)
    except OSError as exc:
        raise EmbedderError(f"{folder}: cannot write the static embedder: {exc}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return folder


def _scratch(folder: Path) -> Path:
    """A fresh temporary folder beside ``folder`` (checked before the long distillation)."""
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    except OSError as exc:
        raise EmbedderError(
            f"{folder.parent}: cannot create the model cache ({exc.strerror}); "
            f"set {ENV_CACHE} to a writable folder"
        ) from exc


def _swap_in(tmp: Path, folder: Path, source: Source) -> None:
    """Move a finished build into place; a stale one is moved aside first. If another
    process put a current build there meanwhile, that one is kept."""
    if folder.exists():
        aside = folder.with_name(f".{folder.name}-old-{os.getpid()}")
        try:
            os.replace(folder, aside)
        except OSError:
            pass
        shutil.rmtree(aside, ignore_errors=True)
    try:
        os.replace(tmp, folder)
    except OSError:
        if not is_current(folder, source):
            raise


def _config(source: Source, vectors: np.ndarray, limit: int | None, sha: str) -> dict:
    return {
        "model_type": "model2vec",
        "architectures": ["StaticModel"],
        "tokenizer_name": source.name,
        "apply_pca": PCA_DIMS,
        "sif_coefficient": SIF,
        "hidden_dim": int(vectors.shape[1]),
        "seq_length": 1000000,
        "normalize": True,
        "pooling": "mean",
        "embedding_dtype": "float32",
        "storyweave": {
            "source_sha256": source.sha256,
            "recipe": RECIPE,
            "vocabulary_limit": limit,
            "embeddings_sha256": sha,
        },
    }


def is_current(folder: Path, source: Source) -> bool:
    """Whether ``folder`` holds an intact model distilled from ``source`` by this recipe."""
    try:
        meta = json.loads((folder / "config.json").read_text(encoding="utf-8"))["storyweave"]
        return (
            meta["source_sha256"] == source.sha256
            and meta["recipe"] == RECIPE
            and (folder / "tokenizer.json").is_file()
            and _sha256(folder / "model.safetensors") == meta["embeddings_sha256"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False


class StaticEmbedder:
    """Token vectors of a model2vec-format folder: tokenise, mean, normalise."""

    def __init__(self, folder: str | Path, *, max_tokens: int = MAX_TOKENS) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = Path(folder)
        try:
            self._vectors = load_file(str(folder / "model.safetensors"))["embeddings"]
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        except Exception as exc:  # safetensors and tokenizers raise bare exceptions
            raise EmbedderError(f"{folder}: cannot load the static embedder: {exc}") from exc
        self._vectors = self._vectors.astype(np.float32, copy=False)
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self._unk = self._tokenizer.token_to_id("[UNK]")
        self.dim = int(self._vectors.shape[1])
        self.name = f"static:{folder.name}"

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        for row, enc in enumerate(encodings):
            ids = [i for i in enc.ids if i != self._unk]
            if ids:
                out[row] = self._vectors[ids].mean(axis=0)
        return _normalise(out)


def prepare(model: str = "", *, limit: int | None = None, force: bool = False) -> Path:
    """The cached static model for ``model`` (default: the packaged MiniLM), built if absent,
    stale or corrupt (a one-line note and a progress bar on stderr while it builds)."""
    source = source_model(model)
    folder = model_folder(source, limit)
    if force or not is_current(folder, source):
        print(
            f"storyweave: distilling a static embedder from {source.name} into {folder} "
            "(once; about a minute on 2 cores)",
            file=sys.stderr,
        )
        with _progress_bar() as progress:
            distil(source, folder, limit=limit, progress=progress)
    return folder


@functools.lru_cache(maxsize=4)
def static_embedder(model: str = "", max_tokens: int = MAX_TOKENS) -> StaticEmbedder:
    """The shared static embedder distilled from ``model`` (loaded once per process)."""
    return StaticEmbedder(prepare(model), max_tokens=max(8, int(max_tokens)))


@contextlib.contextmanager
def _progress_bar() -> Iterator[Progress | None]:
    """A transient Rich progress bar on stderr when it is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("tokens", total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)
