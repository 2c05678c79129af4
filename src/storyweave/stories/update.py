"""Incremental stories for ``storyweave add``: place new articles online, re-analyse changed ones.

The first update of a store that already holds articles (e.g. saved by ``analyze --db``)
places those first, in date order, and replaces the stored stories once.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Article, Story
from ..settings import Settings
from ..store import Store
from . import persist


def _order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.id)


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
