"""WARC / WARC.gz archives (warcio), e.g. CC-NEWS: HTML response records -> RawDocuments."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import InputProblem
from .http import HTML_TYPES, media_type


@dataclass(frozen=True, slots=True, kw_only=True)
class WarcPage:
    """An HTML response found in an archive, still as bytes."""

    source: str  # 'archive.warc.gz#12': the 12th record
    url: str | None
    body: bytes
    charset: str | None


def read_warc(path: Path, max_bytes: int) -> Iterator[WarcPage | InputProblem | None]:
    """HTML pages with status 200; None for each record skipped (other types, statuses)."""
    n = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                n += 1
                yield _page(record, f"{path}#{n}", max_bytes)
    except FileNotFoundError:
        yield InputProblem(source=str(path), message="no such file")
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
        where = f"after record {n}" if n else "at the start"
        yield InputProblem(source=str(path), message=f"unreadable WARC {where} "
                                                     f"({' '.join(str(exc).split())[:160]})")


def _page(record: object, source: str, max_bytes: int) -> WarcPage | InputProblem | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    headers = record.http_headers
    ctype, charset = media_type(headers.get_header("Content-Type"))
    if headers.get_statuscode() != "200" or ctype not in HTML_TYPES:
        return None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return InputProblem(source=source, message=f"record over the {max_bytes:,}-byte cap")
    return WarcPage(source=source, url=record.rec_headers.get_header("WARC-Target-URI"),
                    body=body, charset=charset)
