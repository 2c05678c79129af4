"""Which part of a sentence each figure owns: its clause, so it is known by its own words."""

from __future__ import annotations

import re

from .units import measure

_CLAUSE_CUT = re.compile(r"[;:](?:\s|$)|,(?:\s|$)|\s(?:and|but|while|whereas|as|with|"
                         r"compared with|including|of whom|which|who)(?=\s|$)|\s[–—](?=\s|$)",
                         re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r";\s|\s(?:and|but|while|whereas)\s(?=(?:[\w’'-]+\s+){1,3}(?:was|were|"
                          r"is|are|has|have|had|will|would|could|may|might)\b)", re.IGNORECASE)
_ONLY_JOINERS = re.compile(r"(?:[\s\W]|\b(?:or|to|and|between|from)\b)*", re.IGNORECASE)


def clause_segments(text: str, figures: list[re.Match]) -> list[tuple[int, int]]:
    """The part of the sentence each figure owns: 'one man was killed and two people are
    missing' gives 'one man was killed' to the first figure and the rest to the second, so
    each figure is known by its own noun and predicate. Figures joined by connectors, units or
    brackets only ('30-40 days', '190 miles (306 km)') share one part."""
    cuts: list[tuple[int, int] | None] = []
    for a, b in zip(figures, figures[1:], strict=False):
        between = text[a.end() : b.start()]
        words = [w for w in re.findall(r"[A-Za-z]+", between) if not measure(w)]
        if (not words or _ONLY_JOINERS.fullmatch(" ".join(words))) and not re.search(r"[,;]\s",
                                                                                    between):
            cuts.append(None)
            continue
        found = list(_CLAUSE_CUT.finditer(between))
        cuts.append((a.end() + found[-1].start(), a.end() + found[-1].end()) if found else None)
    first = [m.end() for m in _CLAUSE_JOIN.finditer(text)
             if figures and m.end() <= figures[0].start("num")]
    out = []
    for i in range(len(figures)):
        lo = next((c[1] for c in reversed(cuts[:i]) if c), first[-1] if first else 0)
        hi = next((c[0] for c in cuts[i:] if c), len(text))
        out.append((lo, hi))
    return out
