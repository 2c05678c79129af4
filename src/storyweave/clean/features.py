"""Numeric features of each line of a page: its shape, its language statistics, its context."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, pairwise, repeat
from operator import itemgetter

import numpy as np

from . import compiled
from .char_counts import (
    _CLASS_NAMES,
    _CLASSES,
    _OTHER_DIGITS,
    _SPACE,
    _breaks,
    _char_counts,
    _CharSet,
    _Joined,
    _other_digits,
    _token_counts,
)
from .compiled import fastlines
from .feature_names import (
    BASE_NAMES,
    N_BASE,
    N_BLOCK,
    SHORT_UNITS,
    STAMP_WORDS,
)
from .language import token_words
from .lexicon import ALL_STOPWORDS, CAPTION_WORDS, SECTION_WORDS
from .line_patterns import (
    _COPYRIGHT,
    _COPYRIGHT_LITERALS,
    _DATE,
    _LOWER,
    _PATTERN_NAMES,
    _SEP,
    _SHAPE_NAMES,
    _TIME,
    _URL,
    _Hints,
    _hits,
    _lines_with,
    _lower_first,
    _pattern_hits,
    _separators,
    _shape,
)
from .lines import Lines
from .page_context import (
    _context,
    _duplicates,
)
from .patterns import BYLINE_STARTS, PAGE_WORDS

# the public names, and the moved ones imported from here by tests and bench
__all__ = [
    "LineFacts",
    "Masks",
    "n_features",
    "page_features",
    "page_features_facts",
    "page_features_facts_many",
    "page_features_many",
    "BASE_NAMES",
    "N_BASE",
    "STAMP_WORDS",
    "N_BLOCK",
    "SHORT_UNITS",
    "_CLASSES",
    "_CLASS_NAMES",
    "_OTHER_DIGITS",
    "_Joined",
    "_char_counts",
    "_breaks",
    "_SPACE",
    "_token_counts",
    "_CharSet",
    "_DATE",
    "_TIME",
    "_URL",
    "_SEP",
    "_COPYRIGHT",
    "_LOWER",
    "_COPYRIGHT_LITERALS",
    "_lines_with",
    "_separators",
    "_hits",
    "_PATTERN_NAMES",
    "_Hints",
    "_lower_first",
    "_context",
]

_WORD_STRIP = ".,;:!?\"'“”‘’«»()[]{}—–-…„*"
_WORD_IDS: dict[str, int] = {}  # token -> its place in _WORD_BITS (grows as tokens are seen)
_WORD_BITS = np.zeros(1024, dtype=np.uint16)  # per token: its _word_flags as bits
_WORD_LANG = np.zeros(1024, dtype=np.int64)  # per token: language.token_words()
_MAX_WORDS = 100_000  # past this many distinct tokens (~15 MB), new ones are not kept
_WORD_LOCK = threading.Lock()
# the compiled mirror of _WORD_IDS, and the one in use (None: the pure-Python path; see
# compiled.py, whose switch() changes it)
_COMPILED_TABLE = fastlines.TokenTable() if fastlines is not None else None
_TABLE = _COMPILED_TABLE


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
    global _WORD_BITS, _WORD_LANG
    with _WORD_LOCK:
        if token in _WORD_IDS:  # seen earlier on the same page
            return _WORD_IDS[token]
        row = len(_WORD_IDS)
        if row >= _MAX_WORDS:
            return -1
        if row >= len(_WORD_BITS):
            _WORD_BITS = np.concatenate([_WORD_BITS, np.zeros_like(_WORD_BITS)])
            _WORD_LANG = np.concatenate([_WORD_LANG, np.zeros_like(_WORD_LANG)])
        _WORD_BITS[row] = _word_bits(token)
        _WORD_LANG[row] = token_words(token)
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
    lines: tuple[str, ...], j: _Joined | None = None, words: list | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_word_stats(), and how many tokens each line holds (len(line.split())), computed in
    chunks of _WORD_CHUNK lines: each line's values are its own tokens' (a line without
    tokens borrows the next token's, so a chunk must not end with one: else all at once).
    ``j``: _Joined(lines), when at hand (the tokens split from the joined lines at once).
    ``words``: a list that gets, per chunk, language.token_words() of its tokens.
    With the compiled module the tokens are split and looked up in C (the same rows)."""
    if (table := _TABLE) is not None:
        return _word_stats_compiled(table, lines, words)
    if j is None:
        return _word_stats_chunks(lines, *_tokens(lines), words)
    counts = _token_counts(j)
    ends = range(_WORD_CHUNK, len(lines), _WORD_CHUNK)
    if not ends or any(not lines[b - 1] or lines[b - 1].isspace() for b in ends):
        return _word_stats_from(j.joined.split(), counts, words)
    starts = j.starts.tolist()
    parts = []
    for a in range(0, len(lines), _WORD_CHUNK):  # a chunk's lines split at once
        b = min(a + _WORD_CHUNK, len(lines))
        chunk = j.joined[starts[a] : starts[b] - 1] if b < len(lines) else j.joined[starts[a] :]
        parts.append(_word_stats_from(chunk.split(), counts[a:b], words))
    return tuple(np.concatenate(columns) for columns in zip(*parts, strict=True))


def _word_stats_chunks(lines, flat: list[str], counts: np.ndarray, words: list | None = None):
    """_word_stats_counts() from the lines' tokens (all of them, in order) and counts."""
    ends = range(_WORD_CHUNK, len(lines), _WORD_CHUNK)
    if not ends or any(not lines[b - 1] or lines[b - 1].isspace() for b in ends):
        return _word_stats_from(flat, counts, words)
    at = np.concatenate(([0], np.cumsum(counts))).tolist()  # where each line's tokens start
    parts = [
        _word_stats_from(
            flat[at[a] : at[min(a + _WORD_CHUNK, len(lines))]],
            counts[a : a + _WORD_CHUNK],
            words,
        )
        for a in range(0, len(lines), _WORD_CHUNK)
    ]
    return tuple(np.concatenate(columns) for columns in zip(*parts, strict=True))


def _tokens(lines: tuple[str, ...]) -> tuple[list[str], np.ndarray]:
    """The lines' tokens (str.split() of each, in order), and how many each line holds."""
    tokens = list(map(str.split, lines))
    return list(chain.from_iterable(tokens)), np.array(list(map(len, tokens)), dtype=np.intp)


def _word_stats_of(lines: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _word_stats_from(*_tokens(lines))


def _word_stats_from(
    flat: list[str], counts: np.ndarray, words: list | None = None
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
    return _word_stats_rows(rows, counts, flat.__getitem__, words)


def _word_stats_compiled(
    table, lines: tuple[str, ...], words: list | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_word_stats_counts() with the tokens split and looked up by the compiled TokenTable
    (a mirror of _WORD_IDS: it knows the rows given to it here, tokens it lacks come back
    with their text and are added as _word_id() adds them), in the same chunks."""
    if len(table) > len(_WORD_IDS):  # the Python cache was emptied: start again
        table.clear()
    raw_rows, raw_counts, unknown = table.rows(lines if type(lines) is tuple else tuple(lines))
    rows = np.frombuffer(raw_rows, dtype=np.int64).astype(np.intp)
    counts = np.frombuffer(raw_counts, dtype=np.int64).astype(np.intp)
    new: dict[int, str] = {}
    for k, token in unknown:  # tokens never seen (or past the cache's size)
        rows[k] = row = _word_id(token)
        if row >= 0:
            table.add(token, row)
        new[k] = token
    ends = range(_WORD_CHUNK, len(lines), _WORD_CHUNK)
    if not ends or any(not lines[b - 1] or lines[b - 1].isspace() for b in ends):
        return _word_stats_rows(rows, counts, new.__getitem__, words)
    at = np.concatenate(([0], np.cumsum(counts))).tolist()  # where each line's tokens start
    parts = []
    for a in range(0, len(lines), _WORD_CHUNK):
        b = min(a + _WORD_CHUNK, len(lines))
        token = (lambda k, at_a=at[a]: new[at_a + k]) if new else new.__getitem__
        parts.append(_word_stats_rows(rows[at[a] : at[b]], counts[a:b], token, words))
    return tuple(np.concatenate(columns) for columns in zip(*parts, strict=True))


def _word_stats_rows(
    rows: np.ndarray, counts: np.ndarray, token: Callable[[int], str], words: list | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """_word_stats_from() from the tokens' rows in _WORD_BITS (-1: past the cache's size;
    ``token(k)`` gives the k-th token's text, asked only for those)."""
    known = np.maximum(rows, 0)
    bits = _WORD_BITS[known]
    packed = _WORD_LANG[known] if words is not None else None
    if (rows < 0).any():  # the cache is full: tokens never seen are computed here
        for k in np.flatnonzero(rows < 0).tolist():
            bits[k] = _word_bits(token(k))
            if packed is not None:
                packed[k] = token_words(token(k))
    if (fast := compiled.active()) is not None and len(counts) and counts.all():
        if packed is not None and words is not None:
            words.append(packed)
        sums, first = fast.line_sums(bits, counts.astype(np.int64, copy=False))
        n = len(counts)  # the same sums and first-token flags, counted in one loop
        first = np.frombuffer(first, dtype=np.bool_).reshape(n, 7)
        return np.frombuffer(sums, dtype=np.float64).reshape(n, 10), first, counts
    starts = np.cumsum(counts) - counts
    flags = (bits[:, None] >> np.arange(7, dtype=np.uint8)) & 1 if not counts.all() else None
    owner = np.repeat(np.arange(len(counts)), counts)
    if packed is not None and words is not None:
        words.append(packed)
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


def _base(lines: Lines) -> np.ndarray:
    """The base feature matrix of a page (BASE_NAMES order), computed column by column."""
    return _base_of(lines.text, lines.bullet, [len(lines)])


def _base_of(text: tuple[str, ...], bullet, sizes: list[int]) -> np.ndarray:
    """The base features of the lines of pages laid end to end (``sizes``: lines per page).

    Every column but 'dup' reads one line alone, so many pages go through at once with the
    same values as page by page; 'dup' is counted within each page.
    """
    return _base_facts(text, bullet, sizes)[0]


def _base_facts(
    text: tuple[str, ...], bullet, sizes: list[int], language: list | None = None
) -> tuple[np.ndarray, tuple]:
    """_base_of(), and per line the LineFacts columns (tokens, section hint, digit);
    ``language``: a list that gets the LineWords of all the lines."""
    j = _Joined(text)
    chars, digits, punct, cjk, cjk_function, commas, parens = _char_counts(j).T
    parts: list | None = [] if language is not None else None
    words, first_token, counts = _word_stats_counts(text, j, parts)
    if language is not None and parts:
        language.append(LineWords(np.concatenate(parts), np.cumsum(counts)))
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


@dataclass(frozen=True, slots=True)
class LineWords:
    """What the language guess reads in the tokens of a batch's lines: per token (in line
    order) language.token_words(), and per line where its tokens end (the page's lines
    start at line ``first`` of the batch)."""

    packed: np.ndarray  # int64, one per token
    ends: np.ndarray  # per line of the batch: the number of tokens up to its end
    first: int = 0

    def part(self, a: int) -> LineWords:
        return LineWords(self.packed, self.ends, self.first + a)


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
    words: LineWords | None = field(default=None, repr=False, compare=False)  # language guess

    @classmethod
    def of(
        cls,
        columns: Sequence[list],
        a: int = 0,
        b: int | None = None,
        words: LineWords | None = None,
    ) -> LineFacts:
        """The facts of lines a:b, from the columns (as lists) of _base_facts(), then those
        of the masks (``words``: the LineWords of all the columns' lines)."""
        tokens, section, digit, byline, caption, page_words, *masks = (c[a:b] for c in columns)
        return cls(
            words=words.part(a) if words is not None else None,
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
    # (no LineWords: counting one page's sample with numpy costs what the guess saves)
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

    base, facts = _base_facts(text, bullet, sizes, words := [])
    lang = words[0] if words else None
    # turned into lists once for the batch, then sliced per page below
    facts = [c.tolist() for c in (*facts, *(masks(base) if masks else ()))]
    where = {k: BASE_NAMES.index(k) for k in ("len", "end", "stop", "url", "punct", "chars")}
    found = np.hstack([base, contexts(base, [k for k in sizes if k], 12, SHORT_UNITS, where)])
    bounds = list(accumulate(sizes, initial=0))
    return [
        (found[a:b], LineFacts.of(facts, a, b, lang)) if b > a else page_features_facts(p, masks)
        for p, (a, b) in zip(pages, pairwise(bounds), strict=True)
    ]


def n_features() -> int:
    return N_BASE + 4 + 9 + 1 + 2 + 2 + 1 + 2 + 3 + 1 + N_BLOCK
