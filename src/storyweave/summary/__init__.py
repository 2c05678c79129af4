"""Cited summaries: a short account of a story where every sentence names its sources.

``summarize(articles, accounts, facts, settings)`` returns the summary sentences and the
story's timeline. The default is extractive (see ``select``): source sentences chosen for
what independent accounts agree on, each citing every article with a supporting passage
(``support``), flagged contested when it carries a conflicting fact (``contested``). With
``settings.llm_url`` set, an OpenAI-compatible model writes the summary from the same
evidence and every generated sentence is checked against the passages it cites
(``abstractive``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Fact, SummarySentence, TimelineEvent
from ..settings import SummarySettings

__all__ = ["summarize"]


def summarize(
    articles: Sequence[Article],
    accounts: Sequence[Sequence[str]],
    facts: Sequence[Fact],
    settings: SummarySettings | None = None,
    *,
    embedder: object | None = None,
    llm: object | None = None,
) -> tuple[tuple[SummarySentence, ...], tuple[TimelineEvent, ...]]:
    """Summary sentences within ``settings.words`` and the dated events of one story.

    ``articles`` are sorted by date then id. ``embedder`` defaults to the shared
    ``storyweave.embed.default_embedder()``; ``llm`` (a ``ChatModel``) to a client for
    ``settings.llm_url`` when that is set. Raises ``LLMError`` when the model cannot be used.
    """
    from .extractive import extract, prepare
    from .timeline import timeline

    settings = settings or SummarySettings()
    if not articles:
        return (), ()
    if embedder is None:
        from ..embed import default_embedder

        embedder = default_embedder()
    accounts = accounts or tuple((a.id,) for a in articles)
    story = prepare(articles, embedder)
    events = timeline(articles, story, settings.timeline_events)
    if llm is None and getattr(settings, "llm_url", None):
        from .llm import client_for

        llm = client_for(settings)
    if llm is not None:
        from .abstractive import write

        return write(articles, story, accounts, facts, settings, llm, embedder), events
    return extract(story, accounts, facts, settings.words), events
