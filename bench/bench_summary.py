"""Time the cited summary of a 50-article story once sentence embeddings are stored.

The story is built from one TAC 2011 topic: its 10 articles, each replicated 5 times with a
different closing line (so 50 distinct articles, many near-copies, as wire stories give).
Prints the time to embed the sentences (once), then the summary time with embeddings
cached (sentence splitting, fitness, concepts, selection and citation search all redone),
beside LexRank on the same sentences, measured in this same run.

    .venv/bin/python bench/bench_summary.py [TAC.jsonl] [--words 120]

With ``--misses`` it instead lists, for every TAC topic's summary (``--words``, e.g. 250),
each disagreement between the citations and the provenance aligner that judges them: the
summary sentence beside the aligner's passage (missed) or the cited passage (extra).

    .venv/bin/python bench/bench_summary.py --misses --words 250
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

from storyweave.embed import default_embedder
from storyweave.ids import article_id
from storyweave.sentences import split_sentences
from storyweave.settings import SummarySettings
from storyweave.summary import summarize
from storyweave.summary.evaluate import Topic, lexrank, load_topics
from storyweave.summary.units import _article_units

DEFAULT = Path(__file__).resolve().parents[2] / "shared/eval/summarization/tac2011_en.jsonl"


def fifty(topic: Topic) -> list:
    out = []
    for copy in range(5):
        for a in topic.articles:
            text = a.text + f"\n\nThis report was filed by desk number {copy + 1}."
            out.append(replace(a, id=article_id(text), text=text,
                               sentences=split_sentences(text)))
    return sorted(out, key=lambda a: (a.published or "9999", a.id))


def timed(fn, repeats: int = 5) -> float:
    runs = []
    for _ in range(repeats):
        _article_units.cache_clear()
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT))
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--misses", action="store_true",
                        help="list citation disagreements with the aligner instead")
    args = parser.parse_args()
    if args.misses:
        misses(args.data, args.words)
        return
    topic = max(load_topics(args.data), key=lambda t: sum(a.words for a in t.articles))
    articles = fifty(topic)
    settings = SummarySettings(words=args.words)
    embedder = default_embedder()
    start = time.perf_counter()
    summary, timeline = summarize(articles, (), (), settings, embedder=embedder)
    first = time.perf_counter() - start
    ours = timed(lambda: summarize(articles, (), (), settings, embedder=embedder))
    big = Topic(id="50", articles=tuple(articles), references=())
    peer = timed(lambda: lexrank(big, args.words), repeats=3)
    sentences = sum(len(a.sentences) for a in articles)
    print(f"story: topic {topic.id} x5 = {len(articles)} articles, {sentences} sentences, "
          f"{sum(a.words for a in articles)} words; budget {args.words} words")
    print(f"first run (embeds every sentence):        {first:6.2f} s")
    print(f"storyweave summary, embeddings stored:     {ours:6.2f} s  (median of 5)")
    print(f"LexRank (lexrank package), same sentences: {peer:6.2f} s  (median of 3)")
    print(f"summary: {len(summary)} sentences, citations per sentence "
          f"{statistics.mean(len({c.article for c in s.citations}) for s in summary):.1f}; "
          f"timeline: {len(timeline)} events")


def misses(data: str, words: int) -> None:
    from storyweave.summary.citecheck import disagreements
    from storyweave.summary.evaluate import storyweave_summary

    embedder = default_embedder()
    counts = {"missed": 0, "extra": 0}
    for topic in load_topics(data):
        summary = storyweave_summary(topic, words)
        for d in disagreements(topic.articles, summary, embedder):
            counts[d.kind] += 1
            print(f"{d.kind.upper()} topic {topic.id} sentence {d.sentence} article {d.article}")
            print(f"  summary: {summary[d.sentence].text}")
            print(f"  {'aligner' if d.kind == 'missed' else 'cited'}: "
                  f"{' / '.join(d.passage.splitlines())}")
    print(f"{counts['missed']} supporting articles not cited, "
          f"{counts['extra']} cited articles the aligner does not match")


if __name__ == "__main__":
    main()
