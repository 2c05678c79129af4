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
from ..model import Article, SummarySentence
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
    from ..facts.dates import day_in
    from ..sentences import split_sentences

    body = doc["text"]
    published = doc.get("date")
    first_line = body.strip().split("\n", 1)[0]
    if not published and len(first_line.split()) <= 6:  # a dateline: 'Saturday, January 8, 2005'
        day = day_in(first_line, None)
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
    """The first sentences of the earliest article (its title and dateline lines skipped)."""
    return fit([u.text for u in _sentences(topic.articles[:1])], budget)


def lexrank(topic: Topic, budget: int) -> list[str]:
    """LexRank (the ``lexrank`` package, threshold 0.1), highest-ranked sentences first.

    It ranks the same sentences Lead and storyweave choose from (lines that end a sentence).
    """
    from lexrank import STOPWORDS, LexRank

    docs = [[u.text for u in _sentences([a])] for a in topic.articles]
    ranker = LexRank(docs, stopwords=STOPWORDS["en"])
    sentences = [s for d in docs for s in d]
    scores = ranker.rank_sentences(sentences, threshold=0.1)
    order = sorted(range(len(sentences)), key=lambda i: -scores[i])
    return fit([sentences[i] for i in order], budget)


def _sentences(articles: Sequence[Article]) -> list:
    """Units that end like a sentence: no headings, datelines or captions without a stop."""
    from .units import story_units

    return [u for g in story_units(articles) for u in g
            if u.text.rstrip("\"”’')").endswith((".", "!", "?"))]


def storyweave_summary(topic: Topic, budget: int) -> tuple[SummarySentence, ...]:
    """The default extractive summary; every article its own account (no provenance run)."""
    from . import summarize

    summary, _ = summarize(topic.articles, (), (), SummarySettings(words=budget))
    return summary


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
    return {"lead": lead, "lexrank": lexrank}


def report(path: str | Path, budget: int = 250, *, citations: bool = True,
           systems: Systems | None = None) -> dict:
    """storyweave and the peer systems on the topics in ``path``, all run in this pass."""
    from .citecheck import CitationScore, check

    topics = load_topics(path)
    ours = {t.id: storyweave_summary(t, budget) for t in topics}
    results = [rouge({k: [s.text for s in v] for k, v in ours.items()}, topics, "storyweave")]
    for name, system in (systems or default_systems()).items():
        results.append(rouge({t.id: system(t, budget) for t in topics}, topics, name))
    out: dict = {"file": str(path), "words": budget, "topics": len(topics),
                 "systems": [{"system": r.system, **r.rouge} for r in results], "notes": []}
    for peer in results[1:]:
        gain = results[0].rouge["rouge2"] / max(peer.rouge["rouge2"], 1e-9) - 1
        out["notes"].append(f"storyweave ROUGE-2 vs {peer.system}: {gain:+.1%}")
    if citations:
        total = CitationScore(cited=0, supported=0, correct=0)
        for t in topics:
            total = total + check(t.articles, ours[t.id])
        out["citations"] = {"precision": total.precision, "recall": total.recall,
                            "cited": total.cited, "supported": total.supported,
                            "correct": total.correct}
        out["notes"].append(f"citations judged by the provenance aligner: precision "
                            f"{total.precision:.3f}, recall {total.recall:.3f} "
                            f"({total.cited} cited, {total.supported} supporting)")
    return out
