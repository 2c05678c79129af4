"""JSON and JSON Lines articles: one object per article, fields checked, problems located.

Fields: ``text`` (scraped plain text) or ``html``, and optional ``title``, ``url``,
``published``, ``outlet``, ``byline`` (a string or a list of strings) and ``clean``
(true when ``text`` is already a clean body that must not go through boilerplate removal).
Other dumps' names are read too when ours is absent (``ALIASES``: ``date`` or ``pubDate`` for
``published``, ``author`` for ``byline``, ``body`` or ``content`` for ``text``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..model import InputProblem, RawDocument

_STRING_FIELDS = ("text", "html", "title", "url", "published", "outlet")
#: other names dumps give these fields (scrapers, feeds, schema.org): read as ours when ours
#: is absent, so a dump's dates and authors are not silently dropped
ALIASES = {"published": ("date", "published_at", "pubDate", "datePublished", "publish_date"),
           "byline": ("author", "authors"), "text": ("body", "content")}
KNOWN_FIELDS = frozenset((*_STRING_FIELDS, "byline", "clean",
                          *(a for names in ALIASES.values() for a in names)))


def record_to_document(
    obj: Any, source: str, line: int | None = None, *, clean_default: bool = False
) -> RawDocument | InputProblem:
    """One JSON value as a RawDocument, or the problem with it."""
    if not isinstance(obj, dict):
        return InputProblem(
            source=source, line=line, message=f"expected a JSON object, got {_kind(obj)}"
        )
    renamed = {name: next(a for a in names if obj.get(a) is not None)
               for name, names in ALIASES.items()
               if obj.get(name) is None and any(obj.get(a) is not None for a in names)}
    obj = {**obj, **{name: obj[alias] for name, alias in renamed.items()}}
    fields: dict[str, Any] = {}
    for name in _STRING_FIELDS:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return InputProblem(
                source=source,
                line=line,
                message=f"field '{renamed.get(name, name)}' must be a string, got {_kind(value)}",
            )
        if name in ("text", "html"):
            fields[name] = value.replace("\r\n", "\n").replace("\r", "\n")
        else:
            fields[name] = " ".join(value.split())
    if not (fields.get("text") or "").strip() and not (fields.get("html") or "").strip():
        keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
        return InputProblem(
            source=source,
            line=line,
            message=f"no 'text' or 'html' field with content (fields: {keys})",
        )
    byline = _byline(obj.get("byline"))
    if byline is None:
        return InputProblem(
            source=source, line=line,
            message=f"field '{renamed.get('byline', 'byline')}' must be a string or a list of "
            "strings",
        )
    clean = obj.get("clean", clean_default)
    if not isinstance(clean, bool):
        return InputProblem(source=source, line=line, message="field 'clean' must be true or false")
    fields = {k: (v or None) for k, v in fields.items()}
    return RawDocument(source=source, byline=byline, clean=clean, **fields)


def _byline(value: Any) -> tuple[str, ...] | None:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),) if value.strip() else ()
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value if v.strip())
    return None


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def parse_json(text: str, source: str) -> Iterator[RawDocument | InputProblem]:
    """A .json document: one article object, an array of them, or {"articles": [...]}.

    storyweave's own output (``"schema": "storyweave.analysis/1"``) reads back with its
    article texts taken as clean, so analysing it again does not clean them twice.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputProblem(
            source=source,
            line=exc.lineno,
            message=f"malformed JSON at column {exc.colno}: {exc.msg}",
        )
        return
    ours = False
    if isinstance(data, dict) and "text" not in data and "html" not in data:
        # storyweave's own --json output: its article texts are already clean bodies.
        ours = str(data.get("schema", "")).startswith("storyweave.analysis/")
        if isinstance(data.get("articles"), list):
            data = data["articles"]
    if isinstance(data, list):
        if not data:
            yield InputProblem(source=source, message="empty JSON array, no articles")
        for i, obj in enumerate(data, start=1):
            yield record_to_document(obj, f"{source}#{i}", clean_default=ours)
        return
    yield record_to_document(data, source)


def parse_json_line(line: str, source: str, number: int) -> RawDocument | InputProblem | None:
    """One line of a .jsonl file (None for a blank line)."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputProblem(
            source=source,
            line=number,
            message=f"malformed JSON line at column {exc.colno}: {exc.msg}",
        )
    doc = record_to_document(obj, f"{source}#{number}", None)
    if isinstance(doc, InputProblem):
        return InputProblem(source=source, line=number, message=doc.message)
    return doc
