"""Scraped text as a list of lines: the unit the cleaner classifies, with its layout."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WRAP_WIDTH = 100  # text whose lines stay under this width may be hard-wrapped
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Whitespace that str.split()/str.strip() know and _SPACE does not: such text goes line by line.
_OTHER = r"\x0b\x0c\x1c-\x1f\x85\u1680\u2028\u2029"
_OTHER_SPACE = re.compile(rf"[{_OTHER}]")
_UNUSUAL_SPACE = re.compile(rf"[\t\u00a0\u2000-\u200b\u202f\u205f\u3000{_OTHER}]")  # all but ' '
# The characters _UNUSUAL_SPACE matches, looked for one by one with `in` (a scan each, yet
# twice as fast as the regex over a page; a test checks they are the same set).
_UNUSUAL_CHARS = (
    "\t\x0b\x0c\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029\u00a0\u202f\u205f\u3000"
    + "".join(map(chr, range(0x2000, 0x200C)))
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BULLET = re.compile(r"^\s*(?:[•·▪►▸◦‣∙●○■□–—*+>»›-]|\d{1,2}[.)])\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Lines:
    """The non-empty lines of a text: cleaned text, whether a blank line came before, bullets."""

    text: tuple[str, ...]
    blank_before: tuple[bool, ...]
    bullet: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.text)


def normalise_line(line: str) -> str:
    """One line as kept: NFC, whitespace runs collapsed, stripped."""
    if line.isascii():
        return " ".join(line.split())
    if not unicodedata.is_normalized("NFC", line):
        line = unicodedata.normalize("NFC", line)
    return _SPACE.sub(" ", line).strip()


def _newlines(text: str) -> str:
    """The text with '\\r\\n' and '\\r' line ends as '\\n' (no copy when there are none)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (text wrapped at a fixed width, blank lines between).

    Scraped pages put one paragraph on one (often long) line and are left alone; text
    whose lines never pass ~100 characters and whose blocks fill the width is joined.
    """
    rows = _newlines(text).split("\n")
    lengths = sorted([len(x.rstrip()) for x in rows if x and not x.isspace()])
    if len(lengths) < 6:
        return text
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= WRAP_WIDTH:
        return text
    blocks = _BLANK_LINE.split("\n".join(rows))
    joined, wrapped = [], 0
    for block in blocks:
        rows = [x.strip() for x in block.split("\n") if x.strip()]
        full = all(len(x) >= 0.6 * width and not _BULLET.match(x) for x in rows[:-1])
        if len(rows) > 1 and full and not _BULLET.match(rows[-1]):
            joined.append(" ".join(rows))
            wrapped += 1
        else:
            joined.append(block)
    return "\n\n".join(joined) if wrapped >= 2 else text


def split_lines(text: str) -> Lines:
    """Split scraped text into its non-empty lines, remembering blank lines and bullets."""
    text = _newlines(unwrap(text))
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # the same as line by line: \n never composes
    rows = _normalised_rows(text)
    if rows is None:
        return _split_lines_one_by_one(text)
    out = [x for x in rows if x]
    blank = [not before for before, x in zip(["", *rows], rows, strict=False) if x]
    return Lines(
        text=tuple(out),
        blank_before=tuple(blank),
        # a letter opens no bullet (neither a mark nor a digit nor a space is a letter)
        bullet=tuple([not x[0].isalpha() and _BULLET.match(x) is not None for x in out]),
    )


def _normalised_rows(text: str) -> list[str] | None:
    """Every row of the (NFC) text as normalise_line makes it, or None when only going line
    by line gives the same (rare whitespace, see _OTHER_SPACE)."""
    if not _unusual_space(text) and "  " not in text:  # single spaces only
        return [x.strip(" ") for x in text.split("\n")]
    if text.isascii():
        return [" ".join(x.split()) for x in text.split("\n")]
    if _OTHER_SPACE.search(text):
        return None
    return [x.strip(" ") for x in _SPACE.sub(" ", text).split("\n")]


def _unusual_space(text: str) -> bool:
    """_UNUSUAL_SPACE.search(text) is not None: whitespace other than ' ' and '\\n'."""
    for c in _UNUSUAL_CHARS:
        if c in text:
            return True
    return False


def _split_lines_one_by_one(text: str) -> Lines:
    """split_lines for text with rare whitespace (vertical tab, form feed, U+2028 ...)."""
    out: list[str] = []
    blank: list[bool] = []
    bullet: list[bool] = []
    saw_blank = True
    for raw in text.split("\n"):
        line = normalise_line(raw)
        if not line:
            saw_blank = True
            continue
        out.append(line)
        blank.append(saw_blank)
        bullet.append(bool(_BULLET.match(line)))
        saw_blank = False
    return Lines(text=tuple(out), blank_before=tuple(blank), bullet=tuple(bullet))


def from_list(lines: list[str]) -> Lines:
    """Lines given one by one (as in the evaluation data): no blank lines between them."""
    text = tuple(normalise_line(x) for x in lines)
    return Lines(
        text=text,
        blank_before=tuple(i == 0 for i in range(len(text))),
        bullet=tuple(bool(_BULLET.match(x)) for x in text),
    )


def strip_bullet(line: str) -> str:
    return _BULLET.sub("", line, count=1)
