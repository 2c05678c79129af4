"""Who a role phrase names when the name stands elsewhere: 'Minister X' or 'X, a doctor' is
titled so; '“...,” the senator said.' is the one person titled so in the next paragraphs, or
the person who opens the next paragraph set off by a role."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .quote_patterns import Resolver


def titled(p: Name, role: str, text: str) -> bool:
    """Whether a name is given a role: 'Minister X', 'X, a doctor at ...'."""
    title = re.search(rf"\b(?i:{role})[ \t]+(?:[A-Z][\w.’'-]*[ \t]+)*$",
                      text[max(0, p.start - 60) : p.start]) or re.search(
        rf"\b(?i:{role})[ \t]+[A-Z]\S*[ \t]+[A-Z]", p.text)  # the title inside the name found
    apposition = re.match(r",[ \t]+(?:the\s+|an?\s+)?[^,\n]{0,40}", text[p.end : p.end + 45])
    return bool(title or apposition and re.search(rf"\b{role}\b", apposition.group(0),
                                                   re.IGNORECASE))


def titled_after(raw: str, role: str, at: int, people: Sequence[Name], resolve: Resolver,
                 text: str) -> str:
    """The person a definite role phrase means when the story names them only after the quote
    ('“...,” the senator said.' / 'Senator Ana Ruiz, a Democrat, ...'): the one person so
    titled in the next two paragraphs, else the person who opens the next paragraph set off
    by a role ('Ana Ruiz, head of devices at X, unveiled ...') with no one named between;
    else the phrase as written."""
    breaks = [at + m.start() for m in re.finditer(r"\n+", text[at:])][:3]
    end = breaks[-1] if len(breaks) == 3 else len(text)
    after = [p for p in people if at < p.start < end]
    so_titled = {resolve(p.text) for p in after if titled(p, role, text)}
    if len(so_titled) == 1:
        return so_titled.pop()
    first = after[0] if after and breaks else None
    if first is not None and raw.lower().startswith("the ") and re.fullmatch(
            r"\n+[ \t]*", text[breaks[0] : first.start]) and _INTRODUCED.match(text, first.end):
        return resolve(first.text)
    return raw


_INTRODUCED = re.compile(r",[ \t]+(?:the[ \t]+|an?[ \t]+)?[a-z][^,\n]{2,80},[ \t]+[a-z]{3,}")
#                         'X, head of devices at Y, unveiled': a role set off, then a verb
