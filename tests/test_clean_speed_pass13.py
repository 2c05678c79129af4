"""Thirteenth speed pass: the compiled token look-up (_fastlines) gives what the
pure-Python path gives, byte for byte, and a missing, stale or switched-off build falls
back to that path."""

from __future__ import annotations

import math
import os
import random
import subprocess
import sys
from contextlib import contextmanager

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import BORDER_TALKS, EXAMPLES, SHARED
from storyweave.clean import clean_document, clean_documents, compiled, features, split_lines
from storyweave.clean.decide import decide_many
from storyweave.clean.evaluate import load_pages
from storyweave.model import RawDocument
from storyweave.sentences import _NOT_PLAIN, split_sentences

built = pytest.mark.skipif(
    compiled.fastlines is None,
    reason="storyweave.clean._fastlines is not built here (no compiler at install, a stale "
    "build, or STORYWEAVE_PURE_PYTHON set): only the pure-Python path exists to test",
)

# whitespace str.split() cuts at (ASCII, the C1 and Unicode spaces, separators) and some it
# does not (zero-width space, NUL); astral, CJK, Arabic, emoji, a lone surrogate
_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u3000"
_ODD = "\u200b\x00\ud800\udfff😀𝟘日本語مرحباİK\u212aſ\u00e9e\u0301"
_ALPHABET = _SPACES + _ODD + "ab.,:-'\"“”()"


@contextmanager
def _pure_python():
    was = compiled.switch(False)
    try:
        yield
    finally:
        compiled.switch(was)


def _awkward_texts(surrogates: bool = True) -> list[str]:
    """Awkward texts; ``surrogates``: with lone surrogates, which only the token look-up
    takes (a page's code points are read through UTF-32, which refuses them on both
    paths: ingest never makes them, decoding replaces what it cannot read)."""
    if not surrogates:
        return [_no_surrogates(t) for t in _awkward_texts()]
    rng = random.Random(13)
    long_line = " ".join(rng.choice(["word", "Wörter", "語", "😀", "x" * 40]) for _ in range(3000))
    texts = [
        "",
        "   \n\t\n",
        "One line only, no title and no full stop",
        "Title line here\r\nA paragraph with CRLF endings, said the council.\r\n",
        "tabs\tbetween\twords\tand\tlines\n\tindented line of text here\t",
        "日本語の記事です。これは本文です。\n東京で会議が開かれた。",
        "مرحبا بالعالم هذا نص عربي طويل.\nنص آخر هنا.",
        "Emoji 😀😀 and astral 𝟘𝟙 digits 𐍈 in a line.\n𝒜𝒷𝒸 more",
        long_line,
        "x" * 20000,
        "same line again\n" * 30,
        "NUL\x00inside a line\nand \x00 alone",
        "lone \ud800 surrogate \udfff here\nnext line",
        "İstanbul K\u212a ſ ΣΑΣ naïve cafe\u0301",
    ]
    for _ in range(40):
        lines = [
            "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60)))
            for _ in range(rng.randint(1, 40))
        ]
        texts.append("\n".join(lines))
    return texts


def _no_surrogates(text: str) -> str:
    return "".join("?" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


def _pages() -> list:
    pages = [split_lines(t) for t in _awkward_texts(surrogates=False)]
    return [p for p in pages if len(p)]


def _eval_raws() -> list[RawDocument]:
    path = SHARED / "eval" / "cleaning" / "pages.jsonl"
    if not path.exists():
        pytest.skip(f"evaluation pages missing at {path}")
    pages = load_pages(str(path))
    raws = [
        RawDocument(source=f"p{i}.txt", text="\n".join(t for t, _ in p["lines"]))
        for i, p in enumerate(pages)
    ]
    for folder in (EXAMPLES, BORDER_TALKS):
        raws += [
            RawDocument(source=str(f), text=f.read_text(encoding="utf-8"))
            for f in sorted(folder.iterdir())
            if f.suffix in (".txt", ".md")
        ]
    return raws


def _outcome(fn, *args):
    try:
        return fn(*args)
    except IndexError as exc:  # lines without tokens at a chunk's end: the same error
        return str(exc)


def _same(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return all(x.dtype == y.dtype and x.tobytes() == y.tobytes() for x, y in zip(a, b, strict=True))


@built
def test_rows_are_the_split_tokens_looked_up() -> None:
    """TokenTable.rows() gives each str.split() token's row (-2 and its text when unknown)
    and each line's token count."""
    rng = random.Random(3)
    for text in _awkward_texts():
        lines = tuple(text.split("\n"))
        tokens = [t for line in lines for t in line.split()]
        known = {t: rng.randint(0, 2**31 - 1) for t in tokens if rng.random() < 0.6}
        table = compiled.fastlines.TokenTable()
        for token, row in known.items():
            table.add(token, row)
            table.add(token, row + 1)  # a known token keeps its row
        raw_rows, raw_counts, unknown = table.rows(lines)
        assert len(table) == len(known)
        assert np.frombuffer(raw_rows, np.int64).tolist() == [known.get(t, -2) for t in tokens]
        assert np.frombuffer(raw_counts, np.int64).tolist() == [len(x.split()) for x in lines]
        assert unknown == [(k, t) for k, t in enumerate(tokens) if t not in known]
        table.clear()
        assert len(table) == 0 and table.rows(lines)[2] == list(enumerate(tokens))


@built
def test_rows_reject_what_is_not_a_tuple_of_str() -> None:
    table = compiled.fastlines.TokenTable()
    with pytest.raises(TypeError, match="tuple"):
        table.rows(["a list"])
    with pytest.raises(TypeError, match="line 1"):
        table.rows(("ok", 3))
    with pytest.raises(ValueError, match="row"):
        table.add("x", -1)
    with pytest.raises(TypeError):
        compiled.fastlines.TokenTable(1)


@built
@settings(max_examples=150, deadline=None, database=None)
@given(st.lists(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=50), max_size=30))
def test_rows_and_word_stats_on_generated_lines(lines: list[str]) -> None:
    lines = tuple(lines)
    table = compiled.fastlines.TokenTable()
    tokens = [t for line in lines for t in line.split()]
    rows, counts, unknown = table.rows(lines)
    assert np.frombuffer(counts, np.int64).tolist() == [len(x.split()) for x in lines]
    assert unknown == list(enumerate(tokens)) and len(rows) == 8 * len(tokens)
    got = _outcome(features._word_stats_counts, lines)
    with _pure_python():
        want = _outcome(features._word_stats_counts, lines)
    assert _same(got, want)


@built
def test_word_stats_on_awkward_pages_and_chunks() -> None:
    """Both paths, with and without the joined lines, over chunks of 512 lines (a chunk
    ending on a line without tokens too), with the language words kept."""
    pages = [p.text for p in _pages()]
    pages.append(tuple(x for p in pages for x in p))
    pages.append(tuple(["x y"] * 511 + ["\x1c"] + ["z"] * 600))
    pages.append(tuple(["x y"] * 700 + ["\x1c"]))  # the last line without tokens
    for text in pages:
        j = features._Joined(text)
        for joined in (None, j):
            words_c: list = []
            got = _outcome(features._word_stats_counts, text, joined, words_c)
            words_p: list = []
            with _pure_python():
                want = _outcome(features._word_stats_counts, text, joined, words_p)
            assert _same(got, want)
            assert _same(words_c, words_p) if not isinstance(got, str) else True


@built
def test_char_counts_and_line_sums_equal_numpy() -> None:
    """The per-line character classes (astral characters as punctuation) and the token bit
    sums, compiled and with numpy, on awkward pages (every line with a token)."""
    from storyweave.clean.char_counts import _CLASSES, _char_counts

    rng = random.Random(5)
    for page in _pages():
        j = features._Joined(page.text)
        got = _char_counts(j)
        with _pure_python():
            want = _char_counts(j)
        assert got.shape == want.shape and got.tobytes() == want.tobytes()
        counts = np.array([len(x.split()) for x in page.text], dtype=np.intp)
        if not counts.all():
            continue
        bits = np.array([rng.randrange(1 << 12) for _ in range(counts.sum())], np.uint16)
        rows = np.arange(len(bits), dtype=np.intp)
        saved = features._WORD_BITS
        try:
            features._WORD_BITS = bits  # each token's 12 flags: random values
            got = features._word_stats_rows(rows, counts, str, None)
            with _pure_python():
                want = features._word_stats_rows(rows, counts, str, None)
        finally:
            features._WORD_BITS = saved
        assert _same(got, want)
    fast = compiled.fastlines
    with pytest.raises(ValueError, match="65536"):
        fast.char_counts(("x",), _CLASSES[:100])
    with pytest.raises(ValueError, match="match"):
        fast.line_sums(np.zeros(3, np.uint16), np.array([2, 2], np.int64))
    with pytest.raises(ValueError, match="match"):
        fast.line_sums(np.zeros(3, np.uint16), np.array([3, 0], np.int64))
    with pytest.raises(ValueError, match="whole number"):
        fast.line_sums(np.zeros(3, np.uint8), np.array([3], np.int64))


@built
def test_viterbi_takes_the_same_path() -> None:
    """The compiled Viterbi pass against the Python loop: random and rounded scores (ties),
    one line, infinities and NaN, through the model's own parameters."""
    from storyweave.clean.classifier import load_model, viterbi

    model = load_model()
    rng = random.Random(9)
    cases = [np.array([rng.random()]) for _ in range(5)]
    cases += [np.array([rng.random() for _ in range(rng.randint(2, 300))]) for _ in range(300)]
    cases += [np.round(c * 4) / 4 for c in cases[5:100]]  # equal scores: ties in the pass
    cases += [np.array([0.0, 1.0, 0.5, 1e-300, 1 - 1e-16] * 5)]
    for p in cases:
        for stay in (model.stay, (0.5, 0.5), (0.99, 0.6)):
            got = viterbi(p, model.prior, stay, model.threshold)
            with _pure_python():
                want = viterbi(p, model.prior, stay, model.threshold)
            assert got.dtype == want.dtype and got.tolist() == want.tolist()
    e0 = [0.0, float("nan"), -math.inf, math.inf, 1e308, -1e308, 0.5]
    e1 = [float("nan"), 0.0, math.inf, -math.inf, -1e308, 1e308, 0.5]
    p = np.full(len(e0), 0.5)
    for a, b in ((e0, e1), (e1, e0), (e0, e0)):
        got = viterbi(p, model.prior, model.stay, model.threshold, (a, b))
        with _pure_python():
            want = viterbi(p, model.prior, model.stay, model.threshold, (a, b))
        assert got.tolist() == want.tolist()
    with pytest.raises(ValueError, match="one length"):
        compiled.fastlines.viterbi([], [], 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


@built
def test_a_full_or_emptied_token_cache_gives_the_same(monkeypatch) -> None:
    rng = random.Random(8)
    fresh = [
        (" ".join(f"tok{rng.randint(0, 10**9)}" for _ in range(rng.randint(1, 12))),)
        for _ in range(50)
    ]
    monkeypatch.setattr(features, "_MAX_WORDS", len(features._WORD_IDS))  # full: no new rows
    for text in fresh:
        got = features._word_stats_counts(text, None, words := [])
        with _pure_python():
            want = features._word_stats_counts(text, None, pure := [])
        assert _same(got, want) and _same(words, pure)
    monkeypatch.undo()
    table = features._COMPILED_TABLE
    table.clear()  # as after a stale mirror: tokens come back unknown and are added again
    text = tuple(t for (t,) in fresh)
    assert _same(features._word_stats_counts(text), features._word_stats_counts(text))
    assert len(table) == len(set(" ".join(text).split()))


@built
@pytest.mark.slow
def test_features_decisions_and_articles_equal_on_the_evaluation_pages() -> None:
    raws = _eval_raws() + [
        RawDocument(source=f"a{i}.txt", text=t)
        for i, t in enumerate(_awkward_texts(surrogates=False))
    ]
    pages = [p for p in (split_lines(r.text) for r in raws) if len(p)]
    runs = []
    for pure in (False, True):
        with _pure_python() if pure else _noop():
            feats = [f.tobytes() for f in features.page_features_many(pages)]
            decided = [(d.body.tolist(), d.kinds, d.reasons) for d in decide_many(pages)]
            articles, problems = clean_documents(raws)
            one = [_one(r) for r in raws[::9]]
        runs.append((feats, decided, [repr(a) for a in articles], [repr(p) for p in problems], one))
    assert runs[0] == runs[1]
    assert len(runs[0][2]) > 180


@contextmanager
def _noop():
    yield


def _one(raw: RawDocument) -> str:
    try:
        return repr(clean_document(raw))
    except ValueError as exc:
        return f"error: {exc}"


@built
def test_threads_sharing_the_table_get_what_one_thread_gets() -> None:
    """Four threads clean pages of tokens never seen before at once (each adds to the one
    table while the others look up): the features are those of the pure-Python path."""
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(77)
    words = [f"w{rng.randrange(10**9)}{c}" for c in "abcdefgh" for _ in range(60)]
    pages = [
        split_lines("\n".join(" ".join(rng.sample(words, 9)) + "." for _ in range(30)))
        for _ in range(16)
    ]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda p: features.page_features(p).tobytes(), pages * 3))
    with _pure_python():
        want = [features.page_features(p).tobytes() for p in pages * 3]
    assert got == want


def test_the_environment_variable_and_a_stale_build_fall_back(monkeypatch, capsys) -> None:
    assert compiled.load({"STORYWEAVE_PURE_PYTHON": "1"}) is None
    assert compiled.path_name() in ("compiled", "pure Python")
    if compiled.fastlines is None:
        return  # not built: load() has nothing else to check
    assert compiled.load({"STORYWEAVE_PURE_PYTHON": "0"}) is compiled.fastlines
    monkeypatch.setattr(compiled.fastlines, "ABI", compiled.ABI + 1)
    assert compiled.load({}) is None
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "stale build" in err[0] and "pure-Python" in err[0]


@pytest.mark.slow
def test_a_process_with_the_variable_set_runs_pure_python() -> None:
    code = "from storyweave.clean import compiled, features; "
    code += "print(compiled.path_name(), features._TABLE is None)"
    env = dict(os.environ, STORYWEAVE_PURE_PYTHON="1")
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["pure", "Python", "True"]


# pieces of clean text that reach every branch of the sentence rules: marks, closers and
# openers, titles, abbreviations, initials, list numbers, acronyms, attributions,
# capitals after a period, tabs and other whitespace inside a paragraph, non-ASCII letters
_SENTENCE_PIECES = (
    "He agreed.|The|mayor|said|so.|Gov.|Sen.|Abbott|U.S.|p.m.|Inc.|Corp.|No.|10|Jan.|5,|J.|R."
    '|1.|Why?|now!|Wait...|end…|"Will you?"|she|asked.|"Why now?"|Marsh|asked|ok.\u201d'
    "|(see below.)|[a.]|»Nein.«|It’s|fine.’|«Oui.»|ÉTAT.|état.|Ölpreis|x.Y|noon.The|A.|B|e.g."
    "|etc.|St.|Mt.|12,000|donors.|3.5%|\t|\u00a0|\u2028|\u3000|日本語。|东京.|Ωmega.|İstanbul."
    "|ſt.|'quoted'|“Curly.”|Then|THE|An|Dr.|Mr.|I.|II.|Z.|a.m."
).split("|")


def _plain_text(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        words = [rng.choice(_SENTENCE_PIECES) for _ in range(rng.randint(1, 25))]
        glue = [rng.choice([" ", " ", " ", "", "  ", "\t"]) for _ in words]
        text = "".join(w + g for w, g in zip(words, glue, strict=True)).strip()
        paragraphs.append(text or "x")
    return "\n\n".join(paragraphs)


@built
def test_sentences_of_clean_texts_equal_the_pure_python_splitter() -> None:
    rng = random.Random(21)
    texts = [_plain_text(rng) for _ in range(3000)]
    texts += ["A.", "x", "Done. Then", 'He said "Go." Then left.', "a.\n\nb. C d.\n\nE."]
    got = [split_sentences(t) for t in texts]
    with _pure_python():
        want = [split_sentences(t) for t in texts]
    assert got == want
    assert sum(len(x) for x in got) > 3 * len(texts)  # texts of many sentences


@built
def test_plain_spans_refuses_texts_not_laid_out_as_clean_ones() -> None:
    fast = compiled.fastlines
    for text in ("", "a\n", "a\nb", "a\n\n", "a\n\n\nb", "\n\na", "a\n\nb\n"):
        assert fast.plain_spans(text, _NOT_PLAIN, lambda *_: True) is None, repr(text)
    with pytest.raises(TypeError):
        fast.plain_spans("a. B", set(_NOT_PLAIN), lambda *_: True)  # a frozenset only
    with pytest.raises(ZeroDivisionError):  # the judge's error comes back as it is
        fast.plain_spans("U.S. officials. X", _NOT_PLAIN, lambda *_: 1 / 0)


@built
@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_SENTENCE_PIECES), min_size=1, max_size=12).map(" ".join),
        min_size=1,
        max_size=4,
    )
)
def test_sentences_of_generated_clean_texts(paragraphs: list[str]) -> None:
    text = "\n\n".join(p.strip() or "x" for p in paragraphs)
    got = split_sentences(text)
    with _pure_python():
        assert split_sentences(text) == got
