"""Kinds a name's own words or its neighbours in the text settle, whatever NER made of the
one sentence it read: a ship ('MV Dorado', 'the tanker Sirius Star'), a newspaper ('told
the Boston Post', 'the Ogden Tribune'), a road ('Sheikh Rashid Road'), a storm ('Hurricanes
Rita and Harold'), a person named with a suffix ('W. Harlan Pike Sr.') or described as one
('said Darmin, an official of the agency'); a score ('Evansville 51-50') or a bare suffix
('Sr.') is no name at all."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Article
from .given_names import is_given_name
from .name_aliases import without_suffix
from .name_keys import NICKNAME, SPEECH, TITLED_BODY_WORDS, alias_key
from .text import fold_same_length
from .traits import names_people

if TYPE_CHECKING:
    from .entities import Name

Kinds = dict[tuple[str, ...], str]

#: the prefixes of ships' names ('MV', 'INS', 'HMS', ...); not 'MS' (the title 'Ms') nor 'MT'
VESSEL_PREFIXES = frozenset("mv ins hms uss ss rms hmcs hmas hmnzs usns uscgc fv rv".split())
_VESSEL_BEFORE = re.compile(  # 'the tanker X', 'the Saudi-owned supertanker X'
    r"\b(?:ship|vessel|tanker|supertanker|freighter|frigate|destroyer|warship|cruiser|"
    r"trawler|yacht|ferry|dhow|tugboat|submarine|aircraft carrier)[ \t]+(?:the[ \t]+)?$")
_SUFFIXES = frozenset(("jr", "sr"))
_NEWSPAPER_ENDS = frozenset("post times herald tribune gazette journal news chronicle telegraph "
                            "courier examiner inquirer dispatch".split())
_ROAD_ENDS = frozenset("road avenue boulevard highway expressway motorway bridge airport "
                       "stadium mosque".split())
_STORMS = frozenset("hurricane hurricanes typhoon typhoons cyclone cyclones".split())
_STORM_BEFORE = re.compile(r"\b(?:Hurricanes|Typhoons|Cyclones)[ \t]+[A-Z][a-z]+[ \t]+and[ \t]+$")
_HEAD_END = r"(?=[ \t]+(?:of|who|at|in|for|with|from|and)\b|[ \t]*[,.;])"


def shaped_kinds(articles: Sequence[Article], names: Sequence[Name], kinds: Kinds) -> Kinds:
    """The kinds after the rules of this module, in order: vessels, suffixes and scores,
    roads and storms, newspapers, then people described as people after a speech verb."""
    texts = [a.text for a in articles]
    by_id = {a.id: a.text for a in articles}
    after_ship = {alias_key(n.text) for n in names
                  if _VESSEL_BEFORE.search(by_id[n.article], max(0, n.start - 30), n.start)}
    prefixed = {k for k in map(alias_key, (n.text for n in names))
                if len(k) >= 2 and k[0] in VESSEL_PREFIXES}  # 'INS Kaveri', NER's 'Kaveri'
    out = _vessels({k: "vessel" if k in after_ship else v for k, v in kinds.items()}
                   | dict.fromkeys(prefixed - set(kinds), ""))
    for key, kind in list(out.items()):
        if key in ((w,) for w in _SUFFIXES) or kind == "person" and any(
                w.isdigit() for w in key):
            del out[key]  # 'Sr.' alone; 'Evansville 51-50' is a score
        elif len(key) >= 3 and key[-1] in _SUFFIXES and kind != "vessel":
            out[key] = "person"  # 'W. Harlan Pike Sr.', and 'W. Harlan Pike' before his ', Sr.'
            if out.get(key[:-1]) in ("organisation", "group", "place"):
                out[key[:-1]] = "person"
        elif key[0] in _STORMS and len(key) >= 2:
            out[key] = "event"  # 'Hurricanes Rita'
        elif len(key) >= 2 and key[-1] in _ROAD_ENDS and kind in ("person", "organisation"):
            out[key] = "place"  # 'Sheikh Rashid Road' read as 'Rashid Road'
    for n in names:
        nickname = NICKNAME.search(n.text)  # 'Vincent "The Chin" Marello': a person ...
        if nickname and len(alias_key(n.text)) >= 2:
            out[alias_key(n.text)] = "person"
            alone = alias_key(nickname.group(0).strip(" \t\"“”‘’"))
            if len(alone) == 1 and out.get(alone) == "person":
                del out[alone]  # ... and 'Chin' alone no other ('Deep Throat' stays)
    for n in names:  # 'Hurricanes Rita and Harold': Harold is a storm
        if _STORM_BEFORE.search(by_id[n.article], max(0, n.start - 40), n.start) \
                and alias_key(n.text) in out:
            out[alias_key(n.text)] = "event"
    return _places_of_people(by_id, names, _companies(_cut_words(texts, _given_and_surname(
        _described_people(texts, _newspapers(texts, names, out))))))


def _places_of_people(by_id: dict[str, str], names: Sequence[Name], kinds: Kinds) -> Kinds:
    """A name typed as a person that the text writes right after a person's name of two
    words or more and 'of' ('Ana Ruiz of Fort Quill'): the place the person is from."""
    out = dict(kinds)
    ends = {(n.article, n.end): alias_key(n.text) for n in names}
    for n in names:
        key = alias_key(n.text)
        before = ends.get((n.article, n.start - 4))
        if out.get(key) == "person" and before and len(before) >= 2 \
                and kinds.get(before) == "person" and by_id[n.article][n.start - 4 : n.start] \
                == " of " and not any(k[-len(key):] == key for k in kinds if len(k) > len(key)
                                      and kinds[k] == "person"):
            out[key] = "place"  # not a surname of the story's people ('Ana Ruiz of Ruiz')
    return out


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_ADVERB = re.compile(r"[a-z]{3,}(?:edly|ally|ously|ively|ently|antly|ately|fully|lessly)")


def _cut_words(texts: Sequence[str], kinds: Kinds) -> Kinds:
    """Words glued to a name that are no part of it: a weekday after a name the story writes
    alone ('HP Monday announced'), an adverb opening a sentence ('Purportedly Ana Ruiz'),
    a place before '-based' ('Texas-based Orm', and 'Texas' a place, not a person)."""
    based = {(w.lower(),) for t in texts for w in re.findall(r"\b([A-Z][a-z]+)-based\b", t)}
    out = dict(kinds)
    for key, kind in kinds.items():
        rest = key
        if len(key) >= 2 and key[-1] in _WEEKDAYS and kind != "event" and key[:-1] in kinds:
            rest = key[:-1]
        elif len(key) >= 2 and _ADVERB.fullmatch(key[0]) and not is_given_name(key[0]):
            rest = key[1:]
        elif "based" in key[1:-1]:
            rest = key[key.index("based", 1) + 1 :]
        if rest != key:
            del out[key]
            out.setdefault(rest, kind)
    return {k: "place" if k in based and v in ("person", "") else v for k, v in out.items()}


def _companies(kinds: Kinds) -> Kinds:
    """A name ending in a company's legal suffix ('Grafton Co', 'Tull Holdings Inc') is an
    organisation, and so is a title opening a body's name ('General Electric said'). (The
    name without its suffix typed as a person stays one: the quote speakers of a 'France
    Telecom spokeswoman' read it so.)"""
    return {k: "organisation" if v == "person" and (
        without_suffix(k) != k or len(k) == 2 and k[1] in TITLED_BODY_WORDS)
        else v for k, v in kinds.items()}




def _given_and_surname(kinds: Kinds) -> Kinds:
    """A given name and a word the story writes alone as a person's ('Kate York' typed a
    place, 'York said'): a person, so the surname alone is that person."""
    return {k: "person" if len(k) == 2 and v in ("place", "organisation")
            and kinds.get(k[1:]) == "person" and is_given_name(k[0]) else v
            for k, v in kinds.items()}


def _vessels(kinds: Kinds) -> Kinds:
    """A name led by a ship's prefix ('MV Dorado', 'Warship INS Sukhdev' as 'INS Sukhdev') is
    a vessel; so is the name without its prefix ('Dorado'), unless a place."""
    out = dict(kinds)
    for key in list(out):
        i = next((i for i, w in enumerate(key[:-1]) if w in VESSEL_PREFIXES and i <= 1), None)
        if i is None:
            continue
        if i:  # 'warship ins sukhdev'
            del out[key]
        out[key[i:]] = "vessel"
        if out.get(key[i + 1 :]) in ("person", "organisation", "group", ""):
            out[key[i + 1 :]] = "vessel"
    return out


def _newspapers(texts: Sequence[str], names: Sequence[Name], kinds: Kinds) -> Kinds:
    """A name ending in a newspaper's word ('Salt Lake Tribune', 'Lake County News') is an
    organisation, not a place; a person's name so ending too when the text writes it after
    'the' ('told the Boston Post'); so is a place's name and such a word NER left apart
    ('a Chicago Times piece': 'Chicago' and 'Times')."""
    out = dict(kinds)
    folded = "\n".join(fold_same_length(t) for t in texts)
    for key, kind in kinds.items():
        if key[-1] not in _NEWSPAPER_ENDS or kind not in ("place", "person"):
            continue
        if kind == "place" and len(key) >= 2 or re.search(
                r"\bthe[ \t]+" + r"[\s.'’-]+".join(map(re.escape, key)) + r"\b", folded):
            out[key] = "organisation"
    for n in names:
        key = alias_key(n.text)
        if len(key) >= 2 and key[-1] in _NEWSPAPER_ENDS and key not in out and any(
                out.get(key[:i]) == "place" for i in range(1, len(key))):
            out[key] = "organisation"
    return out


_DESCRIBED = re.compile(rf"\b(?:{SPEECH})[ \t]+(?P<name>[^\W\d_][\w’'-]*),[ \t]+(?:an?|the)"
                        rf"[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?P<head>[a-z-]+){_HEAD_END}")


def _described_people(texts: Sequence[str], kinds: Kinds) -> Kinds:
    """A one-word name typed as a body, a group or a place that a speech verb introduces and
    an apposition describes as a person ('said Darmin, an official of the agency')."""
    described: set[tuple[str, ...]] = set()  # one pass over the texts, not one per name
    for text in texts:
        for m in _DESCRIBED.finditer(text):
            if names_people(m.group("head")):
                described.add(alias_key(m.group("name")))
    return {k: "person" if len(k) == 1 and v in ("organisation", "group", "place")
            and k in described else v for k, v in kinds.items()}
