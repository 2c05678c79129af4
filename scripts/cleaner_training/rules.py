"""The cleaner's rules, switched off by name: for the estimates' setups and for --rules."""

from __future__ import annotations

import importlib

import numpy as np

# decide.py / classifier.py helpers and what each returns when switched off (--rules)
RULES = {
    "decide._extend": None,
    "decide._continue_list": range(0),
    "decide._fill_lists": None,
    "decide._inline_teasers": 0,
    "decide._mark_tail": None,
    "decide._stamps": frozenset(),
    "decide._mark_cards": None,
    "decide._mark_credited_captions": None,
    "decide._line_kind": None,
    "decide._trim_edges": None,
    "decide._mark_promos": None,
    "decide._rejoin": None,
    "classifier.best_run": "empty",
}

# the rules that fire on one or two dev pages (the fourth pass's --rules figures), switched
# off for estimate (b); the end-of-body list rule takes most of its gain from one page
DEV_SPECIFIC = (
    "decide._mark_cards",
    "decide._stamps",
    "decide._fill_lists",
    "decide._mark_credited_captions",
)
DEV_SPECIFIC_AND_LISTS = (*DEV_SPECIFIC, "decide._continue_list")


class rules_off:
    """Switch the named RULES off (as --rules does) inside a with-block."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names, self.saved = names, {}

    def __enter__(self) -> None:
        for name in self.names:
            module = importlib.import_module(f"storyweave.clean.{name.split('.')[0]}")
            attr, off = name.split(".")[1], RULES[name]
            self.saved[name] = (module, attr, getattr(module, attr))
            if off == "empty":  # best_run: no run found
                setattr(module, attr, lambda p, *_: np.zeros(len(p), dtype=np.bool_))
            else:
                setattr(module, attr, lambda *a, _off=off, **k: _off)

    def __exit__(self, *exc) -> None:
        for module, attr, saved in self.saved.values():
            setattr(module, attr, saved)
