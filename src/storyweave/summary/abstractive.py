"""The optional abstractive summary: a chat model writes from numbered evidence, then is checked.

The model sees the story's key sentences (the extractive choice at a larger budget), each
with the numbers of the sources that support it, and must end every sentence with the
numbers of its sources ('[1][3]'). Each generated sentence is then checked against the
passages its citations point to, with the same support test as the extractive summary:
citations that do not support it are removed, and a sentence left with none is dropped
(``unsupported = 'drop'``) or kept with a note saying so (``'mark'``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Article, Citation, Fact, SummarySentence
from ..settings import SummarySettings
from .contested import flag
from .extractive import StoryText, extract
from .llm import ChatModel, LLMError
from .text import content_stems, word_count
from .vectors import encode

EVIDENCE_FACTOR = 3  # the model reads three times the budget in evidence
_MARKS = re.compile(r"\s*\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_LEADING = re.compile(r"^(?:\s*\[\d+(?:\s*[,;]\s*\d+)*\])+")
UNSUPPORTED = "unverified: the cited sources do not support this sentence"


def prompt(story: StoryText, accounts: Sequence[Sequence[str]], facts: Sequence[Fact],
           articles: Sequence[Article], words: int) -> tuple[list[dict[str, str]], list[str]]:
    """Chat messages for the model, and the article id of each source number (1-based)."""
    evidence = extract(story, accounts, facts, words * EVIDENCE_FACTOR)
    numbers = {a.id: i + 1 for i, a in enumerate(articles)}
    lines = [f"[{numbers[a.id]}] {a.outlet or 'unknown outlet'}: {a.title or '(untitled)'}"
             for a in articles]
    lines.append("")
    for s in evidence:
        marks = "".join(f"[{numbers[c.article]}]" for c in s.citations)
        lines.append(f"- {s.text} {marks}")
    system = (
        "You write short, neutral news summaries using only the evidence given. End every "
        "sentence with the numbers of the sources that support it, like [1][3]. Write plain "
        f"prose, no lists or headings, at most {words} words."
    )
    user = "Sources:\n" + "\n".join(lines) + f"\n\nWrite the summary in at most {words} words."
    return ([{"role": "system", "content": system}, {"role": "user", "content": user}],
            [a.id for a in articles])


def parse(answer: str) -> list[tuple[str, tuple[int, ...]]]:
    """Generated sentences without their markers, each with the source numbers it cites."""
    from ..sentences import split_sentences

    text = " ".join(answer.split())
    out: list[tuple[str, tuple[int, ...]]] = []
    for s in split_sentences(text):
        raw = text[s.start : s.end]
        lead = _LEADING.match(raw)
        if lead and out:  # markers after a full stop belong to the sentence before
            out[-1] = (out[-1][0], out[-1][1] + _numbers(lead.group()))
            raw = raw[lead.end() :]
        clean = re.sub(r"\s+([.,;:!?])", r"\1", _MARKS.sub("", raw)).strip()
        if any(ch.isalnum() for ch in clean):
            out.append((clean, _numbers(raw)))
    return out


def _numbers(text: str) -> tuple[int, ...]:
    return tuple(int(n) for m in _MARKS.finditer(text) for n in re.split(r"[,;]", m[1]))


def write(
    articles: Sequence[Article],
    story: StoryText,
    accounts: Sequence[Sequence[str]],
    facts: Sequence[Fact],
    settings: SummarySettings,
    llm: ChatModel,
    embedder: object,
) -> tuple[SummarySentence, ...]:
    """The model's summary, sentence by sentence checked against the cited passages."""
    messages, ids = prompt(story, accounts, facts, articles, settings.words)
    generated = parse(llm.complete(messages))
    if not generated:
        raise LLMError("the LLM answered with no sentences")
    vectors = encode([text for text, _ in generated], embedder)
    out, left = [], settings.words
    for (text, nums), vector in zip(generated, vectors, strict=True):
        if word_count(text) > left:
            break
        claimed = {ids[n - 1] for n in nums if 1 <= n <= len(ids)}
        sentence = _checked(story, text, claimed, vector, settings.unsupported)
        if sentence is not None:
            out.append(flag(sentence, facts))
            left -= word_count(text)
    return tuple(out)


def _checked(story: StoryText, text: str, claimed: set[str], vector: object,
             unsupported: str) -> SummarySentence | None:
    matches = story.index.best_matches(text, content_stems(text), vector)  # type: ignore
    verified = [m for m in matches if m.supports and m.unit.article in claimed]
    if verified:
        others = [m for m in matches if m.supports and m.unit.article not in claimed]
        cites = tuple(Citation(article=m.unit.article, span=m.unit.span)
                      for m in (*verified, *others))
        return SummarySentence(text=text, citations=cites)
    if unsupported != "mark" or not claimed:
        return None
    cites = tuple(Citation(article=m.unit.article, span=m.unit.span)
                  for m in matches if m.unit.article in claimed)
    return replace(SummarySentence(text=text, citations=cites), note=UNSUPPORTED)
