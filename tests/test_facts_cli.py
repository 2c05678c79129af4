"""`storyweave facts` and `storyweave eval facts` on a small store and a small gold table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.facts import cross_check
from storyweave.ids import article_id, story_id
from storyweave.model import Article, Story
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings
from storyweave.store import Store

runner = CliRunner()
TEXTS = {
    "wire": "A convoy of about 300 trucks reached the border on Monday, officials said. "
            "“We expect more tomorrow,” said customs chief Ilse Brandt.",
    "copy": "About 300 trucks in a convoy reached the border on Monday. “We expect more "
            "tomorrow,” Ilse Brandt said.",
    "local": "Our reporter counted a convoy of about 450 trucks at the border crossing.",
}


def _article(name: str) -> Article:
    text = TEXTS[name]
    return Article(id=article_id(text), source=f"{name}.txt", text=text, outlet=name.title(),
                   published="2025-03-03", sentences=split_sentences(text))


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    articles = [_article(n) for n in TEXTS]
    accounts = ((articles[0].id, articles[1].id), (articles[2].id,))
    facts = cross_check(articles, accounts, FactSettings(entities=False, embeddings=False))
    story = Story(id=story_id([a.id for a in articles]), title="Convoy at the border",
                  articles=tuple(a.id for a in articles), accounts=accounts, facts=facts)
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.add_articles(articles)
        store.save_stories([story])
    return path


def test_facts_json_lists_conflicts_first_with_accounts(db: Path) -> None:
    result = runner.invoke(app, ["facts", "--db", str(db), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    facts = data["stories"][0]["facts"]
    assert facts[0]["status"] == "conflict" and facts[0]["kind"] == "quantity"
    assert {c["value"] for c in facts[0]["claims"]} == {300, 450}
    assert facts[0]["independent_accounts"] == 2
    quote = next(f for f in facts if f["kind"] == "quote")
    assert quote["status"] == "single"  # two copies of one account
    assert quote["claims"][0]["speaker"] == "Ilse Brandt"
    for f in facts:
        for c in f["claims"]:
            text = TEXTS[{a: n for n in TEXTS for a in [article_id(TEXTS[n])]}[c["article"]]]
            assert text[c["span"][0] : c["span"][1]].strip()


def test_facts_table_filters_and_recompute(db: Path) -> None:
    result = runner.invoke(app, ["facts", "--db", str(db), "--status", "conflict",
                                 "--recompute", "--kind", "quantity"])
    assert result.exit_code == 0, result.output
    assert "conflict" in result.output and "Local" in result.output
    assert "single" not in result.output.split("facts,")[0].lower().replace(
        "from one article", "")


def test_bad_inputs_get_one_line_errors(db: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["facts", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "none.db: no such store" in missing.output
    unknown = runner.invoke(app, ["facts", "--db", str(db), "s000nothere"])
    assert unknown.exit_code == 1 and "s000nothere: no such story" in unknown.output
    bad_kind = runner.invoke(app, ["facts", "--db", str(db), "--kind", "weather"])
    assert bad_kind.exit_code == 2


def test_eval_facts_scores_a_gold_table(tmp_path: Path) -> None:
    docs = [{"id": f"D{i}", "date": "2025-01-01", "title": "t", "text": t}  # one day: no update
            for i, t in enumerate(TEXTS.values())]
    data = tmp_path / "shared" / "eval" / "summarization"
    data.mkdir(parents=True)
    (data / "topics.jsonl").write_text(json.dumps({"id": "T1", "documents": docs}) + "\n")
    gold = {
        "name": "tiny", "split": "test",
        "source": {"tac": "eval/summarization/topics.jsonl", "topic": "T1"},
        "quantities": [{"doc": "D0", "value": 300, "qualifier": "about", "fact": "convoy"},
                       {"doc": "D1", "value": 300, "qualifier": "about", "fact": "convoy"},
                       {"doc": "D2", "value": 450, "qualifier": "about", "fact": "convoy"}],
        "quotes": [{"doc": "D0", "starts": "We expect more", "speaker": "Ilse Brandt",
                    "fact": "q"}],
        "facts": {"convoy": "conflict", "q": "agree"},
    }
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "tiny.json").write_text(json.dumps(gold))
    result = runner.invoke(app, ["eval", "facts", "--gold", str(gold_dir), "--shared",
                                 str(tmp_path / "shared"), "--no-embeddings", "--json", "-"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["tiny (test)"]
    assert scores["quantity_f1"] == 1.0 and scores["speaker_accuracy"] == 1.0
    assert scores["grouping_f1"] == 1.0
    assert scores["status_accuracy"] == 1.0  # conflict found; the quote agrees in 2 documents

    gold["facts"]["convoy"] = "agree"  # a wrong gold status: reported as a per-fact error
    (gold_dir / "tiny.json").write_text(json.dumps(gold))
    result = runner.invoke(app, ["eval", "facts", "--gold", str(gold_dir), "--shared",
                                 str(tmp_path / "shared"), "--no-embeddings", "--errors",
                                 "--json", "-"])
    assert result.exit_code == 0, result.output
    errors = json.loads(result.output)["errors"]["tiny (test)"]
    assert [e["fact"] for e in errors] == ["convoy"]
    assert errors[0]["problems"] == ["status conflict, gold agree"]
    assert {c["value"] for f in errors[0]["predicted"] for c in f["claims"]} >= {300, 450}
    shown = runner.invoke(app, ["eval", "facts", "--gold", str(gold_dir), "--shared",
                                str(tmp_path / "shared"), "--no-embeddings", "--errors"])
    assert "convoy (gold agree)" in shown.output

    gold["quotes"][0]["speaker"] = "Tom Reyes"  # a wrong gold speaker: reported with the basis
    (gold_dir / "tiny.json").write_text(json.dumps(gold))
    result = runner.invoke(app, ["eval", "facts", "--gold", str(gold_dir), "--shared",
                                 str(tmp_path / "shared"), "--no-embeddings", "--errors",
                                 "--json", "-"])
    errors = {e["fact"]: e for e in json.loads(result.output)["errors"]["tiny (test)"]}
    assert errors["q"]["problems"] == ["D0: speaker 'Ilse Brandt' (named), gold 'Tom Reyes'"]
