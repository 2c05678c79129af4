"""Reading article shards for ``storyweave cluster``: JSONL or Parquet with id, title, text, date.

Each shard is one partition. A bad line becomes a problem naming the file and line;
the rest of the shard is read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, InputProblem

SUFFIXES = (".jsonl", ".parquet")


@dataclass(frozen=True, slots=True, kw_only=True)
class Shard:
    articles: tuple[Article, ...]
    problems: tuple[InputProblem, ...] = ()


def _article(d: object, where: str, line: int | None) -> Article | InputProblem:
    if not isinstance(d, dict):
        return InputProblem(source=where, line=line, message="not a JSON object")
    text = d.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputProblem(source=where, line=line, message="no 'text'")
    art_id = d.get("id")
    if art_id is None or str(art_id) == "":
        return InputProblem(source=where, line=line, message="no 'id'")
    date = d.get("date") or d.get("published")
    return Article(
        id=str(art_id),
        source=f"{where}#{line}" if line else where,
        text=text,
        title=(d.get("title") or None),
        published=str(date) if date else None,
    )


def read_shard(path: str | Path) -> Shard:
    """The articles of one JSONL or Parquet file (problems for unreadable parts)."""
    path = Path(path)
    where = str(path)
    if path.suffix not in SUFFIXES:
        return Shard(
            articles=(),
            problems=(
                InputProblem(
                    source=where, message=f"not a shard (expected {' or '.join(SUFFIXES)})"
                ),
            ),
        )
    try:
        rows = _rows(path)
    except (OSError, ValueError) as exc:
        return Shard(articles=(), problems=(InputProblem(source=where, message=str(exc)),))
    articles, problems = [], []
    for line, row in rows:
        item = row if isinstance(row, InputProblem) else _article(row, where, line)
        (problems if isinstance(item, InputProblem) else articles).append(item)
    return Shard(articles=tuple(articles), problems=tuple(problems))


def _rows(path: Path) -> list[tuple[int, object]]:
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return list(enumerate(table.to_pylist(), 1))
    out: list[tuple[int, object]] = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                out.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                out.append(
                    (n, InputProblem(source=str(path), line=n, message=f"not JSON ({exc.msg})"))
                )
    return out


def shard_paths(inputs: list[str]) -> list[Path]:
    """Shard files from files and folders (folders: their .jsonl/.parquet files, sorted)."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.suffix in SUFFIXES and q.is_file())
        else:
            out.append(p)
    return out
