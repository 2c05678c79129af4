"""Whose age a figure is, as grouping compares two ages: one person however the story names them.

Extraction labels an age with the capitalised word next to it ('age of Ruiz'). Grouping keeps
ages of two owners apart, so a word that names no one must not count as an owner, and two
names of one person must count as one:

- a weekday or month before the age ('On Friday, 36-year-old Ana Ruiz') is no owner: the
  name after the age is ('Ruiz');
- a generational suffix ('Juan Mora III, 38') stands for the surname before it ('Mora');
- a capitalised word that only qualifies a noun for people after it ('a 61-year-old
  Vancouver man', 'a 16-year-old Brooklyn resident') or that names a kind of person ('the
  41-year-old American') names nobody in particular: no owner;
- two owners that one name in the story's figure sentences holds ('Kimani' and 'Gray' in
  'Kimani Gray') are one person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mention import Mention
from .text import fold
from .traits import names_people

_NO_ONE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december he she they it his her".split())
_SUFFIX = frozenset("jr jr. sr sr. ii iii iv".split())
_NAME = r"[A-Z][\w'’-]+"
_AFTER_AGE = re.compile(rf"[\s-]*(?:years?|months?)[\s-]+old\s+(?:[a-z]+\s+)?((?:{_NAME}\s+)*"
                        rf"{_NAME})(\s+[a-z]+)?")
_BEFORE_SUFFIX = re.compile(rf"({_NAME})\s+[IVJS][\w.]*\s*,\s*(?:aged\s*)?$")
_NAMES = re.compile(rf"{_NAME}(?:\s+{_NAME})+")


def age_owners(mentions: Sequence[Mention]) -> list[str]:
    """Each claim's age owner as grouping compares it (folded; '' for none or not an age)."""
    owners = [_owner(m) for m in mentions]
    if len(set(owners) - {""}) < 2:
        return owners  # no two owners to tell apart or join
    together: dict[str, set[str]] = {}
    for m in mentions:
        for name in _NAMES.findall(m.claim.text):
            words = {fold(w) for w in name.split()}
            for w in words:
                together.setdefault(w, set()).update(words)
    canon: dict[str, str] = {}
    for owner in sorted({o for o in owners if o}):
        canon[owner] = next((c for c in canon.values() if c in together.get(owner, ())), owner)
    return [canon.get(o, "") for o in owners]


def age_label(m: Mention) -> str:
    """The claim's label with the owner grouping reads ('On Saturday, 32-year-old Englishman
    Ana Ruiz': 'age of Ruiz', not 'age of Saturday'; 'the 41-year-old American': no owner)."""
    if not m.label.startswith("age of "):
        return m.label
    owner = _owner(m)
    if owner == fold(m.label[7:]):
        return m.label
    if not owner:
        return f"age ({m.claim.unit})" if m.claim.unit else "age"
    written = next((w for w in re.findall(_NAME, m.claim.text) if fold(w) == owner), owner)
    return f"age of {written}"


def _owner(m: Mention) -> str:
    if not m.label.startswith("age of "):
        return ""
    owner = fold(m.label[7:])
    text = m.claim.text
    at = m.claim.span[0] - m.claim.sentence_span[0]
    if owner in _SUFFIX:
        before = _BEFORE_SUFFIX.search(text[:at])
        return fold(before.group(1)) if before else ""
    after, qualifies = _named_after(text, at)
    if owner in _NO_ONE:  # 'On Friday, 36-year-old Ana Ruiz'
        return "" if qualifies else after
    if owner == after and (qualifies or names_people(after, capitalised=True)):
        return ""  # 'a 61-year-old Vancouver man', 'the 41-year-old American'
    return owner


def _named_after(text: str, at: int) -> tuple[str, bool]:
    """The last word of the name written after an age ('36-year-old Ana Ruiz' -> 'ruiz'), and
    whether a noun for people follows it, making it a qualifier ('a 61-year-old Vancouver
    man', 'a 16-year-old Brooklyn resident')."""
    figure = re.match(r"[\d.,]+", text[at:])
    found = _AFTER_AGE.match(text[at + (figure.end() if figure else 0):])
    if not found:
        return "", False
    word = (found.group(2) or "").strip()
    return fold(found.group(1).split()[-1]), bool(word) and names_people(word)
