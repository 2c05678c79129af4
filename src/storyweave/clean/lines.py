"""Scraped text as a list of lines: the unit the cleaner classifies, with its layout."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

WRAP_WIDTH = 100  # text whose lines stay under this width may be hard-wrapped
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
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


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (text wrapped at a fixed width, blank lines between).

    Scraped pages put one paragraph on one (often long) line and are left alone; text
    whose lines never pass ~100 characters and whose blocks fill the width is joined.
    """
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    lengths = sorted(len(x.rstrip()) for b in blocks for x in b.split("\n") if x.strip())
    if len(lengths) < 6:
        return text
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if not 40 <= width <= WRAP_WIDTH:
        return text
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
    text = unwrap(text)
    out: list[str] = []
    blank: list[bool] = []
    bullet: list[bool] = []
    saw_blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
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
