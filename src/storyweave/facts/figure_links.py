"""Figures that lean on their neighbours: shared units, ranges, times in parts, values that
changed ('initially 5,000, now 2,000')."""

from __future__ import annotations

import re
from dataclasses import replace

from .mention import Mention
from .numbers import parse_number
from .quantity_patterns import _DURATION_PART, _MOVED_BY, _NEXT
from .text import STOPWORDS
from .units import measure

_CONNECTOR = re.compile(r"\s*(?:–|—|-|‐|‑|to|or|and)\s*$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?$", re.IGNORECASE)
#         '3 of the 12 suspects', '3 of 12 suspects'


def _share_units(text: str, figures: list[re.Match],
                 units: list[tuple[str, str, float] | None]) -> tuple[set[int], set[int]]:
    """Neighbouring figures lend each other their unit (in place): '2,000 or 3,000 metres'
    (a range), 'by 3 votes to 2', '3 of the 12 suspects' (a part). Returns (the figures that
    open a range, the figures that are a part)."""
    ranged, parts = set(), set()
    for i, m in enumerate(figures[:-1]):
        between = text[m.end() : figures[i + 1].start()]
        if units[i] is None and units[i + 1] is not None and _CONNECTOR.fullmatch(between or "x"):
            units[i] = units[i + 1]
            ranged.add(i)
        elif units[i] is not None and units[i] == units[i + 1] \
                and _both_ends(text[: m.start()], between):
            ranged.add(i)  # '9.1-9.3' after 'magnitude', 'by 25 percent to 40 percent'
        elif units[i] is not None and units[i][1] == "count" and units[i + 1] is None \
                and re.fullmatch(r"\s+[a-z]+\s+to\s*", between):
            units[i + 1] = units[i]  # 'by 3 votes to 2': one tally, one fact
            ranged.add(i)
        elif units[i] is None and units[i + 1] is not None and units[i + 1][1] == "count" \
                and _OF_THE.fullmatch(between + " "):
            units[i] = units[i + 1]  # '3 of the 12 suspects': 3 suspects, a part
            parts.add(i)
    ranged |= _share_scale(text, figures, units)
    return ranged, parts


_RANGE_TO = re.compile(r"\s*(?:–|—|-|‐|‑|to|and)\s*", re.IGNORECASE)


def _share_scale(text: str, figures: list[re.Match],
                 units: list[tuple[str, str, float] | None]) -> set[int]:
    """The low end of a range of sums or counts takes the scale word of the high end (in
    place): '$140-150 million', '$140 to $150 million', '$140-150MM', '2 to 3 billion
    people' are millions and billions at both ends. Returns the low ends whose high end
    took their unit ('$140-150MM'), ranges still to mark."""
    lent = set()
    for i, m in enumerate(figures[:-1]):
        nxt, unit = figures[i + 1], units[i]
        low, high = parse_number(m.group("num")), parse_number(nxt.group("num"))
        bare = re.match(r"[\d.,]+", nxt.group("num"))
        if unit is None or not (unit[1].startswith("money:") or unit[1] == "count") \
                or unit[2] != 1 or not low or not high or not bare \
                or not re.fullmatch(r"[\d.,]+", m.group("num")) \
                or not _RANGE_TO.fullmatch(text[m.end() : nxt.start()]):
            continue
        scale = high / float(bare.group().replace(",", ""))
        if scale >= 1000 and low < high / scale:
            units[i] = (unit[0], unit[1], scale)
            if units[i + 1] is None or units[i + 1][1] == "any":
                units[i + 1] = unit  # '$140-150MM': the high end is a sum too
                lent.add(i)
    return lent


def _parallel_units(text: str, figures: list[re.Match],
                    units: list[tuple[str, str, float] | None]) -> None:
    """A bare figure in a clause built like an earlier one of its sentence takes that one's
    unit (in place): 'first with 51 golds, second with 36 and third with 23'."""
    for i, m in enumerate(figures):
        if units[i] is None and re.fullmatch(r"\d\.\d", m.group("num")) and any(
                u and u[1] == "magnitude" for u in units[:i]):
            units[i] = ("magnitude", "magnitude", 1.0)  # 'a 2.9 aftershock ... and a 2.2 at'
            continue
        if units[i] is not None or not m.group("num")[0].isdigit() \
                or not re.match(r"\s*(?:[.,;]|$|and\b|while\b)", text[m.end() :]):
            continue
        word = re.search(r"\b([a-z]+)\s+$", text[: m.start("num")])
        for j in range(i - 1, -1, -1):
            earlier = re.search(r"\b([a-z]+)\s+$", text[: figures[j].start("num")])
            if word and earlier and units[j] and units[j][1] == "count" and units[j][0] \
                    and earlier.group(1) == word.group(1) and word.group(1) not in STOPWORDS - {
                        "with", "by", "at", "on"}:
                units[i] = units[j]
                break


def _time_parts(text: str, first: re.Match, second: re.Match,
                first_unit: tuple[str, str, float] | None,
                unit: tuple[str, str, float]) -> bool:
    """Whether two figures are parts of one time ('8 minutes 50 seconds', "1h 12' 06\"")."""
    return bool(first_unit and first_unit[1] == unit[1] == "duration"
                and first_unit[2] > unit[2]
                and re.fullmatch(rf"\s*(?:hours?|hrs?|h|minutes?|mins?|['′’])?{_DURATION_PART}",
                                 text[first.end() : second.start()]))


def _height_parts(text: str, first: re.Match, second: re.Match,
                  first_unit: tuple[str, str, float] | None,
                  unit: tuple[str, str, float]) -> bool:
    """Whether two figures are the feet and inches of one height ('6-foot-2', '6 ft 2 in')."""
    return bool(first_unit and first_unit[0] == "feet" and unit[0] == "inches"
                and re.fullmatch(r"[-‐‑\s]*(?:foot|feet|ft\.?)?[-‐‑\s]*",
                                 text[first.end() : second.start()]))


def _both_ends(before: str, between: str) -> bool:
    """Whether two figures of one unit are the ends of a range: '9.1-9.3', 'by 25 percent to
    40 percent', 'between 2 km and 3 km'; not a change ('from 9.0 to 9.1', 'rose 5 percent to
    40 percent')."""
    unit = re.match(r"\s*([A-Za-z]+)", between)
    if unit and measure(unit.group(1)):
        between = between[unit.end() :]  # '2 km and 3 km': the unit of the first end
    if re.fullmatch(r"\s*[-–—]\s*", between):
        return True
    if re.fullmatch(r"\s*and\s*", between):
        return bool(re.search(r"\bbetween\s*$", before, re.IGNORECASE))
    return bool(re.fullmatch(r"\s*to\s*", between)) and not _MOVED_BY.search(before)


    #      'the 55-year-old Glasgow-born star': where the person is from, not who


def _link_changes(mentions: list[Mention]) -> list[Mention]:
    """A figure marked 'initially'/'now' continues the nearest figure of the same kind before
    or after it in the article (within two sentences)."""
    from dataclasses import replace

    out = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.link == _NEXT:
            out[i] = replace(mention, link=i + 1)
            continue
        if mention.marker is None or mention.link is not None:
            continue
        change_next = mention.marker == "initial"  # 'from 9.0 to 9.1': the next figure first
        for j in sorted(range(len(mentions)),
                        key=lambda j, first=change_next: (not (first and j == i + 1), abs(j - i))):
            other = mentions[j]
            if j != i and other.dimension == mention.dimension and _may_continue(mention, other) \
                    and abs(other.sentence - mention.sentence) <= 2 \
                    and other.rate == mention.rate and (other.sentence != mention.sentence or (
                        j == i + 1 and mention.marker == "initial")):  # 'from 9.0 to 9.1'
                out[i] = replace(mention, link=j)
                break
    return out


def _may_continue(a: Mention, b: Mention) -> bool:
    """Whether one figure may be a new value of the other: of a similar size (within three
    times) and not counting another kind of event ('110,000 deaths, as of Friday' does not
    continue '132 people rescued')."""
    low, high = sorted((abs(a.base), abs(b.base)))
    if high > 3 * max(low, 1e-9):
        return False
    return not (a.frame and b.frame and not set(a.frame) & set(b.frame))


def _widen_ranges(mentions: list[Mention]) -> list[Mention]:
    """Both ends of a range ('30-40 days', '2,000 or 3,000 metres') allow any value between
    them: a figure inside the range agrees with it, and the ends never conflict."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        j = m.link
        if j is None or j != i + 1 or j >= len(mentions) or mentions[j].sentence != m.sentence \
                or mentions[j].dimension != m.dimension \
                or (m.marker == "initial" and mentions[j].marker != "initial") \
                or m.claim.unit != mentions[j].claim.unit \
                or m.dimension in ("resolution", "score", "record", "line"):
            #  '8 minutes 50 seconds', '1440 x 900', '20-13': one figure of two parts or one
            #  tally, not a range
            continue  # (a change is no range: 'from 9.0 to 9.1')
        low, high = min(m.low, mentions[j].low), max(m.high, mentions[j].high)
        out[i] = replace(out[i], low=low, high=high)
        out[j] = replace(out[j], low=low, high=high)
    return out


def _borrow_units(mentions: list[Mention]) -> list[Mention]:
    """A figure without a noun ('revised to 3,800') counts what the figure before it counted;
    'the five' / 'all five' what an earlier 'five men' of the article counted, however far."""
    out: list[Mention] = []
    for m in mentions:
        if m.claim.unit:
            out.append(m)
            continue
        donor = _donor(m, out)
        if donor is not None:
            scale = donor.base / float(donor.claim.value) if donor.claim.value else 1.0
            out.append(replace(m, claim=replace(m.claim, unit=donor.claim.unit),
                               label=donor.label, dimension=donor.dimension,
                               base=m.base * scale, low=m.low * scale, high=m.high * scale,
                               frame=m.frame or donor.frame, noun=m.noun or donor.noun))
    return out


def _donor(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The earlier figure whose unit a figure without one takes: one of the same value that
    counts people ('Five men ... The five had been'), else the nearest of a similar size
    within two sentences."""
    same = next((o for o in reversed(earlier) if o.claim.unit and o.dimension == "count"
                 and o.noun == "person" and o.base == m.base and m.dimension != "same"), None)
    if same is not None or m.dimension == "anaphor":
        return same
    if m.dimension == "restated":  # 'the fifteen were freed', 'all three are down': an
        return next((o for o in reversed(earlier) if o.claim.unit and o.dimension == "count"
                     and o.base == m.base), None)  # earlier count of that many, else none
    if m.dimension == "same":  # '5.9 on the Richter scale; ... 5.0 or higher'
        near = [o for o in reversed(earlier) if o.claim.unit and o.sentence == m.sentence]
        return next((o for o in near if o.dimension != "count"), near[0] if near else None)
    donors = [o for o in reversed(earlier) if o.claim.unit and m.sentence - o.sentence <= 2
              and (o.dimension == "count" or m.dimension == "any"
                   and o.dimension.startswith("money"))]
    return next((o for o in donors if max(o.base, m.base) <= 3 * max(min(o.base, m.base), 1e-9)),
                donors[0] if donors else None)  # the nearest of a similar size first
