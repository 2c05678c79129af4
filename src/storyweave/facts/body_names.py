"""Names that are no person's whatever verb follows them: a body named by what it is
('Human Rights Watch said', 'the Transportation Safety Board said'), and a one-word name the
text writes as a place ('to Paris, France,', 'from France and Brazil'), which is then no
short form of a person's name that ends with it ('Air France', 'Tom Lisbon')."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .text import fold

_BODY_ENDS = frozenset(
    "watch committee board agency ministry council commission department office service "
    "services association union party institute institution university college company "
    "corporation corp inc ltd llc plc group bank fund foundation court police army navy force "
    "forces organization organisation authority bureau administration center centre society "
    "federation league club network coalition alliance front movement hospital school "
    "airlines airways industries systems technologies holdings studios pictures "
    "entertainment magazine tribune gazette herald times journal news post press radio "
    "television tv channel team trust secretariat parliament assembly congress senate "
    "cabinet government embassy consulate mission programme program project laboratory "
    "observatory museum library institute monitor".split())


def is_body_word(text: str) -> bool:
    """Whether a text is one word for a body ('Department', 'Committee')."""
    return fold(text.strip()) in _BODY_ENDS


def is_body_name(key: tuple[str, ...]) -> bool:
    """Whether a name key of two words or more ends with a word for a body ('human rights
    watch', 'beijing organizing committee', 'transportation safety board')."""
    return len(key) >= 2 and key[-1] in _BODY_ENDS


_PLACE_USE = (  # 'in X', 'from X and Y', 'Paris, X,': not 'in X's words', 'a call from X'
    r"(?:\b(?i:in|across|throughout|near|outside|inside)[ \t]+(?P<a>{w})"
    r"|\b(?i:from)[ \t]+(?P<b>{w})(?=[ \t]+and[ \t]+[A-Z])"
    r"|[A-Z][\w'’.-]+,[ \t]+(?P<c>{w})(?=[ \t]*[,.;)]|[ \t]+and\b))(?![’']s\b|[\w’'-])")


def written_as_places(texts: Iterable[str], words: Iterable[str]) -> set[str]:
    """The words (one-word names of places, folded) that a text writes as a place: after
    'in', 'across', 'near' (...), in 'from X and Y', or after a capitalised name and a comma
    ('Paris, France,'); never a possessive ('in Page's words') nor after 'toward' or 'to',
    which persons follow too ('hatred directed toward X')."""
    words = sorted(set(words), key=len, reverse=True)
    if not words:
        return set()
    alternatives = "|".join(f"[{w[0].upper()}]{re.escape(w[1:])}" for w in words)
    pattern = re.compile(_PLACE_USE.format(w=alternatives))
    return {fold(m.group("a") or m.group("b") or m.group("c"))
            for text in texts for m in pattern.finditer(text)}


_FAMILY = re.compile(r"\bthe[ \t]+(?P<w>[A-Z][\w'’-]+)[ \t]+(?:crime[ \t]+|mafia[ \t]+)?"
                     r"(?:family|clan|gang|dynasty)\b")


def written_as_families(texts: Iterable[str]) -> set[str]:
    """The words (folded) a text writes as a family's or a gang's name ('the Falcone crime
    family'): such a one-word name, typed a body, is no short form of one member's name."""
    return {fold(m.group("w")) for text in texts for m in _FAMILY.finditer(text)}
