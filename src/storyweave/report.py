"""The self-contained HTML report: one file with the story view of the web app, inline CSS,
SVG and script, no network, to attach to an email.

    write_report(analysis, "out.html")                  # after analyze
    write_store_report(store, "out.html", story_id)     # from a store (one story, or all)
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from markupsafe import Markup

from .model import Analysis, Article, Story
from .store import Store


def write_report(analysis: Analysis, path: str | Path) -> None:
    """Write the report of an analysis (every story, every article) to ``path``."""
    title = analysis.stories[0].title if len(analysis.stories) == 1 else "storyweave report"
    _write(path, render_report(analysis.articles, analysis.stories, title=title))


def write_store_report(store: Store, path: str | Path, story_id: str | None = None) -> None:
    """Write the report of one stored story (``story_id``), or of every stored story."""
    _write(path, store_report(store, story_id))


def store_report(store: Store, story_id: str | None = None) -> str:
    """The report HTML of one stored story, or of all; KeyError for an unknown story id."""
    stories = [store.story(story_id)] if story_id else store.stories()
    ids = list(dict.fromkeys(a for s in stories for a in s.articles))
    articles = store.articles(ids) if stories else store.articles()
    title = stories[0].title if len(stories) == 1 else "storyweave report"
    return render_report(articles, stories, title=title)


def render_report(
    articles: Sequence[Article], stories: Sequence[Story], *, title: str = "storyweave report"
) -> str:
    """The whole report as one HTML string."""
    from .web.render import render, static_text
    from .web.storyview import ReportLinks, story_context
    from .web.textmarks import token

    by_id = {a.id: a for a in articles}
    links = ReportLinks()
    views = [story_context(s, by_id, links) for s in stories]
    spans = _cited_spans(stories)
    css, js = static_text("style.css"), static_text("app.js")
    return render(
        "report.html",
        standalone=True,
        title=title,
        views=views,
        articles=[_article_entry(a, spans.get(a.id, {}), token)
                  for a in _ordered(articles, stories)],
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        inline_css=Markup(css),
        inline_js=Markup(js),
        csp=_csp(css, js),
    )


def _ordered(articles: Sequence[Article], stories: Sequence[Story]) -> list[Article]:
    by_id = {a.id: a for a in articles}
    order = list(dict.fromkeys([a for s in stories for a in s.articles] + list(by_id)))
    return [by_id[a] for a in order if a in by_id]


def _cited_spans(stories: Sequence[Story]) -> dict[str, dict[tuple[int, int], str]]:
    """Every span the stories point at, by article, with its class: 'cited' (summary and
    timeline, lightly marked) or 'claimed' (fact claims and where a quote's speaker is named:
    anchored, not coloured)."""
    out: dict[str, dict[tuple[int, int], str]] = {}
    for s in stories:
        for f in s.facts:
            for cl in f.claims:
                out.setdefault(cl.article, {}).setdefault(cl.span, "claimed")
                if cl.speaker_span:  # where the article names a quote's speaker
                    out[cl.article].setdefault(cl.speaker_span, "claimed")
        cites = [c for ss in s.summary for c in ss.citations]
        cites += [c for t in s.timeline for c in t.citations]
        for c in cites:
            out.setdefault(c.article, {})[c.span] = "cited"
    return out


def _article_entry(article: Article, spans: dict[tuple[int, int], str], token) -> dict:
    """An article of the report: its outlet only where one is known (None: 'outlet
    unknown'), and the name the page cites it by (its headline or file) for its heading."""
    from .article_names import article_name, outlet_name
    from .web.storyview import safe_url
    from .web.textmarks import Mark, render_text

    aid = token(article.id)
    marks = [
        Mark(start=s, end=e, cls=cls, anchor=f"a-{aid}-{s}-{e}", group=f"c{s}-{e}")
        for (s, e), cls in sorted(spans.items())
    ]
    body = render_text(article.text, marks, id_prefix=f"a-{aid}-")
    return {"a": article, "outlet": outlet_name(article), "name": article_name(article),
            "body": body, "url": safe_url(article.url), "open": True}


def _csp(css: str, js: str) -> str:
    """No network at all; only this file's own style and script run (by hash)."""
    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()

    return (f"default-src 'none'; style-src 'sha256-{digest(css)}'; "
            f"script-src 'sha256-{digest(js)}'; img-src data:; base-uri 'none'; "
            "form-action 'none'")


def _write(path: str | Path, html: str) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(html, encoding="utf-8")
