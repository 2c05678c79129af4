"""`storyweave facts` (the cross-checked facts of stored stories) and `storyweave eval facts`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .common import ConfigOption, JsonOption, fail, load_settings, open_store, write_json

KINDS = ("quantity", "quote", "entity", "date")
STATUSES = ("conflict", "agree", "single")


def facts(
    db: Annotated[
        Path, typer.Option("--db", help="SQLite store written by 'analyze --db' or 'add'.",
                           dir_okay=False)
    ],
    story: Annotated[
        str | None, typer.Argument(help="Story id (or a unique prefix); all stories if left out.")
    ] = None,
    json_out: JsonOption = None,
    kind: Annotated[
        list[str] | None, typer.Option("--kind", help="Only these kinds: quantity, quote, "
                                       "entity, date (repeatable).")
    ] = None,
    status: Annotated[
        list[str] | None, typer.Option("--status", help="Only these statuses: conflict, "
                                       "agree, single (repeatable).")
    ] = None,
    recompute: Annotated[
        bool, typer.Option("--recompute", help="Cross-check again with the current settings "
                           "instead of showing the stored facts.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Show what the outlets agree on, where they conflict, and how many independent
    accounts back each fact (conflicts first; each claim with its outlet and sentence).

    Examples:

      storyweave facts --db news.db

      storyweave facts --db news.db s1a2b3 --kind quantity --status conflict

      storyweave facts --db news.db s1a2b3 --json facts.json
    """
    from ..contract import story_to_dict
    from ..errors import StoryweaveError

    _check_choices(kind, KINDS, "--kind")
    _check_choices(status, STATUSES, "--status")
    settings = load_settings(config)
    try:
        with open_store(db) as store:
            stories = _select(store, story, db)
            shown = []
            for s in stories:
                articles = {a.id: a for a in store.articles(list(s.articles))}
                if recompute:
                    s = _recompute(s, articles, settings)
                found = [f for f in s.facts if (not kind or f.kind in kind)
                         and (not status or f.status in status)]
                shown.append((s, found, articles))
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if json_out is not None:
        write_json(json_out, {"stories": [
            {"id": s.id, "title": s.title, "articles": len(s.articles),
             "accounts": len(s.accounts) or len(s.articles),
             "facts": story_to_dict(_with_facts(s, found))["facts"]}
            for s, found, _ in shown]})
    if str(json_out) != "-":
        from ..facts.show import print_facts

        for s, found, articles in shown:
            print_facts(s, found, articles)


def _check_choices(values: list[str] | None, allowed: tuple[str, ...], option: str) -> None:
    for v in values or ():
        if v not in allowed:
            raise typer.BadParameter(f"{v!r} is not one of {', '.join(allowed)}",
                                     param_hint=option)


def _select(store, story: str | None, db: Path) -> list:  # noqa: ANN001 - a Store
    stories = store.stories()
    if story is None:
        if not stories:
            fail(f"{db}: no stories stored yet; run: storyweave analyze FILES --db {db}")
        return stories
    matches = [s for s in stories if s.id == story] or [
        s for s in stories if s.id.startswith(story)]
    if len(matches) != 1:
        problem = "no such story" if not matches else f"{len(matches)} stories match"
        fail(f"{story}: {problem} in {db} (ids: "
             + ", ".join(s.id for s in stories[:8]) + (" ..." if len(stories) > 8 else "") + ")")
    return matches


def _recompute(story, articles, settings):  # noqa: ANN001, ANN202 - Story, dict, Settings
    from dataclasses import replace

    from ..facts import cross_check

    members = [articles[a] for a in story.articles if a in articles]
    accounts = story.accounts or tuple((a.id,) for a in members)
    return replace(story, facts=cross_check(members, accounts, settings.facts))


def _with_facts(story, facts):  # noqa: ANN001, ANN202
    from dataclasses import replace

    return replace(story, facts=tuple(facts))


def eval_facts(
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Folder of gold fact tables "
                                  "(default: tests/data/facts in the source tree).",
                                  file_okay=False)
    ] = None,
    shared: Annotated[
        Path | None, typer.Option("--shared", help="The shared data folder holding "
                                  "eval/summarization/tac2011_en.jsonl (default: ../shared or "
                                  "$STORYWEAVE_SHARED).", file_okay=False)
    ] = None,
    json_out: JsonOption = None,
    embeddings: Annotated[
        bool, typer.Option("--embeddings/--no-embeddings", help="Use sentence embeddings.")
    ] = True,
    errors: Annotated[
        bool, typer.Option("--errors", help="Also print each gold fact the stage gets wrong "
                           "(status, split, merged) with the predicted facts holding it.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Score fact extraction against the gold tables: quantity precision/recall/F1, quote
    speaker accuracy, fact grouping and status accuracy, per dataset.

    Example:

      storyweave eval facts --json facts-eval.json

      storyweave eval facts --errors
    """
    from dataclasses import replace

    from ..errors import StoryweaveError
    from ..facts.evaluate import default_gold_dir, default_shared_dir, evaluate_all
    from ..facts.show import print_errors, print_eval

    settings = load_settings(config).facts
    settings = replace(settings, embeddings=embeddings and settings.embeddings)
    gold = gold or default_gold_dir()
    if gold is None or not gold.is_dir():
        fail(f"{gold}: no gold tables found; pass --gold DIR")
        return
    found: dict | None = {} if errors else None
    try:
        results = evaluate_all(gold, shared or default_shared_dir(), settings, found)
    except StoryweaveError as exc:
        fail(str(exc))
        return
    if json_out is not None:
        write_json(json_out, results if found is None else results | {"errors": found})
    if str(json_out) != "-":
        print_eval(results)
        if found is not None:
            print_errors(found)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(facts)
    eval_app.command("facts")(eval_facts)
