"""Summary quality: ROUGE against human summaries beside Lead and LexRank, and citation quality.

The data is JSONL, one topic a line: ``{"id", "documents": [{"id", "date", "title",
"text"}], "references": ["human summary", ...]}`` (the TAC 2011 MultiLing format of
``eval/summarization``). Every system gets the same word budget and whole sentences only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..ids import article_id
from ..model import Article
from ..settings import SummarySettings

METRICS = ("rouge1", "rouge2", "rougeLsum")
_SENT_END = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Topic:
    id: str
    articles: tuple[Article, ...]  # by date then id
    references: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Scores:
    """Mean F1 per ROUGE metric over topics, for one system."""

    system: str
    rouge: dict[str, float]
    per_topic: dict[str, dict[str, float]] = field(default_factory=dict)


def load_topics(path: str | Path) -> list[Topic]:
    """Topics from a JSONL file; a bad line is an InputError naming the file and line."""
    topics = []
    text = Path(path).read_text(encoding="utf-8")
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            articles = [_article(doc, f"{path}#{n}") for doc in d["documents"]]
            refs = tuple(str(r) for r in d["references"])
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(str(path), f"not a summarization topic ({exc})", line=n) from exc
        articles.sort(key=lambda a: (a.published or "9999", a.id))
        topics.append(Topic(id=str(d.get("id", n)), articles=tuple(articles), references=refs))
    return topics


def _article(doc: dict, source: str) -> Article:
    from ..sentences import split_sentences
    from .timeline import date_in

    body = doc["text"]
    published = doc.get("date")
    first_line = body.strip().split("\n", 1)[0]
    if not published and len(first_line.split()) <= 6:  # a dateline: 'Saturday, January 8, 2005'
        day = date_in(first_line, None)
        published = day.isoformat() if day else None
    return Article(
        id=article_id(body), source=f"{source}:{doc.get('id', '')}", text=body,
        title=doc.get("title"), published=published, sentences=split_sentences(body),
    )


def fit(sentences: Sequence[str], budget: int) -> list[str]:
    """Sentences in the given order that fit the word budget together (others skipped)."""
    out, left = [], budget
    for s in sentences:
        n = len(s.split())
        if n <= left:
            out.append(s)
            left -= n
    return out


def lead(topic: Topic, budget: int) -> list[str]:
    """The first sentences of the earliest article (title and dateline lines skipped)."""
    from .units import story_units

    units = story_units(topic.articles[:1])[0]
    return fit([u.text for u in units if u.words >= 6 and u.problem != "not a full sentence "
                "(no final full stop)"], budget)


def lexrank(topic: Topic, budget: int) -> list[str]:
    """LexRank (the ``lexrank`` package, pysbd sentences), highest-ranked sentences first."""
    import pysbd
    from lexrank import STOPWORDS, LexRank

    seg = pysbd.Segmenter(language="en", clean=False)
    docs = [[s.strip() for s in seg.segment(a.text) if s.strip()] for a in topic.articles]
    ranker = LexRank(docs, stopwords=STOPWORDS["en"])
    sentences = [s for d in docs for s in d]
    scores = ranker.rank_sentences(sentences, threshold=0.1)
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    return fit([sentences[i] for i in order], budget)


def storyweave_summary(topic: Topic, budget: int, embedder: object | None = None) -> list[str]:
    from . import summarize

    summary, _ = summarize(topic.articles, (), (), SummarySettings(words=budget),
                           embedder=embedder)
    return [s.text for s in summary]


def rouge(summaries: dict[str, list[str]], topics: Sequence[Topic], system: str) -> Scores:
    """Mean F1 over each topic's references, then over topics (Porter stemming on)."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    per_topic = {}
    for t in topics:
        pred = "\n".join(summaries[t.id])
        scores = [scorer.score("\n".join(_SENT_END.split(r.strip())), pred) for r in t.references]
        per_topic[t.id] = {m: sum(s[m].fmeasure for s in scores) / len(scores) for m in METRICS}
    mean = {m: sum(v[m] for v in per_topic.values()) / len(per_topic) for m in METRICS}
    return Scores(system=system, rouge=mean, per_topic=per_topic)


Systems = dict[str, Callable[[Topic, int], list[str]]]


def default_systems() -> Systems:
    return {"storyweave": storyweave_summary, "lead": lead, "lexrank": lexrank}


def evaluate(path: str | Path, budget: int = 250, systems: Systems | None = None) -> list[Scores]:
    """ROUGE of each system on the topics in ``path``, all run in this same pass."""
    topics = load_topics(path)
    results = []
    for name, system in (systems or default_systems()).items():
        summaries = {t.id: system(t, budget) for t in topics}
        results.append(rouge(summaries, topics, name))
    return results
