"""Derive the nouns that name people, and those that name events, from WordNet 3.0; write the
shipped word lists.

    apt-get install wordnet-base        # Debian's WordNet 3.0 database (/usr/share/wordnet)
    .venv/bin/python scripts/derive_people_nouns.py [WORDNET_DIR] [--out PATH]

A noun names people when its most frequent WordNet sense is in the lexicographer file
``noun.person`` ('bystander', 'hijacker', 'pensioner'), or when it is an agent noun
('-er', '-or', '-ist', '-ant', '-ent', '-ee', '-ian', '-man') whose second sense is a
person ('bomber': the aircraft first, the person second), unless that sense is a relative
('daughters', 'cousins': counting someone's family describes a person, not an event; 'children'
stays, its first sense is a young person). Only common nouns (lowercase in
WordNet) of one word are kept. Irregular plurals of those nouns ('women', 'alumni') come
from WordNet's ``noun.exc``. A noun names an event or a state when its most frequent sense
is an act, event, phenomenon, possession, process or state ('arrests', 'votes', 'donations').
The facts stage reads the lists to tell a count of people ('four
hijackers') from a count of things ('four tents'); the derivation is in the repository so
the list can be rebuilt or audited, and nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/storyweave/data/people_nouns.txt"
EVENTS_OUT = REPO / "src/storyweave/data/event_nouns.txt"
EVENT_FILES = {4, 11, 19, 21, 22, 26}  # noun.act, event, phenomenon, possession, process, state
PERSON = 18  # lexicographer file number of noun.person
RELATIVE = "10235549"  # relative.n.01 ('relation', 'kin'): its hyponyms are left out
AGENT = re.compile(r"(?:er|or|ist|ant|ent|ee|ian|man)$")
HEADER = """\
# Nouns that name {what}, derived from WordNet 3.0 by scripts/derive_people_nouns.py.
# Lines: a singular noun ('^' before one written capitalised, such as 'American'), or
# 'plural singular' for an irregular plural.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. (WordNet 3.0 license: https://wordnet.princeton.edu/license-and-commercial-use)
"""


def synsets(wordnet: Path) -> tuple[dict[str, int], set[str], dict[str, list[str]]]:
    """(synset offset -> lexicographer file, the lemmas of common nouns, synset offset -> its
    hypernyms' offsets). Common nouns are written in lowercase, or capitalised but a kind of
    thing rather than one named instance ('Americans', 'Britons'; not 'Einstein')."""
    lexfile: dict[str, int] = {}
    lowercase: set[str] = set()
    hypernyms: dict[str, list[str]] = {}
    capitalised: set[str] = set()
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        lexfile[parts[0]] = int(parts[1])
        count = int(parts[3], 16)
        at = 4 + 2 * count
        pointers = [parts[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(parts[at]))]
        hypernyms[parts[0]] = [p[1] for p in pointers if p[0] in ("@", "@i")]
        instance = any(p[0] == "@i" for p in pointers)
        for word in parts[4 : 4 + 2 * count : 2]:
            word = re.sub(r"\(.*\)$", "", word)
            if word.islower():
                lowercase.add(word)
            elif not instance and re.fullmatch(r"[A-Z][a-z]+", word):
                capitalised.add(word.lower())  # 'American', 'Briton': a kind of person
    return lexfile, lowercase | {"^" + w for w in capitalised - lowercase}, hypernyms


def _is_kin(offset: str, hypernyms: dict[str, list[str]]) -> bool:
    """Whether a synset is a relative ('daughter', 'nephew'): a family, not an event's count."""
    todo, seen = [offset], set()
    while todo:
        current = todo.pop()
        if current == RELATIVE:
            return True
        if current not in seen:
            seen.add(current)
            todo += hypernyms.get(current, [])
    return False


def index_entries(wordnet: Path):
    """(lemma, synset offsets, most frequent sense first) of each line of index.noun."""
    for line in (wordnet / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):  # the license header
            continue
        parts = line.split()
        yield parts[0], parts[4 + int(parts[3]) + 2 :]


def people_nouns(wordnet: Path, events: bool = False) -> list[str]:
    """The singular nouns that name people (or, with ``events``, events and states), sorted."""
    lexfile, lowercase, hypernyms = synsets(wordnet)
    out = []
    for lemma, offsets in index_entries(wordnet):
        senses = [lexfile[o] for o in offsets]
        if "_" in lemma or not lemma.isascii() or not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma):
            continue
        if lemma not in lowercase:
            if "^" + lemma not in lowercase:
                continue
            lemma = "^" + lemma  # written capitalised: 'American', 'Briton'
        if events:
            if senses[0] in EVENT_FILES:
                out.append(lemma)
            continue
        person = 0 if senses[0] == PERSON else 1 if (
            PERSON in senses[1:2] and AGENT.search(lemma)) else None
        if person is not None and not _is_kin(offsets[person], hypernyms):
            out.append(lemma)
    return sorted(out)


def irregular_plurals(wordnet: Path, nouns: set[str]) -> list[str]:
    """'plural singular' lines for the irregular plurals of the nouns (noun.exc)."""
    out = []
    for line in (wordnet / "noun.exc").read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] in nouns and "_" not in parts[0] \
                and "^" + parts[1] not in nouns:
            out.append(f"{parts[0]} {parts[1]}")
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", type=Path)
    parser.add_argument("--out", default=OUT, type=Path)
    args = parser.parse_args()
    for events, out in ((False, args.out), (True, args.out.with_name(EVENTS_OUT.name))):
        nouns = people_nouns(args.wordnet, events)
        plurals = irregular_plurals(args.wordnet, set(nouns))
        header = HEADER.format(what="events and states" if events else "people")
        out.write_text(header + "\n".join(nouns + plurals) + "\n", encoding="utf-8")
        print(f"{len(nouns)} nouns, {len(plurals)} irregular plurals -> {out}")


if __name__ == "__main__":
    main()
