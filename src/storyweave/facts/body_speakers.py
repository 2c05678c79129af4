"""The body a speaker phrase means: 'the company', 'the US software giant', 'it said' ->
the body the text last named as a sentence's subject or source."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import Name
from .quote_patterns import _ACCORDING_BODY, _BODY_SUBJECT, _DOCUMENT, _NAME, PRONOUNS, Resolver
from .speaker_before import _clean, _sentence_before

_BODY_NOUN = re.compile(  # a body named by what it is: 'the company', 'the software maker',
    r"(?:[Tt]he\s+)?(?:[A-Z]{2,}\s+)?(?:[a-z-]+\s+){0,2}"  # 'US software giant'
    r"(?:company|firm|maker|giant|group|manufacturer|developer|"
    r"retailer|carrier|chipmaker|automaker|carmaker|insurer|airline|lender|bank|label|studio|"
    r"network|publisher|startup|chain|brand|broadcaster|operator|conglomerate|team|school|"
    r"district)")


_BODY_WORD = re.compile(r"\b(?:company|firm|maker|giant|group|manufacturer|developer|"
                        r"retailer|carrier|chipmaker|automaker|carmaker|insurer|airline|"
                        r"label|studio|network|publisher|startup|chain|brand|broadcaster|"
                        r"operator|conglomerate|team|school|district)\b")


def _body_meant(text: str, at: int, people: Sequence[Name], resolve: Resolver) -> str | None:
    """The body 'the company' means: the source of the last 'According to X,' just before,
    else the body that last opened a sentence as its subject ('X has rushed out a fix.');
    None when none is found."""
    body = list(_ACCORDING_BODY.finditer(text, max(0, at - 400), at))
    if body:
        return _clean(body[-1].group("who"))
    persons = {resolve(p.text) for p in people}
    starts = [m.end() for m in re.finditer(r"(?:^|\n|[.!?][ \t]+)", text[:at])]
    for start in reversed(starts):
        found = _BODY_SUBJECT.match(text, start, at)
        who = _clean(found.group("who")) if found else None
        if not who or who.lower() in PRONOUNS | {"it"}:
            continue
        body = _BODY_WORD.search(found.group(0), len(found.group("who")))  # 'X, the maker
        if (body or resolve(who) not in persons) and not _DOCUMENT.match(who) and not (
                _NOT_A_VERB.search(found.group(0)) or _common_word(who, text)):
            return resolve(who)  # of Y, said': a body, whatever else typed X a person
    return None


_NOT_A_VERB = re.compile(r"\b(?:across|as|is|was|has|his|its|this|thus|plus|towards|"
                         r"afterwards|besides|unless|always|perhaps|whereas|less|bus)$")


def _common_word(who: str, text: str) -> bool:
    """Whether a one-word subject is a common noun that opens a sentence ('Ferries'): written
    in lower case somewhere, or a plural capitalised only where a sentence or line opens
    ('Officers freed ...'), never inside one as a name is ('Microsoft' may open every one)."""
    if " " in who:
        return False
    if re.search(rf"\b{re.escape(who.lower())}\b", text):
        return True
    inside = [m for m in re.finditer(rf"\b{re.escape(who)}\b", text)
              if re.search(r"[\w,;:’'”\"-][ \t]+$", text[max(0, m.start() - 3) : m.start()])]
    return bool(re.fullmatch(r"[A-Z][a-z]+[^s]s", who)) and not inside


def _it(text: str, at: int, previous: tuple[int, str] | None, resolve: Resolver) -> str | None:
    """'it said': the speaker quoted just before in the paragraph (or, one sentence a line,
    on the line before: 'said X.' / 'It also said it is “...”'), or the body the sentence
    before names as its subject."""
    if previous and ("\n" not in text[previous[0] : at] or _line_after(text, previous[0], at)):
        return previous[1]
    found = _sentence_before(text, at)
    body = _BODY_SUBJECT.match(found[1]) if found else None
    who = body.group("who") if body else None  # 'It promised to “...”' names no body
    return resolve(who) if who and who.lower() not in PRONOUNS | {"it"} else None


def _line_after(text: str, previous_end: int, at: int) -> bool:
    """Whether ``at`` is on the line right after the one a quote ended on, in text written
    one sentence a line (the quote's sentence ended that line)."""
    between = text[previous_end:at]
    return between.count("\n") == 1 and not between.split("\n")[0].strip(" \t,.;”\"")[40:]


_ADDRESSED = re.compile(  # a body only addressed or cited: 'told Reuters', 'on Twitter'
    r"(?:\b(?:told|to|on|via|in\s+an?\s+\w+\s+(?:to|with)|according\s+to|with|by)[ \t]+"
    r"(?:the[ \t]+)?)$", re.IGNORECASE)
_REPORTING = re.compile(r"[ \t,]*(?:reported|reports|reporting|first\s+reported)\b")


def main_body(text: str, at: int, names: Sequence[Name], resolve: Resolver) -> str | None:
    """The body a 'the company' means when no sentence opens with it ('Shares of X Inc. fell
    ...' / '“...,” the company said'): the organisation the article names most often
    before the quote, at least twice unless it is the only one (the first named of equals),
    as it is most often written; never one only addressed or cited ('told Reuters', 'on
    Twitter', 'Bloomberg reported'). None when the article names none so."""
    counts: dict[str, list[Name]] = {}
    for n in names:
        if n.start >= at or n.kind != "organisation" or _ADDRESSED.search(
                text[max(0, n.start - 30) : n.start]) or _REPORTING.match(text, n.end):
            continue
        counts.setdefault(resolve(n.text), []).append(n)
    found = [v for v in counts.values() if len(v) >= 2 or len(counts) == 1]
    if not found:
        return None
    best = max(found, key=lambda v: (len(v), -v[0].start))
    written = Counter(n.text for n in best)
    return max(written, key=lambda w: (written[w], len(w)))


def named_in_apposition(raw: str, text: str, at: int) -> str | None:
    """The body a 'the group' means where the text named it so in apposition before ('The
    group, Velm Workers Coalition, formed in May ...' / '“...,” the group said'): the last
    such name before the quote, else None."""
    head = raw.split()[-1]
    found = list(re.finditer(rf"\b[Tt]he[ \t]+{re.escape(head)},[ \t]+(?:the[ \t]+)?"
                             rf"(?P<who>{_NAME}),", text[:at]))
    return _clean(found[-1].group("who")) if found else None
