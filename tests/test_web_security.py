"""Untrusted article text, titles, outlets and URLs always come out as text, never markup."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from storyweave.report import render_report
from test_web_fixtures import EVIL, LiveServer, build_store

HOSTILE_MARKUP = (
    "<script>window.__pwned",
    "<img src=x onerror",
    'href="javascript:',
    "<b>bold</b>",
    "</textarea><b>",
    "<b>Evil</b>",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, dict]]:
    db = tmp_path_factory.mktemp("websec") / "sec.db"
    made = build_store(db)
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client, made


def _assert_inert(html: str, where: str) -> None:
    for bad in HOSTILE_MARKUP:
        assert bad not in html, f"{where}: raw {bad!r} in the page"
    assert "javascript:" not in "".join(
        part.split('"', 1)[0] for part in html.split('href="')[1:]
    ), f"{where}: a javascript: link"


def test_every_page_escapes_hostile_text(site) -> None:
    client, made = site
    evil = made["articles"]["evil"]
    pages = {
        "list": "/",
        "search": "/?q=picture",
        "story": f"/stories/{made['evil_story'].id}",
        "article": f"/articles/{evil.id}?hl=0-30",
        "compare": f"/compare?a={evil.id}&b={made['articles']['original'].id}",
    }
    for name, path in pages.items():
        r = client.get(path)
        assert r.status_code == 200, name
        _assert_inert(r.text, name)
    article = client.get(f"/articles/{evil.id}").text
    assert "__pwned = 1&lt;/script&gt; news" in article  # shown, as text
    assert "&lt;/textarea&gt;" in article


def test_search_query_is_escaped_where_echoed(site) -> None:
    client, _ = site
    html = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html


def test_error_detail_is_escaped(site) -> None:
    client, _ = site
    r = client.get("/stories/<script>alert(1)<", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "<script>alert(1)" not in r.text


def test_json_keeps_the_text_exactly(site) -> None:
    client, made = site
    evil = made["articles"]["evil"]
    assert client.get(f"/articles/{evil.id}.json").json()["text"] == EVIL


def test_report_escapes_hostile_text() -> None:
    from test_web_fixtures import build_articles

    arts = build_articles()
    html = render_report([arts["evil"]], [], title="<script>x</script>")
    _assert_inert(html, "report")
    assert "<script>x</script>" not in html
