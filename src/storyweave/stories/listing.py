"""Stories as rows for listing: id, title, size, outlets, time span, article ids."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..contract import story_to_dict
from ..model import Article
from ..store import Store


def _row(story_id: str, title: str, members: Sequence[Article]) -> dict:
    dates = sorted(a.published for a in members if a.published)
    return {
        "id": story_id,
        "title": title,
        "size": len(members),
        "outlets": sorted({a.outlet for a in members if a.outlet}),
        "first_published": dates[0] if dates else None,
        "last_published": dates[-1] if dates else None,
        "articles": [a.id for a in members],
    }


def list_stories(store: Store) -> list[dict]:
    """Every stored story (largest first) as a row, plus its full CONTRACT form."""
    rows = []
    for story in store.stories():
        members = store.articles(list(story.articles))
        row = _row(story.id, story.title, members)
        row.update({k: v for k, v in story_to_dict(story).items() if k not in row})
        rows.append(row)
    return rows


def group_rows(
    groups: Sequence[Sequence[str]],
    articles: Mapping[str, Article],
    title: Callable[[Sequence[Article]], str],
) -> list[dict]:
    """Rows for id groups (e.g. from ``storyweave cluster``), ids as given."""
    from ..ids import story_id

    rows = []
    for group in groups:
        members = sorted((articles[a] for a in group), key=lambda a: (a.published or "9999", a.id))
        rows.append(_row(story_id([a.id for a in members]), title(members), members))
    return rows
