"""Helpers for the facts tests: articles written for a test, cross-checked without models."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.ids import article_id
from storyweave.model import Article, Fact
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)


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
