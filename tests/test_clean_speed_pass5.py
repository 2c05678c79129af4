"""Seventh speed pass: each faster path equals the plain one it replaced (same answers)."""

from __future__ import annotations

import random
import re
import threading

import blingfire
import numpy as np

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean import decide, features, metadata, patterns
from storyweave.clean.features import _COPYRIGHT, _SEP, _Joined, _lines_with, _separators
from storyweave.clean.lines import split_lines
from storyweave.sentences import _blingfire_ends

_AWKWARD = " |»›/·•-–ab\n"


def _pages() -> list[tuple[str, ...]]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [split_lines(p.read_text(encoding="utf-8")).text for p in paths]


def _random_lines(rng: random.Random, alphabet: str, count: int) -> tuple[str, ...]:
    return tuple(
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))).replace("\n", "") or "x"
        for _ in range(count)
    )


def test_separators_count_what_the_separator_regex_counts() -> None:
    rng = random.Random(5)
    pages = _pages() + [_random_lines(rng, _AWKWARD, 400) for _ in range(20)]
    pages.append(("a | b | c", " | | ", "x - y - -z", "a –b", "p » q › r / s · t • u"))
    for text in pages:
        j = _Joined(text)
        assert _separators(j).tolist() == _lines_with(_SEP, j, j.joined).tolist()


def test_copyright_column_equals_the_regex_on_lower_cased_lines() -> None:
    rng = random.Random(7)
    alphabet = "(c)©opyrightCOPYRIGHT x"
    pages = _pages() + [_random_lines(rng, alphabet, 300) for _ in range(10)]
    at = features.BASE_NAMES.index("copyright")
    for text in pages:
        found = features._base_of(text, (False,) * len(text), [len(text)])[:, at]
        expected = [bool(_COPYRIGHT.search(t.lower())) for t in text]
        if any(len(t.lower()) != len(t) for t in text):  # case-blind on such pages
            expected = [bool(re.search(_COPYRIGHT.pattern, t, re.I)) for t in text]
        assert (found > 0).tolist() == expected


def test_blingfire_ends_equal_the_wrapper_with_reused_buffers() -> None:
    """Long lines, then short ones: the reused buffers hold the longer output left over."""
    rng = random.Random(3)
    words = ["Dr.", "said.", "U.S.", "Ünïcödé…", "日本語。", "He", "left", "😀.", "Yes!", "No?"]
    lines = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 200))) for _ in range(60)]
    lines.sort(key=len, reverse=True)
    lines += lines[::-1]
    for line in lines:
        assert _blingfire_ends(line) == {
            e for _, e in blingfire.text_to_sentences_and_offsets(line)[1]
        }


def test_blingfire_ends_in_threads() -> None:
    lines = [("A b c. " * k + "Dr. X went. Ok") for k in range(1, 40)]
    expected = [{e for _, e in blingfire.text_to_sentences_and_offsets(x)[1]} for x in lines]
    failures: list[int] = []

    def work(order: list[int]) -> None:
        for k in order * 5:
            if _blingfire_ends(lines[k]) != expected[k]:
                failures.append(k)

    threads = [threading.Thread(target=work, args=(list(range(len(lines)))[::s],)) for s in (1, -1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_features_unchanged_by_batching_awkward_pages() -> None:
    """page_features_many equals page_features page by page on the awkward pages too."""
    rng = random.Random(11)
    pages = [split_lines("\n".join(_random_lines(rng, _AWKWARD + "(c)© İ", 60))) for _ in range(8)]
    for page, got in zip(pages, features.page_features_many(pages), strict=True):
        assert np.array_equal(got, features.page_features(page))


_LINES = (
    "Comments",
    "Related articles",
    "Frequently Asked Questions (FAQs) about the new dam and what it means for the town",
    "Kommentare",
    "ſhare Komments",
    "İlgili haberler",
    "jane_d March 3, 2024 - 9:08 am",
    "reader42 ٣ hours ago",
    "2 days ago at 08:12 am",
    "Posted by reader42 on 03/04/2024 at 10:12",
    "The council voted on Tuesday to extend the program for another two years, officials said.",
    "Home | News",
    "記事へのコメント",
    "• Comments",
    "More on this story",
)


def _awkward_pages(count: int, seed: int) -> list[tuple[str, ...]]:
    rng = random.Random(seed)
    return [
        tuple(rng.choice(_LINES) for _ in range(rng.randint(1, 40))) for _ in range(count)
    ] + _pages()


def test_line_facts_say_what_their_definitions_say() -> None:
    """Tokens are len(split()); no section hint: section_kind() finds nothing at any size;
    no digit fact: regex \\d finds nothing."""
    pages = [split_lines("\n".join(t)) for t in _awkward_pages(30, 1)]
    batched = features.page_features_facts_many(pages)
    for page, (found, facts) in zip(pages, batched, strict=True):
        alone, alone_facts = features.page_features_facts(page)
        assert np.array_equal(found, alone) and facts == alone_facts
        assert facts.tokens == [len(t.split()) for t in page.text]
        for line, hint, digit in zip(page.text, facts.section, facts.digit, strict=True):
            if not hint:
                assert all(patterns.section_kind(line, u) is None for u in range(16)), line
            if not digit:
                assert re.search(r"\d", line) is None, line


def test_tail_rule_with_facts_equals_the_rule_without() -> None:
    pages = [split_lines("\n".join(t)) for t in _awkward_pages(60, 2)]
    rng = random.Random(4)
    for page in pages:
        _, facts = features.page_features_facts(page)
        related = [rng.random() < 0.1 for _ in page.text]
        body = np.array([rng.random() < 0.6 for _ in page.text])
        got = []
        for given in (facts, None):
            b, kinds, reasons = body.copy(), [None] * len(page), [""] * len(page)
            decide._mark_tail(page.text, b, kinds, reasons, related, facts.tokens, given)
            got.append((b.tolist(), kinds, reasons))
        assert got[0] == got[1]


_META_LINES = (
    *_LINES,
    "By Jane Doe and John Roe",
    "Photo: Jane Doe/Agency",
    "12 comments",
    "Updated 6:55 p.m. March 3, 2024",
    "Published: 14 Oct 2025",
    "A council member speaks during the meeting (Jane Doe/Example Times)",
    "Council extends the road program for two more years",
    "Share on Facebook Share on X Email Print",
    "© 2024 Example Media. All rights reserved.",
    "http://example.com/a-story-about-roads-and-schools",
    "Gemeinderat verlängert das Programm um zwei Jahre",
    "Related stories from around the region",
    "Leave a comment for our readers here",
)


def test_metadata_with_facts_equals_metadata_without() -> None:
    """find_title, find_bylines and find_date skip only lines their tests cannot match."""
    rng = random.Random(9)
    pages = [tuple(rng.choice(_META_LINES) for _ in range(rng.randint(1, 30))) for _ in range(300)]
    kinds_pool = (None, None, None, "byline", "caption", "related", "furniture")
    for text in pages + _pages():
        page = split_lines("\n".join(text))
        _, facts = features.page_features_facts(page)
        t = page.text
        assert facts.byline == [bool(patterns.byline_names(x)) for x in t]
        assert facts.caption == [patterns.caption_signal(x) is not None for x in t]
        body = [rng.random() < 0.5 for _ in t]
        kinds = [rng.choice(kinds_pool) for _ in t]
        assert metadata.find_title(t, body, kinds, facts) == metadata.find_title(t, body, kinds)
        assert metadata.find_bylines(t, len(t), facts.byline) == metadata.find_bylines(t, len(t))
        rows = [i for i in range(len(t)) if rng.random() < 0.7]
        assert metadata.find_date(t, rows, facts.digit) == metadata.find_date(t, rows)


def test_line_kind_with_digit_facts_equals_without() -> None:
    rng = random.Random(12)
    text = tuple(rng.choice(_META_LINES) for _ in range(400))
    page = split_lines("\n".join(text))
    found, facts = features.page_features_facts(page)
    low = patterns.LowerPage.of(page.text)
    common = {
        "caption": facts.caption,
        "byline": facts.byline,
        "shares": set(patterns.share_bar_lines(page.text, low)),
        "marks": set(low.lines_holding(patterns.COPYRIGHT_HINTS)),
    }
    gated = decide._Flags(**common, digit=facts.digit)
    plain = decide._Flags(**common)
    for i, line in enumerate(page.text):
        assert decide._line_kind(line, i, page, gated) == decide._line_kind(line, i, page, plain)


def test_lower_page_of_some_lines_finds_what_the_whole_page_finds_there() -> None:
    rng = random.Random(21)
    extra = ("Sign up for our newsletter", "xnewsletter", "Copyright 2024", "Share Tweet Email")
    for text in _awkward_pages(40, 8):
        text = tuple(
            rng.choice((*text, *extra, "İİ newsletter " * rng.randint(1, 30))) for _ in text
        )
        whole = patterns.LowerPage.of(text)
        only = [i for i in range(len(text)) if rng.random() < 0.6]
        part = patterns.LowerPage.of(text, only)
        for words in (patterns.COPYRIGHT_HINTS, patterns._PROMO_LOWER, patterns._SHARE_ANY_LOWER):
            for start in (False, True):
                want = [i for i in whole.lines_holding(words, start) if i in set(only)]
                assert part.lines_holding(words, start) == want


def test_decide_looks_for_words_only_where_the_rules_can_take_them() -> None:
    """The lines left out of the decisions' LowerPage are ones no word rule takes."""
    rng = random.Random(22)
    long_promo = "Sign up for our newsletter " + "and more words here " * 12
    for text in _awkward_pages(40, 9):
        text = (*text, long_promo, "Share " * 30, "© " + "x" * 210)
        page = split_lines("\n".join(rng.sample(text, len(text))))
        _, facts = features.page_features_facts(page)
        left_out = [
            i
            for i, (t, k) in enumerate(zip(page.text, facts.tokens, strict=True))
            if not decide._wordy(t, k)
        ]
        whole = patterns.LowerPage.of(page.text)
        assert not set(left_out) & patterns.promo_lines(page.text, whole)
        assert not set(left_out) & set(patterns.share_bar_lines(page.text, whole))
        everything = set(range(len(page)))  # every line holds a copyright hint, say
        flags = decide._Flags(
            caption=facts.caption, byline=facts.byline, shares=everything, marks=everything
        )
        taken = {("furniture", "share buttons"), ("other", "copyright line")}
        for i in left_out:  # no line rule reaches its share or copyright test
            assert decide._line_kind(page.text[i], i, page, flags) not in taken


def test_other_digits_class_is_what_regex_digit_matches_beyond_ascii() -> None:
    flagged = features._OTHER_DIGITS
    for code in range(0x10000):
        assert bool(flagged[code]) == (code > 127 and re.match(r"\d", chr(code)) is not None)
    assert flagged[0x10000]  # astral: maybe
    lines = ("٣ days", "x 𝟘", "plain words", "12 ways")  # Arabic-Indic; astral (maybe)
    _, facts = features.page_features_facts(split_lines("\n".join(lines)))
    assert facts.digit == [True, True, False, True]


def test_author_picture_lines_open_with_what_the_gate_lets_through() -> None:
    import sys

    blind = re.compile(r"[wae]", re.IGNORECASE)  # the first letter of writer/author/editor
    for code in range(sys.maxunicode + 1):
        if blind.match(chr(code)):
            assert chr(code) in decide._AUTHOR_OPENS
    for line in ("Writer's picture Jo Roe", "• Author photo Ana Ruiz", "EDITOR'S IMAGE X"):
        assert line[:1] in decide._AUTHOR_OPENS and patterns.author_picture(line.lstrip("•·*- "))


def test_tail_kind_with_the_digit_fact_equals_without() -> None:
    for line in _META_LINES:
        digit = re.search(r"\d", line) is not None
        for section in (None, "comments", "related"):
            assert decide._tail_kind(line, section, digit) == decide._tail_kind(line, section)


# ---- boundary_verdict as it was before this pass (slices, any() over characters) ----
def _old_verdict(line: str, punct_start: int, end: int):
    from storyweave import sentences as s

    rest = line[end:].lstrip()
    if not rest:
        return s._Verdict.SPLIT
    first = rest.lstrip(s._OPEN_QUOTES)[:1]
    if not first or first.islower() or first in ",;:":
        return s._Verdict.MERGE
    mark = line[punct_start:end]
    if mark[-1] in s._CLOSE_QUOTES and s._ATTRIBUTION.match(rest):
        return s._Verdict.MERGE
    if mark[0] != "." or mark.startswith(".."):
        return s._after_other_mark(mark, first)
    prefix = line[:punct_start]
    space = max(prefix.rfind(" "), prefix.rfind("\t"))
    word = prefix[space + 1 :].lstrip(s._OPEN_QUOTES)
    return _old_after_period(word, rest, first, not prefix[: space + 1].strip())


def _old_after_period(word: str, rest: str, first: str, at_line_start: bool):
    from storyweave import sentences as s

    key = word.lower().rstrip(".")
    if key in s._TITLES or (key in s._BEFORE_NUMBER and first.isdigit()):
        return s._Verdict.MERGE
    if len(word) == 1 and word.isalpha() and word.isupper():
        return s._Verdict.MERGE
    if key.isdigit() and len(key) <= 2 and at_line_start:
        return s._Verdict.MERGE
    if key in s._AMBIGUOUS or s._is_dotted_acronym(word):
        next_word = s._NEXT_WORD.match(rest)
        starter = next_word is not None and next_word.group(1).lower() in s._STARTERS
        return s._Verdict.SPLIT if starter else s._Verdict.MERGE
    core = word.strip("\"'”’“‘()[]")
    plain = len(core) >= 2 and any(c.islower() for c in core) and "." not in core
    plain = plain or (core.replace(",", "").replace("%", "").isdigit() and len(core) >= 3)
    if plain or word.endswith(("”", '"', "’", ")")):
        return s._Verdict.SPLIT
    return s._Verdict.UNSURE


def test_boundary_verdict_equals_the_version_before_this_pass() -> None:
    from storyweave import sentences as s

    rng = random.Random(31)
    pieces = ["Dr.", "U.S.", "said.", "12.", "1.", "Inc.", "ĸa.", "ĸĸ.", "ÉTÉ.", "J.", "\t", " "]
    pieces += ["the", "He", "“Yes.”", "(AP).", "‘Why?’", "Marsh asked", "ǅx.", "ß.", "No.", "5"]
    lines = [_t for _t in (t.replace("\n", " ") for p in _pages() for t in p) if _t]
    lines += [
        "".join(rng.choice(pieces) + rng.choice(" \t") for _ in range(12)) for _ in range(3000)
    ]
    for line in lines:
        for m in s._CANDIDATE.finditer(line):
            if _web_rule(s, line, *m.span()):
                continue  # session 14's rules for web copy (tests/test_sentences_web.py)
            assert s.boundary_verdict(line, *m.span()) == _old_verdict(line, *m.span()), line


def _web_rule(s, line: str, start: int, end: int) -> bool:  # noqa: ANN001 - the module
    """Whether one of the rules added after this pass decides the period: a wire credit or a
    domain ending after it, a dateline's state, a lone capital ending a sentence."""
    if line[start:end].strip() != ".":
        return False
    rest = line[end:].lstrip()
    space = max(line.rfind(" ", 0, start), line.rfind("\t", 0, start))
    word = line[space + 1 : start]
    return bool(rest) and bool(
        s._WIRE.match(rest) or s._DOMAIN_END.match(line, end)
        or word.lower() in s._STATES
        or len(word) == 1 and word.isupper() and s._lone_capital_ends(line[: max(space, 0)], rest))


def test_list_and_edge_rules_with_batch_masks_equal_the_rules_reading_features() -> None:
    rng = random.Random(41)
    items = ("• 2 cups of flour", "• 1 teaspoon of salt, $3.50", "Step 3: bake for 20 min")
    pages = [split_lines("\n".join(t)) for t in _awkward_pages(50, 13)]
    pages += [split_lines("\n".join(rng.choice(_META_LINES + items) for _ in range(40)))]
    batched = features.page_features_facts_many(pages, decide._masks)
    for page, (found, facts) in zip(pages, batched, strict=True):
        assert facts.masks == tuple(m.tolist() for m in _masks_as_before(found))
        prose, loose, header, _ = facts.masks
        for _ in range(5):
            body = np.array([rng.random() < 0.5 for _ in page.text])
            bars = [i for i in range(len(page)) if rng.random() < 0.05]
            got = [body.copy() for _ in range(2)]
            decide._extend(found, got[0], prose)
            decide._extend(found, got[1])
            assert got[0].tolist() == got[1].tolist()
            a, b = body.copy(), body.copy()
            assert decide._continue_list(page.text, found, a, bars, header) == (
                decide._continue_list(page.text, found, b, bars)
            )
            decide._fill_lists(page.text, found, a, header)
            decide._fill_lists(page.text, found, b)
            decide._trim_edges(found, a, range(0), loose)
            decide._trim_edges(found, b)
            assert a.tolist() == b.tolist()


def _masks_as_before(found: np.ndarray) -> tuple[np.ndarray, ...]:
    """What _extend, _trim_edges, the list rules and _decide read from a page's features
    before this pass."""
    at = {k: found[:, i] for i, k in enumerate(features.BASE_NAMES)}
    prose = (
        (at["len"] >= np.log1p(decide.EXTEND_UNITS))
        & (at["end"] > 0)
        & (at["stop"] >= 0.15)
        & (at["ellipsis"] == 0)
        & (at["caption"] == 0)
        & (at["url"] == 0)
    )
    loose = (at["end"] == 0) & (at["len"] <= np.log1p(decide.TRIM_UNITS)) | (at["url"] > 0)
    sections = [at[k] for k in ("sec_comments", "sec_related", "sec_faq")]
    header = (sections[0] > 0) | (sections[1] > 0) | (sections[2] > 0)
    return prose, loose, header, at["sec_related"] > 0


def test_body_mass_above_each_line_equals_the_cumulative_sums() -> None:
    rng = random.Random(51)
    for text in _awkward_pages(40, 17):
        body = np.array([rng.random() < 0.5 for _ in text])
        sizes = np.array([len(t) for t in text], dtype=np.float64) * body
        above, total = decide._mass_above(text, body)
        assert above == (np.cumsum(sizes) - sizes).tolist() and total == float(sizes.sum())


def test_outlet_line_gates_hold_back_no_match() -> None:
    rng = random.Random(61)
    words = ["Ab", "x" * 30, "is", "was", "ARE", "a", "an", "THE", "one of", "news", "site", "."]
    lines = ["The Daily Example is a news site covering the valley.", "ſite is an outlet news"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 14))) for _ in range(20000)]
    for line in lines:
        if metadata._DESCRIPTION.match(line):
            assert metadata._VERB_ARTICLE.search(line, 0, 74), line
    assert metadata._AUTHOR_OPENS == decide._AUTHOR_OPENS  # checked over Unicode above
    assert sum(bool(metadata._DESCRIPTION.match(t)) for t in lines) > 10  # the test bites


def test_date_form_needs_hold_back_no_date() -> None:
    rng = random.Random(71)
    words = ["March", "mar.", "3", "3rd", "ST", "12,", "2024", "1999", "de", "Jan", "x", ",", "."]
    lines = ["Published March 3rd, 2024 at noon", "Updated: Sept. 12 2023"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(2, 9))) for _ in range(20000)]
    mdy = next(rx for rx, order in metadata._DATES if order == "mdy")
    hits = 0
    for line in lines:
        if mdy.search(line):
            hits += 1
            assert metadata._DATE_NEEDS["mdy"].search(line), line
    assert hits > 100


def test_sentences_of_a_clean_text_equal_the_line_by_line_path() -> None:
    """A cleaned article (one line a paragraph, blank lines between) takes the short path;
    a final newline sends the same text down the general one: the same sentences."""
    from storyweave.sentences import split_sentences

    rng = random.Random(81)
    words = ["Dr.", "U.S.", "said.", "12.", "He", "the", "“Yes.”", "Inc.", "J.", "p.m.", "Why?"]
    words += ["Ünïcödé…", "日本語。", "(AP).", "No.", "5", "1.", "ok", "—", "‘Maybe.’", "end."]
    texts = [
        "\n\n".join(
            " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
            for _ in range(rng.randint(1, 8))
        )
        for _ in range(400)
    ]
    texts += ["\n\n".join(p) for p in _pages()]
    for text in texts:
        assert split_sentences(text) == split_sentences(text + "\n"), text


def _assemble_as_before(text, body, kinds, reasons):
    from itertools import groupby
    from operator import itemgetter

    from storyweave.model import Removed

    keys = [
        (True, None, None) if b else (False, k, r)
        for b, k, r in zip(body, kinds, reasons, strict=True)
    ]
    paragraphs = [line for line, b in zip(text, body, strict=True) if b]
    end = max(sum(map(len, paragraphs)) + 2 * len(paragraphs) - 2, 0)
    offset, removed = 0, []
    for (is_body, kind, reason), run in groupby(zip(keys, text, strict=True), key=itemgetter(0)):
        lines = [line for _, line in run]
        if is_body:
            offset += sum(map(len, lines)) + 2 * len(lines)
        else:
            removed.append(
                Removed(text="\n".join(lines), kind=kind, reason=reason, at=min(offset, end))
            )
    return paragraphs, removed


def test_assemble_equals_the_grouped_version() -> None:
    from storyweave.clean.cleaner import _assemble

    rng = random.Random(91)
    kinds = [("furniture", "a"), ("furniture", "b"), ("related", "a"), ("caption", "c")]
    for _ in range(2000):
        n = rng.randint(0, 25)
        text = tuple(rng.choice(_META_LINES) for _ in range(n))
        body = [rng.random() < 0.4 for _ in range(n)]
        pairs = [rng.choice(kinds) for _ in range(n)]
        ks = [None if b else k for b, (k, _) in zip(body, pairs, strict=True)]
        rs = [r for _, r in pairs]
        assert _assemble(text, body, ks, rs) == _assemble_as_before(text, body, ks, rs)


def test_word_statistics_in_chunks_equal_all_lines_at_once() -> None:
    rng = random.Random(101)
    lines = tuple(rng.choice(_META_LINES) for _ in range(3 * features._WORD_CHUNK + 7))
    end = features._WORD_CHUNK - 1  # '\x1c': a line without tokens, ending the first chunk
    for text in (lines, (*lines[:600], "\x1c", *lines[600:]), (*lines[:end], "\x1c", *lines)):
        got = features._word_stats_counts(text)
        want = features._word_stats_of(text)
        assert all(np.array_equal(a, b) for a, b in zip(got, want, strict=True))
