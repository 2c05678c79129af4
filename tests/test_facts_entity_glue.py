"""Entity names readers found cut, glued or split: an acronym in brackets kept apart from
the name it abbreviates, a company's legal suffix making two entities of one, a title
cut off a company's name, a weekday, an adverb or a '-based' glued onto a name."""

from __future__ import annotations

import pytest

from facts_story import MODEL, make
from storyweave.facts.entities import alias_key, entity_mentions, index_entities
from storyweave.facts.name_aliases import is_alias


def _labels(text: str) -> list[str]:
    a = make(text)
    index = index_entities([a], MODEL)
    return [m.label for m in entity_mentions(a, index.names[a.id], index)]


@pytest.mark.slow
def test_an_acronym_in_brackets_is_an_alias() -> None:
    assert _labels("Tarn Ridge Holdings Inc. (TRH MX) agreed to buy a plant. TRH MX said the "
                   "deal had closed.") == ["Tarn Ridge Holdings (organisation)"]
    assert _labels("Corvane Data Devices (CVD) reported a loss on Tuesday. CVD said sales "
                   "fell.") == ["Corvane Data Devices (organisation)"]


@pytest.mark.slow
def test_a_companys_legal_suffix_is_no_part_of_its_name() -> None:
    labels = _labels("Grafton-Lyle Co said it would cut jobs. Grafton-Lyle Company employs "
                     "400. Grafton-Lyle Corp shares fell. Grafton-Lyle has plants in Ohio.")
    assert [label for label in labels if "Ohio" not in label] == [
        "Grafton-Lyle (organisation)"], labels


def test_initials_leave_a_legal_suffix_out() -> None:
    long = alias_key("Hewlett-Packard Co")
    assert not is_alias(alias_key("HPC"), long, "organisation")
    assert is_alias(alias_key("HP"), alias_key("Hewlett-Packard"), "organisation")
    assert is_alias(alias_key("Hewlett-Packard"), long, "organisation")
    assert is_alias(alias_key("Belmont Optics"), alias_key("Belmont Optics Inc"), "organisation")


@pytest.mark.slow
def test_a_title_opening_a_companys_name_stays() -> None:
    labels = _labels("Last year the firm sold its unit to General Motors. General Electric "
                     "said it would not bid.")
    assert labels == ["General Motors (organisation)", "General Electric (organisation)"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("HP Monday announced a new printer. The company said it would ship in May.", "HP"),
    ("Purportedly Simpson became angry at the hearing. Simpson later left the room.",
     "Simpson"),
    ("The Plano, Texas-based EDS said profits rose. EDS employs 1,000 people.", "EDS"),
])
def test_words_glued_to_a_name_are_no_part_of_it(text: str, name: str) -> None:
    labels = _labels(text)
    assert any(label.startswith(name + " (") for label in labels), labels
    assert not any(label.startswith(("HP Monday", "Purportedly", "Texas-based"))
                   for label in labels), labels


@pytest.mark.slow
def test_a_place_before_based_is_a_place() -> None:
    assert "Rotterdam (place)" in _labels("A Rotterdam-based consultancy said the port was "
                                          "busy on Monday.")


@pytest.mark.slow
def test_a_place_after_a_person_and_of_is_a_place() -> None:
    labels = _labels("Christopher Simpson of Fort Coffee was arrested, and Warren Gotcher of "
                     "McAlester said he would defend him.")
    assert "McAlester (person)" not in labels, labels


@pytest.mark.slow
def test_a_ship_named_after_the_is_a_vessel() -> None:
    labels = _labels("The Greenpeace ship the Rainbow Warrior sailed on Monday.")
    assert not any(label.startswith("Rainbow") and "vessel" not in label for label in labels)


@pytest.mark.slow
def test_a_place_governed_is_cut_off_a_leaders_name() -> None:
    labels = _labels("The Prime Minister of the United Kingdom Gordon Brown stated that the "
                     "talks had failed. Trade with the United Kingdom fell.")
    assert "Gordon Brown (person)" in labels, labels
