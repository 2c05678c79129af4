"""Who a role phrase names when the name stands elsewhere: 'Minister X' or 'X, a doctor' is
titled so; '“...,” the senator said.' is the one person titled so in the next paragraphs, or
the person who opens the next paragraph set off by a role."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .name_keys import SPEECH
from .quote_patterns import Resolver


def titled(p: Name, role: str, text: str) -> bool:
    """Whether a name is given a role: 'Minister X', 'X, a doctor at ...'."""
    title = re.search(rf"\b(?i:{role})[ \t]+(?:[A-Z][\w.’'-]*[ \t]+)*$",
                      text[max(0, p.start - 60) : p.start]) or re.search(
        rf"\b(?i:{role})[ \t]+[A-Z]\S*[ \t]+[A-Z]", p.text)  # the title inside the name found
    apposition = re.match(r",[ \t]+(?:the\s+|an?\s+)?[^,\n]{0,40}", text[p.end : p.end + 45])
    if apposition and p.kind != "person" and _ROLE_CLAUSE.match(text, p.end):
        apposition = None  # 'back to Washington, a senior official said': the next clause's
        #                    subject (a person's sloppy 'X, a spokesman says' stays X's)
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


_ROLE_CLAUSE = re.compile(  # ', a senior official said': a role that is a clause's subject
    rf",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){{0,4}}?[a-z][\w-]*"
    rf"\s+(?:(?:has|had|have|also|later|then|was|is)\s+)*(?:{SPEECH})\b")
_INTRODUCED = re.compile(r",[ \t]+(?:the[ \t]+|an?[ \t]+)?[a-z][^,\n]{2,80},[ \t]+[a-z]{3,}")
#                         'X, head of devices at Y, unveiled': a role set off, then a verb


_OWNED_ROLE = re.compile(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)*[’']s[ \t]+[a-z]")
#                         'China’s ambassador ...', 'the Navy's chief ...': a role one holds


def holder_named(raw: str, people: Sequence[Name], resolve: Resolver, text: str) -> str | None:
    """The person a country's or body's role phrase means where the article writes the
    same phrase right before a name, before or after the quote ('China’s ambassador to
    Britain warned that “...”' / 'China’s ambassador to Britain Ana Ruiz has said'): the one
    person so named, else None."""
    if not _OWNED_ROLE.match(raw):
        return None
    found = set()
    for m in re.finditer(re.escape(raw), text):
        after = [p for p in people if p.kind == "person" and m.end() <= p.start <= m.end() + 80]
        if after and not re.search(r"[.;:“”\"]|\s[a-z]+(?:ed|s)\s", text[m.end() : after[0].start]):
            found.add(resolve(after[0].text))
    return found.pop() if len(found) == 1 else None
