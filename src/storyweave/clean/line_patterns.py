"""Per-line pattern and shape columns: dates, times, URLs, separators, headers, hints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, pairwise

import numpy as np

from .char_counts import (
    _CLOSER_SET,
    _CLOSERS,
    _COLON_SET,
    _END_SET,
    _HEADER_END_SET,
    _LIST_MARK_SET,
    _OPENER_SET,
    _CharSet,
    _count_at,
    _Joined,
)
from .patterns import byline_names, caption_signal, section_kind

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
_SEP_SET = _CharSet("|»›/·•-–")  # the symbols _SEP_AT opens with
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
    """Per line: how many matches of _SEP it holds (as _lines_with(_SEP, j, j.joined)).

    _SEP_AT is tried only where one of its symbols stands before a space (found in the
    code points: the regex engine would step through every character of the batch);
    its matches (a symbol and that space) never overlap, so these are finditer's."""
    cps = j.cps
    spaced = np.flatnonzero(cps[1:] == 32)  # a space follows
    maybe = spaced[_SEP_SET(cps[spaced])].tolist()
    at, last = [], -5
    match, joined = _SEP_AT.match, j.joined
    for p in maybe:  # ' | ' and ' - x' take 3 characters each: a symbol 2 after the
        if match(joined, p) is not None and p - 2 != last:  # last one shares its space
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
    a section word) are skipped. A header with a count is no header here (counted=False): on
    dev pages such lines are mostly comment counters under teasers, and the networks are
    trained on the columns without them; the tail rule takes counted headers."""
    out = np.zeros(len(j.lengths), dtype=np.int8)
    maybe = (units <= 8) & (j.lengths <= 80) & (digits == 0) & hints.section
    maybe &= ~_HEADER_END_SET(last) & ~_LIST_MARK_SET(first)
    text, u = j.text, units.tolist()
    for i in np.flatnonzero(maybe).tolist():
        out[i] = _SECTION_CODE.get(section_kind(text[i], u[i], counted=False), 0)
    return out
