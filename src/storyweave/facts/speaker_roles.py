"""The unnamed source a pronoun means when the sentence before named it only by its role:
'A police spokeswoman said ... . She added: “...”' -> 'police spokeswoman'."""

from __future__ import annotations

import re

from .entities import SPEECH

_PRONOUN_SPEAKS = re.compile(rf"(?:He|She)\s+(?:also\s+|later\s+|then\s+)?(?:{SPEECH})\s*[,:]?"
                             r"\s*[“\"`']*")  # 'She added: ``', 'He said, “'
_ROLE_SPEAKS = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?P<role>(?:[A-Za-z-]+\s+){0,2}?(?:spokes(?:man|woman|person)|"
    r"official|officer|source|representative|rep|lawyer|attorney|witness|relative|neighbou?r|"
    r"friend|analyst|resident|doctor|prosecutor|investigator))"
    rf"(?:\s+for\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)?\s+(?:also\s+)?(?:{SPEECH})\b")
_END = re.compile(r"[.!?][”\"']?\s+")
_NAMED = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+")  # a person's name (two capitalised words)


def role_before_pronoun(text: str, sentence_start: int, at: int) -> str | None:
    """The role ('police spokeswoman') of the source the sentence or two before named by
    role alone, when the quote's sentence opens with 'He/She <speech verb>' and no person is
    named between that role and the quote; else None."""
    if not _PRONOUN_SPEAKS.fullmatch(text[sentence_start:at].strip()):
        return None
    back = text[max(0, sentence_start - 400) : sentence_start]
    ends = [m.end() for m in _END.finditer(back.rstrip())]
    window = back[ends[-2] if len(ends) > 1 else 0 :]  # the two sentences before
    roles = list(_ROLE_SPEAKS.finditer(window))
    if not roles or _NAMED.search(window, roles[-1].end()):
        return None
    head = roles[-1].group("role").split()[-1]  # 'the spokeswoman' after 'A police spokeswoman'
    return max((r.group("role") for r in roles if r.group("role").split()[-1] == head), key=len)
