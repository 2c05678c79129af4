"""Job and descriptive words that open a person's name as a sentence or a headline writes it
('Comedian Ana Ruiz said', 'General Manager Ana Ruiz', 'GM Ana Ruiz', 'The Notorious Ana
Ruiz'): a description of the person, no part of the name. Given names that are also words
('Will', 'Rose', 'Grant', 'Hope', 'Christian', 'Dean') stay, and so does a name of two
words."""

from __future__ import annotations

from .given_names import is_given_name
from .traits import names_people

_ROLE_WORDS = frozenset(
    "gm ceo cfo coo cto md vp svp evp undersheriff subprefect superintendent councillor "
    "councilor alderman assemblyman assemblywoman congressman congresswoman firefighter "
    "spokesman spokeswoman spokesperson qb rb wr te lb cb fb hb dt ol".split())
#   posts WordNet's people nouns lack ('GM Ana Ruiz', 'Undersheriff Ana Ruiz', 'QB Ana Ruiz')
_DESCRIPTIONS = frozenset(
    "notorious legendary famed famous renowned acclaimed celebrated disgraced embattled "
    "beleaguered controversial reclusive iconic infamous late veteran".split())
#   words that describe rather than employ: 'The Notorious Ana Ruiz' (a film's title)
_PARTICLES = frozenset("de da del della di do dos du la le van von der den bin ibn al el y "
                       "abu bint".split())


def is_role_word(word: str) -> bool:
    """Whether a folded word is a job or a description that may open a person's name as the
    text writes it ('comedian', 'filmmaker', 'super-agent', 'gm', 'notorious'), never a
    given name ('will', 'dean')."""
    if not word.replace("-", "").isalpha() or is_given_name(word):
        return False
    return word in _ROLE_WORDS or word in _DESCRIPTIONS or names_people(word)


def without_role(key: tuple[str, ...], places: frozenset[str] = frozenset(),
                 teams: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A person's name key without the words up to its last job or description word
    ('comedian', 'ana', 'ruiz' -> 'ana', 'ruiz'; 'albany county assistant district
    attorney ana ruiz' -> 'ana', 'ruiz'), as long as a name of two words or more stays that
    opens with a word, not an initial or a particle ('hunter', 's', 'thompson' stays), and
    no given name comes before the word cut ('dean', 'carver', 'lowe' stays). A given name
    the story writes as a place (``places``: 'Philadelphia District Attorney Ana Ruiz') is
    no given name; a first word that names a kind of people capitalised ('Briton Ana Ruiz')
    or a team's member (``teams``: 'Razorback' of the 'Razorbacks') is cut too, before a
    given name (not 'Iranian Red Crescent')."""
    cut = 0
    for i, word in enumerate(key[:-2]):
        if is_given_name(word) and word not in places:
            break
        if (is_role_word(word) or i == cut and is_given_name(key[i + 1]) and (
                word in teams or names_people(word, capitalised=True))) \
                and len(key[i + 1]) >= 2 and key[i + 1] not in _PARTICLES:
            cut = i + 1
    return key[cut:]
