"""Content-hash ids collapse the same text however it is spaced or cased."""

from __future__ import annotations

from storyweave.ids import article_id, normalise


def test_same_text_same_id_despite_whitespace_and_case() -> None:
    assert article_id("Hello  world.\n\nSecond") == article_id("hello world. second")


def test_different_text_different_id() -> None:
    assert article_id("a b c") != article_id("a b d")


def test_normalise_applies_nfkc() -> None:
    assert normalise("ﬁne") == "fine"
