"""Who a definite role phrase means when no name goes with it: the unnamed source the text
introduced with it ('a spokesman for the X' for a later 'the spokesman'), else the person the
sentences just before have as their subject ('Admiral Ana Ruiz had declared ...' / '“...,”
said the Navy chief'), the way a description refers back to someone just named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .gender import agrees, gender_of
from .name_keys import SPEECH
from .quote_patterns import _BOUNDARY, _LABEL, _NAME, _ROLE_NOUN, _TITLE_NOUNS, Resolver
from .speaker_before import _clean

_MODIFIER = (rf"(?!(?:{SPEECH}|who|that|which|the|at|in|on|to|of|for|with|from|by|and|or|"
             r"was|were|is|are)\b)")  # a word before the role, not 'a gun at (officers)'
_ACTING = re.compile(  # a subject's appositions, then its own verb: 'X, who ..., offered'
    r"(?:,[^\n“”\"]{2,160}?,)?[ \t]+(?:(?:also|then|later|had|has|have|was|is|just)[ \t]+)*"
    r"(?!(?:of|and|or|in|at|from|for|who|which|whose|with|to|the|a|an)\b)[a-z]{3,}\b")


def role_introduced(text: str, role: str, people: Sequence[Name] = ()) -> str | None:
    """How the text last introduced an unnamed speaker by role and employer ('a spokesman
    for the X' -> 'a spokesman for the X'; 'X did not reply. A spokesman ...' -> 'X
    spokesman'), for a later 'the spokesman'."""
    found = list(re.finditer(rf"(?:\b(?:[Aa]n?|[Oo]ne)|{_NAME}[’']s)\s+(?:[a-z]+\s+)?"
                             rf"{re.escape(role)}\s+(?:for|of|at|with|inside|within)\s+"
                             rf"(?:the\s+)?{_NAME}(?:\s+[a-z]{{3,}}(?=,))?", text))
    #                            "X's source inside the Y camp, a refugee, said"
    if found:
        return _clean(found[-1].group(0))
    found = list(re.finditer(  # 'A close friend of the family said', 'One friend, who ...'
        rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:{_MODIFIER}[a-z-]+\s+|[A-Z][a-z]+\s+){{0,3}}?"
        rf"{re.escape(role)}\b"  # 'a Western diplomat', 'a close friend'
        r"(?:\s+(?:of|for|at|with)\s+(?:the\s+|his\s+|her\s+)?(?:[a-z-]+\s+)?"
        rf"(?!(?:{SPEECH}|who|and)\b)[a-z-]+)?", text))
    if not found:
        return None
    return body_role(text, found[-1].start(), found[-1].group(0), people) or _clean(
        found[-1].group(0))


def body_role(text: str, at: int, phrase: str, people: Sequence[Name]) -> str | None:
    """A body's spokesperson introduced with no employer, right after a sentence that opens
    with the body ('X, part of Y, did not accept the offer. A spokesperson who ... said') ->
    'X spokesperson'; None when the sentence before opens with no body, or with a person."""
    bare = re.fullmatch(r"(?:[Aa]n?|[Oo]ne)\s+(?P<role>spokes(?:man|woman|person)|representative)",
                        phrase)
    line_start = text.rfind("\n", 0, at) + 1
    ends = [line_start] + [line_start + m.end() for m in _BOUNDARY.finditer(
        text[line_start : at + 1])]  # the boundary sees the phrase's capital
    if bare is None or len(ends) < 2 or text[ends[-1] : at].strip():
        return None  # not a sentence's opening words, or the first sentence of its paragraph
    opens = _BODY_OPENS.match(text, ends[-2], ends[-1])
    who = opens.group("who") if opens else None
    if not who or any(p.kind == "person" and p.text in who for p in people):
        return None
    return f"{who} {bare.group('role')}"


_BODY_OPENS = re.compile(  # 'Customs and Border Protection, part of X, did not accept'
    rf"[ \t]*(?:[Tt]he[ \t]+)?(?P<who>{_NAME}(?:[ \t]+(?:and|of|for)[ \t]+{_NAME})*)"
    r"(?:,[^,\n]{2,80},)?[ \t]+[a-z]")


def description_head(raw: str | None) -> str | None:
    """The role noun a definite description of a person ends with ('the actor', 'the "X"
    actor', 'the veteran actor' -> 'actor'), or None for anything else."""
    found = re.fullmatch(r"[Tt]he\s+(?:[\w“”\"'’.-]+\s+){0,3}(?P<head>[a-z][a-z-]+)", raw or "")
    head = found.group("head") if found else None
    return head if head and any(re.fullmatch(p, head) for p in (
        _ROLE_NOUN, _LABEL, _TITLE_NOUNS)) else None


def described(raw: str, at: int, before: Sequence[Name], resolve: Resolver,
              text: str) -> str | None:
    """The person a definite description of a person means ('the Taradise star', 'the Navy
    chief', 'the convicted killer'): the subject of the latest sentence naming a person in
    the quote's sentence or the two before it, of the description's gender; None if none."""
    if not re.fullmatch(r"the\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*", raw, re.IGNORECASE) or re.search(
            r"[’']s\b", raw) or re.search(r"\bsources?$", raw, re.IGNORECASE):
        return None  # not "the church's minister": an owner's role names no one in particular;
        #             'the source' is one the text does not name
    base = max(0, at - 1500)
    cuts = [base] + [m.end() for m in re.finditer(rf"{_BOUNDARY.pattern}|\n+", text[base:at])]
    cuts = [base + c if c != base else c for c in cuts]
    lo = cuts[-3] if len(cuts) >= 3 else base  # the quote's sentence and the two before it
    gender = gender_of(raw, text)
    near = [p for p in before if p.start >= lo and p.kind == "person" and (
        p.titled or gender_of(resolve(p.text), text) or _shown_person(
            p, resolve(p.text), text)) and (  # a person the text shows as one
        gender is None or agrees(gender, resolve(p.text), text))]
    for p in reversed(near):
        opens = max((c for c in [lo, *cuts] if c <= p.start), default=lo)
        if _ACTING.match(text, p.end) and _OPENING.fullmatch(text, opens, p.start):
            return resolve(p.text)  # the subject that opens its sentence, acting
    return None


def _shown_person(p: Name, full: str, text: str) -> bool:
    """Whether the text shows a name as a person's by a role noun written before it ('pop star
    X', 'chief executive X', or so in the story's fullest form of the name: 'Comedian X') or
    an age set off after it ('X, 29,')."""
    lead = full[: full.find(p.text)].lower() if p.text in full else ""
    return bool(_AGE_AFTER.match(text, p.end) or _NOUN_BEFORE.search(
        text, max(0, p.start - 40), p.start) or lead and _NOUN_BEFORE.search(lead))


_AGE_AFTER = re.compile(r",[ \t]+\d{1,3},")
_NOUN_BEFORE = re.compile(  # 'pop star ', 'Chief executive ': a lowercase noun just before
    r"(?<![\w’'-])(?:[A-Za-z][a-z-]+[ \t]+)?(?!(?:after|under|over|other|whether|either|"
    r"neither|never|ever|her|per|for|nor|upon|against|amid|recent|present|behind)\b)"
    r"(?:[a-z][a-z-]*(?:er|or|ist|ian|ant|ent|ive|ess)|"
    rf"{_TITLE_NOUNS})[ \t]+$")
_OPENING = re.compile(  # before a sentence's subject: a clause set off, 'The 33-year-old'
    r"[ \t“\"]*(?:[^,.;“”\"\n]*,[ \t]+)?(?:(?:[Tt]he|[Aa]n?)[ \t]+)?(?:[\w.’'-]+[ \t]+){0,3}")
