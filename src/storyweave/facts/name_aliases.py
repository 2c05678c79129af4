"""Which name keys of a story are one entity: a shorter name that is part of a fuller one
('Peña' and 'David Peña', 'Lopez Obrador' and 'Andrés Manuel López Obrador'), an
organisation's or a place's initials ('PLA', 'US'), and a person's name with a nickname for
the given name ('Josh Apte' and 'Joshua Apte', 'Bill Clinton' and 'William Clinton';
`given_names`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

from .given_names import is_given_name, same_given_name, with_given_of
from .text import STOPWORDS, fold


def is_alias(short: tuple[str, ...], long: tuple[str, ...], kind: str) -> bool:
    """Whether a shorter name refers to the entity a longer one names (or, for people, a
    name of as many words whose given name is a nickname of the other's)."""
    if not short or short == long:
        return bool(short)
    if kind in ("organisation", "place") and (
            short in _SAME_PLACE.get(long, ()) or len(short) >= 3 and _spelt_out(short, long)
            or short == long[: len(short)] and set(long[len(short) :]) <= _COMPANY_WORDS
            or kind == "organisation" and without_suffix(short) == without_suffix(long)):
        return True  # 'Britain', 'UN Security Council', 'Borden' of 'Borden Foods', 'ATI
        #             Technologies' of 'ATI Technologies Inc', 'X Co' and 'X Corp'
    if len(short) == 1 and kind in ("organisation", "place") and len(long) > 1:
        return without_suffix(long) == long and short[0] == "".join(
            w[0] for w in long if w not in STOPWORDS and w != "s")  # 'HPC' is no 'H-P Co'
        #      (nor 'HP': the quote statuses read 'AMD CEO X' as one of 'AMD', not of
        #      'Advanced Micro Devices Inc')
        #      ("People's Liberation Army" ~ 'PLA': the possessive's s is no word; 'United
        #      States' ~ 'US')
    if kind == "vessel":  # 'Dorado' of 'MV Dorado'
        return short == long[-len(short) :]
    if kind != "person" or len(short) > len(long):
        return False
    if short[0] not in long and short[-1] in long:  # 'josh apte' as 'joshua apte'
        short = with_given_of(short, long)
    if len(short) == len(long):
        return short == long
    it = iter(long)
    if not all(w in it for w in short):  # an in-order subsequence
        return False
    return len(short) >= 2 or short[-1] == long[-1] or long[-1] in ("jr", "sr") \
        and short[-1] == long[-2]  # 'Pike' of 'W. Harlan Pike Sr.'


def family_first(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a lone word is the family name of a person's name written family name first
    ('Xi' of 'Xi Jinping', 'Moon' of 'Moon Jae-in'): it opens the name and is no given name
    ('Kim', 'Lee' and 'Abe' are, and stay unresolved rather than risk 'Lee' of 'Lee Smith').
    Only a fallback: a name the word ends ('Richard Locksley' for 'Locksley') comes first."""
    return len(short) == 1 and len(long) >= 2 and short[0] == long[0] and len(short[0]) >= 2 \
        and not is_given_name(short[0])


_SAME_PLACE = {("united", "kingdom"): (("britain",),)}
_SUFFIXES = frozenset("inc corp corporation co company ltd llc plc ag sa limited".split())
_COMPANY_WORDS = _SUFFIXES | {"foods", "group", "holdings"}


def without_suffix(key: tuple[str, ...]) -> tuple[str, ...]:
    """A company's name key without the legal suffixes that end it ('hewlett packard co' ->
    'hewlett packard'); a name of a suffix alone stays."""
    end = len(key)
    while end > 1 and key[end - 1] in _SUFFIXES:
        end -= 1
    return key[:end]


def _spelt_out(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a name is a longer one with some of its words written as initials ('un',
    'security', 'council' of 'united', 'nations', 'security', 'council'), at least one.
    `is_alias` asks it of names of three words or more: 'LA Times' stays as written."""
    i = 0
    initials = False
    for w in short:
        if i < len(long) and long[i] == w:
            i += 1
            continue
        n = len(w)
        if n < 2 or i + n > len(long) or "".join(x[0] for x in long[i : i + n]) != w:
            return False
        i, initials = i + n, True
    return initials and i == len(long)


def canonical_keys(counts: Counter[tuple[str, ...]], kinds: dict[tuple[str, ...], str],
                   places: Collection[tuple[str, ...]] = ()
                   ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each typed name key (with how often it is written) -> the key of the fullest name it
    is an alias of; of two people's names of as many words whose given names are a nickname
    and the name it shortens, the one with the longer given name ('joshua apte'). A one-word
    name of another kind may stand for a person ('Page' typed a place, of 'Bettie Page'),
    but not one of ``places``, which the text writes as a place ('to Paris, France,')."""
    keys = sorted((k for k in counts if k in kinds), key=lambda k: (-len(k), -counts[k], k))
    canon: dict[tuple[str, ...], tuple[str, ...]] = {}
    for i, key in enumerate(keys):  # one written before as long: 'x co' and 'x corp'
        targets = [k for k in keys[:i] if (len(k) > len(key) or kinds[k] == "organisation"
                                           and without_suffix(k) == without_suffix(key)) and (
            kinds[k] == kinds[key] and is_alias(key, k, kinds[key])
            or len(key) == 1 and kinds[k] == "person" and is_alias(key, k, "person")
            and key not in places and kinds[key] not in ("event", "vessel"))] or [
            k for k in keys[:i] if kinds[k] == "person" == kinds[key] and family_first(key, k)]
        if targets:  # the most written, the longest, then one that opens with a given name
            best = max(targets, key=lambda k: (counts[k], len(k), is_given_name(k[0])))
            canon[key] = canon.get(best, best)
        else:
            canon[key] = key
    people = sorted((k for k in keys if kinds[k] == "person" and len(k) >= 2),
                    key=lambda k: (len(k[0]), counts[k], k))
    for key in people:  # shorter given names first: 'josh apte' -> 'joshua apte'
        fuller = [k for k in people if k[1:] == key[1:] and len(k[0]) > len(key[0])
                  and is_alias(key, k, "person")]
        if fuller:
            root, to = canon[key], canon[max(fuller, key=lambda k: (len(k[0]), counts[k], k))]
            canon.update({k: to for k, v in canon.items() if v == root})
    return canon


def shown_keys(canon: dict[tuple[str, ...], tuple[str, ...]], kinds: dict[tuple[str, ...], str],
               spread: Counter[tuple[str, ...]], counts: Counter[tuple[str, ...]],
               ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each canonical key -> the key its entity is shown by: for a person, the full name
    (given name and more: 'bettie page' of 'bettie mae page', 'josh apte' of 'joshua apte',
    never the surnames alone) that the most articles write (``spread``), then the most
    often (``counts``), then the longest; for a company, its name without a legal suffix
    (`shown_bare`); for anything else, the canonical key itself."""
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key, root in canon.items():
        groups.setdefault(root, []).append(key)
    out = {}
    for root, keys in groups.items():
        full = [k for k in keys if len(k) >= 2 and (k[0] == root[0] or same_given_name(
            k[0], root[0]))] if kinds.get(root) == "person" and len(root) >= 2 else []
        out[root] = max([root, *full], key=lambda k: (spread[k], counts[k], len(k), k == root))
        if kinds.get(root) == "organisation":
            out[root] = without_suffix(root)  # 'Hewlett-Packard' of 'Hewlett-Packard Co'
    return out


def shown_bare(text: str) -> str:
    """A company's name as written without the legal suffixes that end it ('Orm Data Inc.'
    -> 'Orm Data'), as the story shows it."""
    words = text.split()
    while len(words) > 1 and fold(words[-1]).strip(".,") in _SUFFIXES:
        words.pop()
    return " ".join(words).rstrip(",")


_BRACKETED = re.compile(r"\.?[ \t]*\((?P<short>[A-Z][A-Z0-9&. -]{0,14}[A-Z0-9])\)")


def bracketed_aliases(canon: dict[tuple[str, ...], tuple[str, ...]],
                      kinds: dict[tuple[str, ...], str],
                      written: Iterable[tuple[str, str, int]],
                      ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The canonical keys after 'X (Y)', Y in capitals and opening with X's first letter
    ('Advanced Micro Devices (AMD)', 'Orm Data Inc. (ODI LLC)'): Y is an alias of X, X not a
    person. ``written``: (the text, a name's key, where the name ends) for each name."""
    from .name_keys import alias_key

    out = dict(canon)
    for text, key, end in written:
        m = _BRACKETED.match(text, end)
        short = alias_key(m.group("short")) if m else ()
        if not m or key not in out or short not in out or kinds.get(out[key]) == "person" \
                or short[0][0] != key[0][0] or out[short] == out[key]:
            continue
        root, to = out[short], out[key]
        out.update({k: to for k, v in out.items() if v == root})
    return out
