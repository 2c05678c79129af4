"""The sentences of a story's articles as summary units: spans, words, concepts, and fitness."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Span
from .fragments import caption, problem
from .text import concepts, content_stems, word_count

_BULLETS = "*•·–-▪►"


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """One sentence of one article, ready to be weighed, compared and cited."""

    article: str  # article id
    rank: int  # the article's place in the story (0 = earliest)
    position: int  # the sentence's place in its article (0 = first)
    span: Span
    text: str
    words: int
    concepts: frozenset[tuple[str, str]]
    content: frozenset[str]
    problem: str | None  # why it cannot stand alone in a summary, or None


def sentence_spans(article: Article) -> list[Span]:
    """Sentence spans of the article, cut again at line breaks (headings, captions, datelines)."""
    if article.sentences:
        spans = [(s.start, s.end) for s in article.sentences]
    else:
        from ..sentences import split_sentences

        spans = [(s.start, s.end) for s in split_sentences(article.text)]
    out: list[Span] = []
    for start, end in spans:
        pos = start
        for line in article.text[start:end].split("\n"):
            span = _trim(article.text, pos, pos + len(line))
            if span is not None:
                out.append(span)
            pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding space or a leading list bullet."""
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@functools.lru_cache(maxsize=4096)
def _article_units(article: Article) -> tuple[Unit, ...]:
    units = []
    for position, span in enumerate(sentence_spans(article)):
        text = article.text[span[0] : span[1]]
        units.append(
            Unit(
                article=article.id,
                rank=0,
                position=position,
                span=span,
                text=text,
                words=word_count(text),
                concepts=concepts(text),
                content=content_stems(text),
                problem=problem(text)
                or caption(text, _own_line(article.text, span), article.published),
            )
        )
    return tuple(units)


def _own_line(text: str, span: Span) -> bool:
    """True when the span is a whole line of the text."""
    before, after = text[: span[0]].rstrip(" \t"), text[span[1] :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def story_units(articles: Sequence[Article]) -> list[list[Unit]]:
    """Units per article, in story order (cached per article within the process)."""
    from dataclasses import replace

    out = []
    for rank, article in enumerate(articles):
        units = _article_units(article)
        out.append([replace(u, rank=rank) if rank else u for u in units])
    return out
