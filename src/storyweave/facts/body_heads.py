"""A body named by its head noun alone ('the navy said', 'a company official said', 'the
statement said') -> the body the document names in full ('the Indian Navy', 'a statement
from the X government')."""

from __future__ import annotations

import re

from .quote_patterns import _NAME

_HEADS = (r"navy|army|military|government|ministry|department|agency|company|conference|"
          r"council|committee|commission|court|board|club|church|union|league|association|"
          r"embassy|administration|coalition|organi[sz]ation|federation|university|hospital")
_HEAD_ONLY = re.compile(rf"(?i:the|its)\s+(?P<head>{_HEADS})")  # 'the navy', 'The conference'
_HEAD_ROLE = re.compile(  # 'a company official', 'the ministry spokesman'
    rf"(?P<lead>(?i:an?|the)\s+)(?P<head>{_HEADS})\s+(?P<role>official|spokes(?:man|woman|"
    r"person)|source|representative|statement)")
_CAPS = r"(?:[A-Z][\w&’'.-]*|of|for|on|and|the|de)"  # 'Ministry of Defence', 'Love Won Out'
_STATEMENT = (r"(?:statement|press\s+release|release|communiqu[eé]|message|letter|e-?mail|"
              r"memo|notice|announcement)")  # a document a body issues
_ISSUER = (  # 'a statement from the Indian government', 'a Defence Ministry statement',
    rf"\b(?i:an?|the)\s+{_STATEMENT}\s+(?:from|of|by|issued\s+by|released\s+by)\s+(?:the\s+)?"
    rf"(?P<from>{_NAME}(?:\s+(?:{_HEADS})\b)?)"  # 'the X said in a statement'
    rf"|\b(?i:an?|the)\s+(?P<own>{_NAME})\s+{_STATEMENT}\b"
    rf"|(?:\b[Tt]he\s+)?(?P<said>{_NAME}(?:\s+(?:{_HEADS})\b)?)\s+(?:said|says)\s+in\s+"
    rf"(?:an?|its)\s+{_STATEMENT}\b")  # 'the US military said in a statement'


def named_by_head(text: str, at: int, head: str) -> str | None:
    """The fullest name in ``text`` whose last word is ``head`` and that has a capitalised
    word before it ('the Indian Navy', 'Indian navy', 'Love Won Out Conference'): the last one
    before ``at``, else the first one after; None when the text names none."""
    pattern = re.compile(rf"(?<![\w’'-])(?P<run>(?:{_CAPS}[ \t]+){{1,5}})(?i:{head})\b")
    found = []
    for m in pattern.finditer(text):
        words = _trimmed(m.group("run").split())
        if words:
            found.append((m.start(), " ".join([*words, text[m.end() - len(head) : m.end()]])))
    before = [name for start, name in found if start < at]
    after = [name for start, name in found if start >= at]
    return before[-1] if before else (after[0] if after else None)


def _trimmed(words: list[str]) -> list[str]:
    """The capitalised run before a head noun, without the function words it opens with and
    opening and ending with a capitalised word: 'the Indian' -> 'Indian', 'Aden on the' -> []."""
    while words and not (words[0][0].isupper() and words[0].lower() != "the"):
        words = words[1:]
    return words if words and words[-1][0].isupper() else []


def body_speaker(raw: str, text: str, at: int) -> str | None:
    """The body a head-noun speaker phrase means, as the document names it in full: 'the
    navy' -> 'Indian Navy', 'a company official' -> 'Kestrel Air official'; None when the
    phrase is no such phrase or the document names no fuller body."""
    only = _HEAD_ONLY.fullmatch(raw)
    if only:
        head = only.group("head").lower()
        return named_by_head(text, at, head)
    role = _HEAD_ROLE.fullmatch(raw)
    if role:
        body = _sentence_body(text, at) or named_by_head(text, at, role.group("head").lower())
        return f"{body} {role.group('role')}" if body else None
    return None


_OPENS_WITH_BODY = re.compile(  # 'X SA, the country's biggest carrier, has ...'
    rf"[ \t]*(?:The[ \t]+)?(?P<who>{_NAME})(?=,|[ \t]+(?:has|have|had|is|was|said|says)\b)")


def _sentence_body(text: str, at: int) -> str | None:
    """The name that opens the sentence a quote stands in, as its subject: 'X, Portugal's
    biggest carrier, has rerouted traffic and the “...,” said a company official': X."""
    window = max(0, at - 400, text.rfind("\n", 0, at) + 1)
    ends = [window + m.end() for m in re.finditer(r"[.!?][ \t]+", text[window:at])]
    start = ends[-1] if ends else window
    found = _OPENS_WITH_BODY.match(text, start, at)
    return found.group("who") if found else None


def statement_issuer(text: str, at: int, reach: int = 800) -> str | None:
    """The body that issued the statement a quote is read from, as an earlier sentence names
    it: 'according to a statement from X', 'an X statement said', 'X said in a statement'."""
    found = list(re.finditer(_ISSUER, text[max(0, at - reach) : at]))
    if not found:
        return None
    last = found[-1]
    who = last.group("from") or last.group("own") or last.group("said")
    who = re.sub(r"^[Tt]he\s+", "", who).strip()
    said = last.group("said") and who.split()[-1].islower()  # 'the US military said', whole
    return f"the {who}" if said else who
