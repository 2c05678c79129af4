"""Read inputs (files, folders, stdin) into RawDocuments; one bad input never stops the rest.

    read_inputs(paths, settings) -> Iterator[RawDocument | InputProblem]

Formats by file ending: .txt/.md (scraped plain text), .html/.htm, .json (an object, an
array of objects, or {"articles": [...]}) and .jsonl (one article object a line, streamed).
Standard input ('-') and files without an ending are sniffed. Every problem is one
InputProblem naming the input (and line, when there is one); the walk goes on.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..model import InputProblem, RawDocument
from ..settings import IngestSettings
from .decode import decode, sniff_encoding
from .records import parse_json, parse_json_line
from .walk import SUPPORTED, reason, walk

__all__ = ["SUPPORTED", "kind_of", "read_bytes", "read_inputs"]

Item = RawDocument | InputProblem
_KINDS = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
_HTML_PAGE = re.compile(r"\ufeff?\s*<(!doctype\s+html|html)\b", re.I)
_HTML_START = re.compile(r"<(!doctype|html|head|body|article|div|p|meta|title)\b", re.I)


def read_inputs(
    paths: Iterable[str], settings: IngestSettings | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Item]:
    """Documents and problems, in the order of ``paths`` (folders in sorted order).

    The same file named twice (or reached twice through folders) is read once.
    """
    settings = settings or IngestSettings()
    seen: set[object] = set()  # '-' and the (device, inode) of each file read
    for p in paths:
        if str(p) == "-":
            if "-" not in seen:
                seen.add("-")
                yield from read_stream(stdin or sys.stdin.buffer, "-", settings)
            continue
        path = Path(p)
        if path.is_dir():
            for item in walk(path, settings.max_files):
                if isinstance(item, InputProblem):
                    yield item
                elif _first_time(item, seen):
                    yield from read_file(item, settings)
        elif _first_time(path, seen):
            yield from read_file(path, settings, explicit=True)


def _first_time(path: Path, seen: set[object]) -> bool:
    try:
        info = os.stat(path)
    except OSError:
        return True  # read_file reports why
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def read_file(path: Path, settings: IngestSettings, *, explicit: bool = False) -> Iterator[Item]:
    """The documents in one file (several for .json arrays and .jsonl), or its problem."""
    source = str(path)
    kind = _KINDS.get(path.suffix.lower())
    if kind is None and path.suffix and explicit:
        yield InputProblem(
            source=source,
            message=f"unsupported file type '{path.suffix}' (supported: {' '.join(SUPPORTED)})",
        )
        return
    try:
        yield from _read_file(path, source, kind, settings)
    except InputError as exc:
        yield InputProblem(source=exc.source, message=exc.message, line=exc.line)
    except OSError as exc:
        yield InputProblem(source=source, message=f"cannot read: {reason(exc)}")


def _read_file(
    path: Path, source: str, kind: str | None, settings: IngestSettings
) -> Iterator[Item]:
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise InputError(source, "not a regular file")
    if kind == "jsonl":
        yield from _read_jsonl(path, source, settings)
        return
    _check_size(info.st_size, source, settings)
    with open(path, "rb") as f:
        data = f.read()
    yield from _documents(data, source, kind)


def read_stream(stream: BinaryIO, source: str, settings: IngestSettings) -> Iterator[Item]:
    """Documents from a byte stream (standard input), its format sniffed."""
    limit = _limit(settings)
    try:
        data = stream.read(limit + 1)
    except OSError as exc:
        yield InputProblem(source=source, message=f"cannot read: {reason(exc)}")
        return
    try:
        _check_size(len(data), source, settings, at_least=len(data) > limit)
        yield from _documents(data, source, None)
    except InputError as exc:
        yield InputProblem(source=exc.source, message=exc.message, line=exc.line)


def _documents(data: bytes, source: str, kind: str | None) -> Iterator[Item]:
    if not data.strip():
        raise InputError(source, "empty file, nothing to read")
    text = decode(data, source, html=kind in (None, "html"))
    if not text.strip():
        raise InputError(source, "empty file, nothing to read")
    kind = kind or sniff_kind(text)
    if kind == "text" and _HTML_PAGE.match(text):
        kind = "html"  # a page saved with a .txt ending
    if kind == "text":
        yield RawDocument(source=source, text=text.lstrip("\ufeff"))
    elif kind == "html":
        yield RawDocument(source=source, html=text.lstrip("\ufeff"))
    elif kind == "json":
        yield from parse_json(text, source)
    else:
        yield from _jsonl_lines(enumerate(text.splitlines(), start=1), source)


def sniff_kind(text: str) -> str:
    """'json', 'jsonl', 'html' or 'text', from what the text looks like."""
    head = text.lstrip("\ufeff \t\n")
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        lines = [ln for ln in head.splitlines() if ln.strip()]
        if len(lines) > 1 and all(
            ln.lstrip().startswith("{") and ln.rstrip().endswith("}") for ln in lines
        ):
            return "jsonl"
        return "json"
    if head.startswith("<") and _HTML_START.search(head[:2048]):
        return "html"
    return "text"


def _read_jsonl(path: Path, source: str, settings: IngestSettings) -> Iterator[Item]:
    """A .jsonl file line by line: memory stays bounded by the longest line."""
    limit = _limit(settings)
    with open(path, "rb") as f:
        sample = f.read(65536)
        if not sample.strip():
            raise InputError(source, "empty file, nothing to read")
        encoding = sniff_encoding(sample)
        if encoding.startswith(("utf-16", "utf-32")):
            f.seek(0)
            yield from _documents(f.read(limit + 1), source, "jsonl")
            return
        if b"\x00" in sample:
            raise InputError(source, "binary file (NUL bytes), not text")
        f.seek(0)
        yield from _jsonl_lines(_decoded_lines(f, source, encoding, limit), source)


def _decoded_lines(
    f: BinaryIO, source: str, encoding: str, limit: int
) -> Iterator[tuple[int, str | InputProblem]]:
    number = 0
    while raw := f.readline(limit + 1):
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (more := f.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            mb = f"{limit / 1_000_000:g}"
            yield (
                number,
                InputProblem(
                    source=source,
                    line=number,
                    message=f"line over the {mb} MB limit (ingest.max_file_mb)",
                ),
            )
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 and encoding == "utf-8" else encoding)
        except UnicodeDecodeError:
            yield (
                number,
                InputProblem(source=source, line=number, message=f"line is not valid {encoding}"),
            )
            continue
        yield number, line


def _jsonl_lines(lines: Iterable[tuple[int, str | InputProblem]], source: str) -> Iterator[Item]:
    found = False
    for number, line in lines:
        item = line if isinstance(line, InputProblem) else parse_json_line(line, source, number)
        if item is not None:
            found = True
            yield item
    if not found:
        yield InputProblem(source=source, message="empty file, nothing to read")


def _limit(settings: IngestSettings) -> int:
    return int(settings.max_file_mb * 1_000_000)


def _check_size(size: int, source: str, settings: IngestSettings, at_least: bool = False) -> None:
    if size > _limit(settings):
        what = "more than " if at_least else ""
        raise InputError(
            source,
            f"too large: {what}{size / 1_000_000:.1f} MB, over the {settings.max_file_mb:g} MB "
            "limit (raise ingest.max_file_mb)",
        )


def read_bytes(data: bytes, source: str, kind: str | None = None) -> Iterator[Item]:
    """Documents in bytes already in memory (an upload, a fetched page).

    ``kind`` is 'text', 'html', 'json' or 'jsonl' (see :func:`kind_of`); None sniffs it.
    """
    try:
        yield from _documents(data, source, kind)
    except InputError as exc:
        yield InputProblem(source=exc.source, message=exc.message, line=exc.line)


def kind_of(name: str) -> str | None:
    """The format a file name's ending says ('text', 'html', 'json', 'jsonl'), or None."""
    return _KINDS.get(Path(name).suffix.lower())
