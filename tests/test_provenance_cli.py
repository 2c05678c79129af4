"""The provenance verbs: duplicates (store, shards, Dask), compare, provenance, eval provenance."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.provenance.shards import near_duplicates_dask, near_duplicates_local
from storyweave.settings import ProvenanceSettings
from storyweave.store import Store

COMMON = ("the police said a man was found near the city after the fire and officials "
          "reported that people in the house were injured").split()
VOCAB = COMMON + [f"w{i}" for i in range(2000)]


def sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(VOCAB) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def doc(rng: random.Random, n: int = 6) -> list[str]:
    return [sentence(rng) for _ in range(n)]


def edit(rng: random.Random, text: str, changes: int = 2) -> str:
    words = text.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
    return " ".join(words)


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _write_shards(folder: Path, rng: random.Random) -> tuple[list[Path], set[frozenset[str]]]:
    texts = [" ".join(doc(rng, 12)) for _ in range(60)]
    rows = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
    rows += [{"id": f"n{i}", "text": edit(rng, texts[i])} for i in range(0, 60, 6)]
    rng.shuffle(rows)
    paths = []
    for k in range(3):
        p = folder / f"part{k}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in rows[k::3]), encoding="utf-8")
        paths.append(p)
    return paths, {frozenset((f"t{i}", f"n{i}")) for i in range(0, 60, 6)}


def test_duplicates_over_shards_finds_planted_copies(tmp_path: Path, runner: CliRunner) -> None:
    paths, planted = _write_shards(tmp_path, random.Random(1))
    local = near_duplicates_local([str(p) for p in paths], ProvenanceSettings())
    assert {frozenset((d.a, d.b)) for d in local} == planted
    result = runner.invoke(app, ["duplicates", str(tmp_path), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {frozenset((d["a"], d["b"])) for d in data["near"]} == planted
    assert all(0.8 <= d["similarity"] <= 1 for d in data["near"])


@pytest.mark.slow
def test_dask_engine_gives_the_local_result(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    paths, _ = _write_shards(tmp_path, random.Random(2))
    settings = ProvenanceSettings()
    local = near_duplicates_local([str(p) for p in paths], settings)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=":0") as cluster:
        dask = near_duplicates_dask([str(p) for p in paths], settings, cluster.scheduler_address)
        with Client(cluster) as client:
            again = near_duplicates_dask([str(p) for p in paths], settings, client)
    assert dask == local == again and local


def test_duplicates_in_a_store(tmp_path: Path, runner: CliRunner) -> None:
    rng = random.Random(3)
    texts = [" ".join(doc(rng, 10)) for _ in range(8)]
    texts.append(edit(rng, texts[0]))
    with Store(tmp_path / "n.db") as store:
        store.add_articles(Article(id=article_id(t), source=f"f{i}", text=t)
                           for i, t in enumerate(texts))
    result = runner.invoke(app, ["duplicates", "--db", str(tmp_path / "n.db"), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [{d["a"], d["b"]} for d in data["near"]] == [{article_id(texts[0]),
                                                         article_id(texts[-1])}]
    assert data["indexed"] == 9 and data["total"] == 9
    shown = runner.invoke(app, ["duplicates", "--db", str(tmp_path / "n.db")])
    assert "1 near-duplicate pair" in shown.output


def test_duplicates_usage_errors(tmp_path: Path, runner: CliRunner) -> None:
    assert runner.invoke(app, ["duplicates"]).exit_code == 2
    missing = runner.invoke(app, ["duplicates", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such store" in missing.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["duplicates", str(bad)])
    assert result.exit_code == 1 and "bad.jsonl:2" in result.output


def _write_story(folder: Path) -> tuple[Path, Path, Path]:
    rng = random.Random(4)
    wire = doc(rng, 8)
    own = doc(rng, 8)
    paths = []
    for name, sents, day in (("wire", wire, 1), ("copy", wire[:5], 2), ("own", own, 2)):
        p = folder / f"{name}.json"
        p.write_text(json.dumps({"title": name, "text": "\n\n".join(sents), "clean": True,
                                 "published": f"2024-05-0{day}"}), encoding="utf-8")
        paths.append(p)
    return paths[0], paths[1], paths[2]


def test_compare_two_files(tmp_path: Path, runner: CliRunner) -> None:
    wire, copy, own = _write_story(tmp_path)
    result = runner.invoke(app, ["compare", str(wire), str(copy), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["passages"] and all(p["kind"] == "verbatim" for p in data["passages"])
    shown = runner.invoke(app, ["compare", str(wire), str(own)])
    assert shown.exit_code == 0 and "0 verbatim" in shown.output
    missing = runner.invoke(app, ["compare", str(wire), str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "nope.txt" in missing.output


def test_provenance_of_a_stored_story(tmp_path: Path, runner: CliRunner) -> None:
    from storyweave.pipeline import build_stories, read_and_clean
    from storyweave.settings import Settings

    _write_story(tmp_path)
    db = tmp_path / "s.db"
    articles, problems, _ = read_and_clean([tmp_path], Settings())
    assert not problems and len(articles) == 3
    with Store(db) as store:  # one story of all three, as `analyze --single-story` makes
        store.add_articles(articles)
        store.save_stories(build_stories(articles, Settings(), [[a.id for a in articles]]))
    result = runner.invoke(app, ["provenance", "--db", str(db), "--recompute", "--json", "-"])
    assert result.exit_code == 0, result.output
    story = json.loads(result.output)["stories"][0]
    assert len(story["accounts"]) == 2
    (edge,) = story["provenance"]
    assert edge["relation"] == "excerpt" and edge["evidence"]
    with Store(db) as store:
        by_id = {a.id: a.source for a in store.articles()}
    assert by_id[edge["source"]].endswith("wire.json")
    assert by_id[edge["target"]].endswith("copy.json")
    shown = runner.invoke(app, ["provenance", "--db", str(db), story["id"]])
    assert shown.exit_code == 0 and "independent account" in shown.output
    assert runner.invoke(app, ["provenance", "--db", str(db), "nope"]).exit_code == 1


def test_eval_provenance_on_a_small_benchmark(tmp_path: Path, runner: CliRunner) -> None:
    rng = random.Random(5)
    ecb = tmp_path / "ecb.jsonl"
    ecb.write_text("".join(
        json.dumps({"id": f"30_{i}", "topic": "30", "cluster": "30_ecb",
                    "text": "\n".join(doc(rng, 7))}) + "\n" for i in range(7)), encoding="utf-8")
    config = tmp_path / "s.toml"
    config.write_text("[provenance]\nembeddings = false\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "provenance", str(ecb), "--split", "test",
                                 "--config", str(config), "--json", "-"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    ours = data["methods"]["storyweave"]
    assert ours["stories"] == 1 and ours["articles"] == 12
    assert ours["edges"]["copy"]["f1"] == 1.0 and ours["edges"]["excerpt"]["f1"] == 1.0
    assert ours["accounts_ari"] > 0.8
    assert len(data["methods"]) == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"topic": "30"}\n', encoding="utf-8")
    failed = runner.invoke(app, ["eval", "provenance", str(bad)])
    assert failed.exit_code == 1 and "bad.jsonl:1" in failed.output


def test_parquet_and_jsonl_shards_give_the_same_pairs(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths, planted = _write_shards(tmp_path, random.Random(6))
    parquet = []
    for p in paths:
        rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()]
        out = p.with_suffix(".parquet")
        pq.write_table(pa.table({"id": [r["id"] for r in rows],
                                 "text": [r["text"] for r in rows]}), out)
        parquet.append(str(out))
    settings = ProvenanceSettings()
    from_parquet = near_duplicates_local(parquet, settings)
    assert from_parquet == near_duplicates_local([str(p) for p in paths], settings)
    assert {frozenset((d.a, d.b)) for d in from_parquet} == planted
