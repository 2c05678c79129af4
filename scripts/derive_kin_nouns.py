"""Derive the nouns that name relatives ('sons', 'wives', 'cousins', 'grandchildren') from
WordNet 3.0 and write the shipped word list.

    apt-get install wordnet-base        # Debian's WordNet 3.0 database (/usr/share/wordnet)
    .venv/bin/python scripts/derive_kin_nouns.py [WORDNET_DIR] [--out PATH]

A noun names a relative when its most frequent WordNet sense is a hyponym of relative.n.01
('daughter', 'nephew', 'spouse'). scripts/derive_people_nouns.py leaves these out of the
people list (other stages read that list as 'a person in the news'); the facts stage reads
this list too when it decides whether a small number written in words counts people: the
gold convention counts relatives ('two sons', 'four grandchildren') as people.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from derive_people_nouns import (  # noqa: E402
    HEADER,
    PERSON,
    _is_kin,
    index_entries,
    irregular_plurals,
    synsets,
)

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src/storyweave/data/kin_nouns.txt"


def kin_nouns(wordnet: Path) -> list[str]:
    """The singular common nouns whose most frequent sense is a relative, sorted."""
    lexfile, lowercase, hypernyms = synsets(wordnet)
    out = []
    for lemma, offsets in index_entries(wordnet):
        if "_" in lemma or lemma not in lowercase or not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma):
            continue
        if lexfile[offsets[0]] == PERSON and _is_kin(offsets[0], hypernyms):
            out.append(lemma)
    return sorted(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", nargs="?", default="/usr/share/wordnet", type=Path)
    parser.add_argument("--out", default=OUT, type=Path)
    args = parser.parse_args()
    nouns = kin_nouns(args.wordnet)
    plurals = irregular_plurals(args.wordnet, set(nouns))
    args.out.write_text(HEADER.format(what="relatives") + "\n".join(nouns + plurals) + "\n",
                        encoding="utf-8")
    print(f"{len(nouns)} nouns, {len(plurals)} irregular plurals -> {args.out}")


if __name__ == "__main__":
    main()
