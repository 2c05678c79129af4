"""Numeric features of each line of a page: its shape, its language statistics, its context."""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, pairwise, repeat
from operator import itemgetter

import numpy as np

from .lexicon import ALL_STOPWORDS, CAPTION_WORDS, CJK_FUNCTION_CHARS, SECTION_WORDS
from .lines import Lines
from .patterns import BYLINE_STARTS, PAGE_WORDS, byline_names, caption_signal, section_kind

_WORD_STRIP = ".,;:!?\"'“”‘’«»()[]{}—–-…„*"
_SENT_END = frozenset(".!?。！？…")
_CLOSERS = "\"'”’»)]」』"
_OPENERS = frozenset('"“‘«„「『–—-')
_DATE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|"
    r"(?:19|20)\d\d年|\d{1,2}月\d{1,2}日|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
    r"\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2} ?[ap]\.?m\b|\b(?:ago|назад|前)\b", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\.(?:com|net|org)\b|@\w")
_SEP = re.compile(r" [|»›/·•] | [-–] (?=\S)")
# The symbol of each place _SEP may match (opening with a class: the engine skips to them);
# _separators() drops those whose leading space a match just before took.
_SEP_AT = re.compile(r"[|»›/·•\-–](?<= .) (?:(?<=[|»›/·•] )|(?=\S))")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright")
_MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_LOWER = {  # for lower-cased lines: per column, patterns that together match what one does
    # _DATE and _TIME (case-sensitive), rewritten to open with a character class or literals,
    # which the regex engine skips to (a leading \b stops that): each \b before a first
    # character that is a word character is a look-behind after it.
    "date": (
        re.compile(
            r"\d(?<!\w\d)(?:\d?[./-]\d{1,2}[./-]\d{2,4}|\d{3}[./-]\d{1,2}[./-]\d{1,2}|"
            r"(?:(?<=1)9|(?<=2)0)\d\d年|\d?月\d{1,2}日|"
            rf"\d?\.? {_MONTHS}[a-z]*\.? (?:19|20)\d\d)"
        ),
        re.compile(rf"{_MONTHS}(?<!\w[a-z]{{3}})[a-z]*\.? \d{{1,2}},? (?:19|20)\d\d"),
    ),
    "time": (
        re.compile(r"\d(?<!\w\d)\d?(?::\d\d\b| ?[ap]\.?m\b)"),
        re.compile(r"(?:ago(?<!\wago)|назад(?<!\wназад)|前(?<!\w前))\b"),
    ),
    "url": (_URL,),
    "copyright": (_COPYRIGHT,),
}
# What _COPYRIGHT matches: a line holds one of these (found faster by str.find).
_COPYRIGHT_LITERALS = ("©", "(c)", "copyright")
_ANY_CASE = {  # for lines as they are, on pages where lower-casing moves characters
    k: (re.compile(rx.pattern, re.IGNORECASE),)
    for k, rx in (("date", _DATE), ("time", _TIME), ("url", _URL), ("copyright", _COPYRIGHT))
}

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


def _class_table() -> np.ndarray:
    """Bit flags for every BMP code point: digit, non-word, CJK, CJK function, comma, paren."""
    cp = np.arange(0x10000, dtype=np.uint32)
    digit = (cp >= 48) & (cp <= 57)
    ascii_alpha = ((cp >= 65) & (cp <= 90)) | ((cp >= 97) & (cp <= 122))
    symbol = (
        ((cp >= 0x2000) & (cp <= 0x2BFF))
        | ((cp >= 0x3000) & (cp <= 0x303F))
        | ((cp >= 0xFE30) & (cp <= 0xFE4F))
        | ((cp >= 0xFF00) & (cp <= 0xFF20))
        | ((cp >= 0xFF3B) & (cp <= 0xFF40))
        | ((cp >= 0xFF5B) & (cp <= 0xFF65))
        | (cp == 0xD7)
        | (cp == 0xF7)
    )
    wordy = digit | ascii_alpha | (cp == 32) | (cp == 10) | ((cp >= 0xC0) & ~symbol)
    cjk = (
        ((cp >= 0x3040) & (cp <= 0x30FF))
        | ((cp >= 0x3400) & (cp <= 0x9FFF))
        | ((cp >= 0xAC00) & (cp <= 0xD7AF))
        | ((cp >= 0xF900) & (cp <= 0xFAFF))
    )
    function = np.zeros(0x10000, dtype=np.bool_)
    function[[ord(c) for c in CJK_FUNCTION_CHARS]] = True
    comma = (cp == 44) | (cp == 0xFF0C) | (cp == 0x3001)
    parens = (cp == 40) | (cp == 41)
    flags = [digit, ~wordy, cjk, function, comma, parens]
    return sum((f.astype(np.uint8) << i) for i, f in enumerate(flags)).astype(np.uint8)


_CLASSES = _class_table()
_CLASS_NAMES = ("digits", "punct", "cjk", "cjk_function", "commas", "parens")


def _other_digit_table() -> np.ndarray:
    """Per code point beyond ASCII: regex \\d matches it (the last entry: any astral one,
    taken as a digit: a few are)."""
    table = np.zeros(0x10001, dtype=np.bool_)
    bmp = "".join(map(chr, range(128, 0x10000)))
    table[[ord(c) for c in re.findall(r"\d", bmp)]] = True
    table[0x10000] = True
    return table


_OTHER_DIGITS = _other_digit_table()


class _Joined:
    """Lines laid end to end: joined by newlines, their code points, where each line starts
    (a line owns the newline after it), and the same lines lower-cased."""

    __slots__ = (
        "text",
        "joined",
        "lengths",
        "starts",
        "cps",
        "owner",
        "foreign",
        "wide",
        "twins",
        "_lower",
        "_lower_starts",
    )

    def __init__(self, text: tuple[str, ...]) -> None:
        n = len(text)
        self.text = text
        self.joined = "\n".join(text)
        self.lengths = np.array(list(map(len, text)), dtype=np.int64)
        self.starts = np.cumsum(self.lengths + 1) - (self.lengths + 1)
        self.cps = np.frombuffer(self.joined.encode("utf-32-le"), dtype=np.uint32)
        # int32: the same line numbers, repeated 20x faster here than int64 (half the memory)
        self.owner = np.repeat(np.arange(n, dtype=np.int32), self.lengths + 1)[: len(self.cps)]
        self.wide = np.flatnonzero(self.cps > 127)  # where the characters beyond ASCII are
        self.foreign = np.bincount(self.owner[self.wide], minlength=n) > 0  # not ASCII
        # 'İ' is the one character lower() turns into two (a test checks all of Unicode):
        # without it every line keeps its length lower-cased
        self.twins = bool((self.cps[self.wide] == 0x130).any())
        self._lower: str | None = None  # the lines lower-cased, joined: made when asked for
        self._lower_starts = self.starts

    @property
    def lower(self) -> str:
        """The lines lower-cased and joined (where each starts: lower_starts)."""
        if self._lower is None:
            if not self.twins:  # same length, same line lengths
                self._lower = self.joined.lower()
            else:  # a character that lower-cases to two ('İ'): lines move; joined line by line
                lowered = [t.lower() for t in self.text]
                sizes = np.fromiter(map(len, lowered), dtype=np.int64, count=len(lowered)) + 1
                self._lower, self._lower_starts = "\n".join(lowered), np.cumsum(sizes) - sizes
        return self._lower

    @property
    def lower_starts(self) -> np.ndarray:
        """Where each line starts in ``lower``."""
        if self.twins and self._lower is None:
            self._lower = self.lower  # (moves the starts)
        return self._lower_starts

    def lowered_only(self, rows: np.ndarray) -> str:
        """The joined lines with those in ``rows`` lower-cased (no 'İ' on them: the same
        positions as ``joined``)."""
        text = list(self.text)
        for i in np.flatnonzero(rows).tolist():
            text[i] = text[i].lower()
        return "\n".join(text)

    def lines_holding_any(self, words: tuple[str, ...]) -> np.ndarray:
        """Per line: the lower-cased line holds one of ``words``."""
        found = self.lines_holding(words[0])
        for word in words[1:]:
            found |= self.lines_holding(word)
        return found

    def lines_holding(self, word: str) -> np.ndarray:
        """Per line: the lower-cased line holds ``word`` (no newline in it)."""
        found = np.zeros(len(self.text), dtype=np.bool_)
        at, k = [], self.lower.find(word)
        while k >= 0:
            at.append(k)
            k = self.lower.find(word, k + 1)
        if at:
            found[np.searchsorted(self.lower_starts, at, side="right") - 1] = True
        return found


def _char_counts(j: _Joined) -> np.ndarray:
    """Per line: characters, then counts of each class in _CLASS_NAMES (all lines at once).

    Only the characters with a flag are counted (most are letters and spaces, flag 0):
    per class, one bincount of their lines weighted by the class's bit (0 or 1: sums of
    whole numbers, exact). (A bincount of line * 64 + flags over every character, then a
    product with the bits of the 64 combinations, cost 2.5 times as much.)
    """
    flags = _CLASSES.take(j.cps, mode="clip")  # clip: the last entry, as np.minimum gave
    flags[j.wide[j.cps[j.wide] > 0xFFFF]] = 2  # emoji and other astral symbols: punctuation-like
    n = len(j.lengths)
    some = np.flatnonzero(flags != 0)  # (faster than flatnonzero of the bytes themselves)
    owner, flagged = j.owner[some], flags[some]
    counts = [
        np.bincount(owner, weights=(flagged >> k) & 1, minlength=n)
        for k in range(len(_CLASS_NAMES))
    ]
    return np.column_stack([j.lengths, *counts]).astype(np.float64)


def _other_digits(j: _Joined) -> np.ndarray:
    """Per line: it holds a character beyond ASCII that regex \\d matches (or an astral one)."""
    at = j.wide[_OTHER_DIGITS[np.minimum(j.cps[j.wide], 0x10000)]]
    return np.bincount(j.owner[at], minlength=len(j.lengths)) > 0


def _count_at(j: _Joined, positions: np.ndarray) -> np.ndarray:
    """Per line: how many of the code point positions fall in it."""
    return np.bincount(j.owner[positions], minlength=len(j.lengths))


def _breaks(j: _Joined) -> np.ndarray:
    """Per line: occurrences of '. ', '! ', '? ' and '。' (sentence breaks inside the line)."""
    cps = j.cps
    spaces = np.flatnonzero(cps[1:] == 32)  # the marks looked up only before a space
    ends = spaces[_BREAK_SET(cps[spaces])]
    stops = j.wide[cps[j.wide] == 0x3002]  # '。' is beyond ASCII
    return (_count_at(j, ends) + _count_at(j, stops)).astype(np.float64)


_WORD_IDS: dict[str, int] = {}  # token -> its place in _WORD_BITS (grows as tokens are seen)
_WORD_BITS = np.zeros(1024, dtype=np.uint16)  # per token: its _word_flags as bits
_MAX_WORDS = 100_000  # past this many distinct tokens (~15 MB), new ones are not kept
_WORD_LOCK = threading.Lock()


def _pieces(words, longest: bool) -> tuple[str, ...] | None:
    """Of each lower-cased word, its longest whitespace-free piece (or its first); None when
    a word has none or starts with whitespace (no hint can be read from tokens then)."""
    out = []
    for w in words:
        parts = w.lower().split()
        if not parts or w[:1].isspace():
            return None
        out.append(max(parts, key=len) if longest else parts[0])
    return tuple(out)


def _ascii_blind_safe(words) -> bool:
    """No non-ASCII character of the words matches an ASCII one case-blind ('K' matches 'k')."""
    return not any(
        re.match(re.escape(ch), chr(c), re.IGNORECASE)
        for w in words
        for ch in set(w)
        if not ch.isascii()
        for c in range(128)
    )


# Hints read from a line's ASCII tokens (a token with other characters always says yes): a
# section header's words lie inside its tokens; a caption label's and a byline's first word
# open its first token. (Case-blind, a non-ASCII letter may match an ASCII one: 'K', 'ſ'.)
_SECTION_ALL = [w for ws in SECTION_WORDS.values() for w in ws]
_SECTION_PIECES = _pieces(_SECTION_ALL, longest=True) if _ascii_blind_safe(_SECTION_ALL) else None
_SECTION_HINT = re.compile("|".join(map(re.escape, _SECTION_PIECES or ("",))))
_CAPTION_PIECES = _pieces(CAPTION_WORDS, longest=False)
_CAPTION_PIECES = _CAPTION_PIECES if _ascii_blind_safe(CAPTION_WORDS) else None
_BYLINE_PIECES = tuple(BYLINE_STARTS)
# A line whose lower-cased text holds one of PAGE_WORDS has a token whose lower-cased text
# holds that word's longest piece without whitespace (lower() maps whitespace to itself and
# nothing else to whitespace, and its one context rule, the final sigma, stops at spaces).
_PAGE_PIECES = sorted({max(w.split(), key=len) for w in PAGE_WORDS})
_PAGE_HINT = re.compile("|".join(map(re.escape, _PAGE_PIECES)))
# No match of _URL (lower-cased lines) nor of its case-blind twin (lines as they are) holds
# whitespace: a line with one has a token with one, which the case-blind pattern finds in
# the token as it is (a token that lower-casing lengthens, 'İ', is taken as one).
_URL_BLIND = re.compile(_URL.pattern, re.IGNORECASE)


def _word_flags(token: str) -> tuple[int, ...]:
    """[a word, a stopword, capitalised, all caps] for one whitespace-separated token, then
    the hints: holds a piece of a section header's word, opens like a byline or a caption,
    holds a piece of one of PAGE_WORDS; then, lower-cased, holds a _COPYRIGHT_LITERALS
    word, holds 'ago', is 'by'; may hold a URL."""
    w = token.strip(_WORD_STRIP)
    low = token.lower() if token.isascii() else ""  # "": hints say yes
    return (
        int(w != ""),
        int(w.lower() in ALL_STOPWORDS),
        int(w[:1].isupper()),
        int(len(w) > 1 and w.isupper()),
        int(not low or _SECTION_PIECES is None or _SECTION_HINT.search(low) is not None),
        int(not low or low.startswith(_BYLINE_PIECES)),
        int(not low or _CAPTION_PIECES is None or low.startswith(_CAPTION_PIECES)),
        int(_PAGE_HINT.search(lowered := token.lower()) is not None),
        int(any(word in lowered for word in _COPYRIGHT_LITERALS)),
        int("ago" in lowered),
        int(lowered == "by"),
        int(len(lowered) != len(token) or _URL_BLIND.search(token) is not None),
    )


def _word_bits(token: str) -> int:
    return sum(flag << bit for bit, flag in enumerate(_word_flags(token)))


_SUMMED = 5  # the flags summed per line (words, stopwords, capitalised, all caps, section)
_HINTS = 5  # the flags counted per line after the first-token ones (bits 7-11: page words,
# copyright words, 'ago', 'by', URLs)
# floats: the product runs in BLAS, and its sums (small whole numbers) are exact
_SUM_BITS = ((np.arange(32)[:, None] >> np.arange(_SUMMED)) & 1).astype(np.float64)


def _word_id(token: str) -> int:
    """The token's place in _WORD_BITS, added if new (-1 once the cache is full).

    Writers hold a lock; a row is written before its token is published in _WORD_IDS,
    so readers in other threads never see a row that is not filled in yet.
    """
    global _WORD_BITS
    with _WORD_LOCK:
        if token in _WORD_IDS:  # seen earlier on the same page
            return _WORD_IDS[token]
        row = len(_WORD_IDS)
        if row >= _MAX_WORDS:
            return -1
        if row >= len(_WORD_BITS):
            _WORD_BITS = np.concatenate([_WORD_BITS, np.zeros_like(_WORD_BITS)])
        _WORD_BITS[row] = _word_bits(token)
        _WORD_IDS[token] = row
        return row


def _word_stats(lines: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Per line: the sums of its tokens' _word_flags (words, stopwords, capitalised, all caps,
    section hints, then page-word hints), and the flags of its first token (all 1 on a line
    without tokens)."""
    sums, first, _ = _word_stats_counts(lines)
    return sums, first


_WORD_CHUNK = 512  # lines whose tokens are looked up together (a batch's ~2,600 at once ran
# ~15 % slower: the token lists and arrays of a chunk stay in the CPU's caches)


def _word_stats_counts(
    lines: tuple[str, ...], j: _Joined | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_word_stats(), and how many tokens each line holds (len(line.split())), computed in
    chunks of _WORD_CHUNK lines: each line's values are its own tokens' (a line without
    tokens borrows the next token's, so a chunk must not end with one: else all at once).
    ``j``: _Joined(lines), when at hand (the tokens split from the joined lines at once)."""
    if j is None:
        return _word_stats_chunks(lines, *_tokens(lines))
    counts = _token_counts(j)
    ends = range(_WORD_CHUNK, len(lines), _WORD_CHUNK)
    if not ends or any(not lines[b - 1] or lines[b - 1].isspace() for b in ends):
        return _word_stats_from(j.joined.split(), counts)
    starts = j.starts.tolist()
    parts = []
    for a in range(0, len(lines), _WORD_CHUNK):  # a chunk's lines split at once
        b = min(a + _WORD_CHUNK, len(lines))
        chunk = j.joined[starts[a] : starts[b] - 1] if b < len(lines) else j.joined[starts[a] :]
        parts.append(_word_stats_from(chunk.split(), counts[a:b]))
    return tuple(np.concatenate(columns) for columns in zip(*parts, strict=True))


def _word_stats_chunks(lines, flat: list[str], counts: np.ndarray):
    """_word_stats_counts() from the lines' tokens (all of them, in order) and counts."""
    ends = range(_WORD_CHUNK, len(lines), _WORD_CHUNK)
    if not ends or any(not lines[b - 1] or lines[b - 1].isspace() for b in ends):
        return _word_stats_from(flat, counts)
    at = np.concatenate(([0], np.cumsum(counts))).tolist()  # where each line's tokens start
    parts = [
        _word_stats_from(
            flat[at[a] : at[min(a + _WORD_CHUNK, len(lines))]], counts[a : a + _WORD_CHUNK]
        )
        for a in range(0, len(lines), _WORD_CHUNK)
    ]
    return tuple(np.concatenate(columns) for columns in zip(*parts, strict=True))


def _tokens(lines: tuple[str, ...]) -> tuple[list[str], np.ndarray]:
    """The lines' tokens (str.split() of each, in order), and how many each line holds."""
    tokens = list(map(str.split, lines))
    return list(chain.from_iterable(tokens)), np.array(list(map(len, tokens)), dtype=np.intp)


# str.isspace of each BMP character; the last entry (astral characters): none is a space
_SPACE = np.array([chr(c).isspace() for c in range(0x10000)] + [False], dtype=np.bool_)


def _token_counts(j: _Joined) -> np.ndarray:
    """len(line.split()) of each of j's lines, from where its tokens open (a non-space
    character after a space or at the start; a newline is a space): the joined lines then
    split at once give the same tokens as each line split alone."""
    space = _SPACE.take(j.cps, mode="clip")
    opens = ~space
    opens[1:] &= space[:-1]
    return np.bincount(j.owner[np.flatnonzero(opens)], minlength=len(j.lengths)).astype(np.intp)


def _word_stats_of(lines: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _word_stats_from(*_tokens(lines))


def _word_stats_from(
    flat: list[str], counts: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    try:  # every token seen before (a tuple from one itemgetter call, or a list; then
        # np.fromiter with its count: 8 against 10 µs an article for np.array; itemgetter of
        # one key gives the value itself)
        found = itemgetter(*flat)(_WORD_IDS) if len(flat) > 1 else [_WORD_IDS[t] for t in flat]
        rows = np.fromiter(found, dtype=np.intp, count=len(found))
    except KeyError:
        rows = np.array(list(map(_WORD_IDS.get, flat, repeat(-2))), dtype=np.intp)
        for k in np.flatnonzero(rows == -2).tolist():  # tokens never seen
            rows[k] = _word_id(flat[k])
    bits = _WORD_BITS[np.maximum(rows, 0)]
    if (rows < 0).any():  # the cache is full: tokens never seen are computed here
        for k in np.flatnonzero(rows < 0).tolist():
            bits[k] = _word_bits(flat[k])
    starts = np.cumsum(counts) - counts
    flags = (bits[:, None] >> np.arange(7, dtype=np.uint8)) & 1 if not counts.all() else None
    owner = np.repeat(np.arange(len(counts)), counts)
    if flags is not None:  # a line without tokens: reduceat's answer for it, as before
        sums = np.add.reduceat(flags.astype(np.int64), starts, axis=0)[:, :_SUMMED]
    else:  # each token's summed bits counted per line, then per bit (exact integers)
        combos = np.bincount(owner * 32 + (bits & 31), minlength=len(counts) * 32)
        sums = combos.reshape(len(counts), 32).astype(np.float64) @ _SUM_BITS
    # the hints (bits 7-11) counted per line the same way (a line without tokens has none)
    hinted = np.bincount(owner * 32 + (bits >> 7), minlength=len(counts) * 32)
    hints = hinted.reshape(len(counts), 32).astype(np.float64) @ _SUM_BITS
    first = (bits[np.minimum(starts, len(bits) - 1)][:, None] >> np.arange(7)) & 1 > 0
    first[counts == 0] = True
    return np.column_stack([sums.astype(np.float64), hints]), first, counts


def _lines_with(rx: re.Pattern, j: _Joined, src: str, only: np.ndarray | None = None):
    """Per line: how many matches of rx it holds, on the lines in ``only`` (rx spans no newline).

    ``src``: the joined lines or a variant with the same line lengths (lower-cased).
    One regex pass over the chosen lines joined (runs of them sliced out of ``src``), the
    matches mapped back to their lines.
    """
    n = len(j.lengths)
    idx = np.arange(n) if only is None else np.flatnonzero(only)
    if not len(idx):
        return np.zeros(n, dtype=np.int64)
    if len(idx) < n:
        cut = np.flatnonzero(np.diff(idx) != 1) + 1  # runs of consecutive chosen lines
        first = idx[np.concatenate(([0], cut))]
        last = idx[np.concatenate((cut - 1, [len(idx) - 1]))]
        ends = (j.starts[last] + j.lengths[last]).tolist()
        spans = zip(j.starts[first].tolist(), ends, strict=True)
        src = "\n".join([src[a:b] for a, b in spans])
    at = [m.start() for m in rx.finditer(src)]
    if not at:
        return np.zeros(n, dtype=np.int64)
    sizes = j.lengths[idx] + 1
    line = idx[np.searchsorted(np.cumsum(sizes) - sizes, at, side="right") - 1]
    return np.bincount(line, minlength=n)


def _separators(j: _Joined) -> np.ndarray:
    """Per line: how many matches of _SEP it holds (as _lines_with(_SEP, j, j.joined))."""
    at, last = [], -5
    for m in _SEP_AT.finditer(j.joined):  # ' | ' and ' - x' take 3 characters each: a
        if (p := m.start()) - 2 != last:  # symbol 2 after the last one shares its space
            at.append(p)
            last = p
    if not at:
        return np.zeros(len(j.lengths), dtype=np.int64)
    line = np.searchsorted(j.starts, at, side="right") - 1
    return np.bincount(line, minlength=len(j.lengths))


def _lines_with_any(patterns: tuple, j: _Joined, src: str, only: np.ndarray) -> np.ndarray:
    """Per line: one of the patterns matches it (on the lines in ``only``)."""
    found = _lines_with(patterns[0], j, src, only) > 0
    for rx in patterns[1:]:
        found |= _lines_with(rx, j, src, only & ~found) > 0
    return found


def _pattern_hits(
    j: _Joined, stamp_like: np.ndarray, digits: np.ndarray, sizes: list[int], hints: _Hints
):
    """Per line: holds a date (short lines), a clock time (short lines), a URL, a © mark.

    Matched on the lower-cased lines with case-sensitive patterns (much faster than
    case-blind ones); on a page where lowering changes the length of a line, all its
    lines use the case-blind ones. ``sizes``: lines per page (pages laid end to end).
    """
    # a clock time needs a digit or 'ago' (ASCII) or a non-ASCII character ('前', Unicode digits)
    timely = (digits > 0) | hints.ago | j.foreign  # ('ago' in the lower-cased line)
    if not j.twins:  # no line changes length: every page is lower-cased
        same = np.ones(len(j.lengths), dtype=np.bool_)
        # only the lines the date, time and URL patterns search (see _hits) are lower-cased
        src = j.lowered_only(stamp_like & timely | hints.url)
    else:
        text = j.text
        lowered = [t.lower() for t in text]
        same_line = [len(a) == len(b) for a, b in zip(lowered, text, strict=True)]
        bounds = list(accumulate(sizes, initial=0))
        same = np.repeat([all(same_line[a:b]) for a, b in pairwise(bounds)], sizes).astype(bool)
        src = "\n".join(
            lo if s else t for lo, t, s in zip(lowered, text, same.tolist(), strict=True)
        )
    low = _hits(j, src, _LOWER, same, stamp_like, digits, timely, hints)
    if same.all():
        return low
    blind = _hits(j, src, _ANY_CASE, ~same, stamp_like, digits, ~same, hints)
    return [a | b for a, b in zip(low, blind, strict=True)]


def _hits(j, src, rx: dict, rows, stamp_like, digits, timely, hints: _Hints) -> list:
    """The pattern columns on the chosen rows; on lower-cased rows (rx is _LOWER) the
    copyright column is read from the tokens (the same lines: _COPYRIGHT is literals
    only); URLs are looked for only on lines with a token that may hold one."""
    if rx is _LOWER:
        copyright = rows & hints.copyright  # a word of them in the lower-cased line
    else:
        copyright = _lines_with_any(rx["copyright"], j, src, rows)
    return [
        _lines_with_any(rx["date"], j, src, rows & stamp_like & (digits > 0)),
        _lines_with_any(rx["time"], j, src, rows & stamp_like & timely),
        _lines_with_any(rx["url"], j, src, rows & hints.url),
        copyright,
    ]


_SHAPE_NAMES = (
    "end",
    "ellipsis",
    "colon",
    "quote",
    "sec_comments",
    "sec_related",
    "sec_faq",
    "byline",
    "caption",
    "lower_start",
)
_PATTERN_NAMES = ("date", "time", "url", "copyright")


class _CharSet:
    """Membership of code points in a set of BMP characters, by table lookup (np.isin has a
    high fixed cost per call)."""

    def __init__(self, chars: str) -> None:
        self.table = np.zeros(0x10001, dtype=np.bool_)  # the last entry: astral, never in
        self.table[[ord(c) for c in chars]] = True

    def __call__(self, cps: np.ndarray) -> np.ndarray:
        return self.table[np.minimum(cps, 0x10000)]


_CLOSER_SET = _CharSet(_CLOSERS)
_END_SET = _CharSet("".join(_SENT_END))
_OPENER_SET = _CharSet("".join(_OPENERS))
_COLON_SET = _CharSet(":：")
_HEADER_END_SET = _CharSet(".!?。")  # section_kind(): no header ends so
_LIST_MARK_SET = _CharSet("•·▪►▸◦‣∙●○■□*-–—")  # section_kind(): an item, not a header
_BREAK_SET = _CharSet(".!?")


@dataclass(frozen=True, slots=True, kw_only=True)
class _Hints:
    """Per line, from its tokens (see _word_flags): it may hold a section header's words,
    open like a byline, open like a caption label; lower-cased, it holds a
    _COPYRIGHT_LITERALS word, holds 'ago' (exact: none of these words holds whitespace);
    it has the token 'by' (every line holding ' by ' has); it may hold a URL."""

    section: np.ndarray
    byline: np.ndarray
    caption: np.ndarray
    copyright: np.ndarray
    ago: np.ndarray
    by: np.ndarray
    url: np.ndarray


def _shape(j: _Joined, units, digits, parens, hints: _Hints) -> list:
    """Features read from single characters and per-line detectors (sections, bylines)."""
    if not j.lengths.all():
        raise IndexError("an empty line has no first character")
    cps, starts, text = j.cps, j.starts, j.text
    last, core = _core_ends(j)
    has = core > 0
    dots = has & (core >= 3) & (last == 46)
    at = starts[dots] + core[dots]  # just after the core
    dots[dots] = (cps[at - 2] == 46) & (cps[at - 3] == 46)
    first = cps[starts]
    sec = _section_kinds(j, units, digits, first, cps[starts + j.lengths - 1], hints)
    byline = (hints.byline | hints.by) & (j.lengths <= 120)  # (byline_names() asks ' by ')
    slash = _count_at(j, np.flatnonzero(cps == 47)) > 0
    caption = hints.caption | slash | (parens > 0)
    rows = [
        has & _END_SET(last),
        has & (last == 0x2026) | dots,
        ~has | _COLON_SET(last),  # ("" in ":：": a line of closers only)
        _OPENER_SET(first),
        sec == 1,
        sec == 2,
        sec == 3,
        _where_true(byline, lambda i: bool(byline_names(text[i]))),
        _where_true(caption, lambda i: caption_signal(text[i]) is not None),
        _lower_first(first),
    ]
    return [r.astype(np.float64) for r in rows]


def _lower_first(first: np.ndarray) -> np.ndarray:
    """Per line: its first character (code point) is lower-case (str.islower): ASCII ones
    by range, the others one by one (few lines open with one)."""
    out = (first >= 97) & (first <= 122)
    for i in np.flatnonzero(first > 127).tolist():
        out[i] = chr(first[i]).islower()
    return out


def _core_ends(j: _Joined) -> tuple[np.ndarray, np.ndarray]:
    """Per line: the last character (code point, 0 if none) and the length of the line
    without its closing quotes and brackets (line.rstrip(_CLOSERS))."""
    last = j.cps[j.starts + j.lengths - 1].copy()
    core = j.lengths.copy()
    for i in np.flatnonzero(_CLOSER_SET(last)).tolist():
        kept = j.text[i].rstrip(_CLOSERS)
        core[i], last[i] = len(kept), ord(kept[-1]) if kept else 0
    return last, core


def _where_true(candidates: np.ndarray, test) -> np.ndarray:
    """Per line: test(i) on the candidate lines, False elsewhere."""
    out = np.zeros(len(candidates), dtype=np.bool_)
    for i in np.flatnonzero(candidates).tolist():
        out[i] = test(i)
    return out


_SECTION_CODE = {"comments": 1, "related": 2, "faq": 3}


def _section_kinds(j: _Joined, units, digits, first, last, hints: _Hints) -> np.ndarray:
    """Per line: section_kind() as 0 (none), 1, 2 or 3, on lines of up to 8 units; the lines
    it would turn down at once (long, a final stop, an ASCII digit, a list mark, no hint of
    a section word) are skipped."""
    out = np.zeros(len(j.lengths), dtype=np.int8)
    maybe = (units <= 8) & (j.lengths <= 80) & (digits == 0) & hints.section
    maybe &= ~_HEADER_END_SET(last) & ~_LIST_MARK_SET(first)
    text, u = j.text, units.tolist()
    for i in np.flatnonzero(maybe).tolist():
        out[i] = _SECTION_CODE.get(section_kind(text[i], u[i]), 0)
    return out


def _base(lines: Lines) -> np.ndarray:
    """The base feature matrix of a page (BASE_NAMES order), computed column by column."""
    return _base_of(lines.text, lines.bullet, [len(lines)])


def _base_of(text: tuple[str, ...], bullet, sizes: list[int]) -> np.ndarray:
    """The base features of the lines of pages laid end to end (``sizes``: lines per page).

    Every column but 'dup' reads one line alone, so many pages go through at once with the
    same values as page by page; 'dup' is counted within each page.
    """
    return _base_facts(text, bullet, sizes)[0]


def _base_facts(text: tuple[str, ...], bullet, sizes: list[int]) -> tuple[np.ndarray, tuple]:
    """_base_of(), and per line the LineFacts columns (tokens, section hint, digit)."""
    j = _Joined(text)
    chars, digits, punct, cjk, cjk_function, commas, parens = _char_counts(j).T
    words, first_token, counts = _word_stats_counts(text, j)
    n_words, stop, caps, upper, section_hint = words[:, :_SUMMED].T
    page_hint, copyright_hint, ago_hint, by_hint, url_hint = words[:, _SUMMED:].T > 0
    units = n_words + cjk / 2.0
    per_word, per_unit = np.maximum(n_words, 1), np.maximum(units, 1.0)
    stop_ratio = np.where(cjk > 0, cjk_function / np.maximum(cjk, 1) * 1.6, stop / per_word)
    stamp_like = n_words <= STAMP_WORDS
    hints = _Hints(
        section=section_hint > 0,
        byline=first_token[:, 5],
        caption=first_token[:, 6],
        copyright=copyright_hint,
        ago=ago_hint,
        by=by_hint,
        url=url_hint,
    )
    cols = dict(zip(_SHAPE_NAMES, _shape(j, units, digits, parens, hints), strict=True))
    hits = _pattern_hits(j, stamp_like, digits, sizes, hints)
    cols |= dict(zip(_PATTERN_NAMES, hits, strict=True))
    bounds = list(accumulate(sizes, initial=0))
    cols |= {
        "len": np.log1p(units),
        "chars": np.log1p(chars),
        "stop": np.minimum(stop_ratio, 1.0),
        "caps": caps / per_word,
        "digits": digits / chars,
        "punct": punct / chars,
        "commas": commas / per_unit,
        "sentences": np.log1p(_breaks(j)),
        "seps": np.minimum(_separators(j), 3) / 3.0,
        "bullet": np.asarray(bullet, dtype=np.float64),
        "dup": np.concatenate([_duplicates(text[a:b]) for a, b in pairwise(bounds)]),
        "upper": upper / per_word,
        "parens": parens / per_unit,
    }
    zeros = np.zeros(len(text))  # 'blank' and 'cjk': kept neutral (see BASE_NAMES)
    base = np.stack([np.asarray(cols.get(k, zeros), np.float64) for k in BASE_NAMES], axis=1)
    facts = (
        counts,
        hints.section,
        (digits > 0) | _other_digits(j),  # a character regex \\d matches
        cols["byline"] > 0,
        cols["caption"] > 0,
        page_hint,
    )
    return base, facts


def _duplicates(text: tuple[str, ...]) -> np.ndarray:
    counts: dict[str, int] = {}
    for t in text:
        counts[t] = counts.get(t, 0) + 1
    return np.array([counts[t] > 1 for t in text], dtype=np.float64)


def _window_means(x: np.ndarray, widths: tuple[int, ...]) -> dict[int, np.ndarray]:
    """Per width w: the mean of each column of x over the w lines either side of each line,
    the line left out (all widths from one cumulative sum)."""
    n = len(x)
    c = np.concatenate([np.zeros((1, x.shape[1])), np.cumsum(x, axis=0)])
    idx = np.arange(n)
    out = {}
    for w in widths:
        lo = np.maximum(idx - w, 0)
        hi = np.minimum(idx + w + 1, n)
        out[w] = (c[hi] - c[lo] - x) / np.maximum(hi - lo - 1, 1)[:, None]
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class LineFacts:
    """Per line, read while computing the features, for the rules: how many tokens it holds
    (len(line.split())); whether a token hints at a section header's words (section_kind()
    finds nothing in a line without one); whether it may hold a character regex \\d
    matches (every astral character counts as one); whether it is a byline (byline_names()
    finds names: the 'byline' column) or a caption (caption_signal() is not None: the
    'caption' column)."""

    tokens: list[int]
    section: list[bool]
    digit: list[bool]
    byline: list[bool]
    caption: list[bool]
    page_words: list[bool] | None = None  # a token may hold a piece of patterns.PAGE_WORDS
    masks: tuple[list[bool], ...] = ()  # what the ``masks`` function given read (see below)

    @classmethod
    def of(cls, columns: Sequence[list], a: int = 0, b: int | None = None) -> LineFacts:
        """The facts of lines a:b, from the columns (as lists) of _base_facts(), then those
        of the masks."""
        tokens, section, digit, byline, caption, page_words, *masks = (c[a:b] for c in columns)
        return cls(
            tokens=tokens,
            section=section,
            digit=digit,
            byline=byline,
            caption=caption,
            page_words=page_words,
            masks=tuple(masks),
        )


Masks = Callable[[np.ndarray], tuple[np.ndarray, ...]]  # base features -> per-line bools


def page_features(lines: Lines) -> np.ndarray:
    """The feature matrix of a page: one row per line (base features plus context)."""
    return page_features_facts(lines)[0]


def page_features_facts(lines: Lines, masks: Masks | None = None) -> tuple[np.ndarray, LineFacts]:
    """page_features(), and the page's LineFacts (``masks``: a function of the base
    features giving per-line bools, kept as LineFacts.masks: a caller's own reading)."""
    if len(lines) == 0:
        base = np.zeros((0, N_BASE), dtype=np.float64)
        facts: tuple = ([],) * 6
    else:
        base, facts = _base_facts(lines.text, lines.bullet, [len(lines)])
    columns = [np.asarray(c).tolist() for c in (*facts, *(masks(base) if masks else ()))]
    if len(lines) == 0:
        return np.zeros((0, n_features()), dtype=np.float64), LineFacts.of(columns)
    return np.hstack([base, _context(base)]), LineFacts.of(columns)


def page_features_many(pages: Sequence[Lines]) -> list[np.ndarray]:
    """page_features of each page, with the same values, the base features of all pages'
    lines computed at once (a page costs hundreds of small numpy calls; these are shared)."""
    return [found for found, _ in page_features_facts_many(pages)]


def page_features_facts_many(
    pages: Sequence[Lines], masks: Masks | None = None
) -> list[tuple[np.ndarray, LineFacts]]:
    """page_features_facts() of each page, the features computed as page_features_many()
    (``masks`` run once on the base features of all pages)."""
    sizes = [len(p) for p in pages]
    if sum(sizes) == 0:
        return [page_features_facts(p, masks) for p in pages]
    text = tuple(chain.from_iterable(p.text for p in pages))
    bullet = tuple(chain.from_iterable(p.bullet for p in pages))
    from .batch_context import contexts

    base, facts = _base_facts(text, bullet, sizes)
    # turned into lists once for the batch, then sliced per page below
    facts = [c.tolist() for c in (*facts, *(masks(base) if masks else ()))]
    where = {k: BASE_NAMES.index(k) for k in ("len", "end", "stop", "url", "punct", "chars")}
    found = np.hstack([base, contexts(base, [k for k in sizes if k], 12, SHORT_UNITS, where)])
    bounds = list(accumulate(sizes, initial=0))
    return [
        (found[a:b], LineFacts.of(facts, a, b)) if b > a else page_features_facts(p, masks)
        for p, (a, b) in zip(pages, pairwise(bounds), strict=True)
    ]


def _context(base: np.ndarray) -> np.ndarray:
    n = len(base)
    length, end = base[:, 0], base[:, 2]
    long = ((length >= math.log1p(12)) & (end > 0)).astype(np.float64)
    idx = np.arange(n, dtype=np.float64)
    cols = [idx / max(n - 1, 1), np.log1p(idx), np.log1p(n - 1 - idx), length - length.max()]
    trio = base[:, [0, 2, 5]]  # length, end, stop
    spread = np.column_stack(
        [trio, long, base[:, BASE_NAMES.index("url")], base[:, BASE_NAMES.index("punct")]]
    )
    means = _window_means(spread, (1, 3, 5, 8, 12, 25))
    for w in (1, 3, 8):
        cols += list(means[w][:, :3].T)
    cols.append(means[5][:, 3])
    prev = np.concatenate([[0.0], length[:-1]])
    nxt = np.concatenate([length[1:], [0.0]])
    cols += [prev, nxt]
    mass = np.cumsum(long * length)
    total = mass[-1] if mass[-1] > 0 else 1.0
    cols += [mass / total, 1.0 - (mass - long * length) / total]
    cols.append(_distance_to(long))
    cols += [np.concatenate([[0.0], end[:-1]]), np.concatenate([end[1:], [0.0]])]
    where = np.flatnonzero(long)
    inside = np.zeros(n)
    if len(where):
        inside[where[0] : where[-1] + 1] = 1.0
    cols += [inside, length - np.median(length), np.full(n, math.log1p(n))]
    cols.append(np.log1p(_run_length(length < math.log1p(SHORT_UNITS))))
    cols += _block(base, long, means)
    return np.stack(cols, axis=1)


def _block(base: np.ndarray, long: np.ndarray, means: dict) -> list[np.ndarray]:
    """The line's relation to the main prose block: wide densities, sides, page-relative size."""
    n = len(base)
    idx = np.arange(n)
    where = np.flatnonzero(long)
    cols = [means[12][:, 3], means[25][:, 3]]  # density of prose lines 12 and 25 around
    if len(where):
        above = np.maximum.accumulate(np.where(long > 0, idx, -1))  # last prose line at or above
        below = np.minimum.accumulate(np.where(long > 0, idx, n)[::-1])[::-1]
        prev_p = np.concatenate([[-1], above[:-1]])
        next_p = np.concatenate([below[1:], [n]])
        gap_up = np.where(prev_p >= 0, idx - prev_p, n)
        gap_down = np.where(next_p < n, next_p - idx, n)
        span = max(where[-1] - where[0], 1)
        rel = (idx - where[0]) / span
    else:
        gap_up = gap_down = np.full(n, n)
        rel = np.full(n, -1.0)
    cols += [np.log1p(gap_up), np.log1p(gap_down), ((gap_up <= 2) & (gap_down <= 2)) * 1.0]
    cols += [np.clip(rel, -1.0, 2.0)]
    chars = base[:, 1]
    cols += [chars / max(chars.max(), 1e-9), means[3][:, 4], means[3][:, 5]]  # url, punct
    return cols


def _run_length(mask: np.ndarray) -> np.ndarray:
    """For each line, the length of the run of equal mask values it sits in."""
    n = len(mask)
    change = np.flatnonzero(np.diff(mask.astype(np.int8))) + 1
    bounds = np.concatenate([[0], change, [n]])
    sizes = np.diff(bounds)
    return np.repeat(sizes, sizes).astype(np.float64)


def _distance_to(mask: np.ndarray) -> np.ndarray:
    """log(1 + distance in lines to the nearest line where mask is set)."""
    n = len(mask)
    where = np.flatnonzero(mask)
    if len(where) == 0:
        return np.full(n, math.log1p(n))
    idx = np.arange(n)
    pos = np.searchsorted(where, idx)
    left = where[np.clip(pos - 1, 0, len(where) - 1)]
    right = where[np.clip(pos, 0, len(where) - 1)]
    d = np.minimum(np.abs(idx - left), np.abs(right - idx))
    return np.log1p(d)


def n_features() -> int:
    return N_BASE + 4 + 9 + 1 + 2 + 2 + 1 + 2 + 3 + 1 + N_BLOCK
