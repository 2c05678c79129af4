"""Numeric features of each line of a page: its shape, its language statistics, its context."""

from __future__ import annotations

import math
import re

import numpy as np

from .lexicon import ALL_STOPWORDS, CJK_FUNCTION_CHARS
from .lines import Lines
from .patterns import byline_names, caption_signal, section_kind

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORD_STRIP = ".,;:!?\"'“”‘’«»()[]{}—–-…„*"
_SENT_END = frozenset(".!?。！？…")
_CLOSERS = "\"'”’»)]」』"
_OPENERS = frozenset("\"“‘«„「『–—-")
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
    "len", "chars", "end", "ellipsis", "colon", "stop", "caps", "digits", "punct", "commas",
    "sentences", "date", "time", "url", "seps", "bullet", "copyright", "blank", "quote",
    "dup", "sec_comments", "sec_related", "sec_faq", "byline", "caption", "upper", "cjk",
    "lower_start", "parens",
)
N_BASE = len(BASE_NAMES)


def _line_features(line: str, bullet: bool, blank: bool) -> list[float]:
    chars = len(line)
    tokens = line.split()
    words = [t.strip(_WORD_STRIP) for t in tokens]
    words = [w for w in words if w]
    n_words = max(len(words), 1)
    cjk = len(_CJK.findall(line)) if not line.isascii() else 0
    units = len(words) + cjk / 2.0
    core = line.rstrip(_CLOSERS)
    last = core[-1:] if core else ""
    if cjk:
        stop = sum(1 for c in line if c in CJK_FUNCTION_CHARS) / max(cjk, 1) * 1.6
    else:
        stop = sum(1 for w in words if w.lower() in ALL_STOPWORDS) / n_words
    caps = sum(1 for w in words if w[0].isupper()) / n_words
    upper = sum(1 for w in words if len(w) > 1 and w.isupper()) / n_words
    digits = sum(c.isdigit() for c in line) / chars
    alnum = sum(c.isalnum() or c.isspace() for c in line)
    sec = section_kind(line, units)
    return [
        math.log1p(units),
        math.log1p(chars),
        float(last in _SENT_END),
        float(core.endswith("...") or last == "…"),
        float(last in ":："),
        min(stop, 1.0),
        caps,
        digits,
        (chars - alnum) / chars,
        (line.count(",") + line.count("，") + line.count("、")) / max(units, 1.0),
        math.log1p(sum(line.count(c + " ") for c in ".!?") + line.count("。")),
        float(bool(_DATE.search(line))),
        float(bool(_TIME.search(line))),
        float(bool(_URL.search(line))),
        min(len(_SEP.findall(line)), 3) / 3.0,
        float(bullet),
        float("©" in line or "(c)" in line.lower() or "copyright" in line.lower()),
        0.0,  # blank line before: the training pages have none, so it stays neutral
        float(line[0] in _OPENERS),
        0.0,  # dup: filled in per page
        float(sec == "comments"),
        float(sec == "related"),
        float(sec == "faq"),
        float(bool(byline_names(line))),
        float(caption_signal(line) is not None),
        upper,
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
    base = np.array(
        [_line_features(t, b, k) for t, b, k in zip(lines.text, lines.bullet, lines.blank_before)],
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
    return np.stack(cols, axis=1)


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
    return N_BASE + 4 + 9 + 1 + 2 + 2 + 1
