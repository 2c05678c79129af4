"""Facts, session 7: the holder of a figure (holders.py), the named person, team or body its
clause says the figure is of; two figures of two holders are never one fact. Every text here
is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from storyweave.facts.holders import holder, holders_apart
from storyweave.facts.mention import Mention
from storyweave.model import Claim


def _mention(sentence: str, figure: str, dimension: str = "count") -> Mention:
    at = sentence.index(figure)
    claim = Claim(article="a", text=sentence, span=(at, at + len(figure)), value=1.0,
                  sentence_span=(0, len(sentence)))
    return Mention(kind="quantity", claim=claim, label="x", sentence=0, dimension=dimension)


def _holder(sentence: str, figure: str, dimension: str = "count") -> set[str]:
    return set(holder(_mention(sentence, figure, dimension)))


def test_the_subject_that_has_or_did_the_figure() -> None:
    assert _holder("Mora has 193 yards and no touchdowns this season.", "193") == {"mora"}
    assert _holder("Ana Ruiz, who has worked at the mill for nearly 30 years, said so.",
                   "30") == {"ana", "ruiz"}
    assert _holder("Later on, Ruiz rushed for 63 yards and scored twice.", "63") == {"ruiz"}
    assert _holder("Ruiz has 20 wives and Mora has two.", "two") == {"mora"}
    assert _holder("The Owls and the Hawks offered a $35,000 reward.", "35,000") == {
        "owls", "hawks"}
    assert _holder("Brandt, alleged to have 19 goats, is charged.", "19") == {"brandt"}


def test_no_holder_where_the_subject_is_an_agent_or_no_name() -> None:
    assert _holder("Police arrested 3 men near the river.", "3") == set()
    assert _holder("The Republic of Zembla has frozen all trade with Ostland until all 15 "
                   "sailors are freed.", "15") == set()  # too far from its verb
    assert _holder("The Owls were led by 20-point efforts from two guards.", "20") == set()
    assert _holder("Ten Dead As Storm Hits Coast Towns", "Ten") == set()  # a headline
    assert _holder("Ruiz was aiming at a 12-year-old boy.", "12", "age") == set()


def test_a_record_is_the_team_before_its_brackets_and_a_score_its_sides() -> None:
    assert _holder("Lee added 101 yards for the Owls (2-13) on Sunday.", "2", "record") == {
        "owls"}
    assert _holder("Lee added 101 yards for the Owls (2-13) on Sunday.", "101") == {"lee"}
    assert _holder("The Owls beat the Hawks 77-68 on Sunday.", "77", "score") == {
        "owls", "hawks"}


def test_names_joined_by_the_story_or_initials_still_meet() -> None:
    full = _mention("Western Digital Machines is buying Zeta for $334 million.", "334")
    short = _mention("WDM will pay $334 million for Zeta.", "334")
    assert not holders_apart([full, short])[0, 1]
    one = _mention("Olsen-Berg has paid $12 million for the mill.", "12")
    two = _mention("OB paid $12 million for the mill.", "12")
    assert not holders_apart([one, two])[0, 1]
    other = _mention("Mora has paid $12 million for the farm.", "12")
    assert holders_apart([one, other])[0, 1]


def test_two_players_figures_are_two_facts() -> None:
    a = make("Ruiz has worked at the mill for 30 years and knows everyone.", "a")
    b = make("Baker Tom Mora, who has worked at the mill for 30 years, heard it.", "b")
    facts = check(a, b)
    assert holding(facts, a, 30.0).id != holding(facts, b, 30.0).id


def test_one_player_figure_still_meets() -> None:
    a = make("Ruiz has worked at the mill for 37 years and knows everyone.", "a")
    b = make("Ana Ruiz has worked at the mill for 37 years, a colleague said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 37.0).id == holding(facts, b, 37.0).id


def test_two_games_scores_are_two_facts() -> None:
    a = make("The Hawks beat the Owls 77-68 on Sunday.", "a")
    b = make("Lee scored 17 points, leading the Bears to a 77-68 win over the Lynx.", "b")
    c = make("The Owls lost to the Hawks 77-68 on Sunday night.", "c")
    facts = check(a, b, c)
    assert holding(facts, a, 68.0).id != holding(facts, b, 68.0).id
    assert holding(facts, a, 68.0).id == holding(facts, c, 68.0).id


def test_a_short_form_of_a_name_is_the_name() -> None:
    one = _mention("The Jaguars (5-10) lost again.", "5", "record")
    two = _mention("The Colts beat the Jags (5-10) on Sunday.", "5", "record")
    three = _mention("The Colts (5-10) lost again.", "5", "record")
    apart = holders_apart([one, two, three])
    assert not apart[0, 1] and apart[0, 2]
