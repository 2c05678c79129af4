"""Given names that are one name: a nickname and the name it shortens ('Josh' and 'Joshua',
'Bill' and 'William', 'Mike' and 'Michael'), from the `nicknames` package's hand-curated
table of English names (Apache-2.0; a CSV read once, nothing fetched).

The table is genealogical: beside the common forms it lists old and rare ones ('Robert' has
'Bill' and 'Rupert', 'Patrick' has 'Peter', 'Andrea' has 'Andrew'). For news copy a pair
counts only when it looks like a short form of the other name: the two start alike (or the
short one is a rhyme of a form that does: 'Bill'/'Will', 'Bob'/'Rob', 'Ted'/'Ed') or sit
inside one another ('Liz' in 'Elizabeth'), and the shorter is a short form (four letters at
most, a beginning of the other, or a pet form ending in -y/-ie/-i), never two full names.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    """Each name -> its nicknames, as the package lists them ({} without the package)."""
    try:
        from nicknames import name_triplets
    except ImportError:  # pragma: no cover - a pinned dependency
        return {}
    found: dict[str, set[str]] = {}
    for t in name_triplets():
        if t.relationship == "has_nickname":
            found.setdefault(t.name1, set()).add(t.name2)
    return {k: frozenset(v) for k, v in found.items()}


@lru_cache(maxsize=4096)
def same_given_name(a: str, b: str) -> bool:
    """Whether two given names (folded, lowercase) may be one person's: the same, or a
    nickname and the name it shortens ('josh' ~ 'joshua', 'bill' ~ 'william'; not 'bill' ~
    'robert', 'peter' ~ 'patrick')."""
    if a == b:
        return True
    if not (a.isalpha() and b.isalpha()):
        return False
    table = _table()
    if b not in table.get(a, ()) and a not in table.get(b, ()):
        return False
    short, long = sorted((a, b), key=lambda w: (len(w), w))
    return _looks_short(short, long) and _shaped_alike(short, long, table.get(long, frozenset()))


def _looks_short(short: str, long: str) -> bool:
    """A short form, not a second full name: four letters at most, the other's beginning,
    or a pet form ('Kathy', 'Jimmie')."""
    return len(short) <= 4 or long.startswith(short) or short.endswith(("y", "ie", "i"))


def _shaped_alike(short: str, long: str, forms: frozenset[str]) -> bool:
    """Whether a nickname is written like a form of the long name: the same first letter,
    inside it ('liz' in 'elizabeth'), or a rhyme of one of its forms or its beginning ('bill'
    of 'will', 'ted' of 'ed')."""
    stem = short.rstrip("yie")
    if short[0] == long[0] or len(stem) >= 2 and stem in long:
        return True
    rhymes = (long[0] + short[1:], short[1:])
    return any(len(r) >= 2 and (r in forms or long.startswith(r)) for r in rhymes)


def with_given_of(words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """A name key with its given name written as another key's when the two are one given
    name ('josh', 'apte') with ('joshua', 'apte') -> ('joshua', 'apte'); else as it was.
    Only a name of two words or more, whose given name differs from the other's."""
    if len(words) >= 2 and len(other) >= 2 and words[0] != other[0] and same_given_name(
            words[0], other[0]):
        return (other[0], *words[1:])
    return words


_GIVEN_WORDS = frozenset("guy dean earl hunter mason carter cooper chase buck sterling royal "
                         "major baron prince duke bishop knight marshall marshal".split())
#   given names the nickname table lacks that are also words for people ('Dean Carver Lowe')


def is_given_name(word: str) -> bool:
    """Whether a folded word is a given name the nickname table lists ('will', 'rose',
    'christian', 'tom') or a given name that is also a word for a person ('dean', 'hunter')."""
    return word in _GIVEN_WORDS or word in _listed()


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    table = _table()
    return frozenset(table).union(*table.values())
