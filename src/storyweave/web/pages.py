"""The reading pages: stories list, story, article, compare. Each has a JSON twin
(the same path with '.json', or ``Accept: application/json``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ..article_names import outlet_name
from ..contract import article_to_dict, story_to_dict
from ..model import Article, Story
from ..store import Store
from . import catalog, compare, openapi, storyview
from .app import store_of
from .problems import wants_json
from .render import render
from .textmarks import Mark, parse_span, render_text

router = APIRouter()
LINKS = storyview.AppLinks()
JSON_TWIN = {"description": "The page as JSON", "content": {"application/json": {}}}


def respond(request: Request, template: str, context: dict[str, Any], data: Any) -> Response:
    if wants_json(request):
        return JSONResponse(data)
    return HTMLResponse(render(template, **context))


# -- stories list ------------------------------------------------------------------------
Q = Annotated[str, Query(max_length=500, description="Full-text search over titles and text")]
Sort = Annotated[str, Query(pattern="^(size|recent|oldest)$", description="size|recent|oldest")]
Page = Annotated[int, Query(ge=1, le=100_000)]


@router.get("/stories.json", tags=["api"], summary="Stories (JSON)")
@router.get("/", response_class=HTMLResponse, tags=["pages"],
            summary="Stories", responses={200: JSON_TWIN})
@router.get("/stories", response_class=HTMLResponse, include_in_schema=False)
def stories_page(request: Request, q: Q = "", sort: Sort = "size", page: Page = 1) -> Response:
    size = request.app.state.settings.web.page_size
    listing = catalog.list_stories(store_of(request), query=q, sort=sort, limit=size,
                                   offset=(page - 1) * size)
    data = {
        "query": q, "sort": sort, "page": page, "total": listing.total,
        "articles": listing.articles,
        "stories": [
            {"id": r.id, "title": r.title, "articles": r.size, "accounts": r.accounts,
             "first_published": r.first, "last_published": r.last, "outlets": list(r.outlets),
             "href": LINKS.story(r.id)}
            for r in listing.rows
        ],
    }
    pages = max(1, -(-listing.total // size))
    return respond(request, "stories.html",
                   {"listing": listing, "q": q, "sort": sort, "page": page, "pages": pages},
                   data)


# -- story ----------------------------------------------------------------------------------
def _story(store: Store, story_id: str) -> Story:
    try:
        return store.story(story_id)
    except KeyError:
        raise HTTPException(404, f"no story with id '{story_id}'") from None


@router.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"],
            summary="A story",
            responses={200: JSON_TWIN})
@router.get("/stories/{story_id}.json", tags=["api"], summary="A story (JSON)",
            responses=openapi.json_response({"allOf": [openapi.ref("story"), {
                "properties": {"article_meta": {"type": "array", "items": {"type": "object"}}}
            }]}, "The contract's story object, plus metadata of its articles"))
def story_page(request: Request, story_id: str) -> Response:
    store = store_of(request)
    story = _story(store, story_id)
    articles = {a.id: a for a in store.articles(list(story.articles))}
    data = story_to_dict(story)
    data["article_meta"] = [_meta(articles[a]) for a in story.articles if a in articles]
    context = storyview.story_context(story, articles, LINKS)
    return respond(request, "story.html", {"v": context}, data)


def _meta(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "outlet": a.outlet, "published": a.published,
            "words": a.words, "url": a.url, "href": LINKS.article(a.id)}


# -- article --------------------------------------------------------------------------------
HL = Annotated[list[str] | None, Query(description="Spans to highlight, START-END")]


@router.get("/articles/{article_id}", response_class=HTMLResponse, tags=["pages"],
            summary="An article",
            responses={200: JSON_TWIN})
@router.get("/articles/{article_id}.json", tags=["api"], summary="An article (JSON)",
            responses=openapi.json_response({"allOf": [openapi.ref("article"), {
                "properties": {"story": {"type": ["string", "null"]}}}]},
                "The contract's article object, plus the id of its story"))
def article_page(request: Request, article_id: str, hl: HL = None) -> Response:
    store = store_of(request)
    article = _article(store, article_id)
    story_id = store.story_of(article.id)
    story = store.story(story_id) if story_id else None
    spans = [s for s in (parse_span(v) for v in (hl or ())[:20]) if s]
    marks = [Mark(start=s, end=e, cls="hl", anchor=f"span-{s}-{e}", strong=True)
             for s, e in spans]
    marks += _cited_marks(article, story)
    marks += [Mark(start=s.start, end=s.end, cls="s", anchor=f"s{i + 1}")
              for i, s in enumerate(article.sentences)]
    data = article_to_dict(article)
    data["story"] = story_id
    context = {"a": article, "story": story, "kinds": _kinds(article),
               "body": render_text(article.text, marks, article.removed),
               "safe_url": storyview.safe_url(article.url),
               "outlet": outlet_name(article) or "outlet unknown",
               "name": storyview.outlet_of(article), "highlighted": spans,
               "links": LINKS}
    return respond(request, "article.html", context, data)


def _article(store: Store, article_id: str) -> Article:
    try:
        return store.article(article_id)
    except KeyError:
        raise HTTPException(404, f"no article with id '{article_id}'") from None


def _cited_marks(article: Article, story: Story | None) -> list[Mark]:
    """Anchors on every passage of this article the story points at; those its summary or
    timeline cite are lightly marked (fact claims are too many to colour)."""
    if story is None:
        return []
    spans = {c.span: "claimed" for f in story.facts for c in f.claims
             if c.article == article.id}
    cites = [c for s in story.summary for c in s.citations]
    cites += [c for t in story.timeline for c in t.citations]
    spans.update({c.span: "cited" for c in cites if c.article == article.id})
    return [Mark(start=s, end=e, cls=cls, anchor=f"span-{s}-{e}")
            for (s, e), cls in sorted(spans.items())]


def _kinds(article: Article) -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    for r in article.removed:
        counts[r.kind] = counts.get(r.kind, 0) + 1
    return sorted(counts.items())


# -- compare --------------------------------------------------------------------------------
ArticleId = Annotated[str, Query(min_length=1, max_length=200)]


@router.get("/compare.json", tags=["api"], summary="Two articles' shared passages (JSON)")
@router.get("/compare", response_class=HTMLResponse, tags=["pages"],
            summary="Compare two articles",
            responses={200: JSON_TWIN})
def compare_page(request: Request, a: ArticleId, b: ArticleId) -> Response:
    store = store_of(request)
    left, right = _article(store, a), _article(store, b)
    sid = store.story_of(left.id)
    story = store.story(sid) if sid and sid == store.story_of(right.id) else None
    alignment = compare.align(left, right, story, request.app.state.settings.provenance)
    lm, rm = [], []
    for i, p in enumerate(alignment.passages):
        cls = f"pair k-{p.kind}"
        title = f"{p.kind} ({round(p.similarity * 100)}%)"
        lm.append(Mark(start=p.left[0], end=p.left[1], cls=cls, group=f"g{i}", title=title))
        rm.append(Mark(start=p.right[0], end=p.right[1], cls=cls, group=f"g{i}", title=title))
    data = {
        "left": left.id, "right": right.id, "method": alignment.method,
        "passages": [{"left": list(p.left), "right": list(p.right), "kind": p.kind,
                      "similarity": p.similarity} for p in alignment.passages],
    }
    counts = {k: sum(1 for p in alignment.passages if p.kind == k) for k in compare.KINDS}
    context = {"left": left, "right": right, "story": story, "method": alignment.method,
               "counts": counts, "links": LINKS,
               "left_body": render_text(left.text, lm, id_prefix="l"),
               "right_body": render_text(right.text, rm, id_prefix="r"),
               "outlet": lambda a: outlet_name(a) or "outlet unknown",
               "name": storyview.outlet_of}
    return respond(request, "compare.html", context, data)
