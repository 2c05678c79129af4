"""Text files listing URLs (`*.urls`, `*.urls.txt`, `urls.txt`): one URL a line, # comments."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import InputProblem
from .urls import is_web_url


def is_url_list(path: str | Path) -> bool:
    """The naming rule for URL lists."""
    name = Path(path).name.lower()
    return name == "urls.txt" or name.endswith((".urls", ".urls.txt"))


def read_url_list(path: Path, max_bytes: int) -> Iterator[tuple[int, str] | InputProblem]:
    """(line number, URL) for each URL line; an InputProblem for each line that is not one."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputProblem(source=str(path), message=f"URL list of {size:,} bytes is over "
                                                         f"the {max_bytes:,}-byte cap")
            return
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        yield InputProblem(source=str(path), message=f"cannot read URL list ({exc.strerror})")
        return
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_web_url(line):
            yield n, line
        else:
            yield InputProblem(source=str(path), line=n,
                               message=f"not an http(s) URL: {line[:80]!r}")
