"""Sentence splitting: offsets, paragraphs, and behaviour on real scraped articles."""

from __future__ import annotations

import pytest

from conftest import BORDER_TALKS
from storyweave.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_offsets_point_into_the_text_and_are_trimmed() -> None:
    text = "  First one.   Second one!  \n\n Third?  "
    sents = split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == ["First one.", "Second one!", "Third?"]
    assert all(s.start < s.end for s in sents)
    assert [s.start for s in sents] == sorted(s.start for s in sents)


def test_paragraph_index_counts_blank_line_breaks() -> None:
    text = "A one. A two.\n\nB one.\n\n\n\nC one. C two. C three."
    assert [s.paragraph for s in split_sentences(text)] == [0, 0, 1, 2, 2, 2]


def test_a_sentence_never_crosses_a_line_or_paragraph_break() -> None:
    text = "A heading without a stop\n\nthe body starts in lower case and ends here.\nNext line"
    sents = split_sentences(text)
    assert _texts(text) == [
        "A heading without a stop",
        "the body starts in lower case and ends here.",
        "Next line",
    ]
    assert all("\n" not in text[s.start : s.end] for s in sents)


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n \t ") == ()


def test_non_ascii_offsets_are_characters_not_bytes() -> None:
    text = "Señora Núñez habló en Zürich. “Ça va,” dit-il. Über alles."
    assert _texts(text) == ["Señora Núñez habló en Zürich.", "“Ça va,” dit-il.", "Über alles."]


def test_text_without_final_punctuation_is_one_sentence() -> None:
    assert _texts("Breaking news from the coast") == ["Breaking news from the coast"]


def test_only_whitespace_lies_between_sentences() -> None:
    text = "One. Two? Three! “Four,” he said. Five... six. Seven."
    sents = split_sentences(text)
    assert len(sents) == 6
    assert sents[0].start == 0 and sents[-1].end == len(text)
    for a, b in zip(sents, sents[1:], strict=False):
        assert a.end <= b.start and not text[a.end : b.start].strip()


@pytest.mark.parametrize("path", sorted(BORDER_TALKS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_real_articles_split_sanely(path) -> None:
    """On scraped news, sentences start with a capital, quote or digit, and none is huge."""
    text = path.read_text(encoding="utf-8")
    sents = split_sentences(text)
    assert len(sents) > 20
    for s in sents:
        body = text[s.start : s.end]
        assert body == body.strip() and "\n" not in body
        assert len(body) < 600, body[:80]
    # Abbreviations never end a sentence where a name or a noun follows.
    for s in sents:
        last = text[s.start : s.end].rsplit(" ", 1)[-1]
        assert last not in {"Mr.", "Mrs.", "Ms.", "Dr.", "Gov.", "Sen.", "Rep.", "Gen."}
    starts = [text[s.start] for s in sents]
    lower = [c for c in starts if c.islower()]
    # A lower-case start is only acceptable on a line that begins that way (e.g. comments).
    for s in sents:
        if text[s.start].islower():
            assert s.start == 0 or text[s.start - 1] == "\n", text[s.start - 40 : s.end]
    assert len(lower) < len(starts) / 4


def test_paragraph_index_matches_the_contracts_reading_of_clean_text() -> None:
    """Clean text separates paragraphs by exactly '\\n\\n'; the store and the JSON reader
    recompute the paragraph as the number of separators before the sentence."""
    text = "One. Two.\n\nThree “four.”\n\nFive? Six!\n\nSeven"
    for s in split_sentences(text):
        assert s.paragraph == text.count("\n\n", 0, s.start)
