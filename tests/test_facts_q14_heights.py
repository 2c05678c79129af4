"""Facts, round 14: a height written in feet and inches ('6-foot-9') meets the same height in
another article as one fact (its feet and inches are parts of one figure, as a time's hours and
minutes are), and the heights of two differently named people stay apart. Every text here is
written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.stat_holders import height_holder


def test_a_height_in_feet_and_inches_meets_across_articles() -> None:
    a = make("The 6-foot-9 forward Ana Ruiz scored 20 points in the game on Sunday.", "a")
    b = make("Ruiz, a 6-foot-9 forward, led the Owls with 20 points in the game.", "b")
    c = make("The Owls forward Ana Ruiz, who is 6-foot-9, had a strong game on Sunday.", "c")
    facts = check(a, b, c)
    height = next(f for f in facts if any(x.unit == "feet" for x in f.claims))
    assert {x.article for x in height.claims} == {a.id, b.id, c.id}
    assert {x.unit for x in height.claims} == {"feet", "inches"} and height.status == "agree"


def test_the_person_a_height_belongs_to() -> None:
    for text, name in (("The 6-foot-9 forward Ana Ruiz scored 20 points.", "ruiz"),
                       ("Ruiz, a 6-foot-9 forward, led the Owls.", "ruiz"),
                       ("Ana Ruiz, who is 6-foot-9, had a strong game.", "ruiz"),
                       ("The wall is 6 feet 9 inches high.", "")):
        start = text.index("6")
        assert height_holder(text, start, start + 1, "feet") == name, text
        nine = text.index("9")
        assert height_holder(text, nine, nine + 1, "inches") == name, text
    assert height_holder("Ruiz is 6-foot-9.", 8, 9, "people") == ""


def test_heights_of_two_named_people_are_two_facts() -> None:
    a = make("The 6-foot-9 forward Ana Ruiz scored 20 points in the game on Sunday.", "a")
    b = make("The 6-foot-9 forward Eva Mora scored 20 points in the game on Sunday.", "b")
    facts = check(a, b)
    heights = [f for f in facts if any(x.unit == "feet" for x in f.claims)]
    assert heights and all(len({x.article for x in f.claims}) == 1 for f in heights)
