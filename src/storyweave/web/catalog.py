"""The stories list: one row per stored story with its size, outlets and time span,
searched with the store's full-text index and sorted by size or recency."""

from __future__ import annotations

from dataclasses import dataclass

from ..store import Store

SORTS = {
    "size": "size DESC, last_published DESC, id",
    "recent": "COALESCE(last_published, '') DESC, size DESC, id",
    "oldest": "COALESCE(first_published, '9999') ASC, size DESC, id",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    id: str
    title: str
    size: int
    accounts: int
    first: str | None
    last: str | None
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Listing:
    rows: tuple[StoryRow, ...]
    total: int  # stories matching, before paging
    articles: int  # articles in the store


def list_stories(
    store: Store, *, query: str = "", sort: str = "size", limit: int = 100, offset: int = 0
) -> Listing:
    """Stories matching ``query`` (all when empty), sorted, one page of them."""
    where, params = "", []
    if query.strip():
        ids = _matching_stories(store, query)
        if not ids:
            return Listing(rows=(), total=0, articles=store.count())
        where = f"WHERE id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    total = store.conn.execute(f"SELECT COUNT(*) FROM stories {where}", params).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT id, title, size, first_published, last_published, data FROM stories {where} "
        f"ORDER BY {SORTS.get(sort, SORTS['size'])} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    outlets = _outlets(store, [r[0] for r in rows])
    return Listing(
        rows=tuple(
            StoryRow(id=r[0], title=r[1], size=r[2], first=r[3], last=r[4],
                     accounts=_accounts(r[5], r[2]), outlets=outlets.get(r[0], ()))
            for r in rows
        ),
        total=total,
        articles=store.count(),
    )


def _matching_stories(store: Store, query: str) -> list[str]:
    article_ids = store.search(query, limit=1000)
    found: dict[str, None] = {}
    for aid in article_ids:
        sid = store.story_of(aid)
        if sid is not None:
            found.setdefault(sid)
    return list(found)


def _outlets(store: Store, story_ids: list[str]) -> dict[str, tuple[str, ...]]:
    if not story_ids:
        return {}
    rows = store.conn.execute(
        "SELECT sa.story, COALESCE(a.outlet, '') FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article "
        f"WHERE sa.story IN ({','.join('?' * len(story_ids))})",
        story_ids,
    ).fetchall()
    out: dict[str, set[str]] = {}
    for sid, outlet in rows:
        out.setdefault(sid, set()).add(outlet or "unknown outlet")
    return {sid: tuple(sorted(v)) for sid, v in out.items()}


def _accounts(data: str, size: int) -> int:
    import json

    try:
        return len(json.loads(data).get("accounts") or ()) or size
    except (ValueError, AttributeError):
        return size
