"""Fuzzing the compiled hot loop (_fastlines) against plain-Python references: random
unicode of every str kind (ASCII, Latin-1, BMP, astral; lone surrogates, NUL, CR/LF mixes,
long tokens, many lines), the misuse a C entry point must survive (a list changed while it
is read, table entries with unused bits, misaligned buffers, a callback that raises or
re-enters), and no references or memory kept across calls.

STORYWEAVE_FUZZ_EXAMPLES raises the examples per property (a long run outside the suite;
docs/cleaning.md, thirteenth speed pass, Audit)."""

from __future__ import annotations

import gc
import os
import sys
import tracemalloc

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.clean import classifier, compiled
from storyweave.sentences import _NOT_PLAIN, split_sentences

fl = compiled.fastlines
pytestmark = pytest.mark.skipif(
    fl is None, reason="storyweave.clean._fastlines is not built here: nothing compiled to fuzz"
)

_EXAMPLES = int(os.environ.get("STORYWEAVE_FUZZ_EXAMPLES", "0") or 0)


def _fuzz(default: int):
    """Hypothesis settings: ``default`` examples in the suite, more in a long run."""
    return settings(
        max_examples=_EXAMPLES or default,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


# whitespace str.split() cuts at (and some it does not: zero-width space, NUL), marks,
# closers and openers of the sentence loop, one code point of each str kind's top
_PIECES = tuple(
    " |\t|\n|\r|\r\n|\x0b|\x0c|\x1c|\x1f|\x85|\xa0|\u2028|\u3000|\u200b|\x00|.|!|?|\u2026|...|"
    "\"|'|\u201d|\u2019|\xbb|)|]|\u201c|\u2018|\xab|(|A|Ab|Mr|Dr.|the|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|"
    "\xff|\u0130|\uffff|\ud800|\udfff|\U0001f600|\U0010ffff|\u65e5".split("|")
)
_any_char = st.characters(codec=None, exclude_categories=())
_texts = st.one_of(
    st.text(_any_char, max_size=60),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(_PIECES), st.text(_any_char, max_size=5)), max_size=30).map(
        "".join
    ),
)
_line_tuples = st.lists(_texts, max_size=12).map(tuple)


def _ref_rows(known: dict[str, int], lines: tuple[str, ...]):
    tokens, counts = [], []
    for line in lines:
        parts = line.split()
        counts.append(len(parts))
        tokens += parts
    rows = [known.get(t, -2) for t in tokens]
    return rows, counts, [(i, t) for i, t in enumerate(tokens) if t not in known]


@_fuzz(150)
@given(lines=_line_tuples, extra=st.lists(_texts, max_size=8), data=st.data())
def test_rows_equal_str_split_and_a_dict(lines, extra, data) -> None:
    table, known = fl.TokenTable(), {}
    tokens = sorted({t for line in lines for t in line.split()} | set(extra))
    for t in tokens:
        if data.draw(st.booleans()):
            row = data.draw(st.integers(0, 2**31 - 1))
            table.add(t, row)
            known.setdefault(t, row)
            table.add(t, row + 1 if row < 2**31 - 1 else 0)  # a known token keeps its row
    raw_rows, raw_counts, unknown = table.rows(lines)
    rows, counts, missing = _ref_rows(known, lines)
    assert np.frombuffer(raw_rows, dtype=np.int64).tolist() == rows
    assert np.frombuffer(raw_counts, dtype=np.int64).tolist() == counts
    assert unknown == missing
    assert len(table) == len(known)


def test_rows_after_the_table_grows_and_is_cleared() -> None:
    rng = np.random.default_rng(5)
    alphabet = list("ab\xe9\u0101\U0001f600\ud800\x00")
    table, known = fl.TokenTable(), {}
    for i in range(5000):  # 1024 slots at first: grown several times
        token = "".join(rng.choice(alphabet, size=int(rng.integers(1, 25))))
        table.add(token, i)
        known.setdefault(token, i)
    lines = tuple(" ".join(list(known)[k : k + 50]) + " unseen" for k in range(0, len(known), 50))
    raw_rows, _, unknown = table.rows(lines)
    assert np.frombuffer(raw_rows, dtype=np.int64).tolist() == _ref_rows(known, lines)[0]
    assert [t for _, t in unknown] == ["unseen"] * len(lines)
    table.clear()
    assert len(table) == 0
    assert np.all(np.frombuffer(table.rows(lines)[0], dtype=np.int64) == -2)


def test_rows_and_add_refuse_bad_arguments_with_an_error() -> None:
    table = fl.TokenTable()
    for bad in (["a b"], ("a", 3), ("a", b"b")):
        with pytest.raises(TypeError, match="rows"):
            table.rows(bad)
    for token, row in (("a", -1), ("a", 2**31)):
        with pytest.raises(ValueError, match="out of range"):
            table.add(token, row)
    with pytest.raises(TypeError):
        fl.TokenTable(1)


def _ref_char_counts(lines, table: np.ndarray) -> list[list[float]]:
    out = []
    for line in lines:
        bits = [0] * 6
        for ch in line:
            f = 2 if ord(ch) > 0xFFFF else int(table[ord(ch)]) & 0x3F
            for b in range(6):
                bits[b] += (f >> b) & 1
        out.append([float(len(line)), *map(float, bits)])
    return out


@_fuzz(100)
@given(lines=_line_tuples, seed=st.integers(0, 2**32 - 1))
def test_char_counts_equal_a_plain_loop(lines, seed) -> None:
    table = np.random.default_rng(seed).integers(0, 256, size=0x10000, dtype=np.uint8)
    got = np.frombuffer(fl.char_counts(lines, table), dtype=np.float64).reshape(-1, 7)
    assert got.tolist() == (_ref_char_counts(lines, table) if lines else [])


def test_char_counts_ignore_a_table_entrys_unused_high_bits() -> None:
    """Regression: an entry with bit 6 or 7 set was counted into bit[6]/bit[7] of a
    6-long array on the C stack (a write past its end); only bits 0-5 are classes."""
    table = np.full(0x10000, 0xFF, dtype=np.uint8)
    got = np.frombuffer(fl.char_counts(("abc", "\U0001f600"), table), dtype=np.float64)
    assert got.tolist() == [3.0] + [3.0] * 6 + [1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0]
    with pytest.raises(ValueError, match="65536"):
        fl.char_counts(("a",), np.zeros(10, dtype=np.uint8))
    with pytest.raises(TypeError, match="line 1"):
        fl.char_counts(("a", 1), table)


def _ref_line_sums(bits: list[int], counts: list[int]):
    sums, first, at = [], [], 0
    for c in counts:
        mine = bits[at : at + c]
        sums.append(
            [float(sum((v >> j) & 1 for v in mine)) for j in (0, 1, 2, 3, 4)]
            + [float(sum((v >> j) & 1 for v in mine)) for j in (7, 8, 9, 10, 11)]
        )
        first.append([(mine[0] >> j) & 1 for j in range(7)])
        at += c
    return sums, first


def _misaligned(a: np.ndarray) -> memoryview:
    """The same items one byte off their alignment (a C-contiguous buffer all the same)."""
    return memoryview(b"\x00" + a.tobytes())[1:]


@_fuzz(150)
@given(
    bits=st.lists(st.integers(0, 0xFFFF), max_size=60),
    cuts=st.lists(st.integers(-3, 70), max_size=12),
    misaligned=st.booleans(),
)
def test_line_sums_equal_a_plain_loop_or_refuse_counts_that_do_not_fit(
    bits, cuts, misaligned
) -> None:
    counts = np.array(cuts, dtype=np.int64)
    b = np.array(bits, dtype=np.uint16)
    args = (_misaligned(b), _misaligned(counts)) if misaligned else (b, counts)
    if any(c < 1 for c in cuts) or sum(cuts) != len(bits):
        with pytest.raises(ValueError, match="line_sums"):
            fl.line_sums(*args)
        return
    sums, first = fl.line_sums(*args)
    want_sums, want_first = _ref_line_sums(bits, cuts)
    assert np.frombuffer(sums, dtype=np.float64).reshape(-1, 10).tolist() == (want_sums or [])
    assert list(first) == [x for row in want_first for x in row]


def test_line_sums_refuse_buffers_of_partial_items() -> None:
    with pytest.raises(ValueError, match="whole number"):
        fl.line_sums(b"\x01\x00\x02", np.ones(1, dtype=np.int64))
    with pytest.raises(ValueError, match="whole number"):
        fl.line_sums(b"\x01\x00", b"\x01\x00\x00")


_floats = st.floats(allow_nan=True, allow_infinity=True, width=64)
_probabilities = st.floats(0.001, 0.999)


@_fuzz(150)
@given(
    e=st.lists(st.tuples(_floats, _floats), min_size=1, max_size=40),
    prior=_probabilities,
    stay=st.tuples(_probabilities, _probabilities),
)
def test_viterbi_takes_the_pure_python_path(e, prior, stay) -> None:
    e0, e1 = [a for a, _ in e], [b for _, b in e]
    got = classifier.viterbi(np.zeros(len(e)), prior, stay, 0.5, (e0, e1))
    was = compiled.switch(False)
    try:
        want = classifier.viterbi(np.zeros(len(e)), prior, stay, 0.5, (e0, e1))
    finally:
        compiled.switch(was)
    assert got.tolist() == want.tolist()


class _Shrinking:
    """A number whose conversion empties the list holding it (and drops itself)."""

    def __init__(self, holder: list) -> None:
        self.holder = holder

    def __float__(self) -> float:
        self.holder.clear()
        return 1.0


def test_viterbi_survives_lists_changed_while_read() -> None:
    """Regression: items were read by index after a conversion (Python code) that may
    empty the list: a read of freed memory (a crash under AddressSanitizer)."""
    for which in (0, 1):
        lists = [[0.0] * 500, [0.0] * 500]
        lists[which][0] = _Shrinking(lists[which])
        with pytest.raises(ValueError, match="changed length"):
            fl.viterbi(*lists, -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)
    other = [0.0] * 500
    first = [_Shrinking(other)] + [0.0] * 499  # e0's conversion empties e1
    with pytest.raises(ValueError, match="changed length"):
        fl.viterbi(first, other, -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)
    ints = fl.viterbi([1, 2, True], [0.5, 2.5, 1.0], -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)
    floats = fl.viterbi([1.0, 2.0, 1.0], [0.5, 2.5, 1.0], -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)
    assert ints == floats
    with pytest.raises(TypeError):
        fl.viterbi(["x"], [0.0], -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)
    with pytest.raises(ValueError, match="one length"):
        fl.viterbi([], [], -0.1, -0.1, -2.0, -2.0, -0.7, -0.7)


# A paragraph of a clean text: one line, no whitespace at its ends
_line_pieces = tuple(p for p in _PIECES if "\n" not in p and "\r" not in p) + tuple(
    " | |word|Word|said|U.S.|Inc.|No. 5|p.m.|\u201cWe|A.|8".split("|")
)
_paragraphs = (
    st.lists(st.sampled_from(_line_pieces), min_size=1, max_size=25)
    .map(lambda p: "".join(p).strip())
    .filter(bool)
)


def _outcome(text: str):
    """The sentences, or the error (a lone surrogate: blingfire's UTF-8 refuses it, on
    either path; ingest never makes one)."""
    try:
        return split_sentences(text)
    except UnicodeEncodeError as exc:
        return repr(exc)


def _both_paths(text: str):
    got = _outcome(text)
    was = compiled.switch(False)
    try:
        return got, _outcome(text)
    finally:
        compiled.switch(was)


@_fuzz(120)
@given(paragraphs=st.lists(_paragraphs, min_size=1, max_size=5))
def test_sentences_of_clean_texts_equal_the_pure_python_path(paragraphs) -> None:
    got, want = _both_paths("\n\n".join(paragraphs))
    assert got == want


@_fuzz(80)
@given(text=_texts)
def test_plain_spans_of_any_text_are_none_or_the_pure_python_sentences(text) -> None:
    calls = []
    spans = fl.plain_spans(text, _NOT_PLAIN, lambda line, s, e: calls.append((s, e)) or s % 2)
    laid_out = all(
        p and "\n" not in p for p in text.split("\n\n")
    )  # (whitespace at the ends is the caller's check)
    assert (spans is None) == (not laid_out)
    for a, b, paragraph in spans or ():
        assert 0 <= a < b <= len(text) and text[a:b] == text[a:b].strip()
        assert "\n" not in text[a:b] and text[:a].count("\n\n") == paragraph


def test_a_long_run_of_marks_is_tried_once_not_once_a_mark() -> None:
    """Regression: a run of n marks ('.....') was matched afresh from each of its marks,
    n^2 steps (200 000 marks: minutes); now one pass (the same spans: the pure path and
    the generated texts above check them on short runs)."""
    for text in ("a" + "." * 200_000 + "a", "Yes" + "?!" * 100_000 + ")" * 1000 + "\u2026x"):
        spans = fl.plain_spans(text, _NOT_PLAIN, lambda line, s, e: True)
        assert spans == [(0, len(text), 0)]
    got, want = _both_paths("Run " + "." * 300 + " on. " + "!?" * 200 + " We went.")
    assert got == want


class _Boom(Exception):
    pass


def test_a_callback_that_raises_or_reenters_leaves_nothing_behind() -> None:
    text = "He said so... Then. The end? Yes\u2026 \u201cNo.\u201d Fine."

    def boom(line, s, e):
        raise _Boom(f"at {s}")

    with pytest.raises(_Boom, match="at"):
        fl.plain_spans(text, _NOT_PLAIN, boom)

    def falsy_boom(line, s, e):
        class Bad:
            def __bool__(self):
                raise _Boom("bool")

        return Bad()

    with pytest.raises(_Boom, match="bool"):
        fl.plain_spans(text, _NOT_PLAIN, falsy_boom)
    inner = []

    def reenter(line, s, e):  # the callback runs the loop itself on its line
        inner.append(fl.plain_spans(line, _NOT_PLAIN, lambda *a: False))
        return True

    outer = fl.plain_spans(text, _NOT_PLAIN, reenter)
    alone = fl.plain_spans(text, _NOT_PLAIN, lambda *a: False)
    assert inner and all(x == alone for x in inner)
    assert outer == fl.plain_spans(text, _NOT_PLAIN, lambda *a: True)
    with pytest.raises(TypeError):
        fl.plain_spans(text, set(_NOT_PLAIN), reenter)


def _growth(call, rounds: int = 3000) -> int:
    """Bytes still allocated by Python after ``rounds`` more calls than a warm-up."""
    for _ in range(200):
        call()
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(rounds):
            call()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def _raising(fn, *args):
    def call():
        try:
            fn(*args)
        except (ValueError, TypeError, _Boom):
            pass

    return call


@pytest.mark.slow
def test_no_references_nor_memory_kept_across_calls() -> None:
    """Every entry point, its results dropped, on its success and error paths: the
    arguments' reference counts do not move and Python's allocations do not grow."""
    table = fl.TokenTable()
    table.add("known", 1)
    lines = ("known token \U0001f600 \ud800x", "x" * 30 + " y", "")
    chars = np.zeros(0x10000, dtype=np.uint8)
    text = "He left. Then? She said \u201cno.\u201d Dr. Who came."
    bits, counts = np.arange(6, dtype=np.uint16), np.array([2, 4], dtype=np.int64)
    e0, e1 = [0.1, -1.0, 2.0], [0.3, 1.0, -2.0]
    cut = lambda line, s, e: s % 2  # noqa: E731

    def boom(line, s, e):
        raise _Boom

    calls = [
        lambda: table.rows(lines),
        _raising(table.rows, lines + (1,)),
        lambda: fl.char_counts(lines, chars),
        _raising(fl.char_counts, lines + (1,), chars),
        lambda: fl.line_sums(bits, counts),
        _raising(fl.line_sums, bits, counts[:1]),
        lambda: fl.viterbi(e0, e1, -0.1, -0.2, -2.0, -3.0, -0.5, -0.9),
        _raising(fl.viterbi, e0, e1 + ["x"], -0.1, -0.2, -2.0, -3.0, -0.5, -0.9),
        lambda: fl.plain_spans(text, _NOT_PLAIN, cut),
        _raising(fl.plain_spans, text, _NOT_PLAIN, boom),
    ]
    watched = (table, lines, *lines[:2], chars, text, bits, counts, e0, e1, cut, _NOT_PLAIN)
    # (not the empty str: shared by the whole interpreter)
    refs = [sys.getrefcount(x) for x in watched]
    for call in calls:
        assert _growth(call) < 16_384, call
    assert [sys.getrefcount(x) for x in watched] == refs
