"""The shortcuts of the third speed pass give what the plain code gives: lookup tables,
token hints, a trie-shaped regex, the padded per-page sums, the outlet found once."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean import batch_context, features, patterns
from storyweave.clean.features import (
    BASE_NAMES,
    N_BASE,
    SHORT_UNITS,
    _CharSet,
    _context,
    page_features,
    page_features_many,
)
from storyweave.clean.lines import split_lines
from storyweave.clean.metadata import find_bylines, find_outlet
from test_clean_features import reference_features

# Lines that sit on the edges of the shortcuts: closing marks only, ellipses, letters that a
# case-blind regex takes for ASCII ones, non-ASCII spaces inside bylines and headers, Greek
# final sigma, labels opening with a non-ASCII token, astral characters.
_AWKWARD = (
    "”",
    ")”",
    "Wait for it...”",
    "The end…",
    "Hours: 9–5:",
    "ſhutterstock: a view of the harbour",
    "İmage caption: the İzmir harbour",
    "\u212aomments",
    "COMMENTS",
    "“Comments”",
    "• Related articles",
    "Related articles 2",
    "Related\u00a0articles",
    "by\u00a0Ann Lee",
    "BY ANN LEE AND BO CHU",
    "By Ann Lee | Reuters",
    "Reporting by Ann Lee in Rome; Editing by Bo Chu",
    "Photo: Jane Doe/Agency",
    "Foto: Jana Novák/ČTK",
    "写真：ロイター",
    "Ο ΔΗΜΑΡΧΟΣ ΕΙΠΕ ΟΤΙ ΤΟ ΣΥΜΒΟΥΛΙΟ ΘΑ ΣΥΝΕΔΡΙΑΣΕΙ ΞΑΝΑ ΤΗΝ ΠΑΡΑΣΚΕΥΗ.",
    "Posted 3 hours ago",
    "Опубликовано 3 часа назад",
    "１２:３０ 更新",
    "12.03.2024 – Straße",
    "3. März 2023",
    "© 2024 Example Media. All rights reserved.",
    "Visit www.example.com or mail@example.org",
    "A council member speaks (left) at the meeting (Jane Doe/Example Times)",
    "😀 An emoji opens this line. And a second sentence! A third? Yes.",
    "The council voted on Tuesday to extend the program for another two years, officials said.",
    "Frequently Asked Questions (FAQs) about the dam",
    "Home | News | Sport",
    "Share on Facebook  Share on X  Email  Print",
)


def _awkward_pages(n: int, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    return ["\n".join(rng.choices(_AWKWARD, k=rng.randint(1, 25))) for _ in range(n)]


@pytest.mark.parametrize("text", _awkward_pages(12))
def test_features_equal_the_line_by_line_reference_on_awkward_lines(text: str) -> None:
    lines = split_lines("\n".join(x for x in text.split("\n") if x.strip("”)")))
    assert np.allclose(page_features(lines), reference_features(lines))


def test_a_line_of_closing_marks_only_ends_nothing_and_counts_as_a_colon() -> None:
    """As before the vectorised shape features: no final stop, but '' in ':：' holds."""
    got = page_features(split_lines("A line.\n)”\nAnother line."))
    assert got[1, BASE_NAMES.index("end")] == 0.0 and got[1, BASE_NAMES.index("colon")] == 1.0


def test_batched_features_are_bit_identical_on_awkward_pages() -> None:
    pages = [split_lines(t) for t in _awkward_pages(40, seed=8)]
    for one, many in zip(map(page_features, pages), page_features_many(pages), strict=True):
        assert one.tobytes() == many.tobytes()


def test_token_hints_never_hide_a_detector_hit() -> None:
    """A line whose tokens give no hint is one the detectors turn down."""
    files = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    lines = list(_AWKWARD) + [x for p in files for x in split_lines(p.read_text("utf-8")).text]
    sums, first = features._word_stats(tuple(lines))
    for line, section_hint, first_flags in zip(lines, sums[:, 4], first, strict=True):
        if patterns.section_kind(line, 1):
            assert section_hint > 0, line
        if patterns.byline_names(line) and " by " not in line.lower():
            assert first_flags[5], line
        if patterns._CAPTION_PREFIX.match(line):
            assert first_flags[6], line


def test_case_twins_are_every_letter_a_case_blind_regex_takes_for_ascii() -> None:
    found = set()
    for cp in range(128, 0x110000):
        c = chr(cp)
        if c.lower() == c and c.upper() == c:  # no case: matches only itself
            continue
        if re.fullmatch("[a-z]", c, re.IGNORECASE):
            found.add(c)
    assert found == set("\u0130\u0131\u017f\u212a")
    assert all(patterns._CASE_TWIN.match(c) for c in found)


def test_char_sets_equal_membership_tests() -> None:
    chars = "”’»)]」』.!?。…:："
    table = _CharSet(chars)
    cps = np.array([0, 33, 46, 0x2026, 0xFF1A, 0x300D, 0xFFFF, 0x1F600, 0x10FFFF], dtype=np.uint32)
    assert table(cps).tolist() == [chr(c) in chars for c in cps.tolist()]


def test_trie_regex_matches_what_the_alternation_matches() -> None:
    rng = random.Random(2)
    words = ["comments", "comment", "commentaire", "related", "faq", "co", "c.o", "a|b", "é"]
    trie = re.compile(patterns._trie(words))
    plain = re.compile("|".join(map(re.escape, words)))
    pieces = [*words, "x", " ", "COMMENT", "relat", "c", "o", ".", "|", "commen", "é", "e"]
    for _ in range(2000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 6)))
        assert bool(trie.search(text)) == bool(plain.search(text)), text
    blind = re.compile(patterns._trie(words), re.IGNORECASE)
    assert blind.search("LEAVE YOUR COMMENTAIRE") and not blind.search("rel ated")


def test_section_words_trie_finds_what_the_alternation_finds() -> None:
    words = [w for ws in patterns.SECTION_WORDS.values() for w in ws]
    plain = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    for line in [*_AWKWARD, *words, *(w.upper() for w in words), *(w[:-1] for w in words)]:
        assert bool(patterns._ANY_SECTION.search(line)) == bool(plain.search(line)), line


@pytest.mark.parametrize("sizes", [[3, 5000, 7, 1, 40], [1, 2, 3, 120, 5], [1]])
def test_page_sums_equal_page_by_page_cumsums(sizes: list[int]) -> None:
    """The padded path (pages of similar size) and the page-by-page one (a long page)."""
    rng = np.random.default_rng(len(sizes))
    x = rng.random((sum(sizes), 7)) * 3.0
    pages = batch_context._Pages(sizes)
    got = batch_context._page_cumsums(x, pages)
    bounds = np.cumsum([0, *sizes])
    want = np.vstack(
        [
            np.vstack([np.zeros((1, 7)), np.cumsum(x[a:b], axis=0)])
            for a, b in zip(bounds[:-1], bounds[1:], strict=True)
        ]
    )
    assert got.tobytes() == want.tobytes()


def test_batched_context_with_a_long_page_matches_page_by_page() -> None:
    rng = np.random.default_rng(9)
    sizes = [2, 3000, 4, 1]
    base = rng.random((sum(sizes), N_BASE)) * 4.0
    base[:, BASE_NAMES.index("end")] = rng.random(sum(sizes)) < 0.5
    where = {k: BASE_NAMES.index(k) for k in ("len", "end", "stop", "url", "punct", "chars")}
    got = batch_context.contexts(base, sizes, 12, SHORT_UNITS, where)
    bounds = np.cumsum([0, *sizes])
    want = np.vstack([_context(base[a:b]) for a, b in zip(bounds[:-1], bounds[1:], strict=True)])
    assert got.tobytes() == want.tobytes()


def test_outlet_found_once_is_the_outlet_found_again() -> None:
    files = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    texts = [p.read_text("utf-8") for p in files] + _awkward_pages(10)
    texts.append("By Ann Lee\nVelmora Herald, Port Aldine\nThe council met on Tuesday.")
    for text in texts:
        lines = split_lines(text).text
        bylines = [i for i, _ in find_bylines(lines, len(lines))]
        known = find_outlet(lines, [])
        assert find_outlet(lines, bylines, known) == find_outlet(lines, bylines)


@pytest.mark.parametrize("column, pattern", [("date", features._DATE), ("time", features._TIME)])
def test_rewritten_date_and_time_patterns_match_where_the_originals_match(column, pattern):
    """The lower-case patterns that open with a class find a match on the same lines."""
    plain = re.compile(pattern.pattern)  # case-sensitive, as run on lower-cased lines
    pieces = [
        "1",
        "2",
        "19",
        "20",
        "0",
        "9",
        "12",
        ".",
        "/",
        "-",
        ":",
        " ",
        "a",
        "x",
        "_",
        "é",
        "jan",
        "march",
        "sept",
        "dec.",
        ",",
        "年",
        "月",
        "日",
        "am",
        "p.m",
        "ago",
        "назад",
        "前",
        "2024",
        "１２",
        "٣",
        "h",
        "ago1",
        "xago",
    ]
    rng = random.Random(len(column))
    for _ in range(6000):
        line = "".join(rng.choices(pieces, k=rng.randint(1, 9)))
        got = any(rx.search(line) for rx in features._LOWER[column])
        assert got == bool(plain.search(line)), line
