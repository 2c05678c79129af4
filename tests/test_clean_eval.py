"""Cleaning evaluation: a quality floor on the development split, the eval command, HTML input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storyweave.clean import clean_document
from storyweave.clean.evaluate import evaluate, load_pages, split_pages
from storyweave.cli import app
from storyweave.errors import InputError
from storyweave.model import RawDocument

# Measured on the development split with the shipped model and rules: F1 0.956 (P 0.939,
# R 0.973). A change may not silently lower it; the floor sits under it by about the
# spread that retraining with other seeds gives.
DEV_F1_FLOOR = 0.94


@pytest.fixture(scope="module")
def pages(shared):
    return load_pages(shared / "eval" / "cleaning" / "pages.jsonl")


def test_dev_split_quality_gate(pages):
    dev = split_pages(pages, "dev")
    assert len(dev) == 88
    (score,) = evaluate(dev, ["storyweave"])
    assert score.f1 >= DEV_F1_FLOOR, score
    assert score.precision >= 0.8 and score.recall >= 0.8


def test_splits_are_disjoint(pages):
    dev = {p["id"] for p in split_pages(pages, "dev")}
    test = {p["id"] for p in split_pages(pages, "test")}
    assert dev and test and not dev & test
    assert len(dev | test) == len(split_pages(pages, "all"))


def _tiny_pages(tmp_path):
    body = (
        "The council voted on Tuesday to close the old bridge after engineers found deep "
        "cracks in two of its piers during an inspection."
    )
    lines = [
        ["Home", 0],
        ["News", 0],
        [body, 1],
        [body.replace("Tuesday", "Monday"), 1],
        ["Related stories", 0],
        ["© 2024 Courier", 0],
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"{c}0", "lines": lines}) for c in "0a") + "\n")
    return path


def test_eval_command_prints_all_methods_as_json(tmp_path):
    result = CliRunner().invoke(
        app, ["eval", "cleaning", str(_tiny_pages(tmp_path)), "--split", "all", "--json", "-"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    methods = [s["method"] for s in data["scores"]]
    assert methods[0] == "storyweave" and len(methods) == 3
    assert any("jusText" in m for m in methods) and any("10-word" in m for m in methods)
    assert all(s["pages"] == 2 and 0 <= s["f1"] <= 1 for s in data["scores"])


def test_eval_command_bad_input(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "01", "lines": []}\n{not json\n')
    result = CliRunner().invoke(app, ["eval", "cleaning", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:2" in result.output
    result = CliRunner().invoke(app, ["eval", "cleaning", str(bad), "--split", "nope"])
    assert result.exit_code == 2
    with pytest.raises(InputError, match="cannot read"):
        load_pages(tmp_path / "missing.jsonl")


HTML = """<html><head><title>Bridge closed - Valley Courier</title>
<meta name="author" content="Jane Roe"><meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2024-03-05"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Bridge closed</h1>
<p>The town council of Millbrook voted on Tuesday to close the old river bridge after
engineers found deep cracks in two of its supporting piers during an inspection.</p>
<p>Mayor Ruth Calder said the decision had not been taken lightly, because the bridge
carries about 4,000 vehicles a day between the market square and the northern estates.</p>
<p>Traffic will be diverted over the ring road, which the council expects to add up to
twenty minutes to journeys at the busiest times of the day.</p></article>
<footer>Contact us | Privacy policy</footer></body></html>"""


def test_html_goes_through_trafilatura(monkeypatch):
    import trafilatura

    calls = []
    real = trafilatura.bare_extraction

    def spy(*args, **kwargs):
        calls.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(trafilatura, "bare_extraction", spy)
    a = clean_document(RawDocument(source="page.html", html=HTML))
    assert len(calls) == 1 and calls[0]["with_metadata"]
    paragraphs = a.text.split("\n\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("The town council")
    assert "Privacy policy" not in a.text and "Home" not in a.text
    assert a.title == "Bridge closed"
    assert a.byline == ("Jane Roe",)
    assert a.outlet == "Valley Courier"
    assert a.published == "2024-03-05"
    assert {r.kind for r in a.removed} <= {"title", "byline", "other"}
