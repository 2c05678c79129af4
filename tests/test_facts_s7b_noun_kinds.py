"""Facts, session 7b: counts of two kinds of people (relatives and people by another role) are
never one fact because they share a value (noun_kinds.py). Every text here is written for the
test."""

from __future__ import annotations

import pytest

from facts_story import check, holding, make
from storyweave.facts.mention import Mention
from storyweave.facts.noun_kinds import kinds_apart, people_kind
from storyweave.model import Claim


def _count(sentence: str, figure: str, noun: str, kind: str = "person") -> Mention:
    at = sentence.index(figure)
    claim = Claim(article="a", text=sentence, span=(at, at + len(figure)), value=2.0,
                  unit=noun, sentence_span=(0, len(sentence)))
    return Mention(kind="quantity", claim=claim, label=noun, sentence=0, dimension="count",
                   noun=kind)


@pytest.mark.parametrize("sentence, figure, noun, kind", [
    ("He is survived by his two daughters.", "two", "daughters", "kin"),
    ("Lund, accused of having three wives, was charged.", "three", "wives", "kin"),
    ("She lives with a husband and two children.", "two", "children", "kin"),
    ("Her three stepsons were at home.", "three", "stepsons", "kin"),
    ("The two managing partners were hurt.", "two", "partners", ""),  # nobody's relatives
    ("Two children were hurt in the crash.", "Two", "children", ""),  # by age alone
    ("Two officers came.", "Two", "officers", "role"),
    ("Two suspects fled.", "Two", "suspects", "role"),
    ("Two men fled.", "Two", "men", ""),
    ("Two victims died.", "Two", "victims", ""),
])
def test_the_kind_of_people_a_count_counts(sentence: str, figure: str, noun: str,
                                           kind: str) -> None:
    person = "" if kind == "kin" else "person"
    assert people_kind(_count(sentence, figure, noun, person)) == kind


def test_things_are_no_kind_of_people() -> None:
    assert people_kind(_count("Two tractors broke.", "Two", "tractors", "thing")) == ""


def test_a_count_of_relatives_never_meets_a_count_of_officers() -> None:
    kin = _count("The farmer is survived by two daughters.", "two", "daughters", "")
    police = _count("Two police were hurt in the clash.", "Two", "police")
    other = _count("Two officers were hurt in the clash.", "Two", "officers")
    apart = kinds_apart([kin, police, other])
    assert apart[0, 1] and apart[1, 0] and apart[0, 2]
    assert not apart[1, 2]  # two roles: other readings decide


def test_a_sentence_naming_both_nouns_lets_them_meet() -> None:
    kin = _count("Her two sons were at home.", "two", "sons", "")
    victims = _count("The two victims, her sons, were at home.", "two", "victims")
    guards = _count("The two guards, her sons, were at home.", "two", "guards")
    assert not kinds_apart([kin, victims])[0, 1]
    assert not kinds_apart([kin, guards])[0, 1]


def test_someones_children_stay_apart_from_officers() -> None:
    a = make("Mira Olsen, who was shot on Friday, leaves a husband and three children.", "a")
    b = make("Three officers were hurt in the shooting on Friday, police said.", "b")
    facts = check(a, b)
    assert holding(facts, a, 3.0).id != holding(facts, b, 3.0).id


def test_relatives_of_two_articles_still_meet() -> None:
    a = make("Mira Olsen, who was shot on Friday, leaves a husband and three children.", "a")
    b = make("Olsen, shot dead on Friday, is survived by her three children.", "b")
    facts = check(a, b)
    assert holding(facts, a, 3.0).id == holding(facts, b, 3.0).id
