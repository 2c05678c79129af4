"""Everything the tool finds inside one story: provenance, accounts, facts, summary, timeline."""

from __future__ import annotations

from collections.abc import Sequence

from .ids import story_id
from .model import Article, Story
from .settings import Settings


def story_title(articles: Sequence[Article]) -> str:
    """The most representative headline (the stories stage may pick a better one)."""
    from .stories import representative_title

    return representative_title(articles)


def analyse_story(articles: Sequence[Article], settings: Settings) -> Story:
    """Provenance, accounts, facts and summary of one story's articles (sorted by date)."""
    from .facts import cross_check
    from .provenance import trace
    from .summary import summarize

    ids = tuple(a.id for a in articles)
    edges, accounts = trace(articles, settings.provenance)
    facts = cross_check(articles, accounts, settings.facts)
    summary, timeline = summarize(articles, accounts, facts, settings.summary)
    return Story(
        id=story_id(ids),
        title=story_title(articles),
        articles=ids,
        accounts=accounts,
        provenance=edges,
        facts=facts,
        summary=summary,
        timeline=timeline,
    )
