"""Ninth speed pass: each faster path equals a plain computation of the same thing."""

from __future__ import annotations

import random

import numpy as np

from conftest import BORDER_TALKS, EXAMPLES
from storyweave import sentences
from storyweave.clean import features
from storyweave.clean.features import _CLASS_NAMES, _CLASSES, _char_counts, _Joined, _lower_first
from storyweave.clean.lines import split_lines

# letters, digits, punctuation, CJK, fullwidth forms, a non-ASCII digit, an astral emoji
_MIXED = "aZ 9,()—“”。、，日本語の学校ÄéßΣσİ١٢\u00a0\u2028😀𝟘-./:"


def _pages() -> list[tuple[str, ...]]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [split_lines(p.read_text(encoding="utf-8")).text for p in paths]


def _random_lines(rng: random.Random, alphabet: str, count: int) -> tuple[str, ...]:
    return tuple(
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(count)
    )


def _plain_counts(line: str) -> list[float]:
    """Characters, then per class of _CLASS_NAMES how many of the line's characters hold it."""
    counts = [0] * len(_CLASS_NAMES)
    for c in line:
        flags = 2 if ord(c) > 0xFFFF else int(_CLASSES[ord(c)])
        for k in range(len(_CLASS_NAMES)):
            counts[k] += (flags >> k) & 1
    return [float(len(line)), *map(float, counts)]


def test_class_counts_equal_counting_each_character() -> None:
    rng = random.Random(7)
    pages = _pages() + [_random_lines(rng, _MIXED, 300) for _ in range(8)]
    pages += [("abc",), ("😀",), ("..",), ("日本",)]  # nothing flagged, all flagged, one line
    for text in pages:
        got = _char_counts(_Joined(text))
        assert got.dtype == np.float64
        assert got.tolist() == [_plain_counts(line) for line in text]


def test_lower_first_is_str_islower_of_the_first_character() -> None:
    rng = random.Random(8)
    text = _random_lines(rng, _MIXED + "ǅǈᾈⅰⓐ", 2000)
    j = _Joined(text)
    got = _lower_first(j.cps[j.starts])
    assert got.tolist() == [t[0].islower() for t in text]
    assert features._base(split_lines("ábc\nÉtat\nok\nOK")).shape[0] == 4


_WORDS = ["agreed", "Mr", "mr", "Gov", "U.S", "etc", "Inc", "a", "I", "ok", "OK", "Jr", "vs", "x1"]
_WORDS += ["no", "pp", "said", "Tuesday", "naïve", "e.g", "ft", "Co", "approx", "12", "1", "St"]
_NEXT = ["The", "He", "officials", "A", "12", "“Why", "(He", "Xi", "É", "and"]


def test_plain_period_path_says_what_boundary_verdict_says() -> None:
    rng = random.Random(9)
    gaps = [" ", " ", " ", "  ", "\t", " \u00a0", ""]
    marks = [".", ".", ".", "..", ".”", "?", "!"]
    fast_taken = 0
    for _ in range(4000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            parts += [rng.choice(["", " ", "(", "“"]), rng.choice(_WORDS), rng.choice(marks)]
            parts += [rng.choice(gaps), rng.choice(_NEXT), rng.choice([" ", " ", "\t", ""])]
        line = "".join(parts).strip() or "x"
        fast_taken += ". " in line and "\t" not in line
        fast = sentences._split_line(line)
        candidates = [m.span() for m in sentences._CANDIDATE.finditer(line)]
        assert fast == _split_line_by_verdict(line, candidates), line
    assert fast_taken > 1000  # the generated lines go through both paths


def _split_line_by_verdict(line: str, candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """_split_line() as it was: boundary_verdict() asked of every candidate."""
    cuts, proposed = [], None
    for start, end in candidates:
        verdict = sentences.boundary_verdict(line, start, end)
        if verdict is sentences._Verdict.UNSURE:
            if proposed is None:
                proposed = sentences._blingfire_ends(line)
            if not any(e in proposed for e in range(start + 1, end + 1)):
                continue
        elif verdict is sentences._Verdict.MERGE:
            continue
        cuts.append(end)
    spans, start = [], 0
    for cut in [*cuts, len(line)]:
        piece = line[start:cut]
        trimmed = piece.strip()
        if trimmed:
            lead = start + len(piece) - len(piece.lstrip())
            spans.append((lead, lead + len(trimmed)))
        start = cut
    return spans


def test_plain_word_test_matches_the_verdict_rules() -> None:
    for word in _WORDS + ["ab", "AB", "Ab", "aB", "ABc", "x", "ñandu", "ab1", "a-b"]:
        line = f"x {word}. The end"
        at = line.index(". The")
        fast = sentences._plain_ascii_word(word)
        verdict = sentences.boundary_verdict(line, at, at + 1)
        if fast:
            assert verdict is sentences._Verdict.SPLIT, word
