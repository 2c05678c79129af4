"""Words that a thing, not a person, carries: a sign, a banner, a plaque, a policy, records
('A historical marker reads, “...”', '“...,” the records state', 'The league's policy
states: “...”'). The thing is the quote's speaker as the article writes it, and a bare 'the
records' is the fuller name the article gave it before ('court records').

A document that someone issued ('the statement read', 'the letter said') is not one of these:
its writer speaks (`quote_patterns._DOCUMENT_READ`, resolved to the issuer)."""

from __future__ import annotations

import re

_NOUN = (r"(?i:marker|plaque|inscription|banner|placard|poster|billboard|sign|record|policy|"
         r"handbook|manual|guideline|rulebook|motto|slogan|caption|headline|label|"
         r"advertisement|graffiti)(?i:s)?")
_VERB = r"(?:read|reads|state|states|stated|say|says|said|declare|declares|declared|proclaim|" \
        r"proclaims|proclaimed)"
_MODIFIER = r"(?:[\w’'&-]+[ \t]+){0,3}?"  # within the sentence: 'a week.\nThe poster' is none
_AFTER = re.compile(  # '“...,” the records state.'
    rf"[”\"'’ \t,]*(?P<doc>(?:the|a|an|its|their|his|her)[ \t]+{_MODIFIER}{_NOUN})[ \t]+{_VERB}\b")
_BEFORE = re.compile(  # 'A historical marker reads, “...”', 'Banners in the square read: “...”'
    rf"(?P<doc>(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+{_MODIFIER}"
    rf"|(?<![\w’'])(?=[A-Z])){_NOUN})"
    rf"\b[^.!?“”\"\n]{{0,60}}?[ \t]{_VERB}[,:]?[ \t]*[“\"‘`]*$")


def inscribed_by(text: str, start: int, end: int) -> str | None:
    """The thing whose words the quote at ``start``..``end`` (its opening and closing marks'
    offsets) are, as the article writes it; None when no such thing carries them."""
    found = _AFTER.match(text, end + 1) or _BEFORE.search(text, max(0, start - 160), start)
    if found is None:
        return None
    doc = found.group("doc")
    bare = re.fullmatch(rf"[Tt]he\s+({_NOUN})", doc)
    if bare:  # 'the records state' after 'court records show ...': 'court records'
        fuller = re.finditer(rf"\b(?P<mod>[A-Za-z][a-z-]+)\s+{re.escape(bare.group(1))}\b",
                             text[:start])
        named = [m for m in fuller if m.group("mod").lower() not in _NOT_MODIFIERS]
        if named:  # 'Court records show ...' opening a sentence: 'court records'
            return named[-1].group(0).lower()
    return doc


def is_inscription(who: str | None) -> bool:
    """Whether a speaker as written is a thing that carries words ('A historical marker',
    'the records'): it says only what it is quoted as carrying, and goes on saying nothing
    (the next quote is not its)."""
    return bool(who) and re.fullmatch(
        rf"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)[ \t]+{_MODIFIER})?{_NOUN}",
        who.strip()) is not None


_NOT_MODIFIERS = frozenset("the a an its their his her our your my this that these those "
                           "and or of to in on at by for with from".split())
