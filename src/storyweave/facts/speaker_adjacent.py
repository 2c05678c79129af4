"""Speakers read from the sentence right next to a quote that has no attribution of its own.

- A short quoted answer with its attribution just before the quote, in its paragraph: '“No,”
  he said. “You tell me one.”', '“Amazing,” Ana Ruiz said. “To be able to ...”'. The first
  part is under MIN_WORDS words, so it is no quote of its own, but its attribution names who
  goes on speaking.
- A quote no verb attributes, right after a sentence of its paragraph whose subject is a
  person or which credits its words to one ('X returned to the issue. “...?”', 'The cell, X
  said, is ... “...”'), is that person's.
- The subject of a clause a colon ends right before a quote, read by the parse, speaks it
  rather than the speaker quoted before in the paragraph.
- A sentence after a quote that ended its own, reporting speech of its own ('“...” Y added
  that ...'), does not name the quote's speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .name_keys import SPEECH
from .quote_marks import MIN_WORDS
from .quote_patterns import _BOUNDARY, _NAME, _PASSIVE
from .speakers import ParsedSpeaker

_SHORT_BEFORE = re.compile(  # '“Amazing,” X said. “' / '“Oh, actually? Yes,” he assures himself. “'
    r"[“\"](?P<words>[^“”\"\n]{1,60}?)[,.!?]?[”\"](?P<after>(?:[^“”\"\n.!?]|(?<![\w.])(?:Dr|Mr|Mrs"
    r"|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|St|Jr|[A-Z])\.){2,120}[.:,])[ \t]*[“\"]$")


def short_quote_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of a short quoted part (under MIN_WORDS words) that opens the sentence right
    before a quote in the same paragraph, with only its attribution between them ('“No,” he
    said. “...”'): its attribution names the speaker who goes on; None when there is none."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _SHORT_BEFORE.search(text, max(line_start, start - 220), start)
    if m is None or len(m.group("words").split()) >= MIN_WORDS:
        return None
    opened = text[line_start : m.start()]
    if opened.strip() and not re.search(r"[.!?][”\"]?[ \t]+$", opened):
        return None  # the short part must open its sentence (not 'X called it a “hoax.” ...')
    return m.start() + 1, m.start("after") - 1


_REPORTS_OWN = re.compile(  # ' Y added that ...', ' She also noted that ...'
    rf"[ \t]+(?:{_NAME}|[Hh]e|[Ss]he|[Tt]hey)(?:,[^,“”\"\n]{{2,80}},)?[ \t]+"
    rf"(?:(?:also|later|then)[ \t]+)?(?:{SPEECH})[ \t]+that[ \t]+"
    r"(?!(?:day|night|morning|afternoon|evening|week|month|year|time)\b)")


def reports_own(after: str) -> bool:
    """Whether the sentence after a quote that ended its sentence reports speech of its own
    ('“... among them.” Y added that the letter was kind'): its subject is not the quote's
    speaker, whoever said the quote before."""
    return _REPORTS_OWN.match(after) is not None


_FRONTED = re.compile(  # 'Just because scientists knew it first, “...”': a clause before the quote
    r"(?:(?:Just|Even|Only)[ \t]+)?(?:[Bb]ecause|[Ii]f|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|"
    r"[Uu]nless|[Oo]nce|[Ss]ince)\b[^“”\"\n]*(?:“[^“”\"\n]{1,40}”[^“”\"\n]*)*,[ \t]*$")
_ASIDE = re.compile(  # ', Ana Ruiz said,' / ', he says.' / ', said Ana Ruiz.' in a sentence
    rf",[ \t]+(?:(?P<who>[Hh]e|[Ss]he|{_NAME})[ \t]+(?:(?:also|later)[ \t]+)?(?:{SPEECH})"
    rf"|(?:said|says)[ \t]+(?P<after>{_NAME}))[ \t]*(?:[,.;]|$)")
_ACTS = re.compile(  # the name then a verb of its own, or an apposition or clause then one
    r"(?:,[^,\n“”\"]{2,120},)?[ \t]+(?:(?:also|then|later|again|quickly|has|had|have|was|is|"
    r"will|would|could|can|did|does)[ \t]+)*(?!(?:of|and|or|in|at|from|for|who|which|to|the|"
    r"a|an|was|is|were|are)\b)[a-z]{3,}\b")


_LEAD = re.compile(r"[A-Z][^,“”\"\n.;:]{2,80},[ \t]+")  # 'Asked whether it would reopen, '
_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+)*")  # only titles before a name: 'Rep. Ana Ruiz'


def sentence_before(text: str, start: int, people: Sequence[Name]) -> str | None:
    """The speaker, as written, of a quote no verb attributes that opens its sentence (or
    follows only a fronted clause: 'Just because ..., “...”') right after a sentence of its
    paragraph whose subject is a person ('X expects to build three. “...”', 'Asked about it,
    X shook her head. “...”'), or which credits its words to one ('The cell, X said, is ...
    “...”', '..., X says.'). None when that sentence holds a quote, its subject is acted on
    or is no person, or the paragraph has none before the quote."""
    line_start = text.rfind("\n", 0, start) + 1
    cuts = [m.end() for m in _BOUNDARY.finditer(text, line_start, start)]
    if not cuts:
        return None
    own = text[cuts[-1] : max(cuts[-1], start - 1)]
    if own.strip() and not _FRONTED.fullmatch(own):
        return None
    s_start, s_end = (cuts[-2] if len(cuts) > 1 else line_start), cuts[-1]
    if re.search(r"[“”\"]", text[s_start:s_end]):
        return None  # a sentence holding a quote has a speaker of its own
    aside = _ASIDE.search(text, s_start, s_end)
    if aside:
        return aside.group("who") or aside.group("after")
    lead = _LEAD.match(text, s_start, s_end)
    for p in people:
        if not s_start <= p.start < s_end:
            continue
        if not _TITLES.fullmatch(text, s_start, p.start):
            if lead and p.start < lead.end():
                continue  # a name inside a fronted clause ('After X left, Y ...')
            if not (lead and _TITLES.fullmatch(text, lead.end(), p.start)):
                return None  # the first person named must open the sentence or its clause
        if _PASSIVE.match(text, p.end) or not _ACTS.match(text, p.end, s_end):
            return None
        return p.text
    return None


def colon_subject(found: ParsedSpeaker | None, text: str, start: int, previous_end: int,
                  people: Sequence[Name]) -> bool:
    """Whether the parse read a person named after the last quote as the subject of the
    clause a colon ends right before a quote ('“...,” he said. Y, who phoned in from “Z,”
    had a similar experience: “...”'): Y speaks, not the speaker quoted before."""
    if found is None or not found.fallback or not previous_end < found.verb < start:
        return False
    named = any(p.text == found.who and previous_end < p.start < found.verb for p in people)
    return named and text[:start].rstrip(" \t“\"").endswith(":")
