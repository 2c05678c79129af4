"""Who made the offer or the bid a sum belongs to ('the Hawks have offered him $40 million',
'the Owls' $3 billion bid', 'offers by Acme and Zenith'): rival offers are never one fact."""

from __future__ import annotations

import re

from .mention import Mention
from .text import fold

_WORD = r"(?-i:[A-Z])[\w&.-]*"
_NAMES = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_ASIDE = r"(?:\s*,[^,.;:]{1,40},)?"  # 'The Owls, according to reports, have offered'
_MADE = (r"(?-i:(?:(?:have|has|had|will|would|could|may|might)\s+(?:now\s+|also\s+|reportedly\s+)?"
         r"(?:been\s+)?)?(?:reportedly\s+)?"
         r"(?:made|make|makes|making|offered|offers?|offering|bid|bids|bidding|submitted|"
         r"tabled|upgraded|raised|sweetened|increased|improved|countered|proposed)\b)")
_MAKER = re.compile(  # 'the Hawks have made him an offer', 'Acme bid $5 a share'
    rf"(?<![\w'’-])(?P<who>{_NAMES}){_ASIDE}\s+{_MADE}",
    re.IGNORECASE)
_OWNED = re.compile(  # "the Owls' offer", "Acme's $3 billion bid", "the Owls' eight-year offer"
    rf"(?<![\w'’-])(?P<who>{_NAMES})(?:['’]s?)\s+(?:[\w$.,-]+\s+){{0,3}}"
    r"(?:offers?|bids?|proposals?)\b", re.IGNORECASE)
_BY = re.compile(  # 'offers by Acme and Zenith', 'an offer on the table from the Hawks'
    rf"\b(?:offers?|bids?|proposals?)\s+(?:\w+\s+){{0,3}}?(?:by|from)\s+(?:the\s+)?"
    rf"(?P<who>{_NAMES}(?:\s*(?:,|and|or)\s+(?:the\s+)?{_NAMES}){{0,3}})", re.IGNORECASE)
_HOLDS = re.compile(  # 'the Owls have the best offer of the bunch, worth $9 million'
    rf"(?<![\w'’-])(?P<who>{_NAMES})\s+(?:have|has|had)\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:offer|bid|proposal)\b", re.IGNORECASE)
_NOT_NAMES = frozenset(
    "the a an he she it they we i you this that these those his her its their our but and or "
    "if so then last next when while after before as in on at for one report reports sources "
    "source".split())


def offer_makers(mention: Mention) -> frozenset[str]:
    """The folded last words of the names the sentence gives as making the offer or bid a sum
    belongs to ('the Washington Hawks made X a $40 million offer' -> {'hawks'}), empty when
    the figure is no sum or the sentence names no one that way."""
    claim = mention.claim
    if not mention.dimension.startswith("money:") or claim.sentence_span is None:
        return frozenset()
    sentence = claim.text
    at = claim.span[0] - claim.sentence_span[0]
    if not 0 <= at <= len(sentence):
        return frozenset()
    before = sentence[:at]
    clause = re.split(r";|\bbut\b|\bwhile\b|\bwhereas\b", before)[-1]
    for pattern, text in ((_MAKER, clause), (_OWNED, clause), (_BY, sentence), (_HOLDS, clause)):
        for m in reversed(list(pattern.finditer(text))):
            names = _names(m.group("who"))
            if names:
                return names
    return frozenset()


def _names(words: str) -> frozenset[str]:
    out = set()
    for name in re.split(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?", words):
        kept = [w for w in name.split() if fold(w) not in _NOT_NAMES and w[:1].isupper()]
        if kept:
            out.add(fold(kept[-1].rstrip(".")))
    return frozenset(out - {""})
