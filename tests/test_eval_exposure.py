"""scripts/eval_exposure.py: which test-split items the gold tables and reading passes have
read, so a figure reported on a test split can say whether it is blind."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def exposure_script():
    path = REPO / "scripts" / "eval_exposure.py"
    spec = importlib.util.spec_from_file_location("eval_exposure", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _table(folder, name, source):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps({"name": name, "source": source}))


def test_gold_sources_read_pages_and_topics(tmp_path, exposure_script):
    _table(tmp_path / "facts", "ecb_30", {"ecbplus": "x", "cluster": "30_ecbplus"})
    _table(tmp_path / "facts", "ecb_4", {"ecbplus": "x", "cluster": "4_ecb"})
    _table(tmp_path / "facts_web", "web_a", {"cleaning": "x", "pages": ["a1b2c3d4e5", "0badcafe"]})
    found = exposure_script.gold_sources(tmp_path)
    assert found["facts"]["ecbplus_topics"] == {30, 4}
    assert found["facts_web"]["cleaning_pages"] == {"a1b2c3d4", "0badcafe"}
    assert found["facts_quotes"] == {"cleaning_pages": set(), "ecbplus_topics": set()}


def test_exposure_counts_only_test_items(exposure_script):
    readers = {"tables": {"cleaning_pages": {"a1", "01"}, "ecbplus_topics": set()},
               "pass": {"cleaning_pages": {"a1", "b2"}, "ecbplus_topics": set()}}
    test = [p for p in ("a1", "b2", "c3", "01", "7f") if exposure_script.cleaning_test(p)]
    row = exposure_script.exposure(test, readers, "cleaning_pages")
    assert row["test_items"] == 3  # a1, b2, c3: ids starting 8-f
    assert row["read_by"] == {"tables": 1, "pass": 2}  # '01' is a dev page
    assert row["read_at_all"] == 2 and row["never_read"] == ["c3"]


def test_recorded_passes_name_real_pages_and_topics(shared, exposure_script):
    """A typo in tests/data/exposure.json would hide a page that was read."""
    with (shared / "eval" / "cleaning" / "pages.jsonl").open(encoding="utf-8") as f:
        pages = {json.loads(line)["id"][:8] for line in f if line.strip()}
    passes = exposure_script.reading_passes(REPO / "tests" / "data" / "exposure.json")
    assert passes
    for label, seen in passes.items():
        assert seen["cleaning_pages"] <= pages, label
        assert all(1 <= t <= 45 for t in seen["ecbplus_topics"]), label


def test_script_prints_each_test_split(shared, tmp_path):
    out = tmp_path / "exposure.json"
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "eval_exposure.py"),
                          "--shared", str(shared), "--json", str(out)],
                         capture_output=True, text=True, check=True)
    assert "cleaning test split (pages): 93 in all" in run.stdout
    result = json.loads(out.read_text())
    cleaning = result["cleaning test split (pages)"]
    assert cleaning["read_at_all"] + len(cleaning["never_read"]) == 93
    assert result["ECB+ test split (topics 23-45)"]["test_items"] == 23
