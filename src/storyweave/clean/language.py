"""A cheap offline language guess (ISO 639-1): the script first, then a function-word profile."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import STOPWORDS

_SCRIPTS = (  # (language, character class); checked on a sample of letters
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
)
_WORD = re.compile(r"[^\W\d_]+")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN = re.compile(r"[پچژگی]")


_NOT_LETTER = re.compile(r"[\W\d_]")
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _LANGUAGES_OF[_w] = (*_LANGUAGES_OF.get(_w, ()), _lang)
_NORM = {lang: len(words) ** 0.5 for lang, words in STOPWORDS.items()}


def detect_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the text's main language; ``default`` when there is too little text."""
    sample = text[:3000]
    if sample.isascii():
        return _by_function_words(sample, default)
    letters = len(sample) - len(_NOT_LETTER.findall(sample))
    if letters < 3:
        return default
    counts = {lang: len(rx.findall(sample)) for lang, rx in _SCRIPTS}
    if counts["ja"] > 0.05 * letters:
        return "ja"
    best = max(counts, key=lambda k: counts[k])
    if counts[best] > 0.3 * letters:
        if best == "cyrillic":
            return _cyrillic(sample)
        if best == "ar" and len(_PERSIAN.findall(sample)) > 0.02 * counts["ar"]:
            return "fa"
        return best
    return _by_function_words(sample, default)


def _cyrillic(sample: str) -> str:
    if len(_UKRAINIAN.findall(sample)) > 3:
        return "uk"
    return _by_function_words(sample, "ru", only=("ru", "uk"))


def _by_function_words(sample: str, default: str, only: tuple[str, ...] | None = None) -> str:
    words = Counter(_WORD.findall(sample.lower()))
    if not words:
        return default
    counts = dict.fromkeys(only or STOPWORDS, 0.0)
    for w, k in words.items():
        for lang in _LANGUAGES_OF.get(w, ()):
            if lang in counts:
                counts[lang] += k
    best = max(counts, key=lambda k: counts[k] / _NORM[k])
    return best if counts[best] > 0 else default
