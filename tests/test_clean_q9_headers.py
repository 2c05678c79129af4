"""Section headers that carry a count ('Comments (5)', '12 Comments', '댓글 3'): the header
test strips one count before or after the header's words (ninth quality pass)."""

from __future__ import annotations

import numpy as np
import pytest

from storyweave.clean import clean_document
from storyweave.clean.feature_names import BASE_NAMES
from storyweave.clean.features import page_features
from storyweave.clean.lines import split_lines
from storyweave.clean.patterns import section_kind, without_count
from storyweave.model import RawDocument


def _kind(line: str) -> str | None:
    return section_kind(line, len(line.split()))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Comments (5)", "comments"),
        ("12 Comments", "comments"),
        ("Comments 12", "comments"),
        ("Comments: 1,024", "comments"),
        ("(4) Comments", "comments"),
        ("Comments(5)", "comments"),
        ("Comments [17] »", "comments"),
        ("Kommentare (12)", "comments"),
        ("Комментарии (7)", "comments"),
        ("댓글 3", "comments"),
        ("댓글(3)", "comments"),
        ("评论（12）", "comments"),
        ("Related articles (6)", "related"),
        ("Perguntas frequentes (4)", "faq"),
    ],
)
def test_a_header_with_a_count_is_a_header(line: str, kind: str) -> None:
    assert _kind(line) == kind
    assert _kind(without_count(line)) == kind  # the same as the header without its count


@pytest.mark.parametrize(
    "line",
    [
        "2024 Comments 5",  # two numbers: a count and something else
        "Comments on the 2024 budget",  # a digit inside the words
        "Top 10 related stories",
        "Comments 5.",  # ends a sentence
        "Comments (12345678901)",  # more digits than a count holds
        "12 Sept 2024",  # no header word
        "• 12 Comments",  # an item of a list
    ],
)
def test_other_lines_with_digits_are_not_headers(line: str) -> None:
    assert _kind(line) is None


def test_without_count_strips_only_a_count_at_an_end() -> None:
    assert without_count("Comments (5)") == "Comments"
    assert without_count("1 234 Kommentare") == "Kommentare"
    assert without_count("Comments") is None  # nothing to strip
    assert without_count("(5)") is None  # nothing left
    assert without_count("Page 3 of 7") is None


def test_the_feature_columns_leave_headers_with_a_count_to_the_rules() -> None:
    """The networks were trained on header columns without counted lines (on dev pages
    they are mostly comment counters under teasers); the rules take them (below)."""
    lines = split_lines("Intro line\nComments (5)\n12 Related Articles\nComments\nRelated")
    x = page_features(lines)
    col = {name: x[:, k] for k, name in enumerate(BASE_NAMES)}
    assert col["sec_comments"].tolist() == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert col["sec_related"].tolist() == [0.0, 0.0, 0.0, 0.0, 1.0]
    assert section_kind("Comments (5)", 2, counted=False) is None


_PARAGRAPHS = [
    "The harbour board approved the new ferry timetable on Tuesday after a long meeting "
    "that ran well into the evening, its chair said.",
    "Boats will leave every twenty minutes during the summer, and every forty minutes in "
    "winter, when fewer visitors cross to the island.",
    "Residents had asked for later sailings for years, and the board agreed to add two "
    "crossings after ten o'clock on Fridays and Saturdays.",
    "The changes take effect next month, once the crews have been trained on the two new "
    "vessels the board bought last spring.",
]


@pytest.mark.parametrize(
    ("header", "bare"),
    [("Comments (3)", "Comments"), ("3 Comments", "Comments"), ("Kommentare (3)", "Kommentare")],
)
def test_a_counted_comment_header_acts_as_the_bare_header(header: str, bare: str) -> None:
    comments = [
        "What a relief for everyone who works late in town.",
        "About time, the last boat was far too early for anyone on shifts.",
        "Will the fares go up as well, I wonder?",
    ]

    def cleaned(line: str):
        text = "\n".join(["Home", "News", "Ferry timetable changes", *_PARAGRAPHS, line, *comments])
        return clean_document(RawDocument(source="ferry.txt", text=text))

    counted, plain = cleaned(header), cleaned(bare)
    assert counted.text == plain.text
    assert [r.text.replace(header, bare) for r in counted.removed] == [
        r.text for r in plain.removed
    ]
    kinds = {line: r.kind for r in counted.removed for line in r.text.split("\n")}
    # (a count before the word reads as a comment counter: furniture, as counters are)
    assert kinds[header] == ("furniture" if header[0].isdigit() else "comments")
    assert kinds[comments[-1]] == "comments"
    assert all(p in counted.text.split("\n\n") for p in _PARAGRAPHS)


def test_a_count_line_at_the_top_is_not_a_tail() -> None:
    """A comment count under the headline (above the body) does not end the article."""
    text = "\n".join(["Ferry timetable changes", "12 Comments", *_PARAGRAPHS])
    article = clean_document(RawDocument(source="ferry.txt", text=text))
    assert np.all([p in article.text for p in _PARAGRAPHS])
