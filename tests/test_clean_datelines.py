"""Date lines above or at the top of a body ('Release: 03 / 08 / 2013', 'Published: 09th June
2013', '8:56am Monday 10th June 2013', 'THURSDAY, APRIL 11, 2013, 9:53 PM') are the article's
date, neither its title nor its body. Texts written for the test."""

from __future__ import annotations

import pytest

from harbour_story import HARBOUR_BODY
from storyweave.clean import clean_document
from storyweave.clean.metadata import date_stamp, parse_date, stamp_date
from storyweave.model import RawDocument

_BODY = HARBOUR_BODY


def _clean(lines: list[str]):
    return clean_document(RawDocument(source="pier.txt", text="\n\n".join(lines)))


@pytest.mark.parametrize(("line", "iso"), [
    ("Release: 03 / 08 / 2013", "2013-03-08"),
    ("Published: 09th June 2013", "2013-06-09"),
    ("8:56am Monday 10th June 2013", "2013-06-10"),
    ("THURSDAY, APRIL 11, 2013, 9:53 PM", "2013-04-11"),
])
def test_a_dateline_is_the_articles_date_not_its_title(line: str, iso: str) -> None:
    title = "Harbour board closes the old ferry pier"
    article = _clean([title, line, *_BODY])
    assert article.title == title
    assert article.published == iso
    assert line not in article.text


def test_a_dateline_kept_in_the_body_leaves_it_and_dates_the_article() -> None:
    line = "THURSDAY, APRIL 11, 2013, 9:53 PM"
    article = _clean(["Harbour board closes the old ferry pier", _BODY[0], line, *_BODY[1:]])
    assert article.published == "2013-04-11"
    assert line not in article.text
    assert any(r.text == line and r.reason == "publication date stamp" for r in article.removed)


@pytest.mark.parametrize(("line", "stamp"), [
    ("Release: 03 / 08 / 2013", True),
    ("Published: 09th June 2013", True),
    ("8:56am Monday 10th June 2013", True),
    ("THURSDAY, APRIL 11, 2013, 9:53 PM", True),
    ("Sunday, March 25, 2007", True),
    ("Ferry pier to close on June 10, 2013", False),  # a headline holding a date
    ("The pier closed on 10th June 2013 after the vote.", False),
    ("Tickets: 03 / 08 / 2013 and 04 / 08 / 2013", False),
])
def test_bare_datelines_are_date_stamps(line: str, stamp: bool) -> None:
    assert date_stamp(line) is stamp


def test_ordinal_days_read_as_dates_and_spaced_slashes_only_on_a_dateline() -> None:
    assert parse_date("09th June 2013") == "2013-06-09"
    assert stamp_date("Release: 03 / 08 / 2013") == "2013-03-08"
    assert parse_date("Score 3 / 8 / 2013 runs") is None
