"""The facts evaluation reads its articles from each kind of gold source (TAC topic, ECB+ story,
web pages of the cleaning eval)."""

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


PAGES = "eval/cleaning/pages.jsonl"


def _page_ids(count: int) -> list[str]:
    import json

    lines = (SHARED / PAGES).read_text(encoding="utf-8").splitlines()[:count]
    return [json.loads(line)["id"] for line in lines]


@pytest.mark.skipif(not (SHARED / PAGES).is_file(), reason="shared cleaning eval not present")
def test_web_pages_load_as_their_gold_bodies_named_by_id_prefix(tmp_path):
    ids = _page_ids(2)
    gold = {"source": {"cleaning": PAGES, "pages": [i[:8] for i in ids]}}
    articles = load_articles(gold, tmp_path / "gold.json", SHARED)
    assert sorted(a.id for a in articles) == sorted(i[:8] for i in ids)
    for article in articles:
        assert article.sentences and article.text
        assert article.sentences[-1].end <= len(article.text)
        assert article.published is None or len(article.published) == 10


@pytest.mark.skipif(not (SHARED / PAGES).is_file(), reason="shared cleaning eval not present")
def test_an_unknown_page_is_a_clear_error(tmp_path):
    gold = {"source": {"cleaning": PAGES, "pages": ["zz99zz99"]}}
    with pytest.raises(InputError, match="zz99zz99"):
        load_articles(gold, tmp_path / "gold.json", SHARED)
