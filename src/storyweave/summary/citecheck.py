"""Citation quality judged by the provenance aligner: are the cited articles the supporting ones?

For each summary sentence, an article *supports* it when the provenance stage's sentence
aligner (``storyweave.provenance.align``: verbatim, near-verbatim or paraphrase) matches
the sentence to a passage of that article. Precision is the share of cited articles that
support their sentence; recall the share of supporting articles that are cited. The
aligner is another stage's independent test, not the one that chose the citations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Sentence, SummarySentence


@dataclass(frozen=True, slots=True, kw_only=True)
class CitationScore:
    cited: int  # (sentence, article) citations made
    supported: int  # (sentence, article) pairs the aligner finds support for
    correct: int  # citations the aligner confirms

    @property
    def precision(self) -> float:
        return self.correct / self.cited if self.cited else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.supported if self.supported else 1.0

    def __add__(self, other: CitationScore) -> CitationScore:
        return CitationScore(cited=self.cited + other.cited,
                             supported=self.supported + other.supported,
                             correct=self.correct + other.correct)


def summary_article(summary: Sequence[SummarySentence]) -> Article:
    """The summary as an article of its own, one sentence a paragraph, for the aligner."""
    text, sentences, pos = "", [], 0
    for i, s in enumerate(summary):
        if i:
            text += "\n\n"
            pos += 2
        text += s.text
        sentences.append(Sentence(start=pos, end=pos + len(s.text), paragraph=i))
        pos += len(s.text)
    return Article(id="summary", source="summary", text=text, sentences=tuple(sentences))


@dataclass(frozen=True, slots=True, kw_only=True)
class Disagreement:
    """A summary sentence and an article the aligner and the citations disagree on."""

    sentence: int  # index in the summary
    article: str
    kind: str  # "missed" (aligner supports, not cited) | "extra" (cited, aligner does not)
    passage: str  # the aligner's passage (missed) or the cited span (extra)


def judged_support(
    articles: Sequence[Article], summary: Sequence[SummarySentence], embedder: object | None = None
) -> list[dict[str, str]]:
    """For each summary sentence, the articles the aligner matches to it, with the passage."""
    from ..provenance.align import StoryAlignment

    story = StoryAlignment((*articles, summary_article(summary)), embedder=embedder)
    target, table = len(articles), story.table
    supports: list[dict[str, str]] = [{} for _ in summary]
    for k, article in enumerate(articles):
        for m in story.matches(k, target):
            start, end = table.spans[table.rows(k).start + m.source]
            supports[m.target][article.id] = article.text[start:end]
    return supports


def disagreements(
    articles: Sequence[Article], summary: Sequence[SummarySentence], embedder: object | None = None
) -> list[Disagreement]:
    """Every (sentence, article) pair the citations and the aligner judge differently."""
    by_id = {a.id: a for a in articles}
    out = []
    for i, (s, judged) in enumerate(zip(summary, judged_support(articles, summary, embedder),
                                        strict=True)):
        cited = {c.article: by_id[c.article].span_text(c.span) for c in s.citations
                 if c.article in by_id}
        out += [Disagreement(sentence=i, article=a, kind="missed", passage=p)
                for a, p in judged.items() if a not in cited]
        out += [Disagreement(sentence=i, article=a, kind="extra", passage=p)
                for a, p in cited.items() if a not in judged]
    return out


def check(
    articles: Sequence[Article], summary: Sequence[SummarySentence], embedder: object | None = None
) -> CitationScore:
    """Citations of one story's summary against the aligner's judgement."""
    if not summary:
        return CitationScore(cited=0, supported=0, correct=0)
    supports = [set(j) for j in judged_support(articles, summary, embedder)]
    cited = [{c.article for c in s.citations} for s in summary]
    return CitationScore(
        cited=sum(len(c) for c in cited),
        supported=sum(len(s) for s in supports),
        correct=sum(len(c & s) for c, s in zip(cited, supports, strict=True)),
    )
