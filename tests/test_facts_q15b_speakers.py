"""Speakers of round 15b: a lone surname that the story reads as another person ('Bruce Ruiz'
of another article) goes to the person this article writes in full with a given name or
initials before it ('General Manager A.J. Ruiz' ... '“...,” Ruiz said'). Texts written for
the test."""

from __future__ import annotations

import pytest

from facts_story import MODEL, make
from storyweave.facts import cross_check
from storyweave.facts.speaker_resolve import _written_before
from storyweave.settings import FactSettings

GM = ("Owls general manager A.J. Ruiz issued a statement on Monday.\n"
      "``We are aware of the issue involving the player.\n"
      "We take these issues very seriously.''\n"
      "Earlier this week, Ruiz praised the player.\n"
      "``You win championships with players like him,'' Ruiz said.\n")
OTHER = ("Bruce Ruiz, the career sacks leader, was elected to the hall on Saturday.\n"
         "``I am so thankful for this honor today,'' Bruce Ruiz said.\n")


def test_a_surname_is_the_person_the_article_writes_it_with() -> None:
    assert _written_before("Ruiz", GM) == "A.J. Ruiz"
    assert _written_before("Ruiz", "Ana Ruiz spoke. Later Ben Ruiz spoke too.") is None
    assert _written_before("Ruiz", "The Ruiz family and Manager Ruiz spoke.") is None


@pytest.mark.slow  # loads the spaCy pipeline
def test_a_lone_surname_is_not_read_as_a_namesake_of_another_article() -> None:
    a, b = make(GM, "a"), make(OTHER, "b")
    settings = FactSettings(embeddings=False, ner_model=MODEL)
    quotes = [c for f in cross_check([a, b], [(a.id,), (b.id,)], settings)
              if f.kind == "quote" for c in f.claims]
    said = {str(c.value).split()[0]: c.speaker for c in quotes}
    assert said["You"] == "A.J. Ruiz"
    assert said["I"] == "Bruce Ruiz"
