"""Photo captions left in a clean text never reach the summary."""

from __future__ import annotations

import pytest

from storyweave.summary.fragments import caption

SCENE = "Volunteers fill sandbags outside the town hall in Velmora on Tuesday."


@pytest.mark.parametrize(("text", "own_line", "published", "is_caption"), [
    (SCENE, True, "2024-03-12", True),  # a Tuesday: the scene of the day
    (SCENE, True, "2024-03-13", True),  # the day after
    (SCENE, True, "2024-03-16", False),  # days later: not the picture of the day
    (SCENE, False, "2024-03-12", False),  # inside a paragraph: prose
    (SCENE, True, None, False),  # no date to compare with
    ("Volunteers filled sandbags outside the town hall in Velmora on Tuesday.", True,
     "2024-03-12", False),  # narrated in the past tense
    ("The river is expected to crest at four metres in Velmora on Tuesday.", True,
     "2024-03-12", False),  # 'is expected': a forecast, not a scene
    ("Officials say the bridge reopens to traffic in Velmora on Tuesday.", True,
     "2024-03-12", False),  # attributed
])
def test_scene_captions(text: str, own_line: bool, published: str | None,
                        is_caption: bool) -> None:
    assert (caption(text, own_line, published) is not None) is is_caption
