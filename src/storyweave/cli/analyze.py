"""`storyweave analyze` and `storyweave add`: the main job, and storing without a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import ConfigOption, DbOption, JsonOption, fail, load_settings, write_json

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
    config: ConfigOption = None,
) -> None:
    """Clean, group and analyse a pile of articles; print the report.

    Examples:

      storyweave analyze examples/corpus

      storyweave analyze pages/ feed.jsonl --json out.json --db news.db
    """
    from .. import contract, display, pipeline
    from ..errors import StoryweaveError

    settings = load_settings(config).replace("summary", words=words)
    try:
        with display.progress_bar(not quiet) as progress:
            analysis = pipeline.analyze(
                paths, settings, single_story=single_story, progress=progress
            )
            if db is not None:
                from ..store import Store

                with Store(db) as store:
                    store.add_articles(analysis.articles)
                    store.save_stories(analysis.stories)
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
    config: ConfigOption = None,
) -> None:
    """Store articles without a report; stories are updated incrementally.

    Adding the same article twice is a no-op. Example:

      storyweave add --db news.db today/
    """
    from .. import display, pipeline
    from ..errors import StoryweaveError
    from ..store import Store

    settings = load_settings(config)
    try:
        with display.progress_bar() as progress, Store(db) as store:
            articles, problems, duplicates = pipeline.read_and_clean(paths, settings, progress)
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
