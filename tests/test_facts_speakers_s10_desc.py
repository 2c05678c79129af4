"""Session 10 speaker pass, descriptions, bodies and names: a nickname and the given name it
shortens are one person ('Bill' / 'William'), in the story's entities and in the scorer; a
statement credited to the body that issued it ('the X navy said in a statement'); a
description resolved to the person the article names ('said the actor', 'China's
ambassador'). Texts written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from facts_story import make, quote_speakers, speaker_reader
from storyweave.facts.entities import EntityIndex, alias_key, index_entities, is_alias
from storyweave.facts.given_names import same_given_name
from storyweave.facts.name_aliases import canonical_keys
from storyweave.facts.speaker_match import same_speaker


@pytest.mark.parametrize(
    ("a", "b"),
    [("bill", "william"), ("josh", "joshua"), ("mike", "michael"), ("bob", "robert"),
     ("jim", "james"), ("liz", "elizabeth"), ("ted", "edward"), ("kathy", "catherine")],
)
def test_a_nickname_and_its_given_name_are_one_name(a: str, b: str) -> None:
    assert same_given_name(a, b) and same_given_name(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("bill", "robert"), ("patrick", "peter"), ("andrea", "andrew"), ("ian", "john"),
     ("robert", "rupert"), ("bill", "henry")],
)
def test_old_or_unlike_forms_of_the_table_are_not_merged(a: str, b: str) -> None:
    # the table lists 'Bill' for Robert and 'Peter' for Patrick: not short forms in news copy
    assert not same_given_name(a, b)


def test_is_alias_takes_a_nickname_for_the_given_name() -> None:
    assert is_alias(alias_key("Josh Apte"), alias_key("Joshua Apte"), "person")
    assert is_alias(alias_key("Bill Ruiz"), alias_key("William J. Ruiz"), "person")
    assert not is_alias(alias_key("Bill Ruiz"), alias_key("William Ortega"), "person")
    assert not is_alias(alias_key("Bill Lane"), alias_key("William Lane"), "place")


def test_bill_gates_and_william_gates_are_one_entity_under_the_fuller_name() -> None:
    counts = Counter({("bill", "gates"): 3, ("william", "gates"): 1, ("gates",): 2,
                      ("robert", "gates"): 1})
    canon = canonical_keys(counts, dict.fromkeys(counts, "person"))
    assert canon[("bill", "gates")] == ("william", "gates")
    assert canon[("william", "gates")] == ("william", "gates")
    assert canon[("robert", "gates")] == ("robert", "gates")  # another person


def test_two_surnames_stay_two_people() -> None:
    counts = Counter({("bill", "clinton"): 1, ("william", "gates"): 1})
    canon = canonical_keys(counts, dict.fromkeys(counts, "person"))
    assert canon[("bill", "clinton")] == ("bill", "clinton")


def test_a_story_naming_bill_and_william_clinton_has_one_speaker() -> None:
    text = ("William Clinton said the fund would open in May. Bill Clinton said it twice.\n\n"
            "Clinton said the plan was ready.")
    index = index_entities([make(text)], None)
    assert index.resolve("Bill Clinton") == index.resolve("William Clinton") == "William Clinton"
    assert index.resolve("Clinton") == "William Clinton"


def test_the_scorer_matches_a_nickname_and_the_given_name() -> None:
    assert same_speaker("Joshua Apte", "Josh Apte")
    assert same_speaker("William Ruiz", "Bill Ruiz")
    assert not same_speaker("William Ruiz", "Bill Ortega")
    assert not same_speaker("Robert Ruiz", "Bill Ruiz")


def test_the_statement_said_is_the_body_that_said_in_a_statement() -> None:
    found = quote_speakers("Two sailors were hurt in a collision off the cape, the Kestrel navy "
                           "said in a statement on Monday.\n\n“The cause of the collision is "
                           "under investigation,” the statement said.")
    assert found == {"The cause of": "the Kestrel navy"}


def test_said_the_actor_after_the_actor_s_quote_in_the_paragraph_before() -> None:
    found = quote_speakers(
        "Ana Ruiz has left the show.\n\n“We went through the worst week,” Ana Ruiz said. "
        "“The family is together.”\n\n“You never know why these things happen to people,” "
        "said the actor.")
    assert found["You never know"] == "Ana Ruiz"
    found = quote_speakers(  # not 'the actress' after a man's quote
        "Mr. Tom Vell has left the show. His wife stayed.\n\n“We went through the worst "
        "week,” Tom Vell said.\n\n“You never know why these things happen to people,” said "
        "the actress.")
    assert found["You never know"] != "Tom Vell"


def test_a_spokesperson_after_a_sentence_opened_by_a_body_is_the_body_s() -> None:
    found = quote_speakers(
        "The clinic offered free shots.\n\nHarbour and Rail Police, part of the Transport "
        "Ministry, did not accept the offer. A spokesperson who did not wish to be named "
        "said the force never gave shots.\n\n“Running a vaccine program is not feasible for "
        "us,” the spokesperson said.")
    assert found["Running a vaccine"] == "Harbour and Rail Police spokesperson"


def test_the_source_is_the_source_introduced_by_whose_it_is_and_where() -> None:
    found = quote_speakers(
        "Aid has not reached the camp.\n\nA reporter Ana Ruiz's source inside the Velm camp, "
        "a refugee who asked not to be named, said the claim is false.\n\n“Nobody here is "
        "stopping civilians from leaving the camp,” the source said.")
    assert found["Nobody here is"] == "Ana Ruiz's source inside the Velm camp"


def test_a_name_part_resolves_to_the_fuller_name_the_story_writes() -> None:
    full, unwritten = ("ana", "van", "der", "berg"), ("van", "der", "berg", "s")
    index = EntityIndex(names={}, kinds={unwritten: "person", full: "person"},
                        canon={full: full}, display={full: "Ana Van Der Berg"})
    assert index.resolve("Der Berg") == "Ana Van Der Berg"


read = speaker_reader()


def test_a_description_once_resolved_keeps_its_person() -> None:
    found = read(
        "Ana Ruiz has left the show.\n\n“We went through the worst week,” Ana Ruiz said."
        "\n\n“You never know why these things happen to people,” said the actor.\n\n"
        "The news came a month after the premiere.\n\nThe show’s producers were sorry."
        "\n\n“Hearing the news was something we never take for granted,” the “Harbour” "
        "actor said.")
    assert found["Hearing the news"] == "Ana Ruiz"


def test_a_country_s_role_is_the_person_the_article_names_with_it_later() -> None:
    found = read("Ruritania’s ambassador to Britain accused the UK of meddling and warned "
                 "that the government “will not sit on our hands” if the situation “becomes "
                 "too dangerous for the people there”.\n\nPolice cleared the square on Monday."
                 "\n\nRuritania’s ambassador to Britain Anton Velik has said that his country "
                 "has the power to end the unrest.")
    assert found["becomes too dangerous"] == "Anton Velik"


def test_the_group_is_the_body_named_in_apposition_with_it() -> None:
    found = read(
        "Velm Motors will cut 900 jobs.\n\nThe group, Velm Workers Coalition, formed in May "
        "and wrote to the board.\n\nHowever, the group raised alarm at the terms, and said "
        "that workers were told by Velm Motors to sign by Monday. The group said on Twitter "
        "that the contract has confused workers.\n\nIn a separate tweet, the group added "
        "that Velm Motors “is not keeping its promise to treat workers fairly.”")
    assert found["is not keeping"] == "Velm Workers Coalition"
