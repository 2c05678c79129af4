"""The fast line splitter and language guess give what a plain one-at-a-time reference gives."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

import pytest

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean.language import detect_language
from storyweave.clean.lexicon import STOPWORDS
from storyweave.clean.lines import _BULLET, Lines, normalise_line, split_lines, unwrap

# ---- the references: one line (or one word) at a time, as the cleaner first did it ----


def _reference_split_lines(text: str) -> Lines:
    out, blank, bullet, saw_blank = [], [], [], True
    for raw in unwrap(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = normalise_line(raw)
        if not line:
            saw_blank = True
            continue
        out.append(line)
        blank.append(saw_blank)
        bullet.append(bool(_BULLET.match(line)))
        saw_blank = False
    return Lines(text=tuple(out), blank_before=tuple(blank), bullet=tuple(bullet))


_SCRIPTS = (
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


def _reference_language(text: str, default: str = "en") -> str:
    sample = text[:3000]
    letters = sum(1 for c in sample if _WORD.match(c))
    if not sample.isascii():
        if letters < 3:
            return default
        counts = {
            lang: sum(1 for c in sample if any(lo <= ord(c) <= hi for lo, hi in ranges))
            for lang, ranges in _SCRIPTS
        }
        if counts["ja"] > 0.05 * letters:
            return "ja"
        best = max(counts, key=lambda k: counts[k])
        if counts[best] > 0.3 * letters:
            if best == "cyrillic":
                if len(re.findall(r"[іїєґІЇЄҐ]", sample)) > 3:
                    return "uk"
                return _reference_function_words(sample, "ru", ("ru", "uk"))
            if best == "ar" and len(re.findall(r"[پچژگی]", sample)) > 0.02 * counts["ar"]:
                return "fa"
            return best
    return _reference_function_words(sample, default, tuple(STOPWORDS))


def _reference_function_words(sample: str, default: str, only: tuple[str, ...]) -> str:
    words = Counter(_WORD.findall(sample.lower()))
    if not words:
        return default
    counts = {lang: float(sum(words[w] for w in words if w in STOPWORDS[lang])) for lang in only}
    best = max(counts, key=lambda k: counts[k] / len(STOPWORDS[k]) ** 0.5)
    return best if counts[best] > 0 else default


# ---- inputs: our own texts, the reference corpus by path, and whitespace variants ----


def _texts() -> list[str]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def _variants(text: str) -> list[str]:
    return [
        text,
        text.replace("\n", "\r\n"),
        text.replace("\n", "\r").replace(". ", ".\t "),
        text.replace(" ", "  ", 40).replace("\n", "\n \u3000\n", 5),
        text.replace("e ", "e\u00a0", 30).replace("s ", "s\u2009", 9),
        text.replace(" ", "\x0b", 5).replace("a ", "a\u2028", 3),
        unicodedata.normalize("NFD", text).replace("o ", "o\x1c ", 4),
        text.replace("\n", "\n\n   "),
        "  \n\n" + text.replace(". ", ".\u200b ", 5) + "\n\u0085\n",
    ]


HARD_WRAPPED = "\n\n".join(
    "\n".join(
        f"Line {i} of block {b} runs on for a while with words to fill it up nicely."
        for i in range(3)
    )
    for b in range(4)
)


@pytest.mark.parametrize("index", range(len(_texts())))
def test_split_lines_equals_the_line_by_line_reference(index: int) -> None:
    for text in _variants(_texts()[index]):
        assert split_lines(text) == _reference_split_lines(text)


def test_split_lines_equals_the_reference_on_odd_shapes() -> None:
    shapes = [
        "",
        "\n\n\n",
        " \t ",
        "one line",
        "• a bullet\n\n2) a numbered item\n  - an indented dash",
        "é\u0301 composed?\nà la carte\u00a0\u00a0menu",
        "ascii only\x0c with a form feed\n\x1f",
        HARD_WRAPPED,
        HARD_WRAPPED.replace("\n", "\r\n"),
        "Title\r\rBody line one.\r\nBody line two.",
    ]
    for text in shapes:
        assert split_lines(text) == _reference_split_lines(text), repr(text)


SPACES = "\t\x0b\x0c\x1c\x1f\x85\u00a0\u1680\u2009\u200b\u2028\u3000"


@pytest.mark.parametrize("space", list(SPACES))
def test_split_lines_equals_the_reference_around_each_kind_of_space(space: str) -> None:
    for text in (
        f"ascii{space}word\nnon-ascii é{space}word{space}\n{space}lead é\n{space}",
        f"only ascii{space}{space}here\n{space}x{space}\n\n y",
        f"single{space}é",
    ):
        assert split_lines(text) == _reference_split_lines(text), repr(text)


def test_lower_casing_keeps_letters_letters_one_for_one() -> None:
    """What detect_language relies on to count letters from the lower-cased words."""
    letter = re.compile(r"[^\W\d_]")
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        c = chr(cp)
        low = c.lower()
        if len(low) == 1:
            assert bool(letter.match(c)) == bool(letter.match(low)), hex(cp)


def test_detect_language_equals_the_reference() -> None:
    samples = [
        "The mayor said that the council would meet again on Friday to vote on it.",
        "Der Bürgermeister sagte, dass der Rat am Freitag wieder zusammenkommen werde.",
        "Le maire a dit que le conseil se réunirait vendredi pour voter à nouveau.",
        "El alcalde dijo que el consejo se reuniría el viernes para votar de nuevo.",
        "Мэр сказал, что совет снова соберется в пятницу, чтобы проголосовать.",
        "Мер сказав, що рада знову збереться у пʼятницю, щоб проголосувати її ще раз.",
        "市長は金曜日に議会が再び開かれると述べた。",
        "시장은 금요일에 의회가 다시 열릴 것이라고 말했다.",
        "قال رئيس البلدية إن المجلس سيجتمع مرة أخرى يوم الجمعة",
        "شهردار گفت که شورا پنجشنبه دوباره تشکیل جلسه می‌دهد و رأی‌گیری می‌کند",
        "Ο δήμαρχος είπε ότι το συμβούλιο θα συνεδριάσει ξανά την Παρασκευή.",
        "İSTANBUL'DA BİR TOPLANTI VE ΣΟΦΙΑ: the İzmir council and the board met.",
        "“Quoted” — text with curly quotes and a dash… that is English.",
        "The council met. " * 9 + "Ο δήμαρχος είπε ότι",  # a little Greek: still English
        "The council met. " * 3 + "Ο δήμαρχος είπε ότι το συμβούλιο θα συνεδριάσει",
        "The council met. " * 4 + "市長は金曜日に議会が再び開か",  # a few kana decide
        "The council met again. " * 6 + "Мэр сказал, что совет снова соберется в пятницу",
        "12 34 56",
        "ab",
        "",
    ]
    for text in samples + _texts():
        assert detect_language(text) == _reference_language(text), text[:60]


def test_punctuation_turned_into_spaces_is_no_letter_and_no_script() -> None:
    """detect_language may treat these marks as spaces only because no word or script has them."""
    from storyweave.clean.language import _PUNCTUATION

    for mark in _PUNCTUATION:
        assert not _WORD.match(mark), mark
        assert all(not (lo <= ord(mark) <= hi) for _, rs in _SCRIPTS for lo, hi in rs), mark


def test_detect_language_equals_the_reference_with_typographic_marks() -> None:
    for text in (
        "“Nous n’avons pas le choix,” a dit le maire — et l’équipe a voté…",
        "“We don’t know,” she said — 20 % more… © 2024 The Paper",
        "“Wir wissen es nicht”, sagte sie – „nicht“ jetzt.",
        "’’ —— ©",
        "a’b",
        "Ça « va » ? Très bien — merci. Et vous ?",
    ):
        assert detect_language(text) == _reference_language(text), text
