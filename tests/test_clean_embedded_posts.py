"""A post embedded at the end of an article body ('Who are we as a nation ...' / '— Ana Ruiz
(@anaruiz) November 19, 2019') is part of the article, though it looks like the list of links
that often follows a body. Texts written for the test."""

from __future__ import annotations

import numpy as np

from harbour_story import HARBOUR_BODY
from storyweave.clean import clean_document
from storyweave.clean.decide import _keep_embedded_posts
from storyweave.model import RawDocument

POST = "Who will pay for the new pier if the board will not? pic.twitter.com/Ab12Cd"
CREDIT = "— Ana Ruiz (@AnaRuizVelmora) November 19, 2019"


def test_a_credit_line_near_the_body_keeps_the_post_and_itself() -> None:
    text = ("Body line one.", "Body line two.", POST, CREDIT, "Related: more stories")
    body = np.array([True, True, False, False, False])
    kinds = [None, None, "other", "furniture", "furniture"]
    reasons = ["", "", "", "link list", "link list"]
    _keep_embedded_posts(text, body, kinds, reasons)
    assert body.tolist() == [True, True, True, True, False]
    assert kinds[2:4] == [None, None] and reasons[2:4] == ["", ""]
    assert kinds[4] == "furniture"


def test_a_credit_line_far_from_the_body_or_not_a_credit_is_left_alone() -> None:
    far = ("Body line.", "Menu", "Sports", "Weather", "Shop", CREDIT)
    body = np.array([True, False, False, False, False, False])
    _keep_embedded_posts(far, body, [None] * 6, [""] * 6)
    assert body.tolist() == [True] + [False] * 5
    lookalike = ("Body line.", "— Ana Ruiz (@AnaRuizVelmora)")  # no day: a byline, no post
    body = np.array([True, False])
    _keep_embedded_posts(lookalike, body, [None] * 2, [""] * 2)
    assert body.tolist() == [True, False]


def test_the_clean_article_keeps_an_embedded_post_and_its_credit() -> None:
    page = "\n".join(["Harbour board closes the old pier", *HARBOUR_BODY, POST, CREDIT,
                      "Share this article", "Facebook", "Twitter", "Email"])
    article = clean_document(RawDocument(source="pier.txt", text=page))
    assert CREDIT in article.text
    assert article.text.index(POST) < article.text.index(CREDIT)
