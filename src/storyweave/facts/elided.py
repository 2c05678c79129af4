"""A number standing for a noun said before it ('Danny Green had 14', '46 in the north
region', 'another 2,000 are waiting'): a figure that counts what an earlier figure counted."""

from __future__ import annotations

import re

#  The number heads its noun phrase: what follows it is a preposition, a verb, or the end of
#  the clause ('46 in the north', '286 have degrees', 'added 101.', '13 more than')
_HEAD_AFTER = re.compile(
    r"\s*(?:[.;!?)]|,(?!\d)|$)|\s+(?:in|of|for|since|on|into|from|with|during|at|after)\b"
    r"|\s+(?:are|were|have|has|had|was|remain|remained|more\s+than|got|went|fled|died)\b"
    r"|\s+(?-i:[a-z]{3,}ed)\b(?!\s+(?:by|to)\b)")
#  ... and what comes before it is a verb that takes a number as its object, a word that
#  sets a number apart ('another', 'just'), or the start of a clause ('..., 46 in the north')
_HEAD_BEFORE = re.compile(
    r"(?:\b(?:had|has|have|added|adding|scored|scoring|finished|grabbed|landed|fired|"
    r"totaled|totalled|totals|with|another|other|all|just|only|to|took|taking|where|at|"
    r"of|there\s+(?:were|are)|we\s+were)|^|[,;:(]|\band|"
    r"['’]s)\s*$",
    re.IGNORECASE)
#  never a time of day ('about 3 in the morning') nor one side of a pair ('13-10', '2 / 1')
_NOT_HEAD = re.compile(r"\s*(?:[-–/:x×]\s*\d|[-–]\s*(?:for|of)\b)|\s+in\s+the\s+(?:morning|"
                       r"afternoon|evening|night)\b|\s*(?:a\.?m\b|p\.?m\b)", re.IGNORECASE)


_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")

#  counts lend their noun through figure_links._borrow_units; times, ages and tallies never
_NOT_LENT = frozenset(("count", "duration", "age", "record", "score", "line", "offspring",
                       "family"))


def elided_head(text: str, m: re.Match) -> bool:
    """Whether a figure with no unit of its own stands for a noun said before it: it heads
    its noun phrase, between a verb or a clause start and a preposition, a verb or the end."""
    after = text[m.end() :]
    if _CLOCK.fullmatch(m.group("num")) and re.search(r"\b(?:at|by|until|from)\s*$",
                                                      text[: m.start()], re.IGNORECASE):
        return False  # 'seen at 07.20 on the morning of': a time of day
    return bool(_HEAD_AFTER.match(after) and not _NOT_HEAD.match(after)
                and _HEAD_BEFORE.search(text[: m.start()]))


def fill_elided(text: str, figures: list[re.Match],
                units: list[tuple[str, str, float] | None],
                lent: list[tuple[str, str, float] | None]) -> None:
    """Give each figure that stands for a noun said before it the unit of the nearest earlier
    figure of the sentence that has one ('Jo scored 20 points and Al added 12': 12 points),
    else of the last measure of the sentence before ('... 226 yards. Al added 101.'; ``lent``:
    its figures' units), else an empty count unit, for an earlier count to lend its noun."""
    for i, m in enumerate(figures):
        if units[i] is not None or not elided_head(text, m):
            continue
        if i and units[i - 1] is None and _joined(text[figures[i - 1].end() : m.start()]):
            continue  # the second of a bare pair: 'open from 9 to 5', 'voted 7 to 2'
        donor = next((u for j, u in reversed(list(enumerate(units[:i])))
                      if u is not None and u[0] and (u[1] != "duration" or _joined(
                          text[figures[j].end() : m.start()]))), None)
        before = next((u for u in reversed(lent) if u is not None and u[0]
                       and u[1] not in _NOT_LENT), None)
        if i and units[i - 1] == donor and donor is not None and donor[1] == "percent" \
                and _LEVEL_AFTER_CHANGE.search(_POINTS_OR.sub("", text[: figures[i - 1].start()])) \
                and re.fullmatch(r"\s*,?\s*to\s*", text[figures[i - 1].end() : m.start()]):
            donor = ("points", "count", 1.0)  # 'the index rose 0.8% to 3,120.46': a level
        units[i] = donor or before or ("", "count", 1.0)


#  a change by a share, after which 'to N' gives the new level in the thing's own unit
_LEVEL_AFTER_CHANGE = re.compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|gain(?:ed|s|ing)?|lost|los(?:es|ing)|"
    r"climb\w*|jump\w*|drop\w*|slip\w*|slid(?:e|es|ing)?|declin\w*|added|adds|shed|"
    r"edg\w+\s+(?:up|down|higher|lower)|rall\w+|surg\w+|tumbl\w+|plung\w+|sank|sink\w*|"
    r"soar\w*|advanc\w*|retreat\w*|increas\w*|decreas\w*|grew|grow\w*|up|down)"
    r"(?:\s+(?:by|about|some|nearly|almost|more\s+than|over|around))?\s*$", re.IGNORECASE)


_POINTS_OR = re.compile(r"\s+[\d.,]+\s+points?\s*,?\s*or\s*$", re.IGNORECASE)
#     'fell 102.2 points, or 0.36%, to 27,934.02': the share restates the change in points


def _joined(between: str) -> bool:
    """Whether two figures are joined as one pair ('from 16 to 19', '17 and 25'): only then
    does a time lend its unit ('12 days ago to above 600' counts no days)."""
    return bool(re.fullmatch(r"\s*(?:to|and|or)\s*", between))
