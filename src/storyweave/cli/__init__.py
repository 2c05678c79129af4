"""The `storyweave` command: a thin layer over the library. Each verb lives in its own module.

Exit codes: 0 all well; 1 some input failed (the rest was processed); 2 usage error.
"""

from __future__ import annotations

import typer

from . import analyze, cleaning, facts, models, provenance, sources, stories, summary, web

app = typer.Typer(
    name="storyweave",
    help=(
        "Make sense of news coverage: clean articles, group them into stories, trace who "
        "copies whom, cross-check facts and write cited summaries.\n\n"
        "Start with:  storyweave analyze examples/corpus"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
eval_app = typer.Typer(
    help="Measure quality on labelled data (prints figures beside peers run in the same pass).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

for _module in (analyze, cleaning, stories, provenance, facts, summary, web, sources, models):
    _module.register(app, eval_app)


def main() -> None:
    app()
