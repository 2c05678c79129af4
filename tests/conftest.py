"""Shared test fixtures: where the shared corpus and eval data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYWEAVE_SHARED", REPO.parent / "shared"))
BORDER_TALKS = SHARED / "corpus" / "border-talks"
EXAMPLES = REPO / "examples" / "corpus"


@pytest.fixture(scope="session")
def border_talks() -> Path:
    assert BORDER_TALKS.is_dir(), f"reference corpus missing at {BORDER_TALKS}"
    return BORDER_TALKS


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"shared data missing at {SHARED} (set STORYWEAVE_SHARED)"
    return SHARED
