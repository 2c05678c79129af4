"""Word-level helpers for the summary: tokens, light stems, content words and bigram concepts."""

from __future__ import annotations

import functools
import re

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

#: Function words: they carry no content of their own when matching or weighing text.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very
    was we were what when where which while who whom why will with would you your yours
    yourself yourselves said says say told according mr mrs ms""".split()
)

_SUFFIXES = (("sses", "ss"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light, deterministic suffix stripper (enough to match 'talks' with 'talk')."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 4 or w.isdigit():
        return w
    if w.endswith(("ss", "us", "is")):
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)] + repl
    return w


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; an inner apostrophe stays in the word)."""
    return [t.lower() for t in _TOKEN.findall(text)]


def stems(text: str) -> list[str]:
    return [stem(t) for t in tokens(text)]


def content_stems(text: str) -> frozenset[str]:
    """The stems of the words that carry content (no function words)."""
    return frozenset(stem(t) for t in tokens(text) if t not in STOPWORDS and len(t) > 1)


def concepts(text: str) -> frozenset[tuple[str, str]]:
    """Stemmed word bigrams that are not made of function words only: the units of content."""
    toks = tokens(text)
    out = set()
    for a, b in zip(toks, toks[1:], strict=False):
        if a in STOPWORDS and b in STOPWORDS:
            continue
        out.add((stem(a), stem(b)))
    return frozenset(out)


def word_count(text: str) -> int:
    return len(text.split())
