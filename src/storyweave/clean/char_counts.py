"""Per-line character counts over a page's joined lines: classes, digits, breaks, tokens."""

from __future__ import annotations

import re

import numpy as np

from . import compiled
from .lexicon import CJK_FUNCTION_CHARS
from .patterns import FULL_STOPS, HEADER_ENDS

_SENT_END = frozenset(".!?。！？…" + FULL_STOPS)  # (the danda, '؟', '۔', '։', '።' too)
_CLOSERS = "\"'”’»)]」』"
_OPENERS = frozenset('"“‘«„「『–—-')


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
        "_owner",
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
        self._owner: np.ndarray | None = None  # made when asked for (see owner)
        self.wide = np.flatnonzero(self.cps > 127)  # where the characters beyond ASCII are
        self.foreign = np.bincount(self.lines_of(self.wide), minlength=n) > 0  # not ASCII
        # 'İ' is the one character lower() turns into two (a test checks all of Unicode):
        # without it every line keeps its length lower-cased
        self.twins = bool((self.cps[self.wide] == 0x130).any())
        self._lower: str | None = None  # the lines lower-cased, joined: made when asked for
        self._lower_starts = self.starts

    @property
    def owner(self) -> np.ndarray:
        """Per code point, the line it belongs to (made when first asked for: with the
        compiled module no step reads every character's line)."""
        if self._owner is None:
            # int32: the same line numbers, repeated 20x faster than int64 (half the memory)
            owner = np.repeat(np.arange(len(self.text), dtype=np.int32), self.lengths + 1)
            self._owner = owner[: len(self.cps)]
        return self._owner

    def lines_of(self, positions: np.ndarray) -> np.ndarray:
        """The line each code point position belongs to (owner[positions], found by a
        binary search in starts: cheaper than making owner for a few positions)."""
        return np.searchsorted(self.starts, positions, side="right") - 1

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
    product with the bits of the 64 combinations, cost 2.5 times as much.) With the
    compiled module, one loop over each line's characters counts the same.
    """
    if (fast := compiled.active()) is not None:
        counts = np.frombuffer(fast.char_counts(j.text, _CLASSES), dtype=np.float64)
        return counts.reshape(len(j.text), 1 + len(_CLASS_NAMES))
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
    return np.bincount(j.lines_of(at), minlength=len(j.lengths)) > 0


def _count_at(j: _Joined, positions: np.ndarray) -> np.ndarray:
    """Per line: how many of the code point positions fall in it."""
    return np.bincount(j.lines_of(positions), minlength=len(j.lengths))


def _breaks(j: _Joined) -> np.ndarray:
    """Per line: occurrences of '. ', '! ', '? ' (and of the other scripts' full stops
    before a space: '। ', '؟ ', ...) and of '。', '！', '？' (sentence breaks inside the line)."""
    cps = j.cps
    spaces = np.flatnonzero(cps[1:] == 32)  # the marks looked up only before a space
    ends = spaces[_BREAK_SET(cps[spaces])]
    stops = j.wide[_WIDE_BREAK_SET(cps[j.wide])]  # '。！？' are beyond ASCII
    return (_count_at(j, ends) + _count_at(j, stops)).astype(np.float64)


_SPACE = np.array([chr(c).isspace() for c in range(0x10000)] + [False], dtype=np.bool_)


def _token_counts(j: _Joined) -> np.ndarray:
    """len(line.split()) of each of j's lines, from where its tokens open (a non-space
    character after a space or at the start; a newline is a space): the joined lines then
    split at once give the same tokens as each line split alone."""
    space = _SPACE.take(j.cps, mode="clip")
    opens = ~space
    opens[1:] &= space[:-1]
    return np.bincount(j.owner[np.flatnonzero(opens)], minlength=len(j.lengths)).astype(np.intp)


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
_HEADER_END_SET = _CharSet(HEADER_ENDS)  # section_kind(): no header ends so
_LIST_MARK_SET = _CharSet("•·▪►▸◦‣∙●○■□*-–—")  # section_kind(): an item, not a header
_BREAK_SET = _CharSet(".!?" + FULL_STOPS)  # a break when a space follows
_WIDE_BREAK_SET = _CharSet("。！？")  # a break wherever it stands
