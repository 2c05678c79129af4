"""An article with no date given or printed takes the day its URL's path gives
('/2019/11/20/', '/2019-11-20-slug'), so relative dates ('on Wednesday') and the story's
order still have a day to go by. A printed or given date wins; a number that only looks like
a date (a future day, an id) gives none. Texts written for the test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from harbour_story import HARBOUR_BODY
from storyweave.clean import clean_document
from storyweave.clean.metadata import url_date
from storyweave.model import RawDocument


def _clean(url: str | None, lines=HARBOUR_BODY, **given):
    return clean_document(RawDocument(source="pier.txt", text="\n\n".join(lines), url=url,
                                      **given))


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/world/2019/11/20/harbour-board-dredging", "2019-11-20"),
    ("https://news.example/2019-11-20-harbour-board-dredging.html", "2019-11-20"),
    ("https://news.example/world/harbour-board-dredging-50412345", None),
    ("https://news.example/archive/1234/56/78/item", None),
    (None, None),
])
def test_url_date(url, day) -> None:
    assert url_date(url) == day


def test_a_scraped_article_with_no_printed_date_takes_the_urls() -> None:
    article = _clean("https://news.example/world/2019/11/20/harbour-board-dredging")
    assert article.published == "2019-11-20"


def test_a_printed_date_wins_over_the_url() -> None:
    article = _clean("https://news.example/world/2019/11/20/harbour-board-dredging",
                     ["Published: 21 November 2019", *HARBOUR_BODY])
    assert article.published == "2019-11-21"


def test_a_given_date_wins_and_a_curated_text_reads_its_url_too() -> None:
    url = "https://news.example/world/2019/11/20/harbour-board-dredging"
    assert _clean(url, published="2019-11-22").published == "2019-11-22"
    assert _clean(url, clean=True).published == "2019-11-20"


def test_a_day_after_tomorrow_in_a_url_is_no_date() -> None:
    ahead = date.today() + timedelta(days=3)
    assert url_date(f"https://news.example/{ahead:%Y/%m/%d}/preview") is None


def test_a_cookie_notice_that_was_updated_does_not_date_the_page() -> None:
    """A long line of prose that says 'updated' and holds a date ('Our privacy policy has
    been updated and became effective May 23rd, 2018') is no date stamp: the byline's
    'Updated Nov 13, 2019' dates the page."""
    notice = ("We use cookies to improve your browsing experience on our site and to show "
              "personalised content. In addition, please read our Privacy Policy, which has "
              "also been updated and became effective May 23rd, 2018.")
    article = _clean(None, [notice, "Harbour board closes the old pier",
                            "By Ana Ruiz Updated Nov 13, 2019, 10:28am EST", *HARBOUR_BODY])
    assert article.published == "2019-11-13"
