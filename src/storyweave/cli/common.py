"""Options and helpers shared by every CLI verb, defined once."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import StoryweaveError
from ..settings import Settings

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite store to read from / write to (created if missing).",
                 dir_okay=False),
]
JsonOption = Annotated[
    Path | None,
    typer.Option("--json", help="Write the result as JSON to this file ('-' for stdout).",
                 dir_okay=False, allow_dash=True),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="Settings file (TOML); see docs/settings.md.",
                 exists=True, dir_okay=False),
]


class Engine(StrEnum):
    """Where a corpus-scale pass runs."""

    local = "local"
    dask = "dask"


class Split(StrEnum):
    """Which part of a labelled data set an evaluation scores."""

    dev = "dev"
    test = "test"
    all = "all"


def open_store(db: Path):  # noqa: ANN201 - storyweave.store.Store, imported lazily
    """Open an existing store for a command that reads it; a missing path is an error
    (opening would silently create an empty database)."""
    from ..errors import StoreError
    from ..store import Store

    if not db.is_file():
        fail(f"{db}: no such store (no database at this path); create one with: "
             f"storyweave add --db {db} PATH")
    try:
        return Store(db)
    except StoreError as exc:
        fail(str(exc))
        raise  # unreachable


def load_settings(config: Path | None) -> Settings:
    if config is None:
        return Settings()
    try:
        return Settings.from_toml(config)
    except StoryweaveError as exc:
        fail_usage(str(exc))
        raise  # unreachable


def write_json(target: Path, data: Any) -> None:
    """Write JSON to a file, or to stdout when the target is '-'."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if str(target) == "-":
        sys.stdout.write(text + "\n")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text + "\n", encoding="utf-8")


def fail_usage(message: str) -> None:
    """A usage error: say what was wrong and exit with 2."""
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(2)


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)
