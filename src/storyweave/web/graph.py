"""A layered layout of a story's provenance graph (who copies whom), ready to draw as SVG.

Columns are derivation depth (origins on the left), rows inside a column follow the
parents' rows (one barycentre pass), then date. Nodes are coloured by independent account.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..article_names import article_name
from ..model import Article, Story

# Okabe-Ito, distinguishable with the common colour-vision deficiencies.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#7F7F7F")
NODE_W, NODE_H, COL_GAP, ROW_GAP, PAD = 188, 46, 76, 16, 12


@dataclass(frozen=True, slots=True, kw_only=True)
class Node:
    id: str
    x: int
    y: int
    label: str
    sub: str
    color: str
    account: int | None  # 1-based account number, None for unseen origins
    href: str | None
    unseen: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    source: str
    target: str
    relation: str
    confidence: float
    path: str  # SVG path data


@dataclass(frozen=True, slots=True, kw_only=True)
class Graph:
    width: int
    height: int
    nodes: tuple[Node, ...]
    links: tuple[Link, ...]


def account_colors(story: Story) -> dict[str, tuple[int, str]]:
    """Article id -> (1-based account number, colour)."""
    out = {}
    for i, account in enumerate(story.accounts):
        for aid in account:
            out[aid] = (i + 1, PALETTE[i % len(PALETTE)])
    return out


def layout(
    story: Story, articles: Mapping[str, Article], href: Callable[[str], str]
) -> Graph | None:
    """The drawing of a story's provenance, or None when nothing derives from anything."""
    edges = [e for e in story.provenance if e.source != e.target]
    if not edges:
        return None
    ids = list(story.articles)
    for e in edges:
        for n in (e.source, e.target):
            if n not in ids:
                ids.append(n)
    parents: dict[str, list[str]] = {n: [] for n in ids}
    for e in edges:
        parents[e.target].append(e.source)
    depth = _depths(ids, parents)
    columns: dict[int, list[str]] = {}
    order = {n: i for i, n in enumerate(ids)}
    rows: dict[str, float] = {}
    for col in sorted(set(depth.values())):
        members = [n for n in ids if depth[n] == col]
        members.sort(key=lambda n: (_barycentre(n, parents, rows), order[n]))
        for r, n in enumerate(members):
            rows[n] = r
        columns[col] = members
    colors = account_colors(story)
    nodes = tuple(_node(n, col, r, articles, colors, href)
                  for col, members in columns.items() for r, n in enumerate(members))
    pos = {n.id: n for n in nodes}
    links = tuple(
        Link(source=e.source, target=e.target, relation=e.relation, confidence=e.confidence,
             path=_path(pos[e.source], pos[e.target]))
        for e in edges
    )
    tallest = max(len(m) for m in columns.values())
    width = PAD * 2 + len(columns) * NODE_W + (len(columns) - 1) * COL_GAP
    height = PAD * 2 + tallest * NODE_H + (tallest - 1) * ROW_GAP
    return Graph(width=width, height=height, nodes=nodes, links=links)


def _depths(ids: list[str], parents: dict[str, list[str]]) -> dict[str, int]:
    """Longest derivation chain above each node; a cycle is cut where it is found."""
    depth: dict[str, int] = {}
    visiting: set[str] = set()

    def visit(n: str) -> int:
        if n in depth:
            return depth[n]
        if n in visiting:
            return -1
        visiting.add(n)
        d = max((visit(p) + 1 for p in parents[n]), default=0)
        visiting.discard(n)
        depth[n] = max(d, 0)
        return depth[n]

    for n in ids:
        visit(n)
    return depth


def _barycentre(n: str, parents: dict[str, list[str]], rows: dict[str, float]) -> float:
    placed = [rows[p] for p in parents[n] if p in rows]
    return sum(placed) / len(placed) if placed else float("inf")


def _node(
    n: str, col: int, row: int, articles: Mapping[str, Article],
    colors: Mapping[str, tuple[int, str]], href: Callable[[str], str],
) -> Node:
    x = PAD + col * (NODE_W + COL_GAP)
    y = PAD + row * (NODE_H + ROW_GAP)
    article = articles.get(n)
    if article is None:
        label = "unseen origin" if n.startswith("unseen:") else n
        return Node(id=n, x=x, y=y, label=label, sub=n, color="#9a9a9a", account=None,
                    href=None, unseen=True)
    account, color = colors.get(n, (None, PALETTE[-1]))
    label = article_name(article, 24)  # the name the rest of the page calls it by
    sub = " · ".join(p for p in ((article.published or "")[:10], f"{article.words} words") if p)
    return Node(id=n, x=x, y=y, label=_clip(label, 24), sub=sub, color=color, account=account,
                href=href(n))


def _path(a: Node, b: Node) -> str:
    if a.x == b.x:  # same column (a cut cycle): bow out to the right
        x0, y0, y1 = a.x + NODE_W, a.y + NODE_H // 2, b.y + NODE_H // 2
        return f"M{x0},{y0} C{x0 + 40},{y0} {x0 + 40},{y1} {x0 + 4},{y1}"
    if a.x > b.x:  # a back edge: from the left side of the source
        x0, y0, x1, y1 = a.x, a.y + NODE_H // 2, b.x + NODE_W + 4, b.y + NODE_H // 2
    else:
        x0, y0, x1, y1 = a.x + NODE_W, a.y + NODE_H // 2, b.x - 4, b.y + NODE_H // 2
    mid = (x0 + x1) // 2
    return f"M{x0},{y0} C{mid},{y0} {mid},{y1} {x1},{y1}"


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"
