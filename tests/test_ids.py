"""Content-hash ids collapse the same text however it is spaced or cased."""

from __future__ import annotations

from storyweave.ids import article_id, normalise


def test_same_text_same_id_despite_whitespace_and_case() -> None:
    assert article_id("Hello  world.\n\nSecond") == article_id("hello world. second")


def test_different_text_different_id() -> None:
    assert article_id("a b c") != article_id("a b d")


def test_normalise_applies_nfkc() -> None:
    assert normalise("ﬁne") == "fine"


def test_ids_are_stable_across_releases() -> None:
    """Stores keep ids: the normalisation must give the ids earlier versions gave."""
    text = "Ünïcode\u00a0text\u2003with\u3000odd  spaces\x1c and\tTABS\n\nﬁ ligature "
    assert normalise(text) == "ünïcode text with odd spaces and tabs fi ligature"
    assert article_id(text) == "ae760ac803d87976"
