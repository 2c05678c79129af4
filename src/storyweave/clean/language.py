"""A cheap offline language guess (ISO 639-1): the script first, then a function-word profile."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .lexicon import STOPWORDS

_SCRIPTS = (  # (language, code point ranges); counted on a sample of the text
    ("ja", ((0x3040, 0x30FF),)),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF))),
    ("zh", ((0x4E00, 0x9FFF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("hi", ((0x0900, 0x097F),)),
    ("cyrillic", ((0x0400, 0x04FF),)),
)
_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN = re.compile(r"[پچژگی]")


_NOT_LETTER = re.compile(r"[\W\d_]")
_ASCII_SEPARATORS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalpha()})
# Frequent non-ASCII marks in Latin-script news; all non-letters and outside _SCRIPTS.
_PUNCTUATION = "’”“—–‘©»«›‹−•⁄£®°×€…„·\u00a0\u2009\u200b"
_MARKS_TO_SPACE = {ord(mark): " " for mark in _PUNCTUATION}
_FIRST_SCRIPT = min(lo for _, ranges in _SCRIPTS for lo, _ in ranges)
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
# Each function word's languages as a small number (1, 2, ...): counted faster than tuples.
_GROUPS: list[tuple[str, ...]] = [(), *dict.fromkeys(_LANGUAGES_OF.values())]
_GROUP_OF = {w: _GROUPS.index(langs) for w, langs in _LANGUAGES_OF.items()}
_NORM = {lang: len(words) ** 0.5 for lang, words in STOPWORDS.items()}
# ASCII text as bytes: letters lower-cased, everything else a space; the ASCII function
# words as bytes (no other function word can be an ASCII word).
_ASCII_LOWER_LETTERS = bytes(
    ord(chr(c).lower()) if chr(c).isalpha() else 32 for c in range(128)
) + bytes(128)
_BYTES_GROUP_OF = {w.encode(): g for w, g in _GROUP_OF.items() if w.isascii()}
# The same for Latin-1 text: its letters lower-cased (each stays one Latin-1 letter), any
# other character a space; the function words written in Latin-1, as Latin-1 bytes.
_LATIN1_LOWER_LETTERS = bytes(
    ord(chr(c).lower()) if _WORD.match(chr(c)) else 32 for c in range(256)
)
_LATIN1_GROUP_OF = {w.encode("latin-1"): g for w, g in _GROUP_OF.items() if max(map(ord, w)) < 256}


SAMPLE = 3000  # the characters of the text the guess reads
# Packed word counts of a piece of text (token_words(), sample_words()): the first two
# function-word groups of its words (8 bits each), a flag (bit 16: more than two groups, or
# a character neither Latin-1 nor one of _PUNCTUATION), and how many letters it holds.
_MANY = 1 << 16
_LETTERS_SHIFT = 17
N_GROUPS = len(_GROUPS)  # function-word groups, 0 being none


def token_words(token: str) -> int:
    """What the guess reads in one token (whitespace-free piece of text), packed: the
    groups of its words and its letter count, as the Latin-1 path finds them (on ASCII
    and mark-only text that is what the ASCII paths find: the same words, the same groups).

    The words of a text of such characters are its tokens' words in order (whitespace is
    no letter and no mark, so no word spans it); see detect_language(counted=...)."""
    if token.isascii():  # (no mark in it; the Latin-1 table on ASCII is the ASCII one)
        letters = token.encode().translate(_LATIN1_LOWER_LETTERS)
    else:
        try:  # (the marks as spaces: what _without_punctuation() does, one table)
            data = token.translate(_MARKS_TO_SPACE).encode("latin-1")
        except UnicodeEncodeError:
            return _MANY  # no Latin-1 path for a text holding it: never counted
        letters = data.translate(_LATIN1_LOWER_LETTERS)
    words = letters.split()
    if len(words) == 1:  # the common case: one word, its letters all the token has
        return _LATIN1_GROUP_OF.get(words[0], 0) | len(words[0]) << _LETTERS_SHIFT
    groups = [g for w in words if (g := _LATIN1_GROUP_OF.get(w))]
    if len(groups) > 2:
        return _MANY
    first, second = (groups + [0, 0])[:2]
    return first | second << 8 | (len(letters) - letters.count(b" ")) << _LETTERS_SHIFT


def counted_samples(
    packed: np.ndarray, ends: np.ndarray, samples: Sequence[tuple[Sequence[int], str]]
) -> list[tuple[int, list[int]] | None]:
    """detect_language()'s ``counted`` for several samples at once, each given as the
    lines it reads whole (their numbers in ``ends``: per line, how many tokens end by its
    end; ``packed``: token_words() of each token) and the text of the line it cuts short
    (counted_words()); None for a sample with a flagged token."""
    lines = np.fromiter((i for rows, _ in samples for i in rows), dtype=np.intp)
    sample = np.repeat(np.arange(len(samples)), [len(rows) for rows, _ in samples])
    stop = ends[lines]
    size = stop - np.concatenate(([0], ends))[lines]  # tokens of each line
    before = np.cumsum(size) - size
    tokens = np.arange(int(size.sum())) + np.repeat(stop - size - before, size)
    owner = np.repeat(sample, size)
    values = packed[tokens]
    width = N_GROUPS + 1  # the groups (0: none, never read), then the flagged tokens
    at = owner * width
    flagged = (values & _MANY) > 0
    keys = np.concatenate([at + (values & 255), at + ((values >> 8) & 255), at[flagged] + N_GROUPS])
    groups = np.bincount(keys, minlength=len(samples) * width).reshape(len(samples), width)
    letters = np.bincount(owner, weights=values >> _LETTERS_SHIFT, minlength=len(samples))
    out: list[tuple[int, list[int]] | None] = []
    for row, total, (_, cut) in zip(groups.tolist(), letters.tolist(), samples, strict=True):
        more = None if row.pop() else counted_words(cut, row)  # (adds the cut line's groups)
        out.append(None if more is None else (int(total) + more, row))
    return out


def counted_words(text: str, groups: list[int]) -> int | None:
    """The letters of a text as the Latin-1 path reads it, its words' function-word groups
    counted into ``groups`` (by group number): the sums of its tokens' token_words(); None
    (and nothing counted) when it is not Latin-1 text."""
    try:  # (ASCII text holds no mark)
        data = text.encode() if text.isascii() else _without_punctuation(text).encode("latin-1")
    except UnicodeEncodeError:
        return None
    letters = data.translate(_LATIN1_LOWER_LETTERS)
    for word in letters.split():
        if group := _LATIN1_GROUP_OF.get(word):
            groups[group] += 1
    return len(letters) - letters.count(b" ")


def detect_language(
    text: str, default: str = "en", counted: tuple[int, Sequence[int]] | None = None
) -> str:
    """ISO 639-1 code of the text's main language; ``default`` when there is too little text.

    ``counted``: the (letters, count per function-word group: index 0, none, not read) of
    text[:SAMPLE] as counted_words() gives them, when known (summed over its lines'
    tokens): used where the sample takes the ASCII or Latin-1 paths, which read nothing
    else of its words."""
    sample = text[:SAMPLE]
    if sample.isascii():  # ASCII letters are the words: split on everything else
        if counted is not None:
            return _by_groups(counted[1], default)
        return _by_function_words(_ascii_words(sample), default, _BYTES_GROUP_OF)
    plain = _without_punctuation(sample)
    if counted is not None and _latin1(plain):  # the mark-only or the Latin-1 path
        return default if counted[0] < 3 else _by_groups(counted[1], default)
    if plain.isascii():  # English-like text with typographic quotes and dashes
        # The marks are their own lower case, so this is the lower-cased sample's words.
        letters = plain.encode().translate(_ASCII_LOWER_LETTERS)
        if len(letters) - letters.count(b" ") < 3:
            return default
        return _by_function_words(letters.split(), default, _BYTES_GROUP_OF)
    if (latin := _latin1_words(plain)) is not None:  # accented Latin letters
        return default if latin[1] < 3 else _by_function_words(latin[0], default, _LATIN1_GROUP_OF)
    lowered = sample.lower()
    if len(lowered) == len(sample):  # lower-casing keeps every letter a letter, one for one
        plain = _without_punctuation(lowered)
        if plain.isascii():  # a letter lower-cased to ASCII (the Kelvin sign)
            words = plain.translate(_ASCII_SEPARATORS).split()
            return default if sum(map(len, words)) < 3 else _by_function_words(words, default)
        words = _WORD.findall(lowered)
        letters = sum(map(len, words))
    else:
        words = _WORD.findall(lowered)
        letters = len(sample) - len(_NOT_LETTER.findall(sample))
    if letters < 3:
        return default
    cps = np.frombuffer(sample.encode("utf-32-le"), dtype=np.uint32)
    if np.count_nonzero(cps >= _FIRST_SCRIPT) <= 0.05 * letters:  # no script can reach 5%
        return _by_function_words(words, default)
    counts = {
        lang: sum(int(np.count_nonzero((cps >= lo) & (cps <= hi))) for lo, hi in ranges)
        for lang, ranges in _SCRIPTS
    }
    if counts["ja"] > 0.05 * letters:
        return "ja"
    best = max(counts, key=lambda k: counts[k])
    if counts[best] > 0.3 * letters:
        if best == "cyrillic":
            return _cyrillic(sample, words)
        if best == "ar" and len(_PERSIAN.findall(sample)) > 0.02 * counts["ar"]:
            return "fa"
        return best
    return _by_function_words(words, default)


def _ascii_words(sample: str) -> list[bytes]:
    """The lower-cased words of an ASCII text, as bytes."""
    return sample.encode().translate(_ASCII_LOWER_LETTERS).split()


def _latin1_words(plain: str) -> tuple[list[bytes], int] | None:
    """The lower-cased words (as _WORD finds them) of a text of Latin-1 characters, as
    bytes, and how many letters they hold; None for a text with other characters.

    For the sample of such a text with the common marks in it (none in a script's range,
    each its own lower case, none a letter), detect_language() finds fewer than 5 % of its
    letters in a script, or no script with any: it goes by these words."""
    try:
        data = plain.encode("latin-1")
    except UnicodeEncodeError:
        return None
    letters = data.translate(_LATIN1_LOWER_LETTERS)
    return letters.split(), len(letters) - letters.count(b" ")


def _latin1(plain: str) -> bool:
    """Every character of the text is Latin-1 (ASCII included)."""
    try:
        plain.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _without_punctuation(text: str) -> str:
    """The text with common non-ASCII punctuation (none of it letters) turned into spaces."""
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    return text


def _cyrillic(sample: str, words: list[str]) -> str:
    if len(_UKRAINIAN.findall(sample)) > 3:
        return "uk"
    return _by_function_words(words, "ru", only=("ru", "uk"))


def _by_function_words(
    words: list, default: str, group_of: dict = _GROUP_OF, only: tuple[str, ...] | None = None
) -> str:
    """The language whose function words are most frequent among the (lower-cased) words
    (``group_of``: _BYTES_GROUP_OF for words as bytes)."""
    if not words:
        return default
    found = Counter(filter(None, map(group_of.get, words)))  # function words' language groups
    counts = dict.fromkeys(only or STOPWORDS, 0.0)
    for group, k in found.items():
        for lang in _GROUPS[group]:
            if lang in counts:
                counts[lang] += k
    best = max(counts, key=lambda k: counts[k] / _NORM[k])
    return best if counts[best] > 0 else default


def _by_groups(groups: Sequence[int], default: str) -> str:
    """_by_function_words() from the count of each group among the words (index 0: none)."""
    counts = dict.fromkeys(STOPWORDS, 0.0)
    for group, k in enumerate(groups):
        if k and group:
            for lang in _GROUPS[group]:
                counts[lang] += k
    best = max(counts, key=lambda k: counts[k] / _NORM[k])
    return best if counts[best] > 0 else default
