"""Whose office speaks: an office's statement names the one it speaks for in the third person,
by title ('“Secretary X will discuss ...,” his office said'), so a possessive office speaker
('his office', 'her spokeswoman', 'his aides') whose quote opens with a titled person belongs
to that person, not to whoever the sentences before were about."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .gender import agrees
from .name_keys import TITLES
from .quote_patterns import _NAME

_OFFICE = re.compile(r"\b(?:office|spokes(?:man|woman|person)|aides?|press secretary|"
                     r"campaign|team|staff)$", re.IGNORECASE)
_OPENS_TITLED = re.compile(
    rf"[“\"'‘]?[ \t]*(?:The[ \t]+)?(?:{TITLES})[ \t]+(?P<who>{_NAME})")


def office_opening(office: str, text: str, quote_start: int) -> str | None:
    """The surname of the titled person an office's quote opens with ('“Secretary X will ...'
    -> 'X'), or None when the speaker is no office or the quote opens otherwise."""
    if not _OFFICE.search(office.strip()):
        return None
    opening = _OPENS_TITLED.match(text, quote_start)
    return opening.group("who").split()[-1] if opening else None


def office_principal(pronoun: str, office: str, text: str, quote_start: int,
                     people: Iterable[str]) -> str | None:
    """The person of ``people`` (full names) an office's quote opens with, titled, if the
    possessive ('he' for 'his', 'she' for 'her') may mean them; None otherwise."""
    last = office_opening(office, text, quote_start)
    named = sorted({p for p in people if last and p.split() and p.split()[-1] == last}, key=len)
    if not named or any(not named[-1].endswith(" " + p) and p != named[-1] for p in named):
        return None  # no one so named, or two people of that surname
    return named[-1] if agrees(pronoun, named[-1], text) else None  # the fullest form
