"""Credits around an article: contributor lines, timestamps and bylines that meta tags cut short."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.html import visible_byline
from storyweave.clean.patterns import contributor_line, timestamp_line
from storyweave.model import RawDocument

BODY = "\n\n".join(
    f"Paragraph {n} says the harbour flooded overnight and that crews pumped water out of "
    f"the old warehouses near the pier until the tide turned in the early morning."
    for n in range(1, 6))


@pytest.mark.parametrize(("line", "is_credit"), [
    ("Herald reporter Sam Roe contributed to this report.", True),
    ("Ana Ruiz contributed reporting from Madrid.", True),
    ("Jo Smith and Al Roe contributed reporting.", True),
    ("Everyone contributed to the fund, the mayor said.", False),
    ("The rain contributed to the flooding of the harbour district on Monday night.", False),
])
def test_contributor_line(line: str, is_credit: bool) -> None:
    assert contributor_line(line) is is_credit


@pytest.mark.parametrize(("line", "is_stamp"), [
    ("Updated 6:55 p.m.", True),
    ("Published: Tue 14 Oct 2025 09:12 EDT", True),
    ("Posted on March 3, 2024 at 9:08 am", True),
    ("Published 2 hours ago", True),
    ("Updated rules say 6 people may meet.", False),
    ("Published by the ministry in 2024", False),
    ("Updated: new map 2024", False),
])
def test_timestamp_line(line: str, is_stamp: bool) -> None:
    assert timestamp_line(line) is is_stamp


def test_credit_and_timestamp_lines_leave_a_scraped_text() -> None:
    text = (f"Harbour floods overnight\n\nBy Ada Lind\n\nUpdated 6:55 p.m.\n\n{BODY}\n\n"
            "Herald reporter Sam Roe contributed to this report.\n")
    article = clean_document(RawDocument(source="a.txt", text=text))
    assert article.text.startswith("Paragraph 1") and article.text.rstrip().endswith("morning.")
    kinds = {r.text: r.kind for r in article.removed}
    assert kinds["Updated 6:55 p.m."] == "furniture"
    assert kinds["Herald reporter Sam Roe contributed to this report."] == "byline"


def test_html_byline_names_every_author_the_meta_tag_leaves_out() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
    html = (
        "<html><head><title>Harbour floods</title><meta name='author' content='Ada Lind'>"
        "</head><body><article><h1>Harbour floods</h1><div class='byline'>By "
        "<a rel='author' href='/a'>Ada Lind</a> and <a rel='author' href='/b'>Ben Moss</a>, "
        f"staff</div>{paragraphs}<p>Cy Roe contributed to this report.</p></article>"
        "</body></html>")
    assert visible_byline(html) == ("Ada Lind", "Ben Moss")
    article = clean_document(RawDocument(source="a.html", html=html))
    assert article.byline == ("Ada Lind", "Ben Moss")
    assert "contributed" not in article.text


@pytest.mark.parametrize(("line", "is_caption"), [
    ("Volunteers fill sandbags outside the town hall on Tuesday. Jo Roe / Velmora Public Media",
     True),
    ("Crowds gather in the square. AFP / Getty Images", True),
    ("The council met on Monday. It voted 7/2 for the plan.", False),
    ("Prices rose in the year to June, the ministry said. Analysts expect more / less.", False),
])
def test_a_description_ending_in_a_slash_credit_is_a_caption(line: str, is_caption: bool) -> None:
    from storyweave.clean.patterns import caption_signal

    assert (caption_signal(line) is not None) is is_caption
