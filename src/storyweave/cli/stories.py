"""CLI verbs of the stories stage: `stories`, `cluster` (shards) and `eval clustering`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ConfigOption,
    Engine,
    JsonOption,
    Split,
    fail,
    fail_usage,
    load_settings,
    open_store,
    write_json,
)


def stories(
    db: Annotated[
        Path,
        typer.Option("--db", help="SQLite store to read (see 'storyweave add').", dir_okay=False),
    ],
    json_out: JsonOption = None,
) -> None:
    """List the stored stories: size, outlets, time span and title, largest first.

    Example:

      storyweave stories --db news.db --json stories.json
    """
    from ..stories.listing import list_stories

    with open_store(db) as store:
        rows = list_stories(store)
    if json_out is not None:
        write_json(json_out, {"stories": rows})
    if str(json_out) != "-":
        from ..stories.display import print_stories

        print_stories(rows)


def cluster(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="JSONL or Parquet shards (id, title, text, date), or folders of them.",
            show_default=False,
        ),
    ],
    engine: Annotated[Engine, typer.Option("--engine", help="Where to run.")] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Dask scheduler address (tcp://host:8786); "
            "with --engine dask and none given, a local 2-worker cluster.",
        ),
    ] = None,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Group the articles of JSONL/Parquet shards into stories, locally or on Dask.

    Both engines give the same stories. Example:

      storyweave cluster --engine dask --scheduler tcp://10.0.0.5:8786 shards/
    """
    from ..stories.distributed import cluster_local
    from ..stories.shards import shard_paths

    settings = load_settings(config).stories
    paths = shard_paths(inputs)
    if not paths:
        fail_usage("no shards given (.jsonl or .parquet files, or folders of them)")
    if engine is Engine.local:
        result = cluster_local(paths, settings)
    else:
        result = _on_dask(paths, settings, scheduler)
    _report_cluster(result, json_out)


def _on_dask(paths: list, settings: object, scheduler: str | None):  # noqa: ANN202
    from ..stories.distributed import cluster_dask

    if scheduler:
        try:
            return cluster_dask(paths, settings, scheduler)  # type: ignore[arg-type]
        except OSError as exc:
            fail(f"{scheduler}: cannot reach the Dask scheduler ({exc})")
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as lc, Client(lc) as c:
        return cluster_dask(paths, settings, c)  # type: ignore[arg-type]


def _report_cluster(result, json_out: Path | None) -> None:  # noqa: ANN001
    from ..stories import representative_title
    from ..stories.listing import group_rows

    rows = group_rows(result.groups, {a.id: a for a in result.articles}, representative_title)
    if json_out is not None:
        write_json(
            json_out,
            {
                "stories": rows,
                "problems": [str(p) for p in result.problems],
            },
        )
    if str(json_out) != "-":
        from ..stories.display import print_stories

        print_stories(rows)
    for p in result.problems:
        typer.echo(f"error {p}", err=True)
    if result.problems:
        raise typer.Exit(1)


def eval_clustering(
    file: Annotated[
        Path,
        typer.Argument(
            help="Labelled JSONL: one article a line with a gold 'cluster' "
            "(ECB+), or one topic a line with 'documents' (TAC 2011).",
            exists=True,
            dir_okay=False,
        ),
    ],
    split: Annotated[
        Split, typer.Option("--split", help="ECB+ split: dev (topics 1-22), test (23-45), all.")
    ] = Split.all,
    online: Annotated[
        bool, typer.Option("--online/--batch-only", help="Also score the online path.")
    ] = True,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Score story grouping on labelled data: BCubed and pairwise P/R/F1.

    Prints the batch grouping beside the online one (articles one at a time, in file
    order) and a single-signal TF-IDF baseline, measured in the same run. Example:

      storyweave eval clustering ../shared/eval/clustering/ecbplus.jsonl --split test
    """
    from ..errors import StoryweaveError
    from ..stories.scoring import run_eval

    settings = load_settings(config).stories
    try:
        table = run_eval(file, split.value, settings, online=online)
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if json_out is not None:
        write_json(json_out, table)
    if str(json_out) != "-":
        from ..stories.display import print_scores

        print_scores(table)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(stories)
    app.command()(cluster)
    eval_app.command("clustering")(eval_clustering)
