"""Closing marks that touch the attribution after them ('..., "said X', '..., ``X told',
'... parties. ``' at a line's end): they close the quote before, never open one."""

from __future__ import annotations

from storyweave.facts.quotes import find_quote_spans
from storyweave.facts.text import curly_quotes
from test_facts_quotes import make


def test_a_straight_mark_before_said_closes_an_unopened_quote() -> None:
    text = ('Vasko won in the sixth round. Ruben was not easy to box and I am happy, '
            '"said the 34-year-old Vasko, who took his record to 50-3. Later the crowd '
            'sang "a very happy birthday to you" for his trainer.')
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert not any(s.startswith("said the") for s in spans)
    assert "a very happy birthday to you" in spans


def test_a_straight_mark_before_said_still_opens_a_quote_it_pairs() -> None:
    text = 'The coach answered, "said nothing about it to the players at all," on Monday.'
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans == ["said nothing about it to the players at all,"]


def test_backticks_touching_the_speaker_close_the_quote() -> None:
    text = curly_quotes(make(
        "``It was not the usual noise you hear on a Friday night.\n"
        "You could tell that something was badly, badly wrong, ``Dorn told the local paper.\n"
        "He looked out of his window and saw a man running from the house next door.\n"
        "``There were five officers in my yard with their guns drawn,'' Dorn said.")).text
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert not any(s.startswith("Dorn told") for s in spans)
    assert any(s.startswith("It was not") and s.rstrip(" ,").endswith("badly wrong")
               for s in spans)


def test_backticks_ending_a_line_close_the_quote() -> None:
    text = curly_quotes(make(
        "``I have made twenty films and people forget that.\n"
        "I am not just somebody who goes to parties. ``\n"
        "She has been away from the screen for two years.")).text
    spans = [text[s:e] for s, e in find_quote_spans(text)]
    assert spans and spans[0].rstrip().endswith("goes to parties.")
