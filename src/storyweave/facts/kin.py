"""Whether a plural noun counts people by kinship or by its parts: relatives ('sons', 'wives',
'grandchildren', from WordNet), and compounds of a people noun ('grandkids', 'coworkers')."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .traits import names_people

_DATA = Path(__file__).resolve().parents[1] / "data"
#  A prefix that keeps a people noun a people noun: 'grandkids', 'coworkers', 'ex-wives',
#  'half-brothers', 'step-sons', 'fellow-workers'
_PREFIX = re.compile(r"^(?:great-)*(?:grand|step-?|co-?|ex-|half-|fellow-)(?=[a-z]{3})")


@lru_cache(maxsize=1)
def _kin_table() -> tuple[frozenset[str], frozenset[str]]:
    """(singular nouns, irregular plurals) of the relatives list (scripts/derive_kin_nouns.py)."""
    nouns: set[str] = set()
    plurals: set[str] = set()
    for line in (_DATA / "kin_nouns.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            parts = line.split()
            (plurals if len(parts) == 2 else nouns).add(parts[0])
    return frozenset(nouns), frozenset(plurals)


def names_kin(word: str) -> bool:
    """Whether a plural noun names relatives: 'sons', 'wives', 'grandchildren', 'cousins'."""
    w = word.lower()
    nouns, plurals = _kin_table()
    if w in plurals:
        return True
    singular = [w[:-3] + "y"] if w.endswith("ies") else []
    singular += [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]] if w.endswith("s") else []
    return any(s in nouns for s in singular if len(s) > 2)


def counts_people(word: str) -> bool:
    """Whether a plural noun counts people: the people list (WordNet's persons), relatives,
    or a prefixed compound of either ('grandkids', 'coworkers', 'half-brothers')."""
    w = word.lower()
    if names_people(w, plural_only=True, capitalised=True) or names_kin(w):
        return True
    rest = _PREFIX.sub("", w)
    return rest != w and (names_people(rest, plural_only=True) or names_kin(rest))
