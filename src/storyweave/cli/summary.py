"""`storyweave summary` (a stored story's cited summary) and `storyweave eval summarization`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import (
    ConfigOption,
    JsonOption,
    fail,
    fail_usage,
    load_settings,
    open_store,
    write_json,
)


def summary(
    db: Annotated[
        Path, typer.Option("--db", help="SQLite store written by analyze/add.", dir_okay=False)
    ],
    story: Annotated[
        str | None,
        typer.Argument(help="Story id (or a unique prefix of one); all stories when left out."),
    ] = None,
    words: Annotated[
        int | None,
        typer.Option("--words", min=10, help="Rewrite the summary to this many words."),
    ] = None,
    llm: Annotated[
        str | None,
        typer.Option("--llm", help="OpenAI-compatible endpoint (e.g. http://localhost:8000/v1)"
                     " to write the summary; key from $STORYWEAVE_LLM_KEY."),
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="Model name for --llm.")] = None,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Show the cited summary and timeline of stored stories.

    Every sentence names its sources; contested ones say what accounts disagree on.

    Examples:

      storyweave summary --db news.db

      storyweave summary --db news.db s1a2b3 --words 250 --json -
    """
    from ..errors import StoryweaveError

    if model and not llm:
        fail_usage("--model needs --llm URL")
    settings = load_settings(config).summary
    try:
        with open_store(db) as store:
            stories = _pick(store.stories(), story, db)
            if words is not None or llm is not None:
                stories = [_rewrite(store, s, settings, words, llm, model) for s in stories]
            articles = {a.id: a for s in stories for a in store.articles(list(s.articles))}
    except StoryweaveError as exc:
        fail(str(exc))
    _output(stories, articles, json_out)


def _pick(stories: list, wanted: str | None, db: Path) -> list:
    if wanted is None:
        if not stories:
            fail(f"{db}: no stories stored yet; run: storyweave analyze FILES --db {db}")
        return stories
    found = [s for s in stories if s.id == wanted] or [
        s for s in stories if s.id.startswith(wanted)
    ]
    if len(found) != 1:
        why = "no story" if not found else f"{len(found)} stories"
        fail_usage(f"{wanted}: {why} with this id in {db}; list them with: storyweave summary "
                   f"--db {db}")
    return found


def _rewrite(store, story, settings, words, llm, model):  # type: ignore[no-untyped-def]
    """The story with its summary written again with other settings."""
    import dataclasses

    from ..summary import summarize

    changes = {"words": words} if words is not None else {}
    if llm is not None:
        changes.update(llm_url=llm, llm_model=model or settings.llm_model)
    settings = dataclasses.replace(settings, **changes)
    articles = store.articles(list(story.articles))
    summary, timeline = summarize(articles, story.accounts, story.facts, settings)
    return dataclasses.replace(story, summary=summary, timeline=timeline)


def _output(stories: list, articles: dict, json_out: Path | None) -> None:
    from .. import contract

    if json_out is not None:
        keep = ("id", "title", "articles", "accounts", "summary", "timeline")
        data = {"stories": [
            {k: v for k, v in contract.story_to_dict(s).items() if k in keep} for s in stories
        ]}
        write_json(json_out, data)
        if str(json_out) == "-":
            return
    from .. import display
    from ..summary.render import print_story

    for s in stories:
        print_story(display.console, s, articles)


def eval_summarization(
    file: Annotated[
        Path, typer.Argument(help="Topics as JSONL (TAC 2011 MultiLing format).", exists=True,
                             dir_okay=False)
    ],
    words: Annotated[int, typer.Option("--words", min=10, help="Summary budget in words.")] = 250,
    citations: Annotated[
        bool, typer.Option("--citations/--no-citations",
                           help="Also judge citations with the provenance aligner (slower).")
    ] = True,
    json_out: JsonOption = None,
) -> None:
    """ROUGE-1/2/Lsum of storyweave beside Lead and LexRank, run in the same pass.

    Example:

      storyweave eval summarization ../shared/eval/summarization/tac2011_en.jsonl --words 250
    """
    from .. import display
    from ..errors import StoryweaveError
    from ..summary.evaluate import report
    from ..summary.render import print_scores

    try:
        result = report(file, words, citations=citations)
    except StoryweaveError as exc:
        fail(str(exc))
    if json_out is not None:
        write_json(json_out, result)
        if str(json_out) == "-":
            return
    print_scores(display.console, result["systems"], words)
    for line in result["notes"]:
        display.console.print(line)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(summary)
    eval_app.command("summarization")(eval_summarization)
