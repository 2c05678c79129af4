"""Read inputs (files, folders, stdin) into RawDocuments; one bad input never stops the rest.

STUB: to be replaced by the ingest owner. Interface:
    read_inputs(paths, settings) -> Iterator[RawDocument | InputProblem]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from .model import InputProblem, RawDocument
from .settings import IngestSettings


def read_inputs(
    paths: Sequence[str], settings: IngestSettings | None = None
) -> Iterator[RawDocument | InputProblem]:
    for p in paths:
        path = Path(p)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for f in files:
            try:
                yield RawDocument(source=str(f), text=f.read_text(encoding="utf-8"))
            except OSError as exc:
                yield InputProblem(source=str(f), message=str(exc))
