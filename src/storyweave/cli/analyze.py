"""`storyweave analyze` and `storyweave add`: the main job, and storing without a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ConfigOption,
    DbOption,
    JsonOption,
    fail,
    fail_usage,
    load_settings,
    write_json,
)
from .sources import AllowPrivateOption

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders (read recursively) or '-' for standard input. Formats: .txt/.md "
        "(scraped text), .html/.htm, .json (object or array), .jsonl (one article a line).",
        show_default=False,
    ),
]


def analyze(
    paths: PathsArg,
    json_out: JsonOption = None,
    db: DbOption = None,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")
    ] = None,
    words: Annotated[int, typer.Option("--words", min=10, help="Summary budget in words.")] = 120,
    single_story: Annotated[
        bool, typer.Option("--single-story", help="Treat the whole input as one story.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No terminal report.")] = False,
    allow_private: AllowPrivateOption = False,
    config: ConfigOption = None,
) -> None:
    """Clean, group and analyse a pile of articles; print the report.

    With --db the articles are stored and the stored stories updated incrementally; the
    report then covers the stories this pile belongs to, earlier stored articles included.

    Examples:

      storyweave analyze examples/corpus

      storyweave analyze pages/ feed.jsonl --json out.json --db news.db
    """
    from .. import contract, display, pipeline
    from ..errors import StoryweaveError

    settings = load_settings(config).replace("summary", words=words)
    if allow_private:
        settings = settings.replace("fetch", allow_private=True)
    if db is not None and single_story:
        fail_usage("--single-story works on a pile without --db (stored stories are kept "
                   "by event); drop one of the two")
    try:
        with display.progress_bar(not quiet) as progress:
            if db is None:
                analysis = pipeline.analyze(
                    paths, settings, single_story=single_story, progress=progress
                )
            else:
                from ..store import Store

                with Store(db) as store:
                    analysis = pipeline.analyze_into_store(
                        paths, store, settings, progress=progress
                    )
    except StoryweaveError as exc:
        fail(str(exc))
    if json_out is not None:
        write_json(json_out, contract.to_dict(analysis))
    if html is not None:
        from ..report import write_report

        write_report(analysis, html)
    if not quiet and str(json_out) != "-":
        display.print_analysis(analysis)
    elif analysis.problems:
        for line in display.problems_lines(analysis.problems):
            display.err_console.print(line)
    if not analysis.articles and not analysis.problems:
        fail("no articles found in the inputs (supported: .txt .md .html .htm .json .jsonl)")
    if analysis.problems:
        raise typer.Exit(1)


def add(
    paths: PathsArg,
    db: Annotated[
        Path, typer.Option("--db", help="SQLite store (created if missing).", dir_okay=False)
    ],
    json_out: JsonOption = None,
    allow_private: AllowPrivateOption = False,
    config: ConfigOption = None,
) -> None:
    """Store articles without a report; stories are updated incrementally.

    Sources can also be article URLs, RSS/Atom feeds, sitemaps, WARC files and URL lists
    (*.urls); see docs/sources.md.

    Adding the same article twice is a no-op. Example:

      storyweave add --db news.db today/
    """
    from .. import display, pipeline
    from ..errors import StoryweaveError
    from ..store import Store

    settings = load_settings(config)
    if allow_private:
        settings = settings.replace("fetch", allow_private=True)
    try:
        with display.progress_bar() as progress, Store(db) as store:
            articles, problems, duplicates = pipeline.read_and_clean(
                paths, settings, progress, store=store
            )
            new_ids = store.add_articles(articles)
            changed = pipeline.update_stories(store, new_ids, settings)
    except StoryweaveError as exc:
        fail(str(exc))
    known = len(articles) - len(new_ids) + len(duplicates)
    result = {
        "added": new_ids,
        "already_stored": known,
        "stories_changed": [s.id for s in changed],
        "problems": [str(p) for p in problems],
    }
    if json_out is not None:
        write_json(json_out, result)
    display.console.print(
        f"added {len(new_ids)} new article(s), {known} already stored, "
        f"{len(changed)} story(ies) changed, {len(problems)} input(s) failed -> {db}"
    )
    for line in display.problems_lines(problems):
        display.err_console.print(line)
    if problems:
        raise typer.Exit(1)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(analyze)
    app.command()(add)
