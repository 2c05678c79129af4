"""Cleaning rules on synthetic pages: teaser blocks inside an article, captions with credits."""

from __future__ import annotations

from storyweave.clean import clean_document
from storyweave.model import RawDocument

_PARAGRAPHS = [
    "The harbour board approved a new ferry terminal on Thursday after a long debate that "
    "lasted well into the evening, officials said.",
    "The terminal will replace a wooden pier that has served the island routes since the "
    "early years of the last century, according to the board.",
    "Engineers expect construction to start in the spring and to take about two years, "
    "weather permitting, the project manager told reporters.",
    "Passenger numbers on the island routes have doubled over the past decade, and the old "
    "pier can no longer handle the larger vessels now in service.",
    "Several residents told the meeting that the new building would block their view of "
    "the bay, and one of them asked for the design to be changed.",
    "The board said it would hold two more public hearings before the final plans are "
    "submitted to the regional planning office next year.",
]


def _page(middle: list[str], tail: list[str]) -> str:
    head = ["Island Gazette", "Home | Local | Sport | Weather", "Ferry terminal approved"]
    return "\n".join(head + _PARAGRAPHS[:4] + middle + _PARAGRAPHS[4:] + tail)


def test_teaser_block_inside_the_article_removes_only_the_teasers():
    middle = ["RELATED COVERAGE", "Old pier closes for good", "Timeline: fifty years of ferries"]
    tail = ["MORE FROM THE GAZETTE", "Council budget vote delayed", "Weekend weather outlook"]
    article = clean_document(RawDocument(source="gazette.txt", text=_page(middle, tail)))
    for paragraph in _PARAGRAPHS:  # the paragraphs after the teaser block stay
        assert paragraph in article.text
    related = "\n".join(r.text for r in article.removed if r.kind == "related")
    for teaser in middle + tail[1:]:
        assert teaser not in article.text
        assert teaser in related


def test_related_header_near_the_end_still_ends_the_article():
    tail = ["Related stories", "Bridge repairs to begin", "Bus fares rise in March"]
    text = "\n".join(["Island Gazette", *_PARAGRAPHS, *tail])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert article.text.endswith(_PARAGRAPHS[-1])


def test_description_with_a_parenthesised_credit_between_paragraphs_is_a_caption():
    caption = "A drawing shows the planned terminal from the water. (Harbour Board of Ostry)"
    article = clean_document(RawDocument(source="gazette.txt", text=_page([caption], [])))
    assert caption not in article.text
    assert any(r.kind == "caption" and r.text == caption for r in article.removed)
    assert all(p in article.text for p in _PARAGRAPHS)


def test_a_sentence_with_a_parenthesis_inside_is_not_a_caption():
    line = "The vote was close (five to four) and the chair cast the deciding ballot."
    article = clean_document(RawDocument(source="gazette.txt", text=_page([line], [])))
    assert line in article.text


def _cards(n: int) -> list[str]:
    topics = ["river", "garden", "bridge", "market", "school", "harbour"]
    out = []
    for k in range(n):
        t = topics[k % len(topics)]
        out += [
            f"WHAT A {t.upper()}",
            f"The Surprising History Of The Town {t.title()}",
            f"example{k}.com Local History",
            f"Long before anyone wrote about it, the {t} was the place where the whole town "
            "met on market days, and a new book tells its story.",
        ]
    return out


def test_teaser_cards_naming_their_source_sites_are_related():
    cards = _cards(4)
    text = "\n".join(["Island Gazette", *_PARAGRAPHS, "Want more stories?", *cards])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert all(p in article.text for p in _PARAGRAPHS)
    assert not any(line in article.text for line in cards)
    assert any(r.kind == "related" and cards[-1] in r.text for r in article.removed)


def test_cards_without_source_sites_are_left_to_the_classifier():
    """Product lists and subheaded sections look like cards but name no source site."""
    items = [line for line in _cards(4) if ".com" not in line]
    text = "\n".join(["Island Gazette", *_PARAGRAPHS, *items])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert not any(r.kind == "related" and "teaser cards" in r.reason for r in article.removed)


def test_a_run_of_comment_stamps_opens_the_comments_even_when_comments_are_long():
    comments = []
    for k, name in enumerate(["harbour_fan", "jmiller", "old_sailor", "kat.w"]):
        comments += [
            name,
            f"{k + 2} days ago at 07:4{k} am",
            "I have taken the ferry from that pier every week for twenty years and I think "
            "the new terminal is long overdue, whatever the neighbours say about the view. "
            "The board should have done this a decade ago, and it should also fix the road.",
            f"Rating: {10 + k} Votes",
        ]
    text = "\n".join(["Island Gazette", *_PARAGRAPHS[:3], *comments])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert all(p in article.text for p in _PARAGRAPHS[:3])
    assert "ferry from that pier every week" not in article.text
    assert any(r.kind == "comments" for r in article.removed)


def test_a_described_and_credited_picture_between_paragraphs_is_a_caption():
    description = "Passengers wait for the morning ferry at the old wooden pier on Monday."
    credit = "Ostry Harbour Board"
    text = _page([description, credit], [])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert description not in article.text and credit not in article.text
    assert all(p in article.text for p in _PARAGRAPHS)
    assert {r.kind for r in article.removed if description in r.text} == {"caption"}


def test_a_short_paragraph_before_an_all_caps_subheading_stays():
    short = "The board will publish the full plans on its website next week."
    text = _page([short, "WHAT COMES NEXT"], [])
    article = clean_document(RawDocument(source="gazette.txt", text=text))
    assert short in article.text
