"""The fast sentence splitter equals its plain reference: paragraph by paragraph, line by line,
with blingfire's own Python wrapper."""

from __future__ import annotations

import re

import blingfire
import pytest

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.model import Sentence
from storyweave.sentences import (
    _CANDIDATE,
    _CANDIDATE_IN_TEXT,
    _blingfire_ends,
    _Verdict,
    boundary_verdict,
)
from storyweave.sentences import split_sentences as fast_split

# ---- the reference: paragraphs, then lines, then the candidates, one regex per step ----
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_OLD_CANDIDATE = re.compile(
    r"(?:\.\.\.|[.!?…।॥؟۔։።])+[\"'”’»)\]]*(?=\s|[\"“‘«]?[A-Z][a-z])"
    r"|[。！？]+[\"'”’»)\]」』）】]*(?=[^\s\"'”’»)\]」』）】。！？]|\s)"  # CJK: no space after
)


def _reference_split(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    paragraph, start = 0, 0
    bounds = [(b.start(), b.end()) for b in _PARAGRAPH_BREAK.finditer(text)]
    for brk_start, brk_end in [*bounds, (len(text), len(text))]:
        for line in _LINE.finditer(text[start:brk_start]):
            base = start + line.start()
            out += [
                Sentence(start=base + s, end=base + e, paragraph=paragraph)
                for s, e in _reference_line(line.group())
            ]
        paragraph, start = paragraph + 1, brk_end
    return tuple(out)


def _reference_line(line: str) -> list[tuple[int, int]]:
    cuts, proposed = [], None
    for m in _OLD_CANDIDATE.finditer(line):
        verdict = boundary_verdict(line, m.start(), m.end())
        if verdict is _Verdict.UNSURE:
            if proposed is None:
                proposed = {e for _, e in blingfire.text_to_sentences_and_offsets(line)[1]}
            if not any(e in proposed for e in range(m.start() + 1, m.end() + 1)):
                continue
        elif verdict is _Verdict.MERGE:
            continue
        cuts.append(m.end())
    spans, start = [], 0
    for cut in [*cuts, len(line)]:
        s, e = start, cut
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        start = cut
    return spans


def _texts() -> list[str]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


ODD = [
    "",
    "\n\n",
    "No stop at the end",
    "  Leading space. Trailing space.  \n\n\n  Next paragraph!  ",
    "A.\nB.\n\n \t\nC. D... E?! “F.” G",
    "He left at 6 p.m. The U.S. team won. Gov. Ada Quint spoke. J. R. Doe came.",
    "Prices rose 2.5%. 12,000 people came. Item no. 5 sold. The Corp. Next day.",
    "Señora Núñez habló. “¿Qué?” dijo él. Über 😀 alles… Ende. 東京。Tokyo. Fin.",
    "x" * 50 + ". Foo.Bar. (Smith et al.) The end.\r\n\r\nWindows. Lines.",
    "“Will you?” she asked. “Yes.” He said no. ‘Maybe.’ “Later,” Ruiz said.",
]


@pytest.mark.parametrize("index", range(len(_texts())))
def test_split_sentences_equals_the_reference_on_articles(index: int) -> None:
    text = _texts()[index]
    for variant in (text, text.replace("\n", "\n\n"), text.replace("\n", "\n \n  ")):
        assert fast_split(variant) == _reference_split(variant)


def test_split_sentences_equals_the_reference_on_odd_shapes() -> None:
    for text in ODD:
        assert fast_split(text) == _reference_split(text), repr(text)


def test_candidate_patterns_find_what_the_old_one_found_line_by_line() -> None:
    texts = [*_texts(), *ODD, "Wait.... What?!.. Yes!!! No?”) Then.\na.. b... C. ...D\n…Ok… Fine"]
    for text in texts:
        per_line = []
        for line in _LINE.finditer(text):
            old = [m.span() for m in _OLD_CANDIDATE.finditer(line.group())]
            assert [m.span() for m in _CANDIDATE.finditer(line.group())] == old
            per_line += [(line.start() + a, line.start() + b) for a, b in old]
        assert [m.span() for m in _CANDIDATE_IN_TEXT.finditer(text)] == per_line


def test_blingfire_ends_equal_the_wrapper() -> None:
    lines = [x for t in _texts() + ODD for x in t.split("\n") if x]
    lines += [
        "Dr. Who? 😀😀 Emoji 🇺🇸 flags. Next one. Ünïcödé… Done",
        "日本語の文です。次の文です。English here. More",
        "a",
        ".",
        "Ё. Ж! З?",
    ]
    for line in lines:
        wrapper = {e for _, e in blingfire.text_to_sentences_and_offsets(line)[1]}
        assert _blingfire_ends(line) == wrapper, line
