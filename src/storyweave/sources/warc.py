"""WARC / WARC.gz archives (warcio), e.g. CC-NEWS: HTML response records -> pages.

A cut-off archive is reported (where it stops being readable), never silently shortened:
warcio ends quietly on some truncations, so record lengths and the end offset are checked.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import InputProblem
from .http import HTML_TYPES, media_type

_BROKEN = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError)


@dataclass(frozen=True, slots=True, kw_only=True)
class WarcPage:
    """An HTML response found in an archive, still as bytes."""

    source: str  # 'archive.warc.gz#12': the 12th record
    url: str | None
    body: bytes
    charset: str | None


class Truncated(ValueError):
    """The archive ends inside a record."""


def read_warc(path: Path, max_bytes: int) -> Iterator[WarcPage | InputProblem | None]:
    """HTML pages with status 200; None for each record skipped (other types, statuses)."""
    n = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            records = ArchiveIterator(fh)
            for record in records:
                n += 1
                yield _page(record, f"{path}#{n}", max_bytes)
            end = _end_offset(records)
            last = records.get_record_offset() if records.member_info else 0
        if end < size:
            raise Truncated(f"{size - end:,} bytes at offset {end:,} are not a whole record")
        if not _last_member_whole(path, last):
            raise Truncated(f"the gzip member at offset {last:,} is cut short")
    except FileNotFoundError:
        yield InputProblem(source=str(path), message="no such file")
    except _BROKEN as exc:
        where = f"after record {n}" if n else "at the start"
        why = " ".join(str(exc).split())[:160] or type(exc).__name__
        yield InputProblem(source=str(path), message=f"unreadable WARC {where} ({why})")


def _end_offset(records: ArchiveIterator) -> int:
    if not records.member_info:
        return 0
    return records.get_record_offset() + records.get_record_length()


def _last_member_whole(path: Path, offset: int) -> bool:
    """For a .gz archive: does the last gzip member end properly (trailer and all)?"""
    with path.open("rb") as fh:
        fh.seek(offset)
        if fh.read(2) != b"\x1f\x8b":
            return True  # not gzip: record lengths were checked already
        fh.seek(offset)
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while not inflate.eof and (chunk := fh.read(65536)):
            inflate.decompress(chunk, 1 << 20)
            while inflate.unconsumed_tail and not inflate.eof:
                inflate.decompress(inflate.unconsumed_tail, 1 << 20)
        return inflate.eof


def _page(record: object, source: str, max_bytes: int) -> WarcPage | InputProblem | None:
    if record.rec_type != "response" or record.http_headers is None:
        _drain(record)
        return None
    headers = record.http_headers
    ctype, charset = media_type(headers.get_header("Content-Type"))
    if headers.get_statuscode() != "200" or ctype not in HTML_TYPES:
        _drain(record)
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        _drain(record)
        return InputProblem(source=source, message=f"record over the {max_bytes:,}-byte cap")
    if record.raw_stream.limit > 0:
        raise Truncated(f"record {source.rsplit('#', 1)[1]} is cut short")
    return WarcPage(source=source, url=record.rec_headers.get_header("WARC-Target-URI"),
                    body=body, charset=charset)


def _drain(record: object) -> None:
    while record.raw_stream.read(65536):
        pass
    if record.raw_stream.limit > 0:
        raise Truncated("a record is cut short")
