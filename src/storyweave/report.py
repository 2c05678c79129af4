"""The self-contained HTML report (STUB: the web owner replaces this)."""

from __future__ import annotations

import html
from pathlib import Path

from .model import Analysis


def write_report(analysis: Analysis, path: str | Path) -> None:
    body = "".join(
        f"<article><h2>{html.escape(a.title or '')}</h2><p>{html.escape(a.text)}</p></article>"
        for a in analysis.articles
    )
    Path(path).write_text(f"<!doctype html><meta charset=utf-8>{body}", encoding="utf-8")
