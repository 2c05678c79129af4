"""Incremental stories for ``storyweave add``: place new articles online, re-analyse changed ones.

The first update of a store groups its first pile as a whole (the batch grouping, as
``analyze`` does) and seeds the online state with it; later articles join online, in date
order. Articles stored but never placed (e.g. after a hard stop) are placed first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Story
from ..settings import Settings
from ..store import Store
from . import persist


def _order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.id)


def _batch_keys(articles: Sequence[Article], settings: Settings) -> dict[str, str]:
    """article id -> the id of the earliest article of its batch group (the story key)."""
    from . import group_stories

    position = {a.id: n for n, a in enumerate(articles)}
    keys: dict[str, str] = {}
    for group in group_stories(articles, settings.stories):
        first = min(group, key=position.__getitem__)
        keys.update((aid, first) for aid in group)
    return keys


def update_stories(store: Store, new_ids: Sequence[str], settings: Settings) -> list[Story]:
    """Bring stored stories up to date after ``new_ids`` were added; returns changed stories."""
    from ..story_analysis import analyse_story

    conn = store.conn
    placed = persist.placed(conn)
    new = set(new_ids)
    earlier = [i for i in store.article_ids() if i not in placed and i not in new]
    todo = [i for i in dict.fromkeys(new_ids) if i not in placed]
    if not todo and not earlier:
        return []
    online = persist.load(conn, settings.stories)
    articles = sorted(store.articles(earlier), key=_order)
    articles += sorted(store.articles(todo), key=_order)
    if not placed and len(articles) > 1:
        # A store's first pile is grouped as a whole (batch), as `analyze` would group it;
        # from then on articles join online.
        online.seed(articles, _batch_keys(articles, settings))
    else:
        online.add_all(articles)
    keys = persist.save(conn, online)
    members = persist.members(conn, keys)
    old_ids = persist.public_ids(conn, keys)
    stories = []
    for key in keys:
        group = sorted(store.articles(members[key]), key=_order)
        stories.append(analyse_story(group, settings))
    for key, story in zip(keys, stories, strict=True):
        if old_ids.get(key) and old_ids[key] != story.id:
            store.delete_story(old_ids[key])
    store.save_stories(stories, replace_all=bool(earlier))
    persist.set_public_ids(conn, {k: s.id for k, s in zip(keys, stories, strict=True)})
    return stories
