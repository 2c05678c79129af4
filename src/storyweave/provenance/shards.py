"""Near duplicates over JSONL/Parquet shards, locally or on a Dask cluster, with the same result.

Each shard is signed by one task (``sign_shard``); the small signature matrices come back
to the caller, which runs the LSH step. The local engine runs the very same function
shard by shard, so both engines return identical pairs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..ids import article_id
from ..settings import ProvenanceSettings
from .minhash import NearDuplicate, bands_for, near_duplicates, signatures


def read_shard(path: str) -> tuple[list[str], list[str]]:
    """(ids, texts) of a JSONL or Parquet shard; 'id' is optional (content hash if absent)."""
    p = Path(path)
    if p.suffix == ".parquet":
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(p)
        except (OSError, ValueError) as exc:
            raise InputError(path, f"cannot read Parquet: {exc}") from exc
        if "text" not in table.column_names:
            raise InputError(path, "no 'text' column")
        texts = [t or "" for t in table.column("text").to_pylist()]
        ids = (table.column("id").to_pylist() if "id" in table.column_names
               else [article_id(t) for t in texts])
        return [str(i) for i in ids], texts
    ids, texts = [], []
    try:
        with p.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    text = row["text"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise InputError(path, f"not a JSON object with 'text' ({exc})", n) from exc
                texts.append(text or "")
                ids.append(str(row.get("id") or article_id(text or "")))
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from exc
    return ids, texts


def sign_shard(path: str, num_perm: int, shingle_words: int) -> tuple[list[str], np.ndarray]:
    """One task: read a shard and sign its texts."""
    ids, texts = read_shard(path)
    return ids, signatures(texts, num_perm, shingle_words)


def _pairs(parts: Sequence[tuple[list[str], np.ndarray]], settings: ProvenanceSettings
           ) -> list[NearDuplicate]:
    ids = [i for part_ids, _ in parts for i in part_ids]
    if not ids:
        return []
    sig = np.concatenate([s for _, s in parts])
    bands, rows = bands_for(settings.near_duplicate, settings.num_perm)
    return near_duplicates(ids, sig, settings.near_duplicate, bands, rows)


def near_duplicates_local(paths: Sequence[str], settings: ProvenanceSettings
                          ) -> list[NearDuplicate]:
    """Near-duplicate pairs across all shards, in this process."""
    return _pairs([sign_shard(p, settings.num_perm, settings.shingle_words) for p in paths],
                  settings)


def near_duplicates_dask(paths: Sequence[str], settings: ProvenanceSettings,
                         scheduler: str | object) -> list[NearDuplicate]:
    """The same pairs, with shards signed by the workers of a Dask cluster.

    ``scheduler`` is an address ('tcp://host:8786') or a ``distributed.Client``.
    """
    from distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        futures = client.map(sign_shard, [str(p) for p in paths], num_perm=settings.num_perm,
                             shingle_words=settings.shingle_words, pure=False)
        parts = client.gather(futures)
    finally:
        if client is not scheduler:
            client.close()
    return _pairs(parts, settings)
