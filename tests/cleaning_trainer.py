"""Test helpers for scripts/train_cleaner.py: its modules (scripts/cleaner_training/), the
script itself loaded as a module, and made-up labelled pages in the evaluation set's format."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

from conftest import REPO

SCRIPTS = REPO / "scripts"


def trainer_module(name: str) -> ModuleType:
    """The training code's module ``name`` (scripts/cleaner_training/NAME.py). Modules are
    shared between test files: patch their knobs (fitting.SEEDS, ...) with monkeypatch."""
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(f"cleaner_training.{name}")


def load_trainer(name: str) -> ModuleType:
    """A fresh copy of the training script (the command line) under ``name``."""
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / "train_cleaner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def made_up_page(k: int, site: str) -> dict:
    """A page of a menu, six body paragraphs and a footer, labelled as pages.jsonl is."""
    menu = [[w, 0] for w in ("Home", "World", "Sport", "Weather", "Contact us")]
    body = [
        [
            f"Paragraph {j} of report {k}: the committee met on a wet morning, heard "
            "three witnesses and agreed, after a long debate, to publish its findings.",
            1,
        ]
        for j in range(6)
    ]
    tail = [["Share this", 0], ["Copyright 2020 The Example Times", 0], ["Privacy", 0]]
    return {"id": f"{k:02d}", "url": f"https://www.{site}/story-{k}", "lines": menu + body + tail}
