"""The Jinja2 environment shared by the web app and the report: autoescaping on for every
template, so untrusted article text is always shown as text."""

from __future__ import annotations

import functools
from importlib import resources
from typing import Any

import jinja2

from ..model import REMOVED_KINDS


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("storyweave.web", "templates"),
        autoescape=True,  # every template, whatever its name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["REMOVED_KINDS"] = REMOVED_KINDS
    env.filters["day"] = lambda v: (v or "")[:10]
    env.filters["pct"] = lambda v: f"{round(float(v) * 100)}%"
    return env


def render(template: str, **context: Any) -> str:
    context.setdefault("standalone", False)
    return environment().get_template(template).render(**context)


@functools.cache
def static_text(name: str) -> str:
    """A file of web/static, for inlining into the self-contained report."""
    return resources.files("storyweave.web").joinpath("static", name).read_text("utf-8")
