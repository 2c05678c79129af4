"""Numeric features of each line of a page: its shape, its language statistics, its context."""

from __future__ import annotations

import math
import re

import numpy as np

from .lexicon import ALL_STOPWORDS, CJK_FUNCTION_CHARS
from .lines import Lines
from .patterns import byline_names, caption_signal, section_kind

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
SHORT_UNITS = 8  # lines shorter than this form menus when they come in runs


def _class_table() -> np.ndarray:
    """Bit flags for every BMP code point: digit, word character, CJK, CJK function, comma."""
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
    flags = [digit, ~wordy, cjk, function, comma]
    return sum((f.astype(np.uint8) << i) for i, f in enumerate(flags)).astype(np.uint8)


_CLASSES = _class_table()
_CLASS_NAMES = ("digits", "punct", "cjk", "cjk_function", "commas")


def _char_counts(lines: tuple[str, ...]) -> np.ndarray:
    """Per line: characters, then counts of each class in _CLASS_NAMES (whole page at once)."""
    joined = "\n".join(lines)
    cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    flags = _CLASSES[np.minimum(cps, 0xFFFF)]
    flags[cps > 0xFFFF] = 2  # emoji and other astral symbols: punctuation-like
    lengths = np.fromiter((len(x) for x in lines), dtype=np.int64, count=len(lines))
    starts = np.concatenate([[0], np.cumsum(lengths + 1)[:-1]])
    bits = np.unpackbits(flags[:, None], axis=1, bitorder="little")[:, : len(_CLASS_NAMES)]
    sums = np.add.reduceat(bits.astype(np.int32), starts, axis=0)
    return np.hstack([lengths[:, None], sums]).astype(np.float64)


def _word_stats(lines: tuple[str, ...]) -> list[list[int]]:
    """Per line: [words, stopwords, capitalised words, all-caps words] (one pass per page)."""
    tokens = [line.split() for line in lines]
    offsets = np.cumsum([0] + [len(t) for t in tokens[:-1]])
    words = [w.strip(_WORD_STRIP) for line in tokens for w in line]
    table = np.array(
        [
            [w != "" for w in words],
            [w.lower() in ALL_STOPWORDS for w in words],
            [w[:1].isupper() for w in words],
            [len(w) > 1 and w.isupper() for w in words],
        ],
        dtype=np.int32,
    ).reshape(4, len(words))
    return np.add.reduceat(table, offsets, axis=1).T.tolist()


def _line_features(line: str, bullet: bool, counts: list[float], stats: list[int]) -> list[float]:
    chars, digits, punct, cjk, cjk_function, commas = counts
    n_words, stop, caps, upper = stats
    units = n_words + cjk / 2.0
    core = line.rstrip(_CLOSERS)
    last = core[-1:]
    if cjk:
        stop_ratio = cjk_function / cjk * 1.6
    else:
        stop_ratio = stop / max(n_words, 1)
    lower = line.lower()
    stamp_like = n_words <= STAMP_WORDS  # dates and times mark short lines (stamps, datelines)
    sec = section_kind(line, units) if units <= 8 else None
    return [
        math.log1p(units),
        math.log1p(chars),
        float(last in _SENT_END),
        float(core.endswith("...") or last == "…"),
        float(last in ":："),
        min(stop_ratio, 1.0),
        caps / max(n_words, 1),
        digits / chars,
        punct / chars,
        commas / max(units, 1.0),
        math.log1p(line.count(". ") + line.count("! ") + line.count("? ") + line.count("。")),
        float(stamp_like and bool(digits) and bool(_DATE.search(line))),
        float(stamp_like and bool(_TIME.search(line))),
        float(bool(_URL.search(lower))),
        min(len(_SEP.findall(line)), 3) / 3.0,
        float(bullet),
        float("©" in line or "(c)" in lower or "copyright" in lower),
        0.0,  # blank line before: the training pages have none, so it stays neutral
        float(line[0] in _OPENERS),
        0.0,  # dup: filled in per page
        float(sec == "comments"),
        float(sec == "related"),
        float(sec == "faq"),
        float(bool(byline_names(line))),
        float(caption_signal(line) is not None),
        upper / max(n_words, 1),
        0.0,  # script: left neutral so that the few CJK training lines do not decide it
        float(line[0].islower()),
        (line.count("(") + line.count(")")) / max(units, 1.0),
    ]


def _window_mean(x: np.ndarray, w: int) -> np.ndarray:
    """Mean of x over the w lines either side of each line, the line itself left out."""
    n = len(x)
    c = np.concatenate([[0.0], np.cumsum(x)])
    idx = np.arange(n)
    lo = np.maximum(idx - w, 0)
    hi = np.minimum(idx + w + 1, n)
    total = c[hi] - c[lo] - x
    count = np.maximum(hi - lo - 1, 1)
    return total / count


def page_features(lines: Lines) -> np.ndarray:
    """The feature matrix of a page: one row per line (base features plus context)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, n_features()), dtype=np.float64)
    table = _char_counts(lines.text).tolist()
    stats = _word_stats(lines.text)
    base = np.array(
        [_line_features(*row) for row in zip(lines.text, lines.bullet, table, stats, strict=True)],
        dtype=np.float64,
    )
    counts: dict[str, int] = {}
    for t in lines.text:
        counts[t] = counts.get(t, 0) + 1
    base[:, BASE_NAMES.index("dup")] = [float(counts[t] > 1) for t in lines.text]
    return np.hstack([base, _context(base)])


def _context(base: np.ndarray) -> np.ndarray:
    n = len(base)
    length, end, stop = base[:, 0], base[:, 2], base[:, 5]
    long = ((length >= math.log1p(12)) & (end > 0)).astype(np.float64)
    idx = np.arange(n, dtype=np.float64)
    cols = [idx / max(n - 1, 1), np.log1p(idx), np.log1p(n - 1 - idx), length - length.max()]
    for w in (1, 3, 8):
        cols += [_window_mean(length, w), _window_mean(end, w), _window_mean(stop, w)]
    cols.append(_window_mean(long, 5))
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
    return np.stack(cols, axis=1)


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
    return N_BASE + 4 + 9 + 1 + 2 + 2 + 1 + 2 + 3 + 1
