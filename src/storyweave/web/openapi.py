"""The OpenAPI description, with the JSON contract's own schema (``schema/analysis-1.json``)
as the components that the story and article endpoints return."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

PREFIX = "contract."


def ref(name: str) -> dict[str, str]:
    """A reference to one definition of the contract schema ('story', 'article', ...)."""
    return {"$ref": f"#/components/schemas/{PREFIX}{name}"}


def json_response(schema: dict[str, Any], description: str) -> dict[int | str, Any]:
    return {200: {"description": description, "content": {"application/json": {
        "schema": schema}}}}


def install(app: FastAPI) -> None:
    """Make ``app.openapi()`` include the contract's definitions."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        from ..contract import json_schema

        spec = get_openapi(title=app.title, version=app.version,
                           description=app.description, routes=app.routes)
        defs = json.dumps(json_schema().get("$defs", {}))
        defs = defs.replace('"#/$defs/', f'"#/components/schemas/{PREFIX}')
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        for name, schema in json.loads(defs).items():
            schemas[PREFIX + name] = schema
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
