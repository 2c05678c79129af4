"""Quality floors on shared labelled data, the reference corpus, and the eval/cluster commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.embed import default_embedder
from storyweave.settings import Settings, StorySettings
from storyweave.stories import group_stories
from storyweave.stories.evaluate import read_labelled, score


@pytest.fixture(scope="session")
def minilm():  # noqa: ANN201
    return default_embedder()


def test_score_matches_hand_computed_values() -> None:
    s = score(["x", "x", "y", "y"], ["a", "a", "a", "b"])
    # BCubed P: items 1,2 -> 1, items 3,4 -> 1/2 each -> 0.75; R: 2/3,2/3,1/3,1 -> 2/3
    assert s.bcubed_p == pytest.approx(0.75) and s.bcubed_r == pytest.approx(2 / 3)
    # pairs: predicted {12, 34}, gold {12, 13, 23}: one shared
    assert s.pairwise_p == pytest.approx(0.5) and s.pairwise_r == pytest.approx(1 / 3)
    assert score(["a", "b"], ["a", "b"]).bcubed_f1 == 1.0


def test_reader_takes_both_shapes_and_splits(tmp_path: Path, shared: Path) -> None:
    ecb = shared / "eval" / "clustering" / "ecbplus.jsonl"
    dev, test = read_labelled(ecb, "dev"), read_labelled(ecb, "test")
    assert dev and test and len(dev) + len(test) == len(read_labelled(ecb))
    assert all(int(x.topic) <= 22 for x in dev) and all(int(x.topic) > 22 for x in test)
    assert all(x.article.url is None for x in dev)  # url/source never read
    tac = read_labelled(shared / "eval" / "summarization" / "tac2011_en.jsonl")
    assert len(tac) == 100 and len({x.gold for x in tac}) == 10


def test_reader_names_bad_lines(tmp_path: Path) -> None:
    from storyweave.errors import InputError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "x", "cluster": "a"}\n{oops\n')
    with pytest.raises(InputError, match="bad.jsonl:2"):
        read_labelled(bad)


@pytest.mark.slow
def test_tac2011_topics_are_ten_stories(shared: Path, minilm) -> None:  # noqa: ANN001
    data = read_labelled(shared / "eval" / "summarization" / "tac2011_en.jsonl")
    groups = group_stories([x.article for x in data], StorySettings(), minilm)
    label = {a: n for n, g in enumerate(groups) for a in g}
    s = score([str(label[x.article.id]) for x in data], [x.gold for x in data])
    assert s.bcubed_f1 >= 0.98


@pytest.mark.slow
def test_border_talks_is_one_story(border_talks: Path, minilm) -> None:  # noqa: ANN001
    from storyweave.pipeline import read_and_clean

    articles, problems, _ = read_and_clean([border_talks], Settings())
    assert not problems and len(articles) == len(list(border_talks.glob("*.txt")))
    groups = group_stories(articles, StorySettings(), minilm)
    assert len(groups) == 1


@pytest.mark.slow
def test_border_talks_is_one_story_online(border_talks: Path) -> None:
    from storyweave.pipeline import read_and_clean
    from storyweave.stories import OnlineStories

    articles, _, _ = read_and_clean([border_talks], Settings())
    online = OnlineStories(StorySettings())  # default embedders: static screen, then MiniLM
    assert online.screen
    keys = online.add_all(sorted(articles, key=lambda a: a.published or ""))
    assert len(set(keys)) == 1


EVENTS = [
    [
        "Fishermen in Velmar harbour rescued 14 sailors after the trawler Kestra sank in a gale.",
        "The trawler Kestra went down off Velmar; harbour crews pulled 14 sailors from the sea.",
        "Gale sinks Kestra: 14 sailors saved by Velmar harbour boats.",
    ],
    [
        "The Ostrava orchestra premiered Ilse Marrow's symphony to a sold-out hall on Sunday.",
        "Ilse Marrow's new symphony had its premiere with the Ostrava orchestra, every seat sold.",
        "Sold-out Ostrava hall hears the Marrow symphony premiere.",
    ],
]


def _labelled_file(path: Path) -> Path:
    rows = [
        {
            "id": f"{t}-{n}",
            "title": "",
            "date": None,
            "text": text,
            "cluster": f"t{t}",
            "topic": str(t + 1),
        }
        for t, texts in enumerate(EVENTS)
        for n, text in enumerate(texts)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_eval_command_prints_and_writes_scores(tmp_path: Path) -> None:
    cfg = tmp_path / "s.toml"
    cfg.write_text("[stories]\nembeddings = false\n")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "clustering",
            str(_labelled_file(tmp_path / "l.jsonl")),
            "--split",
            "dev",
            "--json",
            str(out),
            "--config",
            str(cfg),
        ],
    )
    assert result.exit_code == 0, result.output
    table = json.loads(out.read_text())
    assert table["articles"] == 6 and table["gold_stories"] == 2
    methods = {r["method"]: r for r in table["results"]}
    assert methods["batch"]["bcubed_f1"] == 1.0 and "online" in methods
    assert "BCubed" in result.output


def test_cluster_command_local(tmp_path: Path) -> None:
    shard = _labelled_file(tmp_path / "part-0.jsonl")
    (tmp_path / "part-1.jsonl").write_text('{"id": "x"}\nnot json\n')
    cfg = tmp_path / "s.toml"
    cfg.write_text("[stories]\nembeddings = false\n")
    out = tmp_path / "c.json"
    result = CliRunner().invoke(
        app,
        [
            "cluster",
            str(shard),
            str(tmp_path / "part-1.jsonl"),
            "--json",
            str(out),
            "--config",
            str(cfg),
        ],
    )
    assert result.exit_code == 1  # two bad lines, reported; the rest clustered
    data = json.loads(out.read_text())
    assert sorted(len(s["articles"]) for s in data["stories"]) == [3, 3]
    assert len(data["problems"]) == 2 and "part-1.jsonl" in data["problems"][0]
