"""`storyweave eval cleaning`: body-line precision/recall/F1 beside jusText and a 10-word rule."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from .common import JsonOption, fail, fail_usage, write_json

_REPO = Path(__file__).resolve().parents[3]
DEFAULT_PAGES = (
    Path(os.environ.get("STORYWEAVE_SHARED", _REPO.parent / "shared")) / "eval/cleaning/pages.jsonl"
)


def eval_cleaning(
    pages: Annotated[
        Path | None,
        typer.Argument(
            help="Labelled pages (JSONL: id, lines [[text, label], ...]). "
            "Default: ../shared/eval/cleaning/pages.jsonl beside the repository "
            "($STORYWEAVE_SHARED/eval/cleaning/pages.jsonl when that is set).",
            show_default=False,
        ),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="test (ids 8-f), dev (ids 0-7) or all.")
    ] = "test",
    by_source: Annotated[
        bool,
        typer.Option(
            "--by-source",
            help="Also score each page source ('source' field) apart, e.g. fresh pages.",
        ),
    ] = False,
    json_out: JsonOption = None,
) -> None:
    """Score body-line extraction on labelled pages; jusText and the 10-word rule run beside it.

    Examples:

      storyweave eval cleaning --split test

      storyweave eval cleaning ~/.cache/storyweave/fresh_pages/pages.jsonl --split all --by-source
    """
    from ..clean.evaluate import SPLITS, evaluate, load_pages, split_pages
    from ..errors import StoryweaveError

    if split not in SPLITS:
        fail_usage(f"--split must be one of {', '.join(SPLITS)}, not '{split}'")
    path = pages or DEFAULT_PAGES
    try:
        chosen = split_pages(load_pages(path), split)
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if not chosen:
        fail(f"{path}: no pages in the '{split}' split")
    result = {"pages": str(path), "split": split, "scores": _scores(evaluate(chosen))}
    if by_source:
        result["sources"] = _source_scores(chosen)
    if json_out is not None:
        write_json(json_out, result)
        if str(json_out) == "-":
            return
    for name, scores in result.get("sources", {}).items():
        _print_scores({"split": f"{split}, source {name}", "scores": scores})
    _print_scores(result)


def _source_scores(pages: list[dict]) -> dict[str, list[dict]]:
    from ..clean.evaluate import by_source, evaluate

    return {name: _scores(evaluate(group)) for name, group in by_source(pages).items()}


def _scores(scores: list) -> list[dict]:
    return [
        {
            "method": s.method,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
            "pages": s.pages,
            "lines": s.lines,
            "ms_per_page": round(s.ms_per_page, 2),
        }
        for s in scores
    ]


def _print_scores(result: dict) -> None:
    from rich.table import Table

    from ..display import console

    first = result["scores"][0]
    table = Table(
        title=f"Body lines, {result['split']} split: {first['pages']} pages, {first['lines']} lines"
    )
    for col in ("method", "precision", "recall", "F1", "ms/page"):
        table.add_column(col, justify="left" if col == "method" else "right")
    for s in result["scores"]:
        table.add_row(
            s["method"],
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            f"{s['ms_per_page']:.1f}",
        )
    console.print(table)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    eval_app.command("cleaning")(eval_cleaning)
