"""Sentence and paragraph segmentation with character offsets into the clean text.

STUB: to be replaced by the sentences owner. Interface:
    split_sentences(text) -> tuple[Sentence, ...]
"""

from __future__ import annotations

import re

from .model import Sentence

_END = re.compile(r"[^.!?]+[.!?]*")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in _END.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            out.append(Sentence(start=s, end=e, paragraph=text.count("\n\n", 0, s)))
    return tuple(out)
