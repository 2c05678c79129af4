"""Folder walking: recursive, sorted, streamed, skipping hidden and unsupported files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..model import InputProblem

#: File endings storyweave reads, lower-cased.
SUPPORTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
#: Documentation that sits beside articles in a folder; skipped when walking a folder.
_DOC_NAMES = ("readme", "license", "licence", "changelog", "source")


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def walk(folder: Path, max_files: int) -> Iterator[Path | InputProblem]:
    """Supported files under ``folder`` in sorted path order, streamed.

    Only one directory listing per level is held in memory. Hidden files and folders
    (names starting with '.'), unsupported endings, README/LICENSE-like files and
    symlinked folders are skipped silently; unreadable sub-folders are reported and
    skipped. After ``max_files`` files the walk stops with a problem.
    """
    count = 0
    for item in _walk(folder):
        if isinstance(item, Path):
            count += 1
            if count > max_files:
                yield InputProblem(
                    source=str(folder),
                    message=f"more than {max_files} files; stopped there "
                    "(raise ingest.max_files to read more)",
                )
                return
        yield item


def _walk(folder: Path) -> Iterator[Path | InputProblem]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield InputProblem(source=str(folder), message=f"cannot list folder: {reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            yield from _walk(Path(entry.path))
        elif _wanted(entry.name):
            yield Path(entry.path)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _wanted(name: str) -> bool:
    path = Path(name)
    return path.suffix.lower() in SUPPORTED and not path.stem.lower().startswith(_DOC_NAMES)


def reason(exc: OSError) -> str:
    """A short reason for an OS error: 'permission denied', 'no such file or directory'."""
    return (exc.strerror or str(exc)).lower()
