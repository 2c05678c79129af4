"""Article text as escaped HTML: paragraphs, marked spans (citations, highlights, alignments)
and removed blocks shown in place.

Spans may overlap: the text is cut at every span boundary into pieces, and each piece
carries the classes of all spans covering it. Every untrusted character goes through
``markupsafe.escape``; only class names and ids made here reach attributes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Removed

_PARA_BREAK = re.compile(r"\n\s*\n")
_SAFE_TOKEN = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Mark:
    """A span to mark: classes to give it, an optional anchor id at its first piece."""

    start: int
    end: int
    cls: str
    anchor: str | None = None
    group: str | None = None  # pairs passages across two texts (compare page)
    strong: bool = False  # rendered as <mark> (the span the reader asked for)
    title: str | None = None


def token(value: str) -> str:
    """A string made safe for an id or class attribute."""
    return _SAFE_TOKEN.sub("-", value)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: runs of text between blank lines."""
    out, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text) or not out:
        out.append((pos, len(text)))
    return out


def render_text(
    text: str,
    marks: Sequence[Mark] = (),
    removed: Sequence[Removed] = (),
    *,
    id_prefix: str = "",
) -> Markup:
    """The article body as HTML paragraphs with marks and removed blocks in place."""
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    anchored: set[int] = set()
    paras = paragraphs(text)
    by_para: dict[int, list[Removed]] = {}
    before: dict[int, list[Removed]] = {}
    for r in removed:
        i, inside = _place(paras, r.at)
        (by_para if inside else before).setdefault(i, []).append(r)
    html: list[str] = []
    for i, (ps, pe) in enumerate(paras):
        html.extend(_removed_block(r) for r in before.get(i, ()))
        inline = sorted(by_para.get(i, ()), key=lambda r: r.at)
        body = _paragraph(text, ps, pe, marks, inline, anchored)
        html.append(f'<p id="{id_prefix}p{i}" data-start="{ps}">{body}</p>')
    html.extend(_removed_block(r) for r in before.get(len(paras), ()))
    return Markup("\n".join(html))


def _place(paras: list[tuple[int, int]], at: int) -> tuple[int, bool]:
    """Which paragraph a removed block goes with, and whether it sits inside it."""
    for i, (ps, pe) in enumerate(paras):
        if at <= ps:
            return i, False
        if at < pe:
            return i, True
    return len(paras), False


def _paragraph(
    text: str, ps: int, pe: int, marks: list[Mark], inline: list[Removed], anchored: set[int]
) -> str:
    active = [m for m in marks if m.start < pe and m.end > ps]
    cuts = {ps, pe} | {r.at for r in inline}
    for m in active:
        cuts.update(c for c in (m.start, m.end) if ps < c < pe)
    points = sorted(cuts)
    out: list[str] = []
    pending = list(inline)
    for a, b in zip(points, points[1:], strict=False):
        while pending and pending[0].at <= a:
            out.append(_removed_inline(pending.pop(0)))
        out.append(_piece(text[a:b], [m for m in active if m.start < b and m.end > a], anchored))
    out.extend(_removed_inline(r) for r in pending)
    return "".join(out)


def _piece(chunk: str, covering: list[Mark], anchored: set[int]) -> str:
    if not covering:
        return str(escape(chunk))
    ids = []
    for m in covering:
        if m.anchor and id(m) not in anchored:
            anchored.add(id(m))
            group = f' data-g="{token(m.group)}"' if m.group else ""
            ids.append(f'<a class="anchor" id="{token(m.anchor)}"{group}></a>')
    classes = " ".join(sorted({token(c) for m in covering for c in m.cls.split()}))
    groups = " ".join(sorted({token(m.group) for m in covering if m.group}))
    title = next((m.title for m in covering if m.title), None)
    tag = "mark" if any(m.strong for m in covering) else "span"
    attrs = f' class="{classes}"'
    if groups:
        attrs += f' data-g="{groups}"'
    if title:
        attrs += f' title="{escape(title)}"'
    return "".join(ids) + f"<{tag}{attrs}>{escape(chunk)}</{tag}>"


def _removed_inline(r: Removed) -> str:
    return (
        f'<span class="removed kind-{token(r.kind)}" data-kind="{token(r.kind)}">'
        f'<span class="removed-label">{escape(r.kind)}</span>{escape(r.text)}</span>'
    )


def _removed_block(r: Removed) -> str:
    return (
        f'<div class="removed kind-{token(r.kind)}" data-kind="{token(r.kind)}">'
        f'<span class="removed-label">{escape(r.kind)}</span>{escape(r.text)}</div>'
    )


def parse_span(value: str | None) -> tuple[int, int] | None:
    """'120-180' -> (120, 180); None for anything else (a bad span is simply not marked)."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{1,9})\s*[-:,]\s*(\d{1,9})\s*", value)
    if not m:
        return None
    start, end = int(m.group(1)), int(m.group(2))
    return (start, end) if start < end else None
