"""Sentence breaks in web copy: wire datelines, domain-like names and single capitals that
end a sentence ('Plan B. The'). Written for this project, not taken from any corpus."""

from __future__ import annotations

import pytest

from storyweave.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "BAY CITY, Mich. (AP) — State health officials are tracking a new outbreak.",
        "DAYTON, Ohio (Reuters) - The plant will close in May.",
        "SALEM, Ore. (AFP) — Crews worked through the night.",
        "AUSTIN, Tex. (CNN) The governor signed the bill.",
        "TROY, Ala. — The mayor resigned on Monday.",
        "FARGO, N.D. (AP) — Snow closed the interstate.",
        "GlobalWire.Net - Fresh footage shows the flooded square.",
        "Readers of Example.Com wrote in.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    "parts",
    [
        ("The team beat its rivals to win Group D.", "The day before, it had lost."),
        ("They kept a Plan B.", "It was never used."),
        ("She took vitamin C.", "Doctors told her to stop."),
        ("The drug failed in Phase B.", "Its maker said little."),
        ("He lived in Michigan.", "The winters were long."),
        ("Rain fell at noon.The roads flooded.",),
    ],
)
def test_breaks(parts: tuple[str, ...]) -> None:
    if len(parts) == 1:
        assert _texts(parts[0]) == ["Rain fell at noon.", "The roads flooded."]
        return
    assert _texts(" ".join(parts)) == list(parts)


@pytest.mark.parametrize(
    "text",
    [
        "J. R. Ellsworth wrote the book.",
        "The letter was signed by J. Ellsworth and his son.",
        "President Franklin D. Roosevelt spoke.",
        "The deal came from Group D. Ramos and partners.",
    ],
)
def test_initials_stay(text: str) -> None:
    assert _texts(text) == [text]
