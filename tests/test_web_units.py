"""The web app's pure parts: text markup, provenance layout, shared passages, story view."""

from __future__ import annotations

import re
from pathlib import Path

from storyweave.model import Article, Edge, Removed, Story
from storyweave.web import compare, graph
from storyweave.web.storyview import AppLinks, ReportLinks, safe_url, story_context
from storyweave.web.textmarks import Mark, paragraphs, parse_span, render_text
from test_web_fixtures import build_articles, build_story


def _text_of(html: str) -> str:
    import html as htmllib

    return htmllib.unescape(re.sub(r"<[^>]+>", "", html))


def test_render_text_keeps_every_character_and_paragraph() -> None:
    text = "First para, one line.\nSecond line.\n\nSecond <para> & more."
    html = str(render_text(text))
    assert html.count("<p ") == 2
    assert _text_of(html).replace("\n", "") == text.replace("\n", "")
    assert "&lt;para&gt; &amp; more" in html


def test_overlapping_marks_cover_exactly_their_spans() -> None:
    text = "abcdefghij"
    marks = [Mark(start=2, end=6, cls="x", anchor="m1"), Mark(start=4, end=8, cls="y",
                                                                 strong=True)]
    html = str(render_text(text, marks))
    pieces = re.findall(r'<(span|mark) class="([^"]+)">([^<]*)</\1>', html)
    assert [(cls, t) for _, cls, t in pieces] == [("x", "cd"), ("x y", "ef"), ("y", "gh")]
    assert [tag for tag, _, _ in pieces] == ["span", "mark", "mark"]
    assert html.index('id="m1"') < html.index(">cd<")  # the anchor sits at the span start
    assert _text_of(html) == text


def test_out_of_range_marks_are_ignored() -> None:
    html = str(render_text("short", [Mark(start=3, end=99, cls="x"),
                                     Mark(start=4, end=2, cls="y")]))
    assert "<span" not in html and "<mark" not in html and _text_of(html) == "short"


def test_removed_blocks_stand_where_they_were() -> None:
    text = "One.\n\nTwo three.\n\nFour."
    removed = (
        Removed(text="before two", kind="caption", at=text.index("Two")),
        Removed(text="inside", kind="related", at=text.index("three")),
        Removed(text="at the end", kind="comments", at=len(text)),
    )
    html = str(render_text(text, removed=removed))
    assert html.index("before two") < html.index("Two") < html.index("inside")
    assert html.index("inside") < html.index("three") < html.index("Four") < html.index(
        "at the end")
    assert re.search(r'<div class="removed kind-caption"', html)  # between paragraphs
    assert re.search(r'<span class="removed kind-related"', html)  # inside one
    assert 'data-kind="comments"' in html


def test_paragraphs_and_parse_span() -> None:
    assert paragraphs("a\n\nb\n \nc") == [(0, 1), (3, 4), (7, 8)]
    assert paragraphs("") == [(0, 0)]
    assert parse_span("12-40") == (12, 40)
    assert parse_span("40-12") is None and parse_span("x") is None and parse_span(None) is None


def test_layout_puts_sources_left_of_what_derives_from_them() -> None:
    arts = build_articles()
    story = build_story(arts)
    g = graph.layout(story, arts_by_id(arts), lambda a: f"/a/{a}")
    assert g is not None
    pos = {n.id: n for n in g.nodes}
    o, c = arts["original"].id, arts["copy"].id
    assert pos["unseen:1"].x < pos[o].x < pos[c].x
    assert pos["unseen:1"].unseen and pos["unseen:1"].href is None
    assert pos[o].color == pos[c].color != pos[arts["own"].id].color  # same account
    assert all(0 <= n.x and n.x + graph.NODE_W <= g.width for n in g.nodes)
    assert all(0 <= n.y and n.y + graph.NODE_H <= g.height for n in g.nodes)
    assert len({(n.x, n.y) for n in g.nodes}) == len(g.nodes)  # no two nodes overlap


def test_layout_survives_a_cycle_and_is_none_without_edges() -> None:
    a, b = _article("alpha text here"), _article("beta text here")
    cyc = Story(id="s", title="t", articles=(a.id, b.id), provenance=(
        Edge(source=a.id, target=b.id, relation="copy", confidence=0.5),
        Edge(source=b.id, target=a.id, relation="copy", confidence=0.5)))
    g = graph.layout(cyc, {a.id: a, b.id: b}, str)
    assert g is not None and len(g.links) == 2 and all(link.path for link in g.links)
    flat = Story(id="s", title="t", articles=(a.id, b.id))
    assert graph.layout(flat, {a.id: a, b.id: b}, str) is None


def test_shared_sentences_finds_exact_and_near_copies() -> None:
    left = _article("The bridge closed at dawn after the flood. Nobody was hurt in the town. "
                    "Officials will meet on Friday to decide.")
    right = _article("Officials will meet on Friday to decide! The bridge closed at dawn after "
                     "the big flood. Something else entirely different here.")
    found = compare.shared_sentences(left, right)
    kinds = {left.text[slice(*p.left)].split()[1]: p.kind for p in found}
    assert kinds == {"bridge": "near-verbatim", "will": "verbatim"}
    for p in found:
        assert right.text[slice(*p.right)].split()[0] == left.text[slice(*p.left)].split()[0]


def test_story_context_orders_conflicts_first_and_cites_quotes() -> None:
    arts = build_articles()
    story = build_story(arts)
    v = story_context(story, arts_by_id(arts), AppLinks())
    assert [row["f"].status for row in v["facts"]] == ["conflict", "agree"]
    chip = v["summary"][0]["chips"][0]
    a = arts["original"]
    assert chip.quote == a.text[chip.span[0]: chip.span[1]] and chip.label == "Harbour Gazette"
    groups = v["facts"][0]["groups"]  # the conflict: two versions, one claim each
    assert [g["value"] for g in groups] == ["about 300 workers", "more than 500 workers"]
    claim = groups[0]["claims"][0]
    assert claim["mid"] == "about 300 workers"
    assert claim["pre"].endswith("said ") and claim["post"].startswith(" joined")
    assert v["n_accounts"] == 2 and v["first"].startswith("2031-05-05")
    assert ReportLinks().article(a.id, (1, 5)) == f"#a-{a.id}-1-5"


def test_safe_url_allows_only_http() -> None:
    assert safe_url("https://x.example/a") == "https://x.example/a"
    for bad in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,x", None, ""):
        assert safe_url(bad) is None


def arts_by_id(arts: dict[str, Article]) -> dict[str, Article]:
    return {a.id: a for a in arts.values()}


def _article(text: str) -> Article:
    from storyweave.ids import article_id

    return Article(id=article_id(text), source="x.txt", text=text)


def test_compare_without_aligner_uses_evidence_then_shared_sentences() -> None:
    arts = build_articles()
    story = build_story(arts)
    o, c, w = arts["original"], arts["copy"], arts["own"]
    found = compare.align(o, c, story)  # no settings: the aligner is not asked
    assert found.method == "provenance evidence"
    (p,) = found.passages
    assert o.text[slice(*p.left)] == c.text[slice(*p.right)]
    assert compare.align(c, o, story).passages[0].left == p.right
    fallback = compare.align(o, c, None)
    assert fallback.method == "shared sentences" and fallback.passages
    assert compare.align(o, w, story).passages == ()


def test_page_cache_stays_within_its_byte_budget(tmp_path) -> None:
    import asyncio

    from storyweave.web.cache import PageCache

    db = tmp_path / "c.db"
    db.write_bytes(b"x")
    body = b"y" * 1000

    async def app(scope, receive, send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": body})

    cache = PageCache(app, db, size=100, max_bytes=3500)

    async def get(path: str) -> list:
        sent: list = []

        async def send(message) -> None:
            sent.append(message)

        await cache({"type": "http", "method": "GET", "path": path, "query_string": b"",
                     "headers": []}, None, send)
        return sent

    async def run() -> None:
        for i in range(10):
            await get(f"/stories/{i}")
        assert len(cache._entries) == 3 and cache._bytes == 3000
        hit = await get("/stories/9")
        assert (b"x-cache", b"hit") in hit[0]["headers"] and hit[1]["body"] == body
        db.write_bytes(b"changed")
        assert (b"x-cache", b"hit") not in (await get("/stories/9"))[0]["headers"]

    asyncio.run(run())


def test_jobs_refuse_work_beyond_the_waiting_limit(tmp_path) -> None:
    import threading

    import pytest

    from storyweave.settings import Settings
    from storyweave.web.jobs import Jobs, JobsBusy, Upload

    jobs = Jobs(tmp_path / "j.db", Settings())
    jobs.max_waiting = 2
    gate, started = threading.Event(), threading.Event()

    def busy(job, uploads) -> None:  # the worker is busy with the first job
        jobs._update(job, state="running")
        started.set()
        gate.wait(10)

    jobs._run = busy
    try:
        jobs.submit([Upload(label="x")])
        assert started.wait(10)
        for _ in range(2):  # two waiting
            jobs.submit([Upload(label="x")])
        with pytest.raises(JobsBusy, match="2 jobs are already waiting"):
            jobs.submit([Upload(label="x")])
    finally:
        gate.set()
        jobs.shutdown()


def test_jobs_outlive_the_server_and_unfinished_ones_say_so(tmp_path) -> None:
    import threading

    from storyweave.settings import Settings
    from storyweave.web.jobs import INTERRUPTED, Jobs, Upload

    db = tmp_path / "j.db"
    first = Jobs(db, Settings())
    gate, started = threading.Event(), threading.Event()

    def finish(job, uploads) -> None:
        first._update(job, state="running", stage="read", total=3)
        first._update(job, done=1)
        first._update(job, state="done", stage="done", done=3, added=["a1", "a2"])

    def hang(job, uploads) -> None:  # still running when the server stops
        first._update(job, state="running", stage="store")
        started.set()
        gate.wait(10)

    first._run = finish
    done = first.submit([Upload(label="x")])
    first.shutdown()
    first = Jobs(db, Settings())
    first._run = hang
    stuck = first.submit([Upload(label="y")])
    assert started.wait(10)

    second = Jobs(db, Settings())  # a new server on the same store
    try:
        old = second.get(done.id)
        assert old is not None and old.state == "done" and old.added == ["a1", "a2"]
        lost = second.get(stuck.id)
        assert lost is not None and lost.state == "failed" and lost.error == INTERRUPTED
        assert second.get("nope") is None
    finally:
        gate.set()
        first.shutdown()
        second.shutdown()


def test_a_quotes_speaker_links_to_the_span_naming_them_in_the_app() -> None:
    from storyweave.model import Claim
    from storyweave.web.storyview import claim_row

    a = build_articles()["original"]
    words = "Talks are set to resume on Thursday"
    start, named = a.text.index(words), a.text.index("the mayor")
    claim = Claim(article=a.id, text=words, span=(start, start + len(words)), value=words,
                  speaker="the mayor", speaker_basis="role", speaker_span=(named, named + 9))
    row = claim_row(claim, {a.id: a}, AppLinks())
    assert row["speaker_href"].endswith(f"?hl={named}-{named + 9}#span-{named}-{named + 9}")
    assert row["speaker_how"] == "speaker found from a role, not a name"
    bare = claim_row(Claim(article=a.id, text=words, span=claim.span, value=words),
                     {a.id: a}, AppLinks())
    assert bare["speaker_href"] is None and bare["speaker_how"] == ""


def test_a_claim_group_names_each_article_once() -> None:
    from types import SimpleNamespace

    from storyweave.web.storyview import claim_groups

    def row(article: str, outlet: str) -> dict:
        return {"c": SimpleNamespace(article=article), "outlet": outlet, "value": "1,000 miles",
                "mid": "1,000 miles", "href": f"#{article}"}

    rows = [row("a1", "Coast News"), row("a2", "Harbour Times"), row("a1", "Coast News")]
    group = claim_groups(rows)[0]
    assert len(group["claims"]) == 3  # every claim still shown under 'more quotes'
    assert [r["href"] for r in group["articles"]] == ["#a1", "#a2"]  # each article once


def test_a_sentence_with_its_own_opening_quote_mark_is_not_quoted_twice() -> None:
    from storyweave.model import Claim
    from storyweave.web.storyview import claim_row

    text = "“We will sail again by Friday,” said Halvard Moen.\n\nThe port reopened on 9 May."
    a = Article(id="a1", source="a.txt", text=text, outlet="Coast")
    quote = Claim(article="a1", text=text, span=(1, 29), value="We will sail again by Friday",
                  speaker="Halvard Moen", sentence_span=(0, 50))
    plain = Claim(article="a1", text=text, span=(74, 75), value=9.0, sentence_span=(52, 79))
    assert claim_row(quote, {"a1": a}, AppLinks())["own_quotes"] is True
    assert claim_row(plain, {"a1": a}, AppLinks())["own_quotes"] is False
    html = (Path(__file__).parents[1] / "src/storyweave/web/static/style.css").read_text()
    assert "q.quote.own { quotes: none; }" in html


def test_articles_sharing_an_unseen_origin_name_each_other_and_can_be_compared() -> None:
    """Two articles that share an origin not in the pile: each one's role names the other,
    a compare link joins them, and the side-by-side view shows the passages the
    shared-origin edges carry (Evidence.source_article) when the aligner is not asked."""
    from dataclasses import replace

    from storyweave.model import Evidence

    arts = build_articles()
    o, w = arts["original"], arts["own"]
    shared_o, shared_w = (0, 40), (0, 38)
    story = replace(build_story(arts), provenance=(
        Edge(source="unseen:1", target=o.id, relation="shared-origin", confidence=0.6,
             evidence=(Evidence(source_span=shared_w, target_span=shared_o,
                                kind="paraphrase", similarity=0.7, source_article=w.id),)),
        Edge(source="unseen:1", target=w.id, relation="shared-origin", confidence=0.6,
             evidence=(Evidence(source_span=shared_o, target_span=shared_w,
                                kind="paraphrase", similarity=0.7, source_article=o.id),)),
    ))
    v = story_context(story, arts_by_id(arts), AppLinks())
    roles = {r["a"].id: r["role"] for g in v["accounts"] for r in g["rows"]}
    assert roles[o.id] == "shares an origin not in the pile with Coast Radio"
    assert roles[w.id] == "shares an origin not in the pile with Harbour Gazette"
    (pair,) = v["pairs"]
    assert pair["rel"] == "shares an origin not in the pile with"
    assert pair["href"] == AppLinks().compare(o.id, w.id)
    found = compare.align(o, w, story)
    assert found.method == "provenance evidence"
    assert [(p.left, p.right) for p in found.passages] == [(shared_o, shared_w)]
    assert [(p.left, p.right) for p in compare.align(w, o, story).passages] == [
        (shared_w, shared_o)]
