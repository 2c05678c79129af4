"""The facts evaluation reads its articles from each kind of gold source (TAC topic, ECB+ story)."""

from __future__ import annotations

import pytest

from conftest import SHARED
from storyweave.errors import InputError
from storyweave.facts.evaluate import load_articles

ECB = "eval/clustering/ecbplus.jsonl"


@pytest.mark.skipif(not (SHARED / ECB).is_file(), reason="shared ECB+ data not present")
def test_an_ecbplus_story_loads_its_documents_only(tmp_path):
    gold = {"source": {"ecbplus": ECB, "cluster": "1_ecb"}}
    articles = load_articles(gold, tmp_path / "gold.json", SHARED)
    assert len(articles) >= 3
    assert all(a.id.startswith("1_") and a.id.endswith("ecb") for a in articles)
    assert all(a.sentences and a.text for a in articles)


@pytest.mark.skipif(not (SHARED / ECB).is_file(), reason="shared ECB+ data not present")
def test_an_unknown_ecbplus_story_is_a_clear_error(tmp_path):
    gold = {"source": {"ecbplus": ECB, "cluster": "99_nowhere"}}
    with pytest.raises(InputError, match="99_nowhere"):
        load_articles(gold, tmp_path / "gold.json", SHARED)
