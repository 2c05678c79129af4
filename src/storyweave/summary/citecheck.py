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


def check(
    articles: Sequence[Article], summary: Sequence[SummarySentence], embedder: object | None = None
) -> CitationScore:
    """Citations of one story's summary against the aligner's judgement."""
    from ..provenance.align import StoryAlignment

    if not summary:
        return CitationScore(cited=0, supported=0, correct=0)
    story = StoryAlignment((*articles, summary_article(summary)), embedder=embedder)
    target = len(articles)
    supports: list[set[str]] = [set() for _ in summary]
    for k, article in enumerate(articles):
        for m in story.matches(k, target):
            supports[m.target].add(article.id)
    cited = [{c.article for c in s.citations} for s in summary]
    return CitationScore(
        cited=sum(len(c) for c in cited),
        supported=sum(len(s) for s in supports),
        correct=sum(len(c & s) for c, s in zip(cited, supports, strict=True)),
    )
