"""Publication dates written with slashes ('Updated 4/11/2007 1:26 PM'), which US news sites
print and which left articles undated. Texts written for the test."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.metadata import find_date, parse_date
from storyweave.model import RawDocument


def _body(place: str = "harbour") -> str:
    """Four paragraphs of an article about a flood at ``place``."""
    return "\n\n".join(
        f"Paragraph {n} of the report says that the {place} flooded and that crews worked "
        f"through the night to pump water out of the old warehouses near the pier."
        for n in range(1, 5))


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Updated 4/11/2007 1:26 PM", "2007-04-11"),  # month first, as US sites write it
        ("Posted: 08/02/2013 11:10 am", "2013-08-02"),
        ("Published 25/12/2019", "2019-12-25"),  # 25 is no month: day first
        ("Posted 8/2/13 at 1:30 PM", "2013-08-02"),  # a two-digit year on a dated line
        ("Call 555/12/2019 now", None),
        ("Open 24/7 all year", None),
        ("Scores 8/2/13 in the final", None),  # a two-digit year needs a line that dates
        ("Updated 13/13/2019", None),
    ],
)
def test_slashed_dates(line: str, iso: str | None) -> None:
    assert find_date([line], [0]) == iso


def test_a_four_digit_slashed_date_is_a_date_anywhere() -> None:
    assert parse_date("Printed 9/11/2001 in the archive") == "2001-09-11"


def test_an_article_under_a_slashed_date_line_is_dated() -> None:
    body = _body()
    text = f"Harbour floods overnight\n\nUpdated 4/11/2007 1:26 PM\n\n{body}\n"
    article = clean_document(RawDocument(source="flood.txt", text=text))
    assert article.published is not None and article.published.startswith("2007-04-11")


def test_a_date_stamp_kept_as_body_is_the_pages_date_and_leaves_the_body() -> None:
    first = _body()
    second = _body("river")
    stamp = "PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013"
    text = f"Harbour floods overnight\n\n{first}\n\n{stamp}\n\n{second}\n"
    article = clean_document(RawDocument(source="flood.txt", text=text))
    assert article.published == "2013-03-12"
    assert "PUBLISHED" not in article.text
    assert any(r.reason == "publication date stamp" for r in article.removed)


def test_a_body_sentence_opening_with_updated_is_no_date_stamp() -> None:
    first = _body()
    line = "Updated guidance published on March 3, 2024 says the harbour schools must close."
    text = f"Harbour floods overnight\n\n{first}\n\n{line}\n\n{_body('river')}\n"
    article = clean_document(RawDocument(source="flood.txt", text=text))
    assert line in article.text


@pytest.mark.parametrize(("line", "stamp"), [
    ("PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 12 March 2013", True),
    ("Last updated 4/11/2007 1:26 PM", True),
    ("Published Tuesday, March 3, 2024", True),
    ("Publié le 3 mars 2024", True),
    ("Updated guidance published on March 3, 2024 says schools must close.", False),
    ("Published Monday night, the report says so in 2024.", False),
])
def test_date_stamps(line: str, stamp: bool) -> None:
    from storyweave.clean.metadata import date_stamp

    assert date_stamp(line) is stamp
