"""The speaker of a quote standing alone as its paragraph, from the sentence right before it
when that sentence introduces a person: news copy names a new source with an apposition
('Ana Ruiz, 17, who works at the station across the road, also heard the blast.') and quotes
them in the next paragraph ('“At first I thought it was thunder.”')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .quote_patterns import _BOUNDARY, _PASSIVE, Resolver
from .speaker_context import _alone, _paragraph_bounds

AGED = re.compile(r",[ \t]*\d{1,3}[ \t]*,")  # 'Ana Ruiz, 17,': a person, whatever NER typed
_OPENS = re.compile(r"[ \t“\"]*(?:(?:[A-Z][\w.’'-]*|[a-z]+[ \t]+of)[ \t]+)*$")
#          only titles before the name: 'Professor Ana Ruiz', 'Dr. Ana Ruiz'
ACTS = re.compile(  # the name, the apposition that introduces it, then a verb of its own
    r",[^\n“”\"]{2,160}?,[ \t]+(?:(?:also|then|later|had|has|have|was|is)[ \t]+)*"
    r"(?!(?:of|and|or|in|at|from|for|who|which|whose|with|to|the|a|an)\b)[a-z]{3,}\b")


def introduced_before(text: str, start: int, end: int, people: Sequence[Name],
                      resolve: Resolver) -> Name | None:
    """The person a standalone quote's previous paragraph introduces as the subject of its
    last sentence: named there for the first time in the article, set off by an apposition
    ('Ana Ruiz, 17, who ...,', 'Ana Ruiz, a vice president at X,'), and not acted on."""
    if not _alone(text, start, end):
        return None
    p_start, _ = _paragraph_bounds(text, start)
    prev_end = len(text[: max(0, p_start - 1)].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_end <= 0 or not text[:prev_end].endswith((".", "!")):
        return None
    cuts = [m.end() for m in _BOUNDARY.finditer(text, prev_start, prev_end - 1)]
    s_start = cuts[-1] if cuts else prev_start
    if re.search(r"[“”\"]", text[s_start:prev_end]):
        return None  # a sentence with a quote of its own has its own speaker
    for p in people:
        if s_start <= p.start < prev_end:
            if not (p.kind == "person" or AGED.match(text, p.end)) or not _OPENS.fullmatch(
                    text, s_start, p.start) or not ACTS.match(text, p.end) or _PASSIVE.match(
                    text, p.end):
                return None
            first = not any(q.start < s_start and resolve(q.text) == resolve(p.text)
                            for q in people)
            return p if first else None
    return None
