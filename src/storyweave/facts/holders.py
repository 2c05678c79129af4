"""The holder of a figure: the named person, team, place or body its clause says the figure is
of ('Ruiz has worked there for 30 years', "the Owls' 12 wins", 'Mora, who has had 26 wives'),
read from the clause around it; two figures of two holders are never one fact."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from .mention import Mention
from .text import MONTHS, STOPWORDS, WEEKDAYS, fold

_CAP = r"(?-i:[A-Z])[\w’'.&-]*"
_NAME = rf"{_CAP}(?:\s+(?:(?:of|de|da|van|von|al|bin)\s+)?{_CAP}){{0,4}}"
_AUX = (r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|be|been|being|also|"
        r"reportedly|allegedly|apparently|now|already|still|just|ultimately|currently|recently|"
        r"previously|finally|eventually|only|\w+ed\s+to|to)\s+")
_HOLD_WORDS = (  # verbs whose object is the subject's own: what it has, did, spent, asks or pays
    r"has|have|had|having|is|are|was|were|been|be|holds?|held|owns?|owned|employs?|"
    r"employed|keeps?|kept|remains?|remained|stands?|stood|weighs?|weighed|turned|averaged|"
    r"averages?|averaging|scored|scores?|rushed|ran|threw|caught|finished|posted|added|"
    r"collected|recorded|earned|earns?|made|makes?|won|wins?|lost|loses?|totall?ed|grabbed|"
    r"completed|worked|works?|working|served|serves?|serving|spent|spends?|lived|played|"
    r"coached|seeks?|seeking|sought|asked|asking|offered|offers?|offering|bid|bids|bidding|"
    r"paid|pays?|paying|acquired?|acquiring|buy|buying|bought|sold|sells?|selling|raised|"
    r"carried|gained|allowed")
_HOLDS = rf"(?-i:{_HOLD_WORDS})\b"
_GAP = (rf"(?:(?:\s+|,\s*)(?!(?:and|or|by|{_HOLD_WORDS})\b)[^\s,;()]+){{0,5}}[\s,]*$")
#        at most five words to the figure, none of them 'and', a verb of another subject or
#        the 'by' of a passive ('were led by 20-point efforts from ...')
_ASIDE = r"(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{1,120},)?"  # 'Ruiz (11-4),', 'Ruiz, 30, a ...,'
_SUBJECT = re.compile(  # 'Ruiz has ... 30', 'Acme and Zenith offered ...', 'Ruiz, who has ...'
    rf"(?:^|(?<=\s))(?:the\s+)?(?P<who>{_NAME}(?:\s+and\s+(?:the\s+)?{_NAME})?)"
    rf"{_ASIDE}(?:,?\s+who\s+|,\s*(?=\w+ed\s+to\s)|\s+)(?:{_AUX})*{_HOLDS}{_GAP}")
#         'Ruiz, alleged to have 19 ...'; not 'Ruiz, finished with' after an aside's last name
_POSSESSIVE = re.compile(rf"(?P<who>{_NAME})['’]s?\s+(?:[\w$.,-]+\s+){{0,3}}$")
#         "the Owls' 12 wins", "Ruiz's career-high 31 points" (figure right after)
_BOUNDARY = re.compile(
    r"[;:]|\s[-–—]+\s|\b(?:but|while|whereas|although|though|because|when|after|before|"
    r"as|said|says|say|told|tells|reported|reports|according\s+to|that|if|whom)\b")
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "mr mrs ms dr gov sen rep lt sgt capt gen col det st jr sr no inc corp co ltd llc today "
    "yesterday tonight tomorrow".split())
_TALLY = frozenset(("score", "line"))  # a game's score is both sides', not its scorer's
_NAME_RUN = re.compile(_NAME)
_CLOSED_ASIDE = re.compile(r",\s*(?:who|whose|which)\b[^,;]{1,120},")
_BRACKETED = re.compile(rf"(?P<who>{_NAME})\s*\(\s*$")  # 'the Owls (12-4)'



def holder(mention: Mention) -> frozenset[str]:
    """The folded name words of what the figure's clause says it is of, empty when its clause
    names none that way (a headline in title case names nothing so)."""
    claim = mention.claim
    if claim.sentence_span is None or mention.kind != "quantity":
        return frozenset()
    sentence = claim.text
    at = claim.span[0] - claim.sentence_span[0]
    if not 0 <= at <= len(sentence) or _title_case(sentence):
        return frozenset()
    before = sentence[:at]
    if mention.dimension in _TALLY:  # a game's score: the sides its sentence names
        return frozenset(w for run in _NAME_RUN.finditer(sentence) for w in _words(run.group(0)))
    if mention.dimension == "age":  # ages have their owners (quantities.py)
        return frozenset()
    if mention.dimension == "record":  # the team before the brackets, else its owner
        found = _BRACKETED.search(before) or _POSSESSIVE.search(before)
        return _words(found.group("who")) if found else frozenset()
    owned = _POSSESSIVE.search(before)
    if owned and not _BOUNDARY.search(before[owned.end("who"):]):
        words = _words(owned.group("who"))
        if words:
            return words
    before = _CLOSED_ASIDE.sub(lambda m: " " * len(m.group(0)), before)
    cut = list(_BOUNDARY.finditer(before))  # not within 'X, whose role has grown as ...,'
    clause = before[cut[-1].end():] if cut else before
    found = _SUBJECT.search(clause.strip())
    return _words(found.group("who")) if found else frozenset()


def _shortened(short: str, long: str) -> bool:
    """Whether a name word is a short form of another: its first two letters, then the rest
    of its letters in order ('jags' of 'jaguars', 'wash' of 'washington')."""
    if len(short) < 3 or short[:2] != long[:2]:
        return False
    rest = iter(long[2:])
    return all(ch in rest for ch in short[2:])


def _initials(name: frozenset[str]) -> str:
    """The initials of one hyphenated name word ('hewlett-packard' -> 'hp'), else ''."""
    parts = [p for w in name for p in w.split("-") if p]
    return "".join(p[0] for p in parts) if len(name) == 1 and len(parts) > 1 else ""


def _words(name: str) -> frozenset[str]:
    out = set()
    for w in name.split():
        w = fold(re.sub(r"['’]s?$", "", w).strip(".&-"))
        if len(w) > 1 and w not in STOPWORDS and w not in _NOT_NAMES:
            out.add(w)
    return frozenset(out)


def _title_case(sentence: str) -> bool:
    """A headline in title case ('Quake In Iran Kills 10'): most of its words capitalised."""
    words = re.findall(r"[A-Za-z][\w'’-]*", sentence)
    if len(words) < 3:
        return True
    return sum(w[0].isupper() for w in words) / len(words) > 0.6


def holders_apart(mentions: Sequence[Mention]) -> np.ndarray:
    """Pairs of figures whose clauses name two holders: no name word in common, and no name in
    the story's figure sentences joining them ('the Indianapolis Colts' joins 'Indianapolis'
    to 'the Colts')."""
    common = _lower_words(mentions)  # 'Police said' opens a sentence; 'the police' is no name
    held = [holder(m) - common for m in mentions]
    names = _story_names(mentions)
    n = len(mentions)
    vocab: dict[str, int] = {}
    for h in held:
        for w in h:
            vocab.setdefault(w, len(vocab))
    if not vocab:
        return np.zeros((n, n), dtype=bool)
    incidence = np.zeros((n, len(vocab)), dtype=np.float32)
    for i, h in enumerate(held):
        incidence[i, [vocab[w] for w in h]] = 1.0
    joined = np.eye(len(vocab), dtype=np.float32)
    for name in names + held:
        short = _initials(name)
        idx = [vocab[w] for w in name | ({short} if short else set()) if w in vocab]
        if len(idx) > 1:
            joined[np.ix_(idx, idx)] = 1.0
    words = list(vocab)
    for a in words:  # 'the Jags' are 'the Jaguars'
        for b in words:
            if len(a) < len(b) and _shortened(a, b):
                joined[vocab[a], vocab[b]] = joined[vocab[b], vocab[a]] = 1.0
    named = incidence.any(axis=1)
    meet = (incidence @ joined @ incidence.T) > 0
    return named[:, None] & named[None, :] & ~meet


_LOWER = re.compile(r"(?<![\w'’-])(?-i:[a-z])[\w'’-]*")


def _lower_words(mentions: Sequence[Mention]) -> frozenset[str]:
    """Words the story's figure sentences also write in lower case: no names."""
    return frozenset(fold(w) for text in {m.claim.text for m in mentions}
                     for w in _LOWER.findall(text))


def _story_names(mentions: Sequence[Mention]) -> list[frozenset[str]]:
    """The capitalised names written in the story's figure sentences, as sets of words."""
    seen: set[str] = set()
    out = []
    for m in mentions:
        text = m.claim.text
        if text in seen:
            continue
        seen.add(text)
        for run in _NAME_RUN.finditer(text):
            words = _words(run.group(0))
            ordered = [w for w in run.group(0).split() if w[:1].isupper()]
            if len(ordered) > 1:  # 'Advanced Micro Devices' is also 'AMD'
                words |= {fold("".join(w[0] for w in ordered))}
            if len(words) > 1:
                out.append(words)
    return out
