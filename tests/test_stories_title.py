"""A story's title: the headline closest to the story that other outlets echo."""

from __future__ import annotations

from storyweave.model import Article
from storyweave.stories.title import representative_title

BODY = ("The river in Velmora burst its banks overnight after three days of rain. Crews "
        "evacuated about 1,200 residents of the eastern districts of Velmora. Mayor Ottilie "
        "Brand opened the shelters at the Velmora town hall and at two schools.")


def art(aid: str, title: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=BODY, title=title)


def test_the_wording_most_outlets_chose_beats_a_feature_headline() -> None:
    # The feature headline repeats most of the body's words (closest to the story's
    # centroid); the three short ones echo each other: the echo is what a person would pick.
    feature = ("Mayor Ottilie Brand opens Velmora town hall shelters for eastern districts "
               "after three days of rain burst river banks")
    arts = [
        art("a", feature),
        art("b", "Velmora floods, 1,200 out"),
        art("c", "Floods in Velmora, 1,200 out"),
        art("d", "Velmora floods: 1,200 out"),
    ]
    assert representative_title(arts) != feature
    assert "1,200" in representative_title(arts)


def test_one_or_two_articles_use_the_centroid_alone() -> None:
    assert representative_title([art("a", "Velmora floods")]) == "Velmora floods"
    two = [art("a", "Velmora river floods eastern districts"), art("b", "Rain")]
    assert representative_title(two) == "Velmora river floods eastern districts"
