"""CLI verbs for the local models: `models prepare` builds the cached static embedder ahead."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from .common import ConfigOption, JsonOption, fail, load_settings, write_json

models_app = typer.Typer(
    help="Local models: build the cached static embedder ahead of first use.",
    no_args_is_help=True,
)


@models_app.command("prepare")
def prepare(
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even if the cached model is current.")
    ] = False,
    json_out: JsonOption = None,
    config: ConfigOption = None,
) -> None:
    """Distil the static embedder from the stories' embedding model into the user cache
    ($STORYWEAVE_CACHE, else $XDG_CACHE_HOME/storyweave, else ~/.cache/storyweave), if it
    is missing, stale or corrupt. Otherwise it is built on first use. Example:

      storyweave models prepare
    """
    from ..errors import StoryweaveError
    from ..static_embed import is_current, model_folder, source_model
    from ..static_embed import prepare as build

    model = load_settings(config).stories.embed_model
    t0 = time.perf_counter()
    try:
        current = not force and is_current(model_folder(source_model(model)), source_model(model))
        folder = build(model, force=force)
    except StoryweaveError as exc:
        fail(str(exc))
        return
    result = {
        "folder": str(folder),
        "built": not current,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if json_out is not None:
        write_json(json_out, result)
    if str(json_out) != "-":
        what = "built" if result["built"] else "already current"
        typer.echo(f"static embedder {what}: {folder} ({result['seconds']} s)")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add `storyweave models ...`."""
    app.add_typer(models_app, name="models")
