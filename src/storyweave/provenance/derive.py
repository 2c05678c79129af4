"""Derivation: from pair alignments, dates and order, edges source -> target and accounts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..model import Article, Edge
from ..settings import ProvenanceSettings
from .align import Match, StoryAlignment


@dataclass(frozen=True, slots=True, kw_only=True)
class PairView:
    """What one ordered pair says about derivation: ``target`` read against ``source``."""

    source: int
    target: int
    target_share: float  # share of the target's characters explained by the source
    source_share: float  # share of the source's characters found in the target
    order: float  # share of matches in the source's order (longest increasing run)
    verbatim: float  # share of matched target characters that are verbatim
    paraphrase: float  # share of matched target characters that are paraphrase only
    similarity: float  # mean match similarity
    matches: tuple[Match, ...]


def _explained(story: StoryAlignment, source: int, target: int,
               fwd: Sequence[Match], back: Sequence[Match]) -> float:
    """Share of the target's characters explained by the source.

    A matched target sentence counts by the share of its content words found in the
    source sentences aligned to it (so material merged into a shared sentence still
    counts as extra); a paraphrase counts at least by its similarity.
    """
    t = story.table
    rs, rt = t.rows(source).start, t.rows(target).start
    lengths = story.lengths(target)
    total = float(lengths.sum())
    if not total:
        return 0.0
    sources: dict[int, set[int]] = {m.target: {m.source} for m in fwd}
    for m in back:  # source sentences whose best partner is this target sentence (merges)
        if m.source in sources:
            sources[m.source].add(m.target)
    explained = 0.0
    for m in fwd:
        words = _content_words(t.words[rt + m.target])
        found = set().union(*(_content_words(t.words[rs + i]) for i in sources[m.target]))
        share = len(words & found) / len(words) if words else 1.0
        if m.kind == "paraphrase":
            share = max(share, m.similarity)
        explained += lengths[m.target] * min(1.0, share)
    return explained / total


def _content_words(ws: Sequence[str]) -> set[str]:
    from .features import STOPWORDS

    return {w for w in ws if w not in STOPWORDS}


def _increasing_share(seq: Sequence[int]) -> float:
    """Share of ``seq`` in its longest non-decreasing subsequence (1.0 = order kept)."""
    if not seq:
        return 0.0
    import bisect

    tails: list[int] = []
    for x in seq:
        k = bisect.bisect_right(tails, x)
        tails[k:k + 1] = [x]
    return len(tails) / len(seq)


def pair_view(story: StoryAlignment, source: int, target: int) -> PairView:
    """Read ``target`` against ``source``: only strong matches count as derivation evidence."""
    floor = story.settings.derivation_similarity
    fwd = tuple(m for m in story.matches(source, target) if m.similarity >= floor)
    back = tuple(m for m in story.matches(target, source) if m.similarity >= floor)
    # Mutual best matches only: a sentence one side lacks should not borrow a neighbour's.
    best_back = {m.target: m.source for m in back}
    best_fwd = {m.target: m.source for m in fwd}
    fwd = tuple(m for m in fwd if best_back.get(m.source) == m.target)
    back = tuple(m for m in back if best_fwd.get(m.source) == m.target)
    t_len = story.lengths(target)
    matched = np.array([t_len[m.target] for m in fwd], dtype=float)
    weight = matched.sum() or 1.0
    return PairView(
        source=source,
        target=target,
        target_share=_explained(story, source, target, fwd, back),
        source_share=_explained(story, target, source, back, fwd),
        order=_increasing_share([m.source for m in fwd]),
        verbatim=float(sum(w for w, m in zip(matched, fwd, strict=True)
                           if m.kind == "verbatim") / weight),
        paraphrase=float(sum(w for w, m in zip(matched, fwd, strict=True)
                             if m.kind == "paraphrase") / weight),
        similarity=float(np.mean([m.similarity for m in fwd])) if fwd else 0.0,
        matches=fwd,
    )


def relation(view: PairView, settings: ProvenanceSettings) -> str:
    """copy | excerpt | translation | rewrite for a pair already judged derived."""
    if view.verbatim >= 0.8:
        both = min(view.target_share, view.source_share) >= settings.copy_share
        return "copy" if both else "excerpt"
    if view.verbatim < 0.15 and min(view.target_share, view.source_share) >= 0.8:
        return "translation"  # every sentence kept, (nearly) every sentence reworded
    return "rewrite"


def _direction(articles: Sequence[Article], x: int, y: int, vx: PairView, vy: PairView) -> PairView:
    """The view whose source is the likelier original: earlier date, else fuller target."""
    if _dated(articles, x, y):  # vy reads y against x: x is the source
        return vy if str(articles[x].published) < str(articles[y].published) else vx
    if abs(vx.target_share - vy.target_share) > 0.1:
        return vx if vx.target_share > vy.target_share else vy
    return vy  # same day and no clear asymmetry: list order (date, then id)


def _enough(view: PairView, settings: ProvenanceSettings) -> bool:
    """A few sentences suffice only when they are (near-)verbatim: two paraphrased
    sentences of a short article are what independent reports of one event share."""
    if len(view.matches) >= settings.min_matches:
        return True
    return bool(view.matches) and all(m.kind != "paraphrase" for m in view.matches)


def _dated(articles: Sequence[Article], x: int, y: int) -> bool:
    dx, dy = articles[x].published, articles[y].published
    return bool(dx and dy and dx[:10] != dy[:10])


def _confidence(view: PairView) -> float:
    return round(min(1.0, 0.5 * view.target_share + 0.3 * view.order + 0.2 * view.similarity), 4)


def judge_pair(
    story: StoryAlignment, x: int, y: int, settings: ProvenanceSettings
) -> tuple[str, PairView] | None:
    """('derived', view) for a direct derivation, ('shared', view) for a shared origin, or None."""
    vx, vy = pair_view(story, y, x), pair_view(story, x, y)  # vx: x read against y
    if len(vx.matches) < 2 and len(vy.matches) < 2:
        return None
    view = _direction(story.articles, x, y, vx, vy)
    if view.order < 0.6:
        return None
    high = max(vx.target_share, vy.target_share)
    low = min(vx.target_share, vy.target_share)
    lopsided = high >= settings.derived_share - 0.1 and high - low >= settings.asymmetry
    if high >= settings.derived_share or lopsided:
        if view.target_share < high and not _dated(story.articles, x, y):
            view = vx if view is vy else vy  # undated: the fuller one is the original
        if _enough(view, settings):
            return "derived", view
    in_order = round(min(vx.order * len(vx.matches), vy.order * len(vy.matches)))
    if low >= settings.shared_origin_share and in_order >= settings.min_matches:
        return "shared", view
    if low >= settings.long_run_share and in_order >= settings.long_run:
        return "shared", view  # a long run of aligned sentences amid much extra material
    return None


class _Groups:
    """Union-find over article indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, x: int, y: int) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def derive(
    story: StoryAlignment, settings: ProvenanceSettings
) -> tuple[tuple[Edge, ...], tuple[tuple[str, ...], ...]]:
    """Edges (one best parent per article; 'unseen:N' for absent shared sources) and accounts."""
    arts = story.articles
    n = len(arts)
    parents: dict[int, PairView] = {}
    shared: list[PairView] = []
    for x in range(n):
        for y in range(x + 1, n):
            judged = judge_pair(story, x, y, settings)
            if judged is None:
                continue
            kind, view = judged
            if kind == "shared":
                shared.append(view)
                continue
            best = parents.get(view.target)
            if best is None or (view.similarity, -view.source) > (best.similarity, -best.source):
                parents[view.target] = view
    parents = _break_cycles(parents)
    groups = _Groups(n)
    for v in parents.values():
        groups.union(v.source, v.target)
    shared = _adopt_covering_sources(story, shared, parents, groups)
    edges = [_edge(story, v, relation(v, settings)) for v in parents.values()]
    edges += _unseen_edges(story, shared, parents, groups)
    return tuple(sorted(edges, key=lambda e: (e.source, e.target))), _accounts(arts, groups)


COVER = 0.8  # share of what two siblings share that a candidate origin must also hold


def _adopt_covering_sources(
    story: StoryAlignment, shared: list[PairView], parents: dict[int, PairView], groups: _Groups
) -> list[PairView]:
    """Shared-origin sets of three or more trees where one member is the origin after all.

    Siblings derived from a common source share passages; when one member of the set holds
    (nearly) every passage that any two other members share, is linked to each of them and
    is not dated after any of them, nothing in the pile needs an unseen origin: that member is
    the source (the stemma rule of textual criticism). Its views become parent edges and the
    shared links it explains are dropped. Returns the shared links still unexplained.
    """
    links: dict[frozenset[int], PairView] = {}
    for v in shared:
        a, b = groups.find(v.source), groups.find(v.target)
        if a != b:
            links.setdefault(frozenset((a, b)), v)
    meta = _Groups(len(story.articles))
    for pair in links:
        meta.union(*pair)
    sets: dict[int, set[int]] = {}
    for pair in links:
        sets.setdefault(meta.find(next(iter(pair))), set()).update(pair)
    for members in sets.values():
        roots = sorted(_root(m, parents, groups) for m in members)
        origin = _covering_member(story, roots, links, groups)
        if origin is None:
            continue
        for r in roots:
            if r != origin:
                parents[r] = pair_view(story, origin, r)
                groups.union(origin, r)
    return [v for v in shared if groups.find(v.source) != groups.find(v.target)]


def _covering_member(story: StoryAlignment, roots: list[int],
                     links: dict[frozenset[int], PairView], groups: _Groups) -> int | None:
    """The root that is linked to all others, holds what they share and is dated first
    (candidates tried earliest first, then longest first)."""
    if len(roots) < 3:
        return None  # two siblings: nothing tells their common source from either of them
    arts = story.articles
    full = {r: float(story.lengths(r).sum()) for r in roots}
    for w in sorted(roots, key=lambda r: (str(arts[r].published or ""), -full[r])):
        others = [r for r in roots if r != w]
        linked = all(frozenset((groups.find(w), groups.find(r))) in links for r in others)
        dated_first = all(not _dated(arts, w, r) or str(arts[w].published) < str(arts[r].published)
                          for r in others)
        if linked and dated_first and _covers(story, w, others):
            return w
    return None


def _covers(story: StoryAlignment, w: int, others: list[int]) -> bool:
    """True when ``w`` holds at least COVER of what each pair of ``others`` shares."""
    tested = False
    for r in others:
        lengths = story.lengths(r)
        with_w = {m.target for m in story.matches(w, r)}
        for s in others:
            if s == r:
                continue
            with_s = {m.target for m in story.matches(s, r)}
            if len(with_s) < 2:
                continue
            tested = True
            both = sum(lengths[i] for i in with_s & with_w)
            if both < COVER * sum(lengths[i] for i in with_s):
                return False
    return tested


def _break_cycles(parents: dict[int, PairView]) -> dict[int, PairView]:
    """Drop the weakest edge of any cycle (possible when dates are missing)."""
    parents = dict(parents)
    for start in list(parents):
        seen, x = [], start
        while x in parents and x not in seen:
            seen.append(x)
            x = parents[x].source
        if x in seen:
            cycle = seen[seen.index(x):]
            weakest = min(cycle, key=lambda t: _confidence(parents[t]))
            del parents[weakest]
    return parents


def _unseen_edges(
    story: StoryAlignment, shared: list[PairView], parents: dict[int, PairView],
    groups: _Groups,
) -> list[Edge]:
    """One 'unseen:N' node per set of derivation trees linked only by shared origin, with an
    edge to each tree's root. An edge's evidence is what its root shares with the other
    roots: the passages the absent origin most likely held, each pointing into the sibling
    it is shared with (``Evidence.source_article``)."""
    arts = story.articles
    links = [(v, groups.find(v.source), groups.find(v.target)) for v in shared]
    links = [(v, a, b) for v, a, b in links if a != b]
    meta = _Groups(len(arts))
    for _, a, b in links:
        meta.union(a, b)
    members: dict[int, set[int]] = {}
    strength: dict[int, list[float]] = {}
    for v, a, b in links:
        m = meta.find(a)
        members.setdefault(m, set()).update((a, b))
        strength.setdefault(m, []).append(_confidence(v))
    edges = []
    for n, m in enumerate(sorted(members, key=lambda m: min(members[m]))):
        conf = round(float(np.mean(strength[m])), 4)
        roots = [_root(g, parents, groups) for g in sorted(members[m])]
        for root in roots:
            evidence = sorted(
                (replace(p.evidence(), source_article=arts[other].id)
                 for other in roots if other != root for p in story.alignments(other, root)),
                key=lambda ev: (ev.target_span, ev.source_article or ""))
            edges.append(Edge(source=f"unseen:{n + 1}", target=arts[root].id,
                              relation="shared-origin", confidence=conf,
                              evidence=tuple(evidence)))
        for g in members[m]:
            groups.union(g, min(members[m]))
    return edges


def _root(group: int, parents: dict[int, PairView], groups: _Groups) -> int:
    """The article of a derivation tree that has no parent (the earliest such)."""
    candidates = [k for k in range(len(groups.parent))
                  if groups.find(k) == groups.find(group) and k not in parents]
    return min(candidates) if candidates else group


def _edge(story: StoryAlignment, view: PairView, rel: str) -> Edge:
    arts = story.articles
    passages = story.alignments(view.source, view.target)
    return Edge(
        source=arts[view.source].id,
        target=arts[view.target].id,
        relation=rel,
        confidence=_confidence(view),
        evidence=tuple(p.evidence() for p in passages),
    )


def _accounts(arts: Sequence[Article], groups: _Groups) -> tuple[tuple[str, ...], ...]:
    by_root: dict[int, list[str]] = {}
    for k, a in enumerate(arts):
        by_root.setdefault(groups.find(k), []).append(a.id)
    return tuple(tuple(ids) for _, ids in sorted(by_root.items(), key=lambda kv: kv[0]))
