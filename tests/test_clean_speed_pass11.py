"""Eleventh speed pass: each faster path equals a plain computation of the same thing."""

from __future__ import annotations

import random

import numpy as np
import pytest

from storyweave import sentences
from storyweave.clean import batch_context, decide, line_patterns, patterns, teaser_rules
from storyweave.clean.char_counts import _Joined
from storyweave.clean.patterns import COPYRIGHT_HINTS, LowerPage, is_copyright


def _plain_window_means(x: np.ndarray, sizes: list[int], w: int) -> np.ndarray:
    """Each page's mean of x over the w lines either side, the line left out (page alone)."""
    out = []
    bounds = np.cumsum([0, *sizes])
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        page = x[a:b]
        c = np.vstack([np.zeros((1, x.shape[1])), np.cumsum(page, axis=0)])
        idx = np.arange(b - a)
        lo, hi = np.maximum(idx - w, 0), np.minimum(idx + w + 1, b - a)
        out.append((c[hi] - c[lo] - page) / np.maximum(hi - lo - 1, 1)[:, None])
    return np.vstack(out)


@pytest.mark.parametrize("sizes", [[1], [3, 40, 1, 7], [25, 26, 2, 300], [5000, 2]])
def test_window_means_per_column_equal_all_columns_at_once(sizes: list[int]) -> None:
    rng = np.random.default_rng(sum(sizes))
    x = rng.random((sum(sizes), 6)) * rng.choice([1.0, 3.7, 1e-3], size=(sum(sizes), 6))
    pages = batch_context._Pages(sizes)
    sums = batch_context._page_cumsums(np.column_stack([x, x[:, 0] * x[:, 3]]), pages)
    every = {w: tuple(range(6)) for w in (1, 3, 5, 8, 12, 25)}
    got = batch_context._window_means(x, sums, pages, every)
    for w, ks in every.items():
        want = _plain_window_means(x, sizes, w)
        for k in ks:
            assert got[w, k].tobytes() == np.ascontiguousarray(want[:, k]).tobytes(), (w, k)
    asked = batch_context._window_means(x, sums, pages)  # only what contexts() reads
    assert set(asked) == {(w, k) for w, ks in batch_context._MEAN_COLUMNS.items() for k in ks}
    assert all(asked[key].tobytes() == got[key].tobytes() for key in asked)


@pytest.mark.parametrize("seed", range(6))
def test_run_lengths_equal_the_union_of_changes_and_page_starts(seed: int) -> None:
    rng = np.random.default_rng(seed)
    sizes = [int(k) for k in rng.integers(1, 30, size=rng.integers(1, 12))]
    mask = rng.random(sum(sizes)) < rng.choice([0.0, 0.2, 0.5, 1.0])
    pages = batch_context._Pages(sizes)
    change = np.flatnonzero(np.diff(mask.astype(np.int8))) + 1
    bounds = np.union1d(np.union1d(change, pages.first), [len(mask)])
    runs = np.diff(bounds)
    want = np.repeat(runs, runs).astype(np.float64)
    got = batch_context._run_length(mask, pages)
    assert got.dtype == want.dtype and got.tobytes() == want.tobytes()


_TAIL_LINES = [
    "© 2024 The Daily Example. All rights reserved.",
    "Copyright 2023 Example Media Group",
    "COPYRIGHT (C) EXAMPLE NEWS",
    "All Rights Reserved",
    "The lights went out (briefly) at night.",
    "3 comments",
    "Example News is a website about local news and politics.",
    "x" * 199 + "©",
    "x" * 200 + "©",
    "RİGHT of reply ©",
    "ıght and KELVIN \u212a (c)",
    "Reply",
    "",
    "jane_d March 3, 2024 - 9:08 am",
]


def test_tail_kind_given_the_hint_lines_equals_the_full_test() -> None:
    """Told which lines hold a copyright hint (lower-cased), _tail_kind answers as it does
    testing every line: is_copyright() is False on the others."""
    rng = random.Random(11)
    lines = [line for line in _TAIL_LINES if line]
    for _ in range(300):
        a, b = rng.sample(_TAIL_LINES, 2)
        lines.append((a[: rng.randint(0, len(a))] + " " + b).strip() or "x")
    page = LowerPage.of(tuple(lines))
    marks = set(page.lines_holding(COPYRIGHT_HINTS))
    for i, line in enumerate(lines):
        if i not in marks:
            assert not is_copyright(line), line
        for section in (None, "comments", "related"):
            for digit in (True, False):
                got = decide._tail_kind(line, section, digit, i in marks)
                assert got == decide._tail_kind(line, section, digit), line


_PIECES = [
    *(".", "..", "...", "!", "?", "?!", "…", "….", '."', ".”", "’", ")", "]"),
    *(" ", "  ", "\n", "\n\n", "\t", "A", "Ab", "the", "U.S.", "p.m.", "“", "«", "3.5"),
    *("x", "É", "語"),
]


def test_candidates_found_from_the_marks_equal_the_regex_matches() -> None:
    rng = random.Random(8)
    texts = ["", ".", "...", "a.B", "Hi. There", "x" * 50 + "!?" * 30 + " A"]
    for _ in range(3000):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 60))))
    for text in texts:
        want = [m.span() for m in sentences._CANDIDATE_IN_TEXT.finditer(text)]
        assert sentences._candidates(text) == want, text


def _plain_separators(lines: tuple[str, ...]) -> list[int]:
    """Per line: the matches of _SEP in it, line by line."""
    return [len(line_patterns._SEP.findall(line)) for line in lines]


_SEP_PIECES = [
    *(" | ", " - ", " – ", " / ", " » ", " › ", " · ", " • ", "|", "-", " ", "  ", "a"),
    *("Word", " -x", "- ", " -", "\u00a0-\u00a0", "語", "😀", "\t|\t", " •", "• "),
]


def test_separators_tried_where_a_symbol_stands_before_a_space() -> None:
    rng = random.Random(4)
    for _ in range(300):
        lines = tuple(
            "".join(rng.choice(_SEP_PIECES) for _ in range(rng.randint(1, 12))).strip() or "x"
            for _ in range(rng.randint(1, 20))
        )
        got = line_patterns._separators(_Joined(lines)).tolist()
        assert got == _plain_separators(lines), lines


_STAMP_PIECES = [
    *("1", "12", "123", "2024", "12:30", "12:3", "1:05", ":", "-", "2024-01-02", "20241-01-02"),
    *(" ", ",", ", ", "st", "TH", "nd", "Rd", "a", "x", "_", "٣", "१२", "語", "İ", "\u212a"),
    *("3 hours ago", "5 Minutes AGO", "1 month ago", " ago", "agox", "am", "p.m.", "March"),
]


def test_stamp_found_somewhere_exactly_when_the_stamp_pattern_finds_one() -> None:
    rng = random.Random(6)
    lines = ["", "jane_d March 3, 2024 - 9:08 am", "2 days ago", "a1st, 2024", "x12, 2024"]
    for _ in range(20000):
        lines.append("".join(rng.choice(_STAMP_PIECES) for _ in range(rng.randint(1, 10))))
    for line in lines:
        want = patterns._STAMP.search(line) is not None
        assert (patterns._STAMP_SOMEWHERE.search(line) is not None) == want, line


_COPYRIGHT_PIECES = [
    *("©", "(c)", "(C) 2024", "(c)2024", "(c) \u00a012345", "(c) 202", "copyright", "Copyright"),
    *("COPYRIGHTS", "xcopyright", "_copyright", "copyrightx", "all rights reserved", "all"),
    *("ALL RIGHTS RESERVED", "all rights", " ", "a", "c", "(", ")", "1999", "İ", "ı", "ſ"),
    *("ALL RİGHTS RESERVED", "copyrıght", "ĉopyright", "ca", "٣٤٥٦", "語", "-", "."),
]


def test_copyright_found_somewhere_exactly_when_the_copyright_pattern_finds_one() -> None:
    rng = random.Random(7)
    lines = ["", "© 2024 Example", "Copyright (c) 2023", "(c) 2024 All Rights Reserved"]
    for _ in range(20000):
        lines.append("".join(rng.choice(_COPYRIGHT_PIECES) for _ in range(rng.randint(1, 8))))
    for line in lines:
        want = patterns._COPYRIGHT.search(line) is not None
        assert (patterns._COPYRIGHT_SOMEWHERE.search(line) is not None) == want, line


_SITE_PIECES = [
    *("example.com", "a.co.uk", "News.ORG", "-x.io", "x-.de", ".com", "..net", "bbc.co"),
    *("site.comx", "über.de", "語.fr", "_a.es", "it.it", " ", "  ", "Science", "the", "-", "."),
]


def test_sourced_twice_counts_what_the_source_pattern_counts_on_the_whole_half() -> None:
    rng = random.Random(10)
    for _ in range(2000):
        lines = tuple(
            "".join(rng.choice(_SITE_PIECES) for _ in range(rng.randint(1, 6))).strip() or "x"
            for _ in range(rng.randint(1, 12))
        )
        joined = "\n".join(lines)
        want = (
            len(teaser_rules._SOURCE_END.findall(joined)) >= 2
            and len(teaser_rules._SOURCE.findall(joined)) >= 2
        )
        assert teaser_rules._sourced_twice(lines) == want, lines
