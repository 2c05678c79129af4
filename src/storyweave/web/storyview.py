"""What a story page shows, as plain data for the templates: shared by the web app and the
self-contained report, which differ only in how they link (``Links``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import quote, urlencode

from ..article_names import article_name, outlet_name
from ..facts.crosscheck import fact_order
from ..model import OPENING_MARKS, SPEAKER_BASES, Article, Citation, Claim, Edge, Fact, Story
from . import graph as graph_mod
from .textmarks import token

# what a fact's claims are called where some are folded away ('2 more quotes'): a quote fact's
# claims are quotes; a figure, a name or a date is a claim
CLAIM_WORDS = {"quote": ("quote", "quotes")}


class Links(Protocol):
    def article(self, article_id: str, span: tuple[int, int] | None = None) -> str: ...
    def compare(self, left: str, right: str) -> str: ...
    def story(self, story_id: str) -> str: ...


class AppLinks:
    """Links between the pages of the web app."""

    def article(self, article_id: str, span: tuple[int, int] | None = None) -> str:
        base = f"/articles/{quote(article_id, safe='')}"
        if span is None:
            return base
        return f"{base}?hl={span[0]}-{span[1]}#span-{span[0]}-{span[1]}"

    def compare(self, left: str, right: str) -> str:
        return "/compare?" + urlencode({"a": left, "b": right})

    def story(self, story_id: str) -> str:
        return f"/stories/{quote(story_id, safe='')}"


class ReportLinks:
    """Links inside one self-contained report file: in-page anchors."""

    def article(self, article_id: str, span: tuple[int, int] | None = None) -> str:
        aid = token(article_id)
        return f"#a-{aid}" if span is None else f"#a-{aid}-{span[0]}-{span[1]}"

    def compare(self, left: str, right: str) -> str:
        return f"#a-{token(right)}"

    def story(self, story_id: str) -> str:
        return f"#story-{token(story_id)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Chip:
    n: int
    label: str
    href: str
    quote: str
    article: str
    span: tuple[int, int]


def outlet_of(article: Article | None) -> str:
    return article_name(article)  # the name the terminal cites it by, too


def safe_url(url: str | None) -> str | None:
    """A link target only for http(s) URLs: never 'javascript:' or 'data:'."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def chips(
    citations: Sequence[Citation], articles: Mapping[str, Article], links: Links
) -> list[Chip]:
    out = []
    for i, c in enumerate(citations):
        a = articles.get(c.article)
        has_span = a is not None and 0 <= c.span[0] < c.span[1] <= len(a.text)
        out.append(Chip(
            n=i + 1, label=outlet_of(a), article=c.article, span=c.span,
            href=links.article(c.article, c.span if has_span else None),
            quote=a.span_text(c.span) if has_span and a is not None else "",
        ))
    return out


def date_span(members: Sequence[Article]) -> tuple[str | None, str | None]:
    dates = sorted(a.published for a in members if a.published)
    return (dates[0], dates[-1]) if dates else (None, None)


def story_context(story: Story, articles: Mapping[str, Article], links: Links) -> dict:
    """Everything the story template needs, computed once."""
    members = [articles[a] for a in story.articles if a in articles]
    first, last = date_span(members)
    colors = graph_mod.account_colors(story)
    return {
        "story": story,
        "links": links,
        "members": members,
        "names": {a.id: outlet_of(a) for a in members},  # what the page calls each article
        "outlets": sorted({o for a in members if (o := outlet_name(a))}),  # known ones only
        "unknown_outlets": sum(outlet_name(a) is None for a in members),
        "first": first,
        "last": last,
        "n_accounts": len(story.accounts) or len(members),
        "summary": [
            {"s": s, "chips": chips(s.citations, articles, links)} for s in story.summary
        ],
        "facts": fact_rows(story.facts, articles, links),
        "graph": graph_mod.layout(story, articles, lambda aid: links.article(aid)),
        "accounts": account_groups(story, articles, colors),
        "timeline": [
            {"e": e, "chips": chips(e.citations, articles, links)} for e in story.timeline
        ],
        "pairs": compare_pairs(story, articles, links),
    }


def fact_rows(facts: Sequence[Fact], articles: Mapping[str, Article], links: Links) -> list:
    ordered = sorted(facts, key=fact_order)  # the main figures before ~35 entity rows
    return [{"f": f, "groups": claim_groups([claim_row(c, articles, links) for c in f.claims]),
             "words": CLAIM_WORDS.get(f.kind, ("claim", "claims"))} for f in ordered]


def claim_groups(rows: list[dict]) -> list[dict]:
    """Claims saying the same thing, together: the most repeated version first."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        key = " ".join((row["value"] or row["mid"]).lower().split())
        groups.setdefault(key, []).append(row)
    ordered = sorted(groups.values(), key=lambda g: -len(g))
    return [{"value": g[0]["value"] or g[0]["mid"], "claims": g,
             "outlets": len({r["outlet"] for r in g}),
             "articles": _first_per_article(g)} for g in ordered]


def _first_per_article(rows: list[dict]) -> list[dict]:
    """Each article of a group once, at its first claim: '1,000 miles' twice in one article
    is one article saying it."""
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["c"].article, row)
    return list(first.values())


def claim_row(claim: Claim, articles: Mapping[str, Article], links: Links) -> dict:
    """A claim with its sentence cut around the claimed span, for highlighting."""
    a = articles.get(claim.article)
    pre, mid, post = "", claim.text, ""
    if a is not None and 0 <= claim.span[0] < claim.span[1] <= len(a.text):
        s0, s1 = claim.sentence_span or claim.span
        s0, s1 = min(s0, claim.span[0]), max(s1, claim.span[1])
        pre = a.text[s0 : claim.span[0]]
        mid = a.text[claim.span[0] : claim.span[1]]
        post = a.text[claim.span[1] : s1]
    value = " ".join(str(v) for v in (claim.qualifier, _number(claim.value), claim.unit) if v)
    named = claim.speaker_span if a is not None and claim.speaker_span else None
    return {"c": claim, "outlet": outlet_of(a), "pre": pre, "mid": mid, "post": post,
            "value": value, "href": links.article(claim.article, claim.span if a else None),
            "speaker_href": links.article(claim.article, named) if named else None,
            "speaker_how": SPEAKER_BASES.get(claim.speaker_basis or "", ""),
            "own_quotes": (pre or mid).lstrip().startswith(OPENING_MARKS)}
    #       a sentence opening with its own quote mark is not wrapped in a second pair


def _number(value: float | str | None) -> str | None:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, int | float):
        return f"{value:,}"
    return value


def account_groups(
    story: Story, articles: Mapping[str, Article], colors: Mapping[str, tuple[int, str]]
) -> list[dict]:
    accounts = story.accounts or tuple((a,) for a in story.articles)
    derived = {e.target: e for e in story.provenance}
    siblings = _siblings(story)
    groups = []
    for i, account in enumerate(accounts):
        rows = []
        for aid in account:
            a = articles.get(aid)
            if a is None:
                continue
            rows.append({"a": a, "outlet": outlet_name(a), "title": a.title or outlet_of(a),
                         "role": _role(derived.get(aid), articles, siblings)})
        color = colors.get(account[0], (0, "#7f7f7f"))[1] if account else "#7f7f7f"
        groups.append({"n": i + 1, "color": color, "rows": rows})
    return groups


def _siblings(story: Story) -> dict[str, list[str]]:
    """Each unseen origin ('unseen:N') and the articles of the pile that share it."""
    out: dict[str, list[str]] = {}
    for e in story.provenance:
        if e.relation == "shared-origin" and e.source.startswith("unseen:"):
            out.setdefault(e.source, []).append(e.target)
    return out


def _role(edge: Edge | None, articles: Mapping[str, Article],
          siblings: Mapping[str, list[str]] | None = None) -> str:
    if edge is None:
        return "origin"
    if edge.source in articles:
        source = outlet_of(articles[edge.source])
        if edge.relation == "shared-origin":
            return f"shares an origin with {source}"
        return f"{edge.relation} of {source}"
    others = [outlet_of(articles[t]) for t in (siblings or {}).get(edge.source, [])
              if t != edge.target and t in articles]
    if edge.relation == "shared-origin" and others:
        return f"shares an origin not in the pile with {', '.join(others)}"
    return "from a source not in the pile" if edge.relation == "shared-origin" else (
        f"{edge.relation} of a source not in the pile")


def compare_pairs(story: Story, articles: Mapping[str, Article], links: Links) -> list[dict]:
    """One compare link per provenance edge between two articles of the pile, and one per
    two articles that share an origin not in the pile (what they share is what it held)."""
    out = []
    for e in story.provenance:
        if e.source in articles and e.target in articles:
            out.append({"e": e, "rel": f"{e.relation} of", "source": outlet_of(articles[e.source]),
                        "target": outlet_of(articles[e.target]),
                        "href": links.compare(e.source, e.target)})
    confidence = {e.source: e for e in story.provenance}
    for node, members in _siblings(story).items():
        present = [m for m in members if m in articles]
        for i, left in enumerate(present):
            for right in present[i + 1 :]:
                out.append({"e": confidence[node], "rel": "shares an origin not in the pile with",
                            "source": outlet_of(articles[left]),
                            "target": outlet_of(articles[right]),
                            "href": links.compare(left, right)})
    return out
