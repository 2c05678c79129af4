"""Quotes in text written one sentence a line (no paragraphs): a quote left open at the end of
its line runs on to the mark that closes it a few lines later. Texts written for the test."""

from __future__ import annotations

from storyweave.facts.quotes import find_quote_spans


def quotes(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in find_quote_spans(text)]


def test_a_quote_of_several_lines_closes_where_its_mark_is() -> None:
    text = ("The mayor visited the harbour.\n"
            "\"The crews are tired.\n"
            "They have worked for a week.\n"
            "We owe them a holiday, \" she told the Vellmar Courier.\n"
            "The harbour reopens on Friday.")
    got = quotes(text)
    assert got[0].startswith("The crews are tired.") and got[0].endswith("a holiday,")
    assert len(got) == 1


def test_a_quote_of_several_lines_ending_at_a_line_end() -> None:
    text = "One man said simply, \"We can help.\nWe have boats. \"\nThe harbour reopens."
    assert quotes(text) == ["We can help. We have boats."]


def test_an_open_quote_does_not_swallow_a_later_opening_mark() -> None:
    text = ("\"The crews are tired and the boats need repairs before winter.\n"
            "The harbour reopens on Friday.\n"
            "Officials said \"All is well\" in a statement.")
    got = quotes(text)
    assert got[0] == "The crews are tired and the boats need repairs before winter."


def test_paragraphs_with_blank_lines_keep_the_paragraph_rule() -> None:
    text = ("\"The crews are tired and the boats need repairs before the winter comes.\n\n"
            "The harbour reopens on Friday, \" said nobody in particular.")
    assert quotes(text)[0] == ("The crews are tired and the boats need repairs before the "
                               "winter comes.")
