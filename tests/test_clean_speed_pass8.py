"""Tenth speed pass: each faster path equals a plain computation of the same thing."""

from __future__ import annotations

import random

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean import language
from storyweave.clean.language import _ASCII_SEPARATORS, _GROUP_OF, _PUNCTUATION, _WORD


def _texts() -> list[str]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _plain_language(text: str, default: str = "en") -> str:
    """detect_language's answer for text whose sample lower-cases one letter for one, with
    the words taken from the lower-cased sample as strings (the code before this pass)."""
    sample = text[:3000]
    lowered = sample.lower()
    assert len(lowered) == len(sample)
    plain = lowered
    for mark in _PUNCTUATION:
        plain = plain.replace(mark, " ")
    if plain.isascii():
        words = plain.translate(_ASCII_SEPARATORS).split()
        if not sample.isascii() and sum(map(len, words)) < 3:
            return default
        return language._by_function_words(words, default)
    return language.detect_language(text, default)


def _generated(rng: random.Random, words: list[str]) -> list[str]:
    marks = "  ..,,'\"\t\n-0123456789" + _PUNCTUATION + "\u212a"
    out = []
    for k in range(1500):
        n = rng.randint(0, 40)
        if k % 2:
            out.append("".join(rng.choice("aBcDeIiGgHhTt" + marks) for _ in range(n)))
        else:
            out.append(" ".join(rng.choice(words + list(marks)) for _ in range(n)))
    return out


def test_punctuation_marks_are_their_own_lower_case_and_not_letters() -> None:
    for mark in _PUNCTUATION:
        assert mark.lower() == mark and not _WORD.search(mark) and not mark.isascii()


def test_ascii_bytes_words_equal_the_lower_cased_string_words() -> None:
    rng = random.Random(8)
    texts = _texts()
    words = [w for t in texts for w in t.split()][:5000] + ["DER", "Les", "ÉTÉ", "for", "The"]
    texts += _generated(rng, words) + [t.upper() for t in texts] + ["", "ab", "a’bc", "’’’"]
    texts += [t[:2995] + "\u212a\u212a\u212a\u212a\u212a\u212a" for t in texts[:5]]
    checked = 0
    for text in texts:
        if len(text[:3000].lower()) != len(text[:3000]):
            continue
        checked += 1
        for default in ("en", "xx"):
            assert language.detect_language(text, default) == _plain_language(text, default)
    assert checked > 1000


def test_bytes_function_words_are_the_ascii_ones() -> None:
    ascii_words = {w for w in _GROUP_OF if w.isascii()}
    assert {w.decode() for w in language._BYTES_GROUP_OF} == ascii_words
    assert all(language._BYTES_GROUP_OF[w.encode()] == _GROUP_OF[w] for w in ascii_words)
    table = language._ASCII_LOWER_LETTERS
    for c in range(128):
        expect = chr(c).lower() if chr(c).isalpha() else " "
        assert chr(table[c]) == expect
