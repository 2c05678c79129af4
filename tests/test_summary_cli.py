"""`storyweave summary` and `storyweave eval summarization` through the real CLI and store."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import storyweave.embed
from storyweave.cli import app
from storyweave.ids import story_id
from storyweave.model import Story
from storyweave.settings import SummarySettings
from storyweave.store import Store
from storyweave.summary import summarize
from test_summary import EMB, FLOOD

runner = CliRunner()


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setattr(storyweave.embed, "default_embedder", lambda model="": EMB)
    path = tmp_path / "news.db"
    summary, timeline = summarize(FLOOD, (), (), SummarySettings(words=40), embedder=EMB)
    ids = tuple(a.id for a in FLOOD)
    story = Story(id=story_id(ids), title="Flood in Marrowby", articles=ids,
                  accounts=tuple((i,) for i in ids), summary=summary, timeline=timeline)
    with Store(path) as store:
        store.add_articles(FLOOD)
        store.save_stories([story])
    return path, story


def test_summary_prints_the_stored_summary_with_numbered_sources(db):
    path, story = db
    result = runner.invoke(app, ["summary", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "Flood in Marrowby" in result.output
    assert story.summary[0].text[:30] in " ".join(result.output.split())
    assert "[1]" in result.output


def test_summary_json_follows_the_contract(db):
    path, story = db
    result = runner.invoke(app, ["summary", "--db", str(path), story.id[:6], "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    (got,) = data["stories"]
    assert got["id"] == story.id
    for s in got["summary"]:
        assert s["citations"] and {sp["article"] for sp in s["spans"]} == set(s["citations"])
        assert isinstance(s["contested"], bool)


def test_words_rewrites_the_summary_to_the_new_budget(db):
    path, story = db
    result = runner.invoke(app, ["summary", "--db", str(path), "--words", "200", "--json", "-"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["stories"][0]["summary"]
    words = sum(len(s["text"].split()) for s in summary)
    assert words <= 200 and len(summary) > len(story.summary)


def test_missing_database_and_unknown_story_are_usage_errors(db, tmp_path):
    path, _ = db
    result = runner.invoke(app, ["summary", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 1 and "no such store" in result.output
    result = runner.invoke(app, ["summary", "--db", str(path), "zzz"])
    assert result.exit_code == 2 and "zzz: no story" in result.output
    result = runner.invoke(app, ["summary", "--db", str(path), "--model", "m"])
    assert result.exit_code == 2 and "--llm" in result.output


def test_llm_failure_exits_1_with_one_line(db):
    path, _ = db
    result = runner.invoke(app, ["summary", "--db", str(path), "--llm", "http://127.0.0.1:9/v1",
                                 "--model", "m"])
    assert result.exit_code == 1
    assert "cannot reach the LLM endpoint" in result.output


def _topic(i: int) -> str:
    docs = [{"id": f"d{j}", "date": f"2031-0{i + 1}-0{j + 1}", "title": "t", "text": a.text}
            for j, a in enumerate(FLOOD)]
    refs = [" ".join(a.text.split()[:40]) for a in FLOOD]
    return json.dumps({"id": f"T{i}", "documents": docs, "references": refs})


@pytest.mark.slow
def test_eval_summarization_scores_all_systems_in_one_pass(tmp_path, monkeypatch):
    monkeypatch.setattr(storyweave.embed, "default_embedder", lambda model="": EMB)
    data = tmp_path / "topics.jsonl"
    data.write_text(_topic(0) + "\n" + _topic(1) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "summarization", str(data), "--words", "40",
                                 "--no-citations", "--json", "-"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert [s["system"] for s in out["systems"]] == ["storyweave", "lead", "lexrank"]
    for s in out["systems"]:
        assert 0 < s["rouge2"] <= s["rouge1"] <= 1


def test_eval_names_the_bad_line(tmp_path):
    data = tmp_path / "topics.jsonl"
    data.write_text(_topic(0) + "\n{not json\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "summarization", str(data), "--no-citations"])
    assert result.exit_code == 1
    assert ":2:" in result.output and "not a summarization topic" in result.output


def test_llm_option_writes_a_checked_summary(db):
    from test_summary_llm import GOOD, MADE_UP, FakeLLM

    path, _ = db
    with FakeLLM() as fake:
        fake.reply = GOOD + " " + MADE_UP
        result = runner.invoke(app, ["summary", "--db", str(path), "--llm", fake.url,
                                     "--model", "fake-1", "--json", "-"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)["stories"][0]["summary"]
    assert [s["text"].split()[0] for s in summary] == ["Heavy", "The"]
    assert all(s["citations"] for s in summary)
    assert fake.requests and fake.requests[0]["body"]["model"] == "fake-1"


def test_a_source_known_by_nothing_but_its_file_is_named_by_it() -> None:
    """A source with no outlet, headline or date was listed as its id twice."""
    from dataclasses import replace

    from rich.console import Console

    from storyweave.summary.render import print_story

    bare = replace(FLOOD[0], source="pile/003_report.txt", title=None, outlet=None,
                   published=None)
    summary, timeline = summarize([bare], (), (), SummarySettings(words=40), embedder=EMB)
    story = Story(id=story_id((bare.id,)), title="Flood", articles=(bare.id,),
                  accounts=((bare.id,),), summary=summary, timeline=timeline)
    console = Console(record=True, width=200)
    print_story(console, story, {bare.id: bare})
    line = [x for x in console.export_text().splitlines() if x.strip().startswith("[1]")][0]
    assert "003_report.txt" in line and line.count(bare.id) == 1
