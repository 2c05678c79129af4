"""Facts, round 16b: a quote after 'She added:' whose source the sentence before named only by
role ('A police spokeswoman said ...') is credited to that role, not left without a speaker;
a person named after the role keeps the pronoun open. Every text here is written for the
test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.speaker_roles import role_before_pronoun


def _speakers(text: str) -> list[str | None]:
    return [c.speaker for f in check(make(text), kind="quote") for c in f.claims]


def test_pronoun_after_a_role_named_source() -> None:
    text = ("A fire service spokesman said three shops were damaged. She added: \"The focus "
            "for today has been to keep the public safe and reopen the roads.\"")
    assert _speakers(text.replace("She", "He")) == ["fire service spokesman"]


def test_the_fullest_form_of_the_role() -> None:
    text = ("A police spokeswoman said other shops suffered damage.\n\nRoads were closed, but "
            "the spokeswoman said all were reopened by noon.\n\nShe added: \"The focus for "
            "today has been to keep the public safe and reopen the roads.\"")
    assert _speakers(text) == ["police spokeswoman"]


def test_no_role_when_a_person_is_named_after_it() -> None:
    text = "A police spokeswoman said Mary Smith was arrested. She added: \"The"
    assert role_before_pronoun(text, text.index("She"), text.index("\"")) is None


def test_only_when_the_sentence_opens_with_the_pronoun() -> None:
    text = "A police spokeswoman said shops were hit. Later that day she added: \"The"
    assert role_before_pronoun(text, text.index("Later"), text.index("\"")) is None
    ok = "A police spokeswoman said shops were hit. She added: \"The"
    assert role_before_pronoun(ok, ok.index("She"), ok.index("\"")) == "police spokeswoman"
