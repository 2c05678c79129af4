"""A wire brief of one paragraph, alone or under its headline, is an article; a short page
of furniture still has no body. Texts written for the test."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.cleaner import CleaningError
from storyweave.model import RawDocument

BRIEF = ("A bomb exploded Friday at a bank branch in Millbrook, Oregon, killing two police "
         "officers and injuring a third, authorities said.")


def test_a_one_paragraph_brief_is_its_own_body() -> None:
    article = clean_document(RawDocument(source="brief.txt", text=BRIEF))
    assert article.text == BRIEF


def test_a_brief_under_its_headline_keeps_the_headline_as_title() -> None:
    article = clean_document(RawDocument(source="brief.txt",
                                         text=f"Bank bomb kills two officers\n\n{BRIEF}"))
    assert article.text == BRIEF
    assert article.title == "Bank bomb kills two officers"


@pytest.mark.parametrize("text", [
    "Home | News | Sport | Weather | Contact us",
    "Subscribe now\n\nLog in\n\nShare this page on social media",
])
def test_a_short_page_of_furniture_still_has_no_body(text: str) -> None:
    with pytest.raises(CleaningError, match="no article body"):
        clean_document(RawDocument(source="menu.txt", text=text))
