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


def test_no_letter_opens_a_bullet() -> None:
    """split_lines() asks _BULLET only of lines not opening with a letter: no letter can be
    what the regex's leading space, mark or digit takes (checked over all of Unicode)."""
    from storyweave.clean.lines import _BULLET

    letters = [chr(c) for c in range(0x110000) if chr(c).isalpha()]
    assert len(letters) > 100_000
    for c in letters:  # a mark before ' x', a digit before '. x', a space before '- x'
        assert not any(_BULLET.match(c + rest) for rest in (" x", ". x", "- x")), hex(ord(c))
    text = "Ab\n1. one\n• two\n٣) three\n-x\n— dash line\n\u00a0lead\nplain"
    got = split_lines(text)
    assert got.bullet == tuple(_BULLET.match(x) is not None for x in got.text)
    assert got.bullet == (False, True, True, True, False, True, False, False)


def test_separator_gate_holds_every_after_byline() -> None:
    from storyweave.clean import patterns

    rng = random.Random(10)
    pieces = ["Daily Post", " | ", " • ", " · ", " — ", " – ", " - ", "By ", "BY ", "von "]
    pieces += ["Jo Roe", "Ann Lee", " and ", ", ", "/", "Reporting by "]
    seen = 0
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7))).strip() or "x"
        if patterns._BYLINE_AFTER.match(line):
            seen += 1
            assert patterns._has_separator(line), line
        assert patterns._has_separator(line) == any(c in line for c in "|•·—–")
    assert seen > 50


def _old_continue_list(text, body, share_rows, header):
    """decide._continue_list() as it was (numpy searches)."""
    from storyweave.clean.decide import LIST_MIN_LINES, _list_items

    where = np.flatnonzero(body)
    if len(where) == 0:
        return range(0)
    first = int(where[0])
    found = next((j for j in range(first + 1, len(text)) if header[j]), None)
    end = found if found is not None else len(text)
    bars = [j for j in share_rows if first < j < end]
    if not bars and found is None:
        return range(0)
    stop = bars[0] if bars else end
    above = np.flatnonzero(body[:stop])
    start = int(above[-1]) + 1
    if stop - start < LIST_MIN_LINES:
        return range(0)
    outside = set(text[: int(above[0])] + text[stop:])
    if not _list_items(text[start:stop], outside):
        return range(0)
    body[start:stop] = True
    return range(start, stop)


def _old_fill_lists(text, body, header):
    from storyweave.clean.decide import LIST_MIN_LINES, _list_items

    where = np.flatnonzero(body)
    if len(where) < 2:
        return
    outside = set(text[: int(where[0])] + text[int(where[-1]) + 1 :])
    for a, b in zip(where[:-1].tolist(), where[1:].tolist(), strict=True):
        if b - a - 1 >= LIST_MIN_LINES and not any(header[a + 1 : b]):
            if _list_items(text[a + 1 : b], outside):
                body[a + 1 : b] = True


def _old_rejoin(text, likely, body, kinds, reasons, words):
    from bisect import bisect_left

    from storyweave.clean.decide import REJOIN_GAP, REJOIN_KINDS, REJOIN_LINES, REJOIN_P, _prose

    where = np.flatnonzero(body).tolist()
    if not where:
        return
    ok = [
        i
        for i in np.flatnonzero((likely >= REJOIN_P) & ~body).tolist()
        if kinds[i] in REJOIN_KINDS and _prose(text[i], words[i])
    ]
    runs: list[list[int]] = []
    for i in ok:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        k = bisect_left(where, run[0])
        near = (k and run[0] - where[k - 1] <= REJOIN_GAP + 1) or (
            k < len(where) and where[k] - run[-1] <= REJOIN_GAP + 1
        )
        if len(run) >= REJOIN_LINES and near:
            for j in run:
                body[j], kinds[j], reasons[j] = True, None, ""
            where = sorted(where + run)


_PROSE = "The council met on Tuesday and agreed, after a long debate, to publish what it found."
_ITEMS = ["2 cups of flour", "Step 3: stir for 10 minutes", "Tickets: $25", "Menu", "Home", "1 egg"]
_OTHER = ["Comments", "Share on Facebook", "12 comments", "Related articles", "jo_d 5 hours ago"]


def test_list_and_rejoin_rules_equal_their_numpy_versions() -> None:
    from storyweave.clean import decide

    rng = random.Random(11)
    checked = changed = 0
    for _ in range(600):
        pool = rng.choice([[_PROSE] * 6 + _ITEMS + _OTHER, [_PROSE] * 2 + _ITEMS * 3 + _OTHER])
        same = rng.choice([0.2, 0.8])  # how many lines come without a unique suffix
        text = tuple(
            rng.choice(pool) + ("" if rng.random() < same else f" {k}")
            for k in range(rng.randint(1, 40))
        )
        body = np.array([rng.random() < 0.5 for _ in text], dtype=np.bool_)
        header = [rng.random() < 0.08 for _ in text]
        bars = sorted(rng.sample(range(len(text)), k=min(len(text), rng.randint(0, 2))))
        a, b = body.copy(), body.copy()
        assert decide._continue_list(text, None, a, bars, header) == _old_continue_list(
            text, b, bars, header
        )
        decide._fill_lists(text, None, a, header)
        _old_fill_lists(text, b, header)
        likely = np.array([rng.random() for _ in text])
        kinds = [rng.choice([None, "related", "caption", "comments"]) for _ in text]
        words = [len(t.split()) for t in text]
        ka, kb, ra, rb = list(kinds), list(kinds), [""] * len(text), [""] * len(text)
        decide._rejoin(text, likely, a, ka, ra, words)
        _old_rejoin(text, likely, b, kb, rb, words)
        assert a.tolist() == b.tolist() and ka == kb and ra == rb
        checked += 1
        changed += a.tolist() != body.tolist()
    assert checked == 600 and changed > 100


def test_month_day_year_search_from_its_tail_finds_the_first_date() -> None:
    import re

    from storyweave.clean import metadata

    rng = random.Random(12)
    months = ["Sept.", "septiembre", "March", "MAY", "dec", "Août", "Jan", "sEpTeMbEr", "x"]
    days = ["1", "12", "3rd", "21st,", "9th", "123", "07,"]
    years = ["2024", "1999", "2100", "20245", "24"]
    fillers = ["Posted", "on", "by Jo", "|", "—", "12:30", "at", "", "Updated:"]
    mdy = metadata._DATES[1][0]
    checked = 0
    for _ in range(6000):
        parts = [rng.choice(fillers + months + days + years) for _ in range(rng.randint(1, 12))]
        line = " ".join(parts) + rng.choice(["", ".", " 2024"])
        plain = metadata._DATE_NEEDS["mdy"].search(line) and mdy.search(line)
        tail = metadata._DATE_NEEDS["mdy"].search(line)
        fast = tail and mdy.search(line, max(0, tail.start() - metadata._MONTH_REACH))
        assert (plain and plain.span()) == (fast and fast.span()), line
        checked += bool(plain)
    assert checked > 100  # lines holding such a date (~200)
    assert re.search(r"\d", metadata.parse_date("Published September 12th, 2024 at noon"))


def test_lowering_keeps_whitespace_apart_from_everything_else() -> None:
    """What the page-word hint relies on, over all of Unicode: lower() turns a whitespace
    character into itself and any other character into no whitespace."""
    for c in map(chr, range(0x110000)):
        low = c.lower()
        if c.isspace():
            assert low == c, hex(ord(c))
        else:
            assert not any(x.isspace() for x in low), hex(ord(c))


def test_page_word_hints_never_hide_a_line_holding_a_page_word() -> None:
    from storyweave.clean.features import _word_stats_counts
    from storyweave.clean.patterns import PAGE_WORDS, LowerPage

    rng = random.Random(13)
    words = [w.upper() for w in PAGE_WORDS] + list(PAGE_WORDS) + ["ΣHARE", "İnbox", "ſhare"]
    words += ["SUBSCRIBE TO OUR", "Sign up", "©2024", "(C)", "Copyright", "RIGHTS", "x"]
    filler = ["the", "ΑΣ", "ΟΔΟΣ.", "naïve", "İstanbul", "K", "“quoted”", "e-mail:", "—", ""]
    lines = tuple(
        " ".join(rng.choice(words + filler * 3) for _ in range(rng.randint(1, 9))) or "x"
        for _ in range(3000)
    )
    lines += tuple(x for page in _pages() for x in page)
    sums, _, counts = _word_stats_counts(lines)
    hinted = (sums[:, 5] > 0).tolist()
    assert counts.tolist() == [len(x.split()) for x in lines]
    found = LowerPage.of(lines).lines_holding(PAGE_WORDS)
    assert len(found) > 1000
    for i in found:
        assert hinted[i], lines[i]
    assert not all(hinted)  # the hint does sort lines out


def test_copyright_ago_by_and_url_hints_from_the_tokens() -> None:
    """The copyright and 'ago' hints are what searching the lower-cased lines gives; every
    line holding ' by ' or a URL (lower-cased, or case-blind as it is) has its hint."""
    from storyweave.clean.features import (
        _COPYRIGHT_LITERALS,
        _URL,
        _URL_BLIND,
        _word_stats_counts,
    )

    rng = random.Random(15)
    parts = ["©", "(c)", "(C)", "COPYRIGHT", "Copyriġht", "copyrİght", "ago", "AGO", "Chicago"]
    parts += ["by", "BY", "By:", "bye", "http://x", "HTTPS://X", "WWW.x", "x.COM", "a.net/b"]
    parts += ["@me", "@", "İ@x", "ſ", "K", "ΣΑΣ", "“by”", "org", ".org", "www", "-", "2024"]
    lines = tuple(
        rng.choice([" ", "  ", ""]).join(rng.choice(parts) for _ in range(rng.randint(1, 8))) or "x"
        for _ in range(4000)
    )
    lines += tuple(x for page in _pages() for x in page)
    sums = _word_stats_counts(lines)[0]
    copyright, ago, by, url = (sums[:, k] > 0 for k in range(6, 10))
    j = _Joined(lines)
    assert copyright.tolist() == j.lines_holding_any(_COPYRIGHT_LITERALS).tolist()
    assert ago.tolist() == j.lines_holding("ago").tolist()
    assert not (j.lines_holding(" by ") & ~by).any()
    for line, hinted in zip(lines, url.tolist(), strict=True):
        if _URL.search(line.lower()) or _URL_BLIND.search(line):
            assert hinted, line
    assert 0 < url.sum() < len(lines) and 0 < by.sum() < len(lines)
