"""Scraped text as a list of lines: the unit the cleaner classifies, with its layout."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

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


def split_lines(text: str) -> Lines:
    """Split scraped text into its non-empty lines, remembering blank lines and bullets."""
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
