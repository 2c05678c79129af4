"""The optional compiled hot loop (`_fastlines`), checked, or None for the pure-Python path."""

from __future__ import annotations

import os
import sys

ABI = 5  # the _fastlines.ABI this code was written for (FASTLINES_ABI in _fastlines.c)
PURE_PYTHON_ENV = "STORYWEAVE_PURE_PYTHON"  # set to 1: never use the compiled module


def load(env: dict | None = None):
    """The _fastlines module, or None: not built (no compiler at install), forced off by
    STORYWEAVE_PURE_PYTHON=1, or built from another version of its source (a stale build:
    one line on stderr, then the pure-Python path, which gives the same output)."""
    env = os.environ if env is None else env
    if env.get(PURE_PYTHON_ENV, "").strip() not in ("", "0"):
        return None
    try:
        from . import _fastlines
    except ImportError:
        return None
    found = getattr(_fastlines, "ABI", None)
    if found != ABI:
        sys.stderr.write(
            f"storyweave: {_fastlines.__file__}: compiled module ABI {found}, expected {ABI} "
            "(a stale build: reinstall to rebuild); using the pure-Python path\n"
        )
        return None
    return _fastlines


fastlines = load()
_active = fastlines  # what active() gives: fastlines, or None once switched off


def active():
    """The compiled module while it is in use (see switch()), else None."""
    return _active


def path_name() -> str:
    """Which path the cleaner runs: 'compiled' or 'pure Python'."""
    return "compiled" if fastlines is not None else "pure Python"


def switch(on: bool) -> bool:
    """Use the compiled module (when loaded) or the pure-Python path from now on, in this
    process (for the bench and the tests that compare both); returns whether the compiled
    one was in use before (to switch back)."""
    global _active
    from .. import sentences
    from . import features

    was = _active is not None
    _active = fastlines if on else None
    features._TABLE = features._COMPILED_TABLE if on else None
    sentences._FAST, sentences._FAST_READY = _active, True
    return was
