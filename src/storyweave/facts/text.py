"""Small text helpers for fact extraction: sentences of an article, words, stems, accents."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from ..model import Article, Sentence, Span

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’-]*")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with without into onto over under
    as is are was were be been being am has have had do does did will would shall should can
    could may might must this that these those it its it's they them their he him his she her
    we us our you your i me my who whom whose which what when where why how than then there
    here so such not no nor only also just about up down out off very more most less least
    some any each every all both few many much other another same own said says say told tell
    according per while after before since until during between through across against
    among around near within whether because though although yet still even ever again
    mr mrs ms dr one two three four five six seven eight nine ten first last next new
    now currently initially originally already far later earlier
    s re ve ll d t""".split()
)

MONTHS = (
    "january february march april may june july august september october november december"
).split()
MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()


def sentences_of(article: Article) -> tuple[Sentence, ...]:
    """The article's sentences, split here when the article came without them."""
    if article.sentences:
        return article.sentences
    from ..sentences import split_sentences

    return split_sentences(article.text)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence containing an offset (or the last one starting before it)."""
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def words(text: str, base: int = 0) -> Iterator[tuple[str, int, int]]:
    """Words of a text with their offsets (shifted by ``base``)."""
    for m in WORD.finditer(text):
        yield m.group(0), base + m.start(), base + m.end()


_LATEX_QUOTE = re.compile(  # closes at '' unless it is an inch mark ('17'' notebook') and
    r"``([^`\n]{1,2000}?)(?:(?<!\d)''|''(?![^`\n]*''))")  # another '' closes later on the line


def curly_quotes(article: Article) -> Article:
    """The article with each ``...'' pair (a re-joined tokenisation's quotation marks) written
    as curly marks of the same length (' “' and '” '), so every offset stays valid."""
    if "``" not in article.text:
        return article
    text = _LATEX_QUOTE.sub(lambda m: " \u201c" + m.group(1) + "\u201d ", article.text)
    return replace(article, text=text) if text != article.text else article


def fold(text: str) -> str:
    """Lowercase without accents: 'López' -> 'lopez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    return (fold(c) or c)[:1]


def fold_same_length(text: str) -> str:
    """``fold`` one character at a time, so offsets into the result are offsets into text."""
    table = {ord(c): _fold_char(c) for c in set(text) if ord(c) > 127 or c.isupper()}
    return text.translate(table)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude English stem, enough to match 'migrants'/'migrant', 'arrests'/'arrested'."""
    w = fold(word).strip("'’-")
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)] + keep
            break
    return w


#: Words news writers use for the same thing, mapped to one stem so claims about it meet.
CONCEPTS = {
    "killed": "death", "kill": "death", "died": "death", "dead": "death", "death": "death",
    "fatalitie": "death", "fatality": "death", "perish": "death", "toll": "death",
    "injur": "injur", "injury": "injur", "wound": "injur", "hurt": "injur",
    "unaccounted": "missing", "disappear": "missing", "evacuat": "evacu",
    "evacuation": "evacu", "evacuee": "evacu",
    "fled": "evacu", "flee": "evacu", "displac": "evacu", "house": "home", "household": "home",
    "dwelling": "home", "arrest": "apprehen", "apprehend": "apprehen",
    "apprehension": "apprehen", "detain": "apprehen", "detention": "apprehen",
    "encounter": "apprehen", "person": "people", "individual": "people",
}
_PHRASES = re.compile(r"\b(?:ordered out|(?:forc|compel|oblig|order)\w*\b[^.;]{0,40}?\b(?:from "
                      r"(?:their )?(?:homes|houses)|to (?:leave|flee|evacuate|abandon))|left their "
                      r"homes|abandon(?:ed)? their (?:homes|houses))\b", re.IGNORECASE)


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (stopwords and numbers dropped), with common
    news synonyms ('killed', 'died', 'dead') mapped to one stem."""
    text = _PHRASES.sub(" evacuated ", text)
    out = []
    for w, _, _ in words(text):
        st = _content_stem(w)
        if st:
            out.append(st)
    return out


@lru_cache(maxsize=65536)
def _content_stem(word: str) -> str | None:
    if len(word) < 2 or fold(word) in STOPWORDS:
        return None
    st = stem(word)
    return CONCEPTS.get(st, st)


def quoted_sentence(article: Article, span: Span) -> str:
    """The text of a span, whitespace collapsed (for display and Claim.text)."""
    return " ".join(article.text[span[0] : span[1]].split())



_FRAMES = {
    "death": r"\b(?:kill\w*|died|dead|deaths?|fatalit\w+|perish\w*|death toll|lives|"
             r"victims|bodies)\b",
    "injury": r"\b(?:injur\w*|wounded|hurt)\b",
    "missing": r"\b(?:missing|unaccounted|disappeared)\b",
    "evacuation": r"\b(?:evacuat\w*|fled|flee\w*|displaced|ordered out|(?:had|forced|ordered|"
                  r"told) to leave|left their homes|(?:forc|compel|oblig)\w*\b.{0,40}\b(?:from "
                  r"(?:their )?(?:homes|houses)|to (?:leave|flee|abandon))|abandon(?:ed)? their "
                  r"(?:homes|houses))\b",
    "rescue": r"\b(?:rescu\w*|saved|pulled)\b",
    "shelter": r"\b(?:shelters?|sheltered|sheltering)\b",
    "arrest": r"\b(?:arrest\w*|apprehen\w*|detain\w*|detention\w*|encounter\w*|"
              r"crossing\w*|cross)\b",
    "damage": r"\b(?:damag\w*|destroy\w*|flooded)\b",
}
_FRAME_RES = {name: re.compile(p, re.IGNORECASE) for name, p in _FRAMES.items()}


def frames(text: str) -> tuple[str, ...]:
    """What kind of event a passage counts: 'death', 'evacuation', 'arrest', ... An event the
    passage denies ('No one was injured', 'without casualties') is none of its kinds."""
    return tuple(name for name, rx in _FRAME_RES.items()
                 if any(not _DENIED.search(text, max(0, m.start() - 30), m.start())
                        for m in rx.finditer(text)))


_DENIED = re.compile(r"\b(?:no\s+one|nobody|none|no|not|never|without)\b(?:\s+(?:was|were|"
                     r"been|being|is|are|reported|immediately|any))*\s+$",
                     re.IGNORECASE)
