"""Sentences that stand alone: a first-person sentence ('I confirmed yesterday that ...') or
a bare quote, whose speaker the sentence does not name, makes no summary line nor story
title when another sentence can. Texts written for the test."""

from __future__ import annotations

import pytest

from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.stories.title import representative_title
from storyweave.summary.fragments import problem


@pytest.mark.parametrize(("text", "ok"), [
    ("I confirmed yesterday that the bridge will stay closed until the spring.", False),
    ("I was immediately impressed with the new ferry and its cheerful crew.", False),
    ("I’ve never seen the river rise this fast in all my years here.", False),
    ("My family has farmed the valley for more than a hundred years.", False),
    ("“The water rose faster than anyone in the valley expected.”", False),
    ("\"The water rose faster than anyone in the valley expected.\"", False),
    ("“We will rebuild the bridge,” the mayor of the town said on Friday.", True),
    ("I-95 was closed for repairs near the town on Monday morning.", True),
    ("Iran said the sailors would be released within the next few days.", True),
    ("In the end I think the council made the right call, the mayor said.", True),
    ("On the worst day in the town's history I am calling on all others to help.", False),
    ("Like the captain himself I find myself in a state of utter terror and delight.", False),
    ("When the flood came, I was ten years old and living by the river.", False),
    ("The veterans of World War I and their families gathered on Monday.", True),
    ("The drug entered Phase I trials in 2019 after years of delays.", True),
    ("We must apply a system of compassion to the town's criminal courts.", False),
    ("Our harbour has been the heart of this town for two hundred years.", False),
    ("We’ve asked the council to open the sluice gates before the storm.", False),
    ("Western towns closed their harbours as the storm came ashore.", True),
    ("Ourense and Vigo reported the heaviest rain of the winter on Monday.", True),
])
def test_first_person_and_bare_quotes_do_not_stand_alone(text: str, ok: bool) -> None:
    assert (problem(text) is None) is ok


def _untitled(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, sentences=split_sentences(text))


def test_a_story_title_is_not_a_first_person_lead_when_another_lead_stands_alone() -> None:
    first = _untitled("a", "I confirmed yesterday that the river in Velmora burst its banks "
                           "after three days of rain and flooded the eastern districts.")
    second = _untitled("b", "Crews evacuated residents of the eastern districts of Velmora "
                            "after the river burst its banks.")
    assert representative_title([first, second]).startswith("Crews evacuated")
    assert representative_title([first]).startswith("I confirmed")  # no other choice
