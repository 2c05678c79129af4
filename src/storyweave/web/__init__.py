"""The local web app and HTTP API: ``create_app(db_path, settings)`` (FastAPI)."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
