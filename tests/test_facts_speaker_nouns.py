"""A speaker written as a lower-case noun ('police said') stays that body: it is not taken for
a person whose title opens with the same word ('Police Constable X', named in the next
sentence), which put one quote in two mouths across articles."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.settings import FactSettings
from test_facts_quotes import make

_QUOTE = ("“The suspect, a man of 61, walked into the office where a dozen people were having a "
          "party,” police said in a statement.\n")


def test_police_quoted_before_a_named_constable_stay_the_police() -> None:
    a = make("A man opened fire at an office party on Friday, killing one person, police "
             "said.\n" + _QUOTE + "Police Const. Ana Brill said the man came in at about 4 p.m.\n"
             "“Officers closed off the street and talked with the man until he gave himself "
             "up,” Brill said.", "a")
    b = make("Harbour Police say a man opened fire at an office party on Friday.\n" + _QUOTE
             + "Police Constable Ana Brill said the man came in at about 4 p.m.", "b")
    facts = [f for f in cross_check([a, b], [(a.id,), (b.id,)], FactSettings(embeddings=False))
             if f.kind == "quote" and len(f.claims) == 2]
    assert len(facts) == 1 and facts[0].status == "agree", facts[0].note
    assert "Ana Brill" not in " ".join(c.speaker or "" for c in facts[0].claims)
