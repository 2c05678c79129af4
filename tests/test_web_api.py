"""The HTTP API and pages against a real uvicorn server on a loopback port, through httpx."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyweave.settings import Settings
from test_web_fixtures import LiveServer, build_store

JSON = {"Accept": "application/json"}
HTML = {"Accept": "text/html,application/xhtml+xml"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, dict]]:
    db = tmp_path_factory.mktemp("web") / "site.db"
    made = build_store(db)
    settings = Settings().replace("web", max_upload_mb=1, max_files=3, max_urls=2)
    with LiveServer(db, settings) as server, httpx.Client(base_url=server.url,
                                                          timeout=30) as client:
        yield client, made


@pytest.fixture()
def own_site(tmp_path: Path) -> Iterator[httpx.Client]:
    """A server of its own, for tests that change the store (the module's site stays as built)."""
    db = tmp_path / "own.db"
    build_store(db)
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


def test_stories_list_has_json_twin_by_suffix_and_by_accept(site) -> None:
    client, made = site
    by_suffix = client.get("/stories.json").json()
    by_accept = client.get("/", headers=JSON).json()
    assert by_suffix["stories"] == by_accept["stories"]
    assert by_suffix["total"] == 2 and by_suffix["articles"] == 4
    first = by_suffix["stories"][0]
    assert first["id"] == made["story"].id  # largest first
    assert first["articles"] == 3 and first["accounts"] == 2
    assert first["outlets"] == ["Coast Radio", "Daily Relay", "Harbour Gazette"]
    assert first["first_published"].startswith("2031-05-05")
    html = client.get("/", headers=HTML)
    assert html.headers["content-type"].startswith("text/html")
    assert made["story"].title in html.text


def test_search_and_sort(site) -> None:
    client, made = site
    hits = client.get("/stories.json", params={"q": "cranes"}).json()
    assert [s["id"] for s in hits["stories"]] == [made["story"].id]
    assert client.get("/stories.json", params={"q": "zeppelin"}).json()["total"] == 0
    recent = client.get("/stories.json", params={"sort": "recent"}).json()["stories"]
    assert recent[0]["id"] == made["evil_story"].id  # published last
    bad = client.get("/stories.json", params={"sort": "sideways"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    assert "sort" in bad.json()["detail"]


def test_story_json_is_the_contract_story(site) -> None:
    client, made = site
    story = made["story"]
    data = client.get(f"/stories/{story.id}.json").json()
    assert data["id"] == story.id and data["articles"] == list(story.articles)
    assert [f["status"] for f in data["facts"]] == ["agree", "conflict"]  # as stored
    assert data["summary"][1]["contested"] is True
    assert {m["id"] for m in data["article_meta"]} == set(story.articles)


def test_story_page_shows_summary_facts_graph_accounts_timeline(site) -> None:
    client, made = site
    story, arts = made["story"], made["articles"]
    html = client.get(f"/stories/{story.id}").text
    # citation chips link to the cited span of the cited article
    cite = story.summary[0].citations[0]
    href = f"/articles/{cite.article}?hl={cite.span[0]}-{cite.span[1]}#span-{cite.span[0]}-"
    assert href in html
    # facts: conflicts first, whatever order they were stored in
    assert html.index("workers on strike") < html.index("Veldmark port</span>")
    # provenance graph: one node per article plus the unseen origin, one path per edge
    svg = html[html.index("<svg viewBox"): html.index("</svg>", html.index("<svg viewBox"))]
    assert svg.count('<g class="node') == 4 and "unseen origin" in svg
    assert svg.count('class="edge rel-') == 2
    # compare link for the copy edge, accounts and timeline
    assert f"/compare?a={arts['original'].id}&amp;b={arts['copy'].id}" in html
    assert html.count('class="account"') == 2
    assert "Strike begins." in html


def test_article_page_highlights_the_requested_span(site) -> None:
    client, made = site
    a = made["articles"]["own"]
    start = a.text.index("More than 500")
    end = start + len("More than 500 workers")
    html = client.get(f"/articles/{a.id}", params={"hl": f"{start}-{end}"}).text
    marked = "".join(re.findall(r"<mark[^>]*>(.*?)</mark>", html, flags=re.S))
    assert marked == a.text[start:end]
    assert f'id="span-{start}-{end}"' in html
    # every sentence can be linked to (#s1, #s2, ...)
    assert len(re.findall(r'class="anchor" id="s\d+"', html)) == len(a.sentences)
    data = client.get(f"/articles/{a.id}.json").json()
    assert data["text"] == a.text and data["story"] == made["story"].id


def test_article_page_shows_removed_blocks_in_place_by_kind(site) -> None:
    client, made = site
    a = made["articles"]["original"]
    html = client.get(f"/articles/{a.id}").text
    assert 'id="show-comments"' in html and 'id="show-caption"' in html
    caption = html.index('class="removed kind-caption"')
    # the caption stood before the 'Managers' paragraph, the comments after the last one
    assert html.index("Photo: cranes at dawn") < html.index("Managers called")
    assert caption < html.index("Managers called") < html.index("Comments (2)")


def test_compare_pairs_the_passages_two_articles_share(site) -> None:
    client, made = site
    o, c, w = (made["articles"][k] for k in ("original", "copy", "own"))
    data = client.get("/compare.json", params={"a": o.id, "b": c.id}).json()
    assert data["method"] == "aligner"  # the provenance stage's aligner
    verbatim = [p for p in data["passages"] if p["kind"] == "verbatim"]
    assert verbatim
    for p in verbatim:
        assert " ".join(o.text[slice(*p["left"])].split()) == " ".join(
            c.text[slice(*p["right"])].split())
    swapped = client.get("/compare.json", params={"a": c.id, "b": o.id}).json()
    assert sorted(tuple(p["left"]) for p in swapped["passages"]) == sorted(
        tuple(p["right"]) for p in data["passages"])
    unrelated = client.get("/compare.json", params={"a": o.id, "b": w.id}).json()
    assert not [p for p in unrelated["passages"] if p["kind"] == "verbatim"]
    html = client.get("/compare", params={"a": o.id, "b": c.id}).text
    left, right = html.split('id="pane-right"')
    assert 'data-g="g0"' in left.split('id="pane-left"')[1] and 'data-g="g0"' in right


def test_errors_are_problems_for_clients_and_pages_for_browsers(site) -> None:
    client, _ = site
    missing = client.get("/stories/nope.json")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    body = missing.json()
    assert body["status"] == 404 and body["title"] == "Not Found" and "nope" in body["detail"]
    assert body["type"] == "about:blank" and body["title"] == "Not Found"
    page = client.get("/stories/nope", headers=HTML)
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no story with id" in page.text
    invalid = client.get("/compare.json", params={"a": "x"})
    assert invalid.status_code == 422 and invalid.json()["errors"][0]["where"] == "query.b"


def test_openapi_and_offline_docs(site) -> None:
    client, _ = site
    spec = client.get("/openapi.json").json()
    for path in ("/stories.json", "/stories/{story_id}.json", "/articles/{article_id}.json",
                 "/compare.json", "/add.json", "/jobs/{job_id}.json"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn." not in docs.text  # served from the package, works offline
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200


def test_security_headers_on_every_page(site) -> None:
    client, made = site
    for path in ("/", f"/stories/{made['story'].id}", "/add", "/stories.json", "/nope"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp, path
        assert "unsafe-inline" not in csp, path
        assert r.headers["x-content-type-options"] == "nosniff"


def test_host_header_must_be_loopback(site) -> None:
    client, _ = site
    r = client.get("/", headers={"Host": "attacker.example"})
    assert r.status_code == 400


def test_cross_origin_post_is_refused(site) -> None:
    client, _ = site
    r = client.post("/add", data={"text": "x " * 50}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and r.json()["detail"] == "cross-origin request refused"


def test_upload_limits(site) -> None:
    client, _ = site
    said = client.get("/add.json").json()  # the form's JSON twin states the limits
    assert said["max_files"] == 3 and said["max_urls"] == 2 and ".html" in said["file_types"]
    big = client.post("/add.json", files={"files": ("big.txt", b"x" * (2 * 1024 * 1024))})
    assert big.status_code == 413 and "max_upload_mb" in big.json()["detail"]
    many = [("files", (f"f{i}.txt", b"some text", "text/plain")) for i in range(4)]
    too_many = client.post("/add.json", files=many)
    assert too_many.status_code == 413 and "at most 3" in too_many.json()["detail"]
    exe = client.post("/add.json", files={"files": ("tool.exe", b"MZ")})
    assert exe.status_code == 415 and "tool.exe" in exe.json()["detail"]
    nothing = client.post("/add.json", data={"text": "   "})
    assert nothing.status_code == 422 and "nothing to add" in nothing.json()["detail"]
    url = client.post("/add.json", data={"urls": "file:///etc/passwd"})
    assert url.status_code == 422 and "not an http(s) URL" in url.json()["detail"]


def _wait(client: httpx.Client, href: str, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(href).json()
        if job["finished"]:
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {href} did not finish")


@pytest.mark.slow
def test_add_upload_with_hostile_name_joins_the_store(own_site, tmp_path: Path) -> None:
    client = own_site
    text = ("Ferry services resumed\n\nFerry services across the Veldmark estuary resumed on "
            "Tuesday after a week of storms, the operator said in a statement.\n\n"
            "Passengers were asked to check times before travelling.")
    r = client.post("/add.json", files={"files": ("../../etc/ferry.txt", text.encode())})
    assert r.status_code == 202 and r.headers["location"].startswith("/jobs/")
    job = _wait(client, r.headers["location"])
    assert job["state"] == "done", job
    assert len(job["added"]) == 1 and job["stories"]
    article = client.get(f"/articles/{job['added'][0]}.json").json()
    assert article["path"] == "ferry.txt"  # the name the user gave, never a path of ours
    story = client.get(f"/stories/{job['stories'][0]}.json").json()
    assert job["added"][0] in story["articles"]
    assert not (tmp_path.parent / "etc").exists()
    again = _wait(client, client.post("/add.json", data={"text": text}).headers["location"])
    assert again["added"] == [] and again["already_stored"] == 1


def test_pages_are_fresh_after_another_process_writes(tmp_path: Path) -> None:
    from storyweave.model import Story
    from storyweave.store import Store
    from test_web_fixtures import article

    db = tmp_path / "fresh.db"
    build_store(db)
    with LiveServer(db) as server, httpx.Client(base_url=server.url) as client:
        before = client.get("/stories.json").json()
        assert client.get("/stories.json").json() == before  # served again (from the cache)
        late = article("A lighthouse keeper retired after forty years on the island rock.",
                       outlet="Isle Post", published="2031-06-01")
        with Store(db) as other:  # as 'storyweave add' in another process would
            other.add_articles([late])
            other.save_stories([Story(id="slate", title="Keeper retires",
                                      articles=(late.id,))])
        after = client.get("/stories.json").json()
        assert after["total"] == before["total"] + 1 and after["articles"] == 5
        assert client.get("/stories/slate").status_code == 200


def test_urls_go_through_the_sources_stage_which_refuses_private_addresses(own_site) -> None:
    client = own_site
    r = client.post("/add.json", data={"urls": "http://127.0.0.1:9/private-page"})
    assert r.status_code == 202
    job = _wait(client, r.headers["location"], timeout=60)
    assert job["state"] == "done" and job["added"] == []
    assert any("127.0.0.1:9/private-page" in p for p in job["problems"]), job["problems"]


def test_a_page_is_served_from_the_cache_until_the_store_changes(tmp_path: Path) -> None:
    from storyweave.store import Store

    db = tmp_path / "cache.db"
    made = build_store(db)
    path = f"/stories/{made['story'].id}"
    with LiveServer(db) as server, httpx.Client(base_url=server.url) as client:
        first, second = client.get(path), client.get(path)
        assert "x-cache" not in first.headers and second.headers["x-cache"] == "hit"
        assert second.text == first.text
        assert second.headers["content-security-policy"] == first.headers[
            "content-security-policy"]
        with Store(db) as other:
            other.delete_story(made["evil_story"].id)
        assert "x-cache" not in client.get(path).headers


def _non_loopback_address() -> str | None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # no packet is sent: this only picks a route
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_serve_binds_loopback_by_default(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    db = tmp_path / "serve.db"
    build_store(db)
    info = tmp_path / "serve.json"
    exe = Path(sys.executable).parent / "storyweave"
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", "0", "--json",
                             str(info)], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        served = json.loads(info.read_text())
        assert served["host"] == "127.0.0.1" and served["port"] > 0
        while time.monotonic() < deadline:
            try:
                assert httpx.get(served["url"] + "stories.json").json()["total"] == 2
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            raise AssertionError("storyweave serve did not answer")
        other = _non_loopback_address()
        if other is not None:
            with pytest.raises(httpx.TransportError):
                httpx.get(f"http://{other}:{served['port']}/stories.json", timeout=3)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_openapi_describes_json_with_the_contract_schema(site) -> None:
    import jsonschema

    client, made = site
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    op = spec["paths"]["/stories/{story_id}.json"]["get"]
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/contract.story"} in schema["allOf"]
    # the story the API returns validates against the schema it advertises
    resolver_doc = {"components": {"schemas": schemas}, **schema}
    story = client.get(f"/stories/{made['story'].id}.json").json()
    jsonschema.validate(story, resolver_doc)
    article = client.get(f"/articles/{made['articles']['own'].id}.json").json()
    art_schema = spec["paths"]["/articles/{article_id}.json"]["get"]["responses"]["200"][
        "content"]["application/json"]["schema"]
    jsonschema.validate(article, {"components": {"schemas": schemas}, **art_schema})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": 5}, resolver_doc)


@pytest.mark.slow
def test_a_url_is_fetched_and_stored(tmp_path: Path) -> None:
    """A real page server on loopback (allowed here by settings) stands in for the web."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = (b"<html><head><title>Tram line reopens</title></head><body><article>"
            b"<h1>Tram line reopens</h1><p>The number 4 tram line reopened on Friday after "
            b"three months of track works, the city transport office said.</p><p>Services "
            b"run every ten minutes during the day and every twenty at night.</p>"
            b"</article></body></html>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body, status = (page, 200) if self.path == "/tram" else (b"", 404)
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    pages = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=pages.serve_forever, daemon=True).start()
    db = tmp_path / "url.db"
    build_store(db)
    settings = Settings().replace("fetch", allow_private=True, obey_robots=False,
                                  per_host_delay_s=0.0, retries=0)
    url = f"http://127.0.0.1:{pages.server_address[1]}/tram"
    try:
        with LiveServer(db, settings) as server, httpx.Client(base_url=server.url) as client:
            r = client.post("/add.json", data={"urls": url})
            job = _wait(client, r.headers["location"])
            assert job["state"] == "done" and len(job["added"]) == 1, job
            article = client.get(f"/articles/{job['added'][0]}.json").json()
            assert "tram line reopened on Friday" in article["text"]
            assert article["url"] == url or article["path"] == url
    finally:
        pages.shutdown()


def test_article_page_marks_cited_passages_and_anchors_claims(site) -> None:
    client, made = site
    a, story = made["articles"]["original"], made["story"]
    html = client.get(f"/articles/{a.id}").text
    cite = story.summary[0].citations[0]  # cited by the summary: lightly marked
    claim = story.facts[1].claims[0]  # a fact claim only: anchored, not coloured
    for span, cls in ((cite.span, "cited"), (claim.span, "claimed")):
        anchor = f'<a class="anchor" id="span-{span[0]}-{span[1]}"></a>'
        assert anchor in html
        after = html[html.index(anchor):]
        first_piece = re.search(r'<span class="([^"]+)"', after).group(1).split()
        assert cls in first_piece, (cls, first_piece)


def test_refusals_before_routing_are_pages_for_browsers(site) -> None:
    client, _ = site
    r = client.post("/add", content=b"x" * (2 * 1024 * 1024),
                    headers={"Accept": "text/html", "Content-Type": "text/plain"})
    assert r.status_code == 413 and r.headers["content-type"].startswith("text/html")
    assert "max_upload_mb" in r.text and "default-src 'none'" in r.headers[
        "content-security-policy"]
    r = client.post("/add", data={"text": "x"}, headers={"Origin": "http://evil.example"})
    assert r.status_code == 403 and r.headers["content-type"] == "application/problem+json"


def test_an_article_with_no_outlet_says_so_and_names_itself_once(tmp_path: Path) -> None:
    """With no outlet known, the article and compare pages showed its headline as the outlet,
    next to the same headline."""
    from dataclasses import replace

    from storyweave.store import Store

    db = tmp_path / "bare.db"
    made = build_store(db)
    original = made["articles"]["original"]
    bare = replace(made["articles"]["copy"], id="b" * 16, outlet=None, url=None,
                   title="Harbour strike ends after two days")
    with Store(db) as store:
        store.add_articles([bare])
    with LiveServer(db) as server, httpx.Client(base_url=server.url, timeout=30) as client:
        page = client.get(f"/articles/{bare.id}").text
        start = page.index('<article class="article">')
        head = page[start:page.index("</header>", start)]
        assert "outlet unknown" in head and head.count("Harbour strike ends") == 1
        page = client.get("/compare", params={"a": original.id, "b": bare.id}).text
        pane = page[page.index('id="pane-right"'):]
        pane = pane[:pane.index("</header>")]
        assert '<span class="outlet">outlet unknown</span>' in pane
        assert pane.count("Harbour strike ends") == 2  # aria-label and the link, not thrice
