"""The self-contained HTML report: one file, no network, every citation lands on its span."""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.model import Analysis
from storyweave.report import write_report
from test_web_fixtures import build_articles, build_store, build_story


@pytest.fixture()
def report(tmp_path: Path) -> tuple[str, dict]:
    arts = build_articles()
    story = build_story(arts)
    analysis = Analysis(articles=tuple(arts.values()), stories=(story,))
    out = tmp_path / "sub" / "report.html"
    write_report(analysis, out)
    return out.read_text(encoding="utf-8"), {"arts": arts, "story": story}


def _sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_report_needs_no_network(report) -> None:
    html, _ = report
    assert not re.search(r"<link[^>]+stylesheet", html)
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r'\ssrc="(https?:)?//', html)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    csp = htmllib.unescape(csp)
    assert "default-src 'none'" in csp
    style = re.search(r"<style>(.*?)</style>", html, flags=re.S).group(1)
    script = re.search(r"<script>(.*?)</script>", html, flags=re.S).group(1)
    assert f"'sha256-{_sha(style)}'" in csp and f"'sha256-{_sha(script)}'" in csp


def test_every_citation_lands_on_its_span(report) -> None:
    html, made = report
    story, arts = made["story"], made["arts"]
    by_id = {a.id: a for a in arts.values()}
    cites = [c for s in story.summary for c in s.citations]
    cites += [c for t in story.timeline for c in t.citations]
    for c in cites:
        anchor = f"a-{c.article}-{c.span[0]}-{c.span[1]}"
        assert f'href="#{anchor}"' in html
        m = re.search(rf'<a class="anchor" id="{anchor}" data-g="([^"]+)">', html)
        assert m, anchor
        group = m.group(1)
        pieces = re.findall(rf'<span class="[^"]*" data-g="[^"]*\b{group}\b[^"]*">([^<]*)</span>',
                            html)
        assert htmllib.unescape("".join(pieces)) == by_id[c.article].span_text(c.span)


def test_report_has_the_story_view_and_every_article(report) -> None:
    html, made = report
    assert made["story"].title in html
    assert "workers on strike" in html and "<svg" in html
    for a in made["arts"].values():
        assert f'id="a-{a.id}"' in html


def test_report_command_from_a_store(tmp_path: Path) -> None:
    made = build_store(tmp_path / "s.db")
    runner = CliRunner()
    out = tmp_path / "one.html"
    r = runner.invoke(app, ["report", "--db", str(tmp_path / "s.db"), made["story"].id,
                            "--html", str(out), "--json", str(tmp_path / "r.json")])
    assert r.exit_code == 0, r.output
    html = out.read_text()
    assert made["story"].title in html and made["articles"]["evil"].id not in html
    assert json.loads((tmp_path / "r.json").read_text())["stories"] == 1
    every = tmp_path / "all.html"
    r = runner.invoke(app, ["report", "--db", str(tmp_path / "s.db"), "--html", str(every)])
    assert r.exit_code == 0 and made["articles"]["evil"].id in every.read_text()


def test_report_command_errors_name_the_problem(tmp_path: Path) -> None:
    build_store(tmp_path / "s.db")
    runner = CliRunner()
    r = runner.invoke(app, ["report", "--db", str(tmp_path / "s.db"), "nosuch",
                            "--html", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "no story with id 'nosuch'" in r.output
    r = runner.invoke(app, ["report", "--db", str(tmp_path / "missing.db"),
                            "--html", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and "no such store" in r.output
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.slow
def test_analyze_html_writes_the_report(tmp_path: Path) -> None:
    from test_web_fixtures import COPY, ORIGINAL, OWN

    pile = tmp_path / "pile"
    pile.mkdir()
    for name, text in (("a.txt", ORIGINAL), ("b.txt", COPY), ("c.txt", OWN)):
        (pile / name).write_text(text, encoding="utf-8")
    out, js = tmp_path / "ex.html", tmp_path / "ex.json"
    r = CliRunner().invoke(app, ["analyze", str(pile), "--html", str(out), "--json",
                                 str(js), "--quiet"])
    assert r.exit_code == 0, r.output
    data = json.loads(js.read_text())
    html = out.read_text()
    assert data["articles"] and data["stories"]
    for a in data["articles"]:
        assert f'id="a-{a["id"]}"' in html
    for s in data["stories"]:
        assert f'id="story-{s["id"]}"' in html


def test_a_quotes_speaker_links_to_where_the_article_names_them(tmp_path: Path) -> None:
    from dataclasses import replace

    from storyweave.model import Claim, Fact

    arts = build_articles()
    o = arts["original"]
    words = "Talks are set to resume on Thursday"
    quote = Fact(id="f9", kind="quote", label="the mayor: talks resume", status="single",
                 independent_accounts=1,
                 claims=(Claim(article=o.id, text=words + ", the mayor said.",
                               span=(o.text.index(words), o.text.index(words) + len(words)),
                               value=words, speaker="the mayor", speaker_basis="role",
                               speaker_span=(o.text.index("the mayor"),
                                             o.text.index("the mayor") + len("the mayor"))),))
    story = build_story(arts)
    story = replace(story, facts=(*story.facts, quote))
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(story,)), out)
    html = out.read_text(encoding="utf-8")
    s, e = quote.claims[0].speaker_span
    anchor = f"a-{o.id}-{s}-{e}"
    speaker = re.search(r'<span class="speaker" title="([^"]*)">(.*?)</span>', html, re.S)
    assert htmllib.unescape(speaker.group(1)) == "speaker found from a role, not a name"
    assert f'href="#{anchor}"' in speaker.group(2) and "the mayor" in speaker.group(2)
    assert f'<a class="anchor" id="{anchor}"' in html  # the link lands on the named span


def _unnamed(arts: dict, **fields) -> dict:
    """The fixture's articles as a pile gives them with no outlet and no URL."""
    from dataclasses import replace

    return {k: replace(a, outlet=None, url=None, **fields) for k, a in arts.items()}


def test_no_outlet_known_is_no_outlet_counted(tmp_path: Path) -> None:
    arts = _unnamed(build_articles())
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(build_story(arts),)), out)
    html = htmllib.unescape(out.read_text(encoding="utf-8"))
    card = re.search(r'<div class="outlets-card">(.*?)</div>', html, re.S).group(1)
    assert "outlet unknown" in card and not re.search(r"\d+ outlets?\b", card)
    assert '<span class="outlet">' not in html  # no headline standing in the outlet's slot
    for a in arts.values():
        if a.title:  # each headline once in its heading, not again as the outlet
            assert f"<h3>{a.title}</h3>" in html
            assert f"{a.title} {a.title}" not in re.sub(r"<[^>]+>", "", html)
    assert html.count('<p class="meta">outlet unknown · ') == len(arts)


def test_known_outlets_are_counted_and_the_unknown_said(tmp_path: Path) -> None:
    from dataclasses import replace

    arts = build_articles()
    first = "original"
    arts[first] = replace(arts[first], outlet=None, url=None)
    story = build_story(arts)
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(story,)), out)
    card = re.search(r'<div class="outlets-card">(.*?)</div>', out.read_text(), re.S).group(1)
    known = {a.outlet for a in arts.values() if a.outlet and a.id in story.articles}
    assert f"<dt>{len(known)} outlet" in card and "outlet unknown for 1 article<" in card


def test_graph_nodes_are_named_as_the_page_names_their_articles(tmp_path: Path) -> None:
    from dataclasses import replace

    from storyweave.article_names import article_name

    arts = {k: replace(a, source=f"pile.jsonl#{n}")
            for n, (k, a) in enumerate(_unnamed(build_articles(), title=None).items(), 1)}
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(build_story(arts),)), out)
    html = out.read_text(encoding="utf-8")
    labels = re.findall(r'<text x="16" y="19" class="node-label">([^<]*)</text>', html)
    assert labels
    names = {article_name(a) for a in arts.values()}
    assert set(labels) <= names | {"unseen origin"}, labels
    for a in arts.values():
        assert a.id not in labels and a.id[:8] not in labels
        assert f"<h3>{article_name(a)}</h3>" in html  # the same name heads the article


def test_folded_claims_are_called_by_what_they_are(tmp_path: Path) -> None:
    """'N more quotes' under a figure or a name hid claims that are no quotes."""
    from dataclasses import replace

    from storyweave.model import Claim, Fact
    from test_web_fixtures import SHARED, span_of

    arts = build_articles()
    o, c = arts["original"], arts["copy"]
    sentence = "The union said about 300 workers joined the strike by noon."

    def said(a, phrase: str, **kw) -> Claim:
        return Claim(article=a.id, text=sentence, span=span_of(a, phrase),
                     sentence_span=span_of(a, sentence), **kw)

    facts = (
        Fact(id="q", kind="quantity", label="workers on strike", status="agree",
             independent_accounts=1, claims=tuple(said(a, "300 workers", value=300.0,
                                                       unit="workers") for a in (o, c))),
        Fact(id="e", kind="entity", label="Veldmark", status="agree", independent_accounts=1,
             claims=tuple(Claim(article=a.id, text=SHARED, span=span_of(a, "Veldmark"),
                                value="Veldmark") for a in (o, c))),
        Fact(id="t", kind="quote", label="the union: 300 joined", status="agree",
             independent_accounts=1,
             claims=tuple(said(a, sentence, value=sentence, speaker="the union") for a in (o, c))),
    )
    story = replace(build_story(arts), facts=facts)
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(story,)), out)
    more = re.findall(r'<details class="more-quotes"><summary>([^<]*)</summary>', out.read_text())
    assert sorted(more) == ["1 more claim", "1 more claim", "1 more quote"]


def test_a_planned_event_is_marked_so_in_the_timeline(tmp_path: Path) -> None:
    """A timeline entry told as still to come ('will resume on Friday') is not shown as an
    event that happened."""
    from dataclasses import replace

    from storyweave.model import Citation, TimelineEvent
    from test_web_fixtures import SHARED, span_of

    arts = build_articles()
    o = arts["original"]
    story = build_story(arts)
    planned = TimelineEvent(date="2031-05-09", text="Talks resume.", planned=True,
                            citations=(Citation(article=o.id, span=span_of(o, SHARED)),))
    story = replace(story, timeline=(*story.timeline, planned))
    out = tmp_path / "report.html"
    write_report(Analysis(articles=tuple(arts.values()), stories=(story,)), out)
    page = out.read_text(encoding="utf-8")
    items = re.findall(r"<li[^>]*><time>[^<]*</time>.*?</li>", page, re.S)
    marked = [i for i in items if ">planned<" in i]
    assert len(marked) == 1 and "Talks resume." in marked[0]
    assert not any(">planned<" in i for i in items if "Strike begins." in i)
