"""CLI verbs of the provenance stage: `duplicates`, `compare`, `provenance`, `eval provenance`."""

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

StoreOption = Annotated[
    Path | None, typer.Option("--db", help="SQLite store (see 'storyweave add').", dir_okay=False)
]


def _shards(inputs: list[str]) -> list[str]:
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            out += sorted(str(q) for q in p.rglob("*")
                          if q.suffix in (".jsonl", ".parquet") and q.is_file())
        else:
            out.append(str(p))
    return out


def duplicates(
    shards: Annotated[
        list[str] | None, typer.Argument(help="JSONL/Parquet shards (id, text) or folders of "
                                         "them, instead of --db.", show_default=False)
    ] = None,
    db: StoreOption = None,
    engine: Annotated[Engine, typer.Option("--engine", help="Where shards are signed.")] = (
        Engine.local),
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786); "
                                 "with --engine dask and none given, a local 2-worker cluster.")
    ] = None,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Exact and near-duplicate articles across a whole store (incremental), or over shards.

    Similarity is the estimated Jaccard overlap of word shingles. Examples:

      storyweave duplicates --db news.db

      storyweave duplicates --engine dask --scheduler tcp://10.0.0.5:8786 shards/
    """
    from ..errors import StoryweaveError

    settings = load_settings(config).provenance
    if (db is None) == (not shards):
        fail_usage("give either --db FILE or shard files, not both or neither")
    try:
        if db is not None:
            data, exact, near = _store_duplicates(db, settings)
        else:
            near = _shard_duplicates(_shards(shards or []), settings, engine, scheduler)
            exact = ()
            data = {"near": [{"a": d.a, "b": d.b, "similarity": d.similarity} for d in near]}
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if json_out is not None:
        write_json(json_out, data)
    if str(json_out) != "-":
        from ..provenance.view import duplicates_view, show

        show(duplicates_view(exact, near))


def _store_duplicates(db: Path, settings):  # noqa: ANN001, ANN202
    from ..provenance.duplicates import duplicates as find

    with open_store(db) as store:
        report = find(store, settings)
    exact = report.exact + tuple((a, *s) for a, s in report.sources)
    return report.to_dict(), exact, report.near


def _shard_duplicates(paths: list[str], settings, engine: Engine, scheduler: str | None):  # noqa: ANN001, ANN202
    from ..provenance.shards import near_duplicates_dask, near_duplicates_local

    if not paths:
        fail_usage("no shards found (.jsonl or .parquet files, or folders of them)")
    if engine is Engine.local:
        return near_duplicates_local(paths, settings)
    if scheduler:
        try:
            return near_duplicates_dask(paths, settings, scheduler)
        except OSError as exc:
            fail(f"{scheduler}: cannot reach the Dask scheduler ({exc})")
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as lc, Client(lc) as c:
        return near_duplicates_dask(paths, settings, c)


def _load_pair(a: str, b: str, db: Path | None, settings):  # noqa: ANN001, ANN202
    from ..errors import StoryweaveError

    if db is not None:
        with open_store(db) as store:
            try:
                return store.article(a), store.article(b)
            except KeyError as exc:
                fail(f"{db}: no article with id {exc}")
    from ..pipeline import read_and_clean

    out = []
    for path in (a, b):
        try:
            arts, problems, _ = read_and_clean([path], settings)
        except StoryweaveError as exc:
            fail(str(exc))
        if problems or not arts:
            fail(str(problems[0]) if problems else f"{path}: no article found")
        out.append(arts[0])
    return out[0], out[1]


def compare(
    a: Annotated[str, typer.Argument(help="First article: a file, or an article id with --db.")],
    b: Annotated[str, typer.Argument(help="Second article: a file, or an article id with --db.")],
    db: StoreOption = None,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Two articles side by side, shared passages highlighted: verbatim, near-verbatim, paraphrase.

    Examples:

      storyweave compare one.html two.txt

      storyweave compare --db news.db 3f2a9c0d1e2b4a5c 9b8c7d6e5f4a3b2c --json -
    """
    from ..provenance import align

    settings = load_settings(config)
    first, second = _load_pair(a, b, db, settings)
    passages = align(first, second, settings=settings.provenance)
    if json_out is not None:
        write_json(json_out, {
            "a": first.id, "b": second.id,
            "passages": [{"a_span": list(p.a_span), "b_span": list(p.b_span), "kind": p.kind,
                          "similarity": round(p.similarity, 4)} for p in passages],
        })
    if str(json_out) != "-":
        from ..provenance.view import compare_view, show

        show(compare_view(first, second, passages))


def provenance(
    db: Annotated[Path, typer.Option("--db", help="SQLite store (see 'storyweave add').",
                                     dir_okay=False)],
    story: Annotated[str | None, typer.Argument(help="Story id (default: every story with "
                                                "two or more articles).")] = None,
    recompute: Annotated[bool, typer.Option("--recompute", help="Trace again from the stored "
                                            "articles instead of showing the stored graph.")
                         ] = False,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """The derivation graph (who copies, rewrites, translates or excerpts whom) and accounts.

    Example:

      storyweave provenance --db news.db s1a2b3c4d5e6 --json -
    """
    import dataclasses

    from ..contract import story_to_dict
    from ..provenance import trace

    settings = load_settings(config).provenance
    with open_store(db) as store:
        try:
            stories = [store.story(story)] if story else [
                s for s in store.stories() if len(s.articles) > 1]
        except KeyError:
            fail(f"{db}: no story with id {story}")
            return
        articles = {a.id: a for a in store.articles([a for s in stories for a in s.articles])}
    if recompute:
        stories = [dataclasses.replace(s, provenance=edges, accounts=accounts) for s in stories
                   for edges, accounts in [trace([articles[a] for a in s.articles], settings)]]
    if json_out is not None:
        write_json(json_out, {"stories": [
            {k: v for k, v in story_to_dict(s).items()
             if k in ("id", "title", "articles", "accounts", "provenance")} for s in stories]})
    if str(json_out) != "-":
        from ..provenance.view import show, story_view

        for s in stories:
            show(story_view(s, articles))


def eval_provenance(
    file: Annotated[Path, typer.Argument(help="ECB+ JSONL (../shared/eval/clustering/"
                                         "ecbplus.jsonl).", exists=True, dir_okay=False)],
    split: Annotated[Split, typer.Option("--split", help="ECB+ topics: dev (1-22), test "
                                         "(23-45), all.")] = Split.test,
    bench_config: Annotated[
        Path | None, typer.Option("--bench-config", help="Generator seed and rates "
                                  "(default: bench/derivation/config.toml if present).")
    ] = None,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Score the derivation graph on a benchmark built from ECB+ by known transformations.

    Prints edge precision/recall/F1 per relation and the adjusted Rand index of accounts,
    beside lexical-only and near-duplicate baselines run in the same pass. Example:

      storyweave eval provenance ../shared/eval/clustering/ecbplus.jsonl --split test
    """
    from ..errors import StoryweaveError
    from ..provenance.evaluate import run_eval

    settings = load_settings(config).provenance
    try:
        table = run_eval(file, split.value, settings, bench_config)
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if json_out is not None:
        write_json(json_out, table)
    if str(json_out) != "-":
        from ..provenance.view import scores_view, show

        show(scores_view(table))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(duplicates)
    app.command()(compare)
    app.command()(provenance)
    eval_app.command("provenance")(eval_provenance)
