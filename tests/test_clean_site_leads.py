"""A lead paragraph that names a website ('... said on Example.com, a news website: "..."')
is body wherever it stands: first, in the middle or last. Texts written for the test."""

from __future__ import annotations

import pytest

from harbour_story import HARBOUR_BODY
from storyweave.clean import clean_document
from storyweave.model import RawDocument

_BODY = HARBOUR_BODY
_SITE_LEAD = (
    "The Coast Courier has reported that a local website run by pier campaigners claims the "
    "cracks were found months ago. The claim first appeared on Pierwatch.com, a news website "
    "run by some of the campaigners, which said: \"If the board knew of the cracks, it should "
    "have closed the pier in spring.\""
)


def _clean(lines: list[str]):
    return clean_document(RawDocument(source="pier.txt", text="\n\n".join(lines)))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_a_paragraph_naming_a_website_stays_wherever_it_stands(where: str) -> None:
    at = {"first": 0, "middle": 2, "last": len(_BODY)}[where]
    lines = ["Pier closes after cracks found", *_BODY[:at], _SITE_LEAD, *_BODY[at:]]
    article = _clean(lines)
    assert _SITE_LEAD in article.text
    assert all(p in article.text for p in _BODY)


def test_a_short_link_line_after_the_body_still_goes() -> None:
    link = "Read the full report at www.harbourboard.example.com"
    article = _clean(["Pier closes after cracks found", *_BODY, link])
    assert link not in article.text
