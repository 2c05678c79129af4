"""Words glued to the front of a name in web copy: 'Recent' before a company, a
publishing job ('Developer', 'Publisher', 'Retailer') before a company, 'Will' opening a
question. Sentences written for this project."""

from __future__ import annotations

import pytest

from facts_story import MODEL, make
from storyweave.facts.entities import entity_mentions, find_candidates, index_entities


def _names(text: str) -> list[str]:
    return [n.text for n in find_candidates(make(text))]


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("Recent Kestrel phones have a faster chip.", "Kestrel", "Recent Kestrel"),
        ("Developer Lumenfold called the game a flagship title.", "Lumenfold",
         "Developer Lumenfold"),
        ("Publisher Quarrystone said sales rose.", "Quarrystone", "Publisher Quarrystone"),
        ("Retailer Brambleway cut prices on Monday.", "Brambleway", "Retailer Brambleway"),
    ],
)
def test_a_lead_word_is_no_part_of_a_name(text: str, name: str, glued: str) -> None:
    names = _names(text)
    assert name in names and glued not in names, names



def _labels(text: str) -> list[str]:
    a = make(text)
    index = index_entities([a], MODEL)
    return [m.label for m in entity_mentions(a, index.names[a.id], index)]


@pytest.mark.slow
def test_ner_names_lose_a_lead_word() -> None:
    assert _labels("Recent Kestrel phones have a faster chip, Kestrel said on Monday.") == [
        "Kestrel (organisation)"]
    labels = _labels("Developer Lumenfold called the game a flagship title. Lumenfold said "
                     "sales rose.")
    assert all(label.startswith("Lumenfold ") for label in labels), labels
    assert _labels("Will Ordway keep his seat after the vote? Ordway said he would.") == [
        "Ordway (person)"]
    assert _labels("Will Ordway kept his seat. Ordway said he would.") == [
        "Will Ordway (person)"]
