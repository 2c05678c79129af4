"""Posts embedded in an article, signed by a credit line ('— Ana Ruiz (@anaruiz) May 2, 2019'),
are quotes of the account that posted them though no marks set them off. Texts written for
the test."""

from __future__ import annotations

from facts_story import make
from storyweave.facts.embedded_posts import embedded_posts, post_length
from storyweave.facts.entities import index_entities
from storyweave.facts.quotes import extract_quotes

CREDIT = "— Mayor Ana Ruiz (@AnaRuizVelmora) March 4, 2024"


def _quotes(text: str):
    a = make(text)
    index = index_entities([a], None)
    return a, extract_quotes(a, index.names[a.id], index.resolve)


def _posts(text: str):
    a, quotes = _quotes(text)
    return a, [q.claim for q in quotes if q.claim.speaker_span
               and a.text[q.claim.speaker_span[1]:].startswith(" (@")]


def test_a_post_of_three_lines_is_one_quote_of_the_account_that_signed_it() -> None:
    text = ("Mayor Ana Ruiz handed out sandbags in the eastern districts on Monday.\n\n"
            "The river is rising faster than anyone expected\n\n"
            "We have opened three shelters and the buses run all night\n\n"
            "Please check on your neighbours pic.twitter.com/Ab12Cd34\n\n"
            f"{CREDIT}\n\n"
            "The water peaked on Tuesday.")
    a, (post,) = _posts(text)
    assert post.value == ("The river is rising faster than anyone expected We have opened three "
                          "shelters and the buses run all night Please check on your neighbours")
    assert "twitter" not in a.text[post.span[0]:post.span[1]]
    assert post.speaker == "Ana Ruiz" and post.speaker_basis == "named"
    assert a.text[post.speaker_span[0]:post.speaker_span[1]] == "Mayor Ana Ruiz"


def test_the_articles_own_line_before_the_post_is_not_part_of_it() -> None:
    for intro in ("One resident wondered why the council had waited so long.",
                  "The council's plan drew a quick answer from the harbour master.",
                  "Dozens of residents on Twitter asked the same question"):
        text = (f"{intro}\n\n"
                "Why did nobody open the sluice gates before the storm arrived?\n\n"
                "— Tom Vale (@tomvale) March 4, 2024")
        _, (post,) = _posts(text)
        assert post.value == "Why did nobody open the sluice gates before the storm arrived?"
        assert post.speaker == "Tom Vale"


def test_a_short_last_line_is_the_posts_tail_and_its_body_comes_first() -> None:
    text = ("The council answered within the hour.\n\n"
            "Hey everyone, the shelters are open and warm #VelmoraFlood\n"
            "⬇️⬇️⬇️ https://t.co/xyz\n\n"
            f"{CREDIT}")
    _, (post,) = _posts(text)
    assert post.value == "Hey everyone, the shelters are open and warm #VelmoraFlood ⬇️⬇️⬇️"


def test_no_post_where_its_words_were_lost_or_already_quoted() -> None:
    lost = f"The senate posted its resolution. See the tweets:\n\n{CREDIT}"
    assert _posts(lost)[1] == []
    marked = ("The mayor wrote:\n\n"
              "“We have opened three shelters and the buses run all night.”\n\n"
              f"{CREDIT}")
    a, quotes = _quotes(marked)
    assert [q.claim.value for q in quotes] == [
        "We have opened three shelters and the buses run all night"]
    assert quotes[0].claim.speaker == "Ana Ruiz"  # credited by the quote reader


def test_a_long_paragraph_before_a_credit_line_is_no_post() -> None:
    prose = ("The river rose four metres overnight after three days of rain, and emergency "
             "crews evacuated about 1,200 residents from the low-lying eastern districts while "
             "volunteers filled sandbags outside the town hall and the regional railway "
             "suspended its coastal line until further notice, officials said on Monday.")
    assert post_length(prose) > 280
    assert _posts(f"{prose}\n\n{CREDIT}")[1] == []


def test_post_length_counts_links_as_the_service_does() -> None:
    assert post_length("Read this https://example.org/a/very/long/path/to/a/page") == 10 + 23
    assert post_length("Look pic.twitter.com/Ab12Cd34") == 4


def test_embedded_posts_skips_a_post_a_found_quote_covers() -> None:
    text = f"Why did nobody open the sluice gates before the storm arrived?\n\n{CREDIT}"
    a = make(text)
    assert len(embedded_posts(a, lambda n: n)) == 1
    assert embedded_posts(a, lambda n: n, [(0, 40)]) == []


def test_a_tweet_embedded_in_an_html_page_is_quoted_after_cleaning() -> None:
    """The whole path: trafilatura keeps an embed's text and credit line, and the post is a
    quote of its signer."""
    from storyweave.clean import clean_document
    from storyweave.model import RawDocument

    paras = "".join(f"<p>{t}</p>" for t in (
        "The river in Velmora rose four metres overnight after three days of rain.",
        "Emergency crews evacuated about 1,200 residents from the eastern districts.",
        "Mayor Ana Ruiz urged residents to check on their neighbours."))
    embed = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The river is rising '
             'faster than anyone expected. We have opened three shelters <a href="https://t.co/x">'
             'pic.twitter.com/Ab12</a></p>&mdash; Mayor Ana Ruiz (@AnaRuizVelmora) '
             '<a href="https://twitter.com/x/status/1">March 4, 2024</a></blockquote>')
    html = (f"<html><head><title>Flood</title></head><body><article><h1>Velmora flood</h1>"
            f"{paras}{embed}<p>Forecasters expect the water to peak on Thursday.</p>"
            "</article></body></html>")
    article = clean_document(RawDocument(source="flood.html", html=html))
    index = index_entities([article], None)
    quotes = extract_quotes(article, index.names[article.id], index.resolve)
    assert [(q.claim.value, q.claim.speaker) for q in quotes] == [
        ("The river is rising faster than anyone expected. We have opened three shelters",
         "Ana Ruiz")]
