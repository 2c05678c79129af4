"""The base feature columns' names, and the sizes the feature modules share."""

from __future__ import annotations

BASE_NAMES = (
    "len",
    "chars",
    "end",
    "ellipsis",
    "colon",
    "stop",
    "caps",
    "digits",
    "punct",
    "commas",
    "sentences",
    "date",
    "time",
    "url",
    "seps",
    "bullet",
    "copyright",
    "blank",
    "quote",
    "dup",
    "sec_comments",
    "sec_related",
    "sec_faq",
    "byline",
    "caption",
    "upper",
    "cjk",
    "lower_start",
    "parens",
)
N_BASE = len(BASE_NAMES)
STAMP_WORDS = 20
N_BLOCK = 9  # columns of _block
SHORT_UNITS = 8  # lines shorter than this form menus when they come in runs
