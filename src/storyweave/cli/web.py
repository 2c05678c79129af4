"""`storyweave serve` (the local web app) and `storyweave report` (a self-contained HTML file)."""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import Annotated

import typer

from .common import ConfigOption, JsonOption, fail, load_settings, open_store, write_json

DbRequired = Annotated[
    Path, typer.Option("--db", help="SQLite store made by 'storyweave add' or 'analyze --db'.",
                       dir_okay=False)
]


def serve(
    db: DbRequired,
    host: Annotated[str, typer.Option("--host", help="Address to bind. Anything other than "
                                      "loopback exposes your store to the network.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free).")]
    = 8000,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write {url, db, host, port} here ('-' for stdout) once the address "
        "is chosen.", dir_okay=False, allow_dash=True)] = None,
    config: ConfigOption = None,
) -> None:
    """Run the local web app: stories, facts, provenance, compare, add articles.

    Every page has a JSON twin ('.json' or Accept: application/json); the API is at /docs.

      storyweave serve --db news.db
    """
    import uvicorn

    from ..errors import StoryweaveError
    from ..web import create_app

    settings = load_settings(config)
    loopback = _is_loopback(host)
    try:
        app = create_app(db, settings, trusted_hosts=None if not loopback else
                         ("127.0.0.1", "localhost", "::1", "[::1]", host))
    except StoryweaveError as exc:
        fail(str(exc))
    if not loopback:
        typer.echo(f"Warning: binding {host}: anyone who can reach it can read and add "
                   "articles.", err=True)
    port = port or _free_port(host)
    url = f"http://{_url_host(host)}:{port}/"
    if json_out is not None:
        write_json(json_out, {"url": url, "db": str(db), "host": host, "port": port})
    typer.echo(f"storyweave: serving {db} at {url}  (Ctrl+C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _free_port(host: str) -> int:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.bind((host.strip("[]"), 0))
        return s.getsockname()[1]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def report(
    db: DbRequired,
    story: Annotated[str | None, typer.Argument(help="Story id (default: every story).")] = None,
    html: Annotated[Path, typer.Option("--html", help="Write the HTML report here.",
                                       dir_okay=False)] = Path("report.html"),
    json_out: JsonOption = None,
) -> None:
    """Write a self-contained HTML report (inline CSS and SVG, no network) from a store.

      storyweave report --db news.db s1a2b3c4d5e6 --html story.html
    """
    from ..errors import StoryweaveError
    from ..report import write_store_report

    try:
        with open_store(db) as store:
            write_store_report(store, html, story)
            n = 1 if story else len(store.stories())
    except KeyError:
        fail(f"{db}: no story with id '{story}'; list them with 'storyweave stories --db {db}'")
    except (StoryweaveError, OSError) as exc:
        fail(str(exc))
    if json_out is not None:
        write_json(json_out, {"html": str(html), "stories": n, "story": story})
    typer.echo(f"wrote {html} ({n} {'story' if n == 1 else 'stories'})", err=True)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the app (and to 'storyweave eval')."""
    app.command()(serve)
    app.command()(report)
