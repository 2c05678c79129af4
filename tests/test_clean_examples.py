"""Cleaning the project's example corpus, checked against its ground truth file."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES, REPO
from storyweave.pipeline import read_and_clean
from storyweave.settings import Settings

TRUTH = json.loads((REPO / "examples" / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cleaned():
    articles, problems, _ = read_and_clean([EXAMPLES], Settings())
    assert not problems
    return {a.source.split("corpus/", 1)[1]: a for a in articles}


@pytest.mark.parametrize("name", sorted(TRUTH["articles"]))
def test_body_kept_and_boilerplate_removed(cleaned, name: str) -> None:
    truth, article = TRUTH["articles"][name], cleaned[name]
    assert article.text.startswith(truth["body_first"])
    assert article.text.rstrip().endswith(truth["body_last"])
    for kind, lines in truth["boilerplate"].items():
        for line in lines:
            assert line not in article.text, (kind, line)


@pytest.mark.parametrize("name", sorted(TRUTH["articles"]))
def test_metadata_found(cleaned, name: str) -> None:
    truth, article = TRUTH["articles"][name], cleaned[name]
    assert article.outlet == truth["outlet"]
    assert article.title == truth["title"]
    assert list(article.byline) == truth["byline"]
    assert (article.published or "").startswith(truth["published"])
