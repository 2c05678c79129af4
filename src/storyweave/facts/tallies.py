"""Tallies of a game report written as two figures: scores and won-lost records joined by a dash
('a 20-13 win', 'improved to 10-5', 'tied 13-all'), score lines ('Acme 65, Hawks 53') and
shooting or passing lines ('11-of-36', '10 of 22'): one fact of two figures."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from .counted_nouns import _counted_noun
from .mention import Mention
from .numbers import format_value
from .units import is_plural_noun, measure

SCORE = ("points", "score", 1.0)
RECORD = ("record", "record", 1.0)

_DASH = r"\s?[-–]\s?"
_PAIR_AFTER = re.compile(rf"{_DASH}(?:\d{{1,3}}|all)(?![\d.,:/]?\d|[-–]\s?\d|[\w%$€£])")
_PAIR_BEFORE = re.compile(rf"(?<![\d.,:/$€£])\d{{1,3}}{_DASH}$")
_RANGE_BEFORE = re.compile(  # 'between 10-12', 'from 3-5', 'aged 20-25': a range
    r"\b(?:between|from|ages?|aged|about|around|some|roughly|approximately|up to|nearly|almost|"
    r"over|under|than|of|for|in|by)\s*$", re.IGNORECASE)
_TALLY_NOUN = re.compile(  # 'a 20-13 win', 'a 15-2 run', 'a 44-26 rebounding edge'
    r"\s*(?:[a-z]+(?:ing|ive|half|time)\s+)?(?:wins?|victory|victories|loss|losses|defeats?|"
    r"lead|leads|run|spurt|tie|ties|game|games|edge|margin|deficit|advantage|score|scoreline|"
    r"decision|triumph|rout|drubbing|thrashing|shutout|final|record|mark|start|finish|"
    r"halftime|half-time|overtime|season|all-time|overall|all time)\b", re.IGNORECASE)
_SCORE_BEFORE = re.compile(  # 'beat X 20-13', 'led 33-26', 'make it 19-12', 'tied at 12-12'
    r"\b(?:beat|beats|beaten|defeated|defeats|defeat|downed|edged|routed|topped|blanked|won|"
    r"wins|lost|lose|loses|led|leads|lead|leading|trailed|trails|trailing|tied|tie|up|down|"
    r"ahead|behind|make it|made it|making it|makes it|cut it|closed to|pulled within|"
    r"within|outscored|outscoring|outrebounded|dominated|final|score|scored|halftime|"
    r"half-time|the half)\b(?:\s+(?:(?-i:[A-Z])[\w.'’-]*|the|at|to|it|by|them|us|him|her)){0,4}"
    r"[\s,]*$", re.IGNORECASE)
_RECORD_BEFORE = re.compile(  # 'improved to 10-5', 'fell to 2-13', 'are 19-12', 'season 15-17'
    r"\b(?:improved|improves|improving|fell|falls|falling|dropped|drops|moved|moves|evened|"
    r"climbed|slipped|rose|rises|grew|went|go|goes|finished|finish|finishes|ending|ended|"
    r"stand|stands|stood|"
    r"season|seasons|record)\b(?:\s+(?:to|at|its|their|his|her|the|season|them|us|it)){0,2}"
    r"[\s,]*$", re.IGNORECASE)
_RECORD_AFTER = re.compile(r"\s*(?:record|mark|start|finish|on the season|this season|"
                           r"(?:regular[\s-])?season(?![-‐‑]\w)|campaign|"  # 'a 9-5 season'
                           r"overall|all-time|all time|in (?:conference|league|the league|the "
                           r"conference|games|one-score|close|road|home|the event|the series|"
                           r"their last|its last|the last)|at home|on the road|against|vs\.?|"
                           r"versus)\b", re.IGNORECASE)
_TEAM_BEFORE = re.compile(  # 'Acme (25-7)', 'the Hawks (15-17)', 'his first season (5-11)'
    r"(?:[A-Z][\w.'’-]*|\bseasons?|\byears?)\s*\(\s*$")
_TEAM_IS = re.compile(  # 'The Owls are 7-7', 'they're now 24-23': where a team stands
    r"(?:\b(?-i:[A-Z])[\w.'’-]*|\bthey|\bwe)\s+(?:are|were|is|was)(?:\s+now)?\s*$"
    r"|\b(?:they|we)['’]re(?:\s+now)?\s*$", re.IGNORECASE)
_TEAM_AFTER = re.compile(r"\s+(?-i:[A-Z])[a-z]+s\b")  # 'the 0-14 Owls': the team's record
_SPORT = re.compile(
    r"\b(?:points?|game|games|season|quarter|half|halftime|inning|innings|period|goal|goals|"
    r"touchdowns?|field goals?|free throws?|baskets?|rebounds?|3-pointer|three-pointer|"
    r"layup|dunk|yards?|yds|win|victory|coach|team|teams|playoffs?|tournament|league|match|"
    r"intermission|shots?|passes|passing|carries|receptions|catches|turnovers?|"
    r"scored|scoring|lead|led|beat|defeated|record)\b", re.IGNORECASE)


def tally_unit(text: str, start: int, end: int) -> tuple[str, str, float] | None:
    """The unit of a figure that is one side of a score or a won-lost record ('points' or
    'record'), of a shooting or passing line ('11-of-36', '10 of 22': 'attempts' or the noun
    after) or of a score line ('Acme 65, Hawks 53'); None when the figure is none of these."""
    if not re.fullmatch(r"\d{1,3}|all", text[start:end], re.IGNORECASE) \
            or _LABEL_BEFORE.search(text[:start]):
        return None  # 'No. 9 Hawks': a rank; 'in Weeks 14-16': labels
    line = _line_unit(text, start, end)
    if line:
        return line
    triple = _triple(text, start, end)
    if triple is not None:
        return triple or None
    before, after = text[:start], text[end:]
    if _sporty(text) and (_NAMED_FIRST.match(after) and _NAME_END.search(before)
                          or _NAMED_SECOND.search(before)) and not _GLUED.match(after):
        return SCORE  # 'Acme 65, Hawks 53', 'No. 1 Acme Owls 65, No. 9 Hawks 53'
    first = _PAIR_AFTER.match(after)
    if first:
        pair_start, pair_end = start, end + first.end()
    else:
        second = _PAIR_BEFORE.search(before)
        if not second or _GLUED.match(after):
            return None
        pair_start, pair_end = second.start(), end
    kind = _kind(text[:pair_start], text[pair_end:], text)
    if kind == SCORE and (_REBOUNDING_AFTER.match(text, pair_end)
                          or _GLASS_BEFORE.search(text, 0, pair_start)):
        return REBOUNDS  # 'a 44-26 rebounding edge', 'owned the glass by a 44-26 margin'
    return kind


REBOUNDS = ("rebounds", "score", 1.0)
_REBOUNDING_AFTER = re.compile(r"\s*(?:rebounding|rebounds?)\b", re.IGNORECASE)
_GLASS_BEFORE = re.compile(r"\b(?:own\w*|control\w*|dominat\w*|rul\w*|won|win\w*|crash\w*)"
                           r"\s+the\s+(?:glass|boards)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)


_TRIPLE = re.compile(  # 'X (45-7-2, 36 KOs)', 'went 10-5-3': wins, losses, draws or ties
    r"(?<![\d.,:/$€£-])\d{1,3}[-–]\d{1,3}[-–]\d{1,3}(?![\d.,:/]?\d|[-–]\s?\d|[\w%$€£])")
_TRIPLE_NOT = re.compile(r"[-\s]*(?:formations?|system|shape|setup|set-up|lineup)\b",
                         re.IGNORECASE)  # 'a 4-3-3 formation'
_BOUTS = re.compile(r"\b(?:KOs?|KO's|knockouts?|bouts?|fights?|draws?|ties|tied|losses|"
                    r"overtime|OT|shootouts?|champion|championships?|titles?)\b", re.IGNORECASE)


def _triple(text: str, start: int, end: int) -> tuple[str, str, float] | tuple[()] | None:
    """A won-lost record of three figures ('(45-7-2, 36 KOs)', 'went 10-5-3 last season'):
    each figure a side of one record; () for a figure of a triple that is no record
    ('a 4-3-3 formation'); None when the figure is in no triple."""
    for found in _TRIPLE.finditer(text, max(0, start - 8), end + 8):
        if found.start() <= start and end <= found.end():
            before, after = text[: found.start()], text[found.end() :]
            if _TRIPLE_NOT.match(after):
                return ()
            kind = _kind(before, after, text)
            return RECORD if kind or _BOUTS.search(text) or _TEAM_BEFORE.search(before) \
                else ()
    return None


_LABEL_BEFORE = re.compile(r"\b(?:No|Nos|[Ww]eeks?|[Rr]ounds?|[Pp]ages?|[Cc]hapters?|"
                           r"[Ss]ections?|[Gg]rades?|[Ll]evels?)\.?\s*(?:\d{1,3}\s?[-–]\s?)?$")
_GLUED = re.compile(r"[\d.,:/]?\d|[-–]\s?\d|[\w%$€£]")
_NAME = r"(?-i:[A-Z])[\w.'’-]*"
_NAME_END = re.compile(rf"\b{_NAME}\s+$")
_NAMED_FIRST = re.compile(rf",\s+(?:No\.\s*\d+\s+)?(?:{_NAME}\s+){{1,4}}\d{{1,3}}(?![\d,.]\d|\w)")
_NAMED_SECOND = re.compile(rf"\b{_NAME}\s+\d{{1,3}},\s+(?:No\.\s*\d+\s+)?(?:{_NAME}\s+){{1,4}}$")
_OF = r"(?:-of-|\s+of\s+|\s?/\s?)"
_LINE_AFTER = re.compile(rf"{_OF}\d{{1,3}}(?![\d.,:/]?\d|[\w%$€£-])")
_LINE_BEFORE = re.compile(rf"(?<![\d.,:/$€£-])\d{{1,3}}{_OF}$")
_LINE_NOUN = re.compile(r"[\s-]*(?:[a-z0-9]+[\s-]+)?([a-z]+s)\b")  # '3-of-4 three attempts'


def _line_unit(text: str, start: int, end: int) -> tuple[str, str, float] | None:
    """'11-of-36', '10 of 22 for 162 yards', '17 / 35': made and tried, one line."""
    first = _LINE_AFTER.match(text[end:])
    if first:
        pair_start, pair_end = start, end + first.end()
    else:
        second = _LINE_BEFORE.search(text[:start])
        if not second or _GLUED.match(text[end:]):
            return None
        pair_start, pair_end = second.start(), end
    after = text[pair_end:]
    if re.match(r"\s?/\s?\d", after) or re.search(r"\d\s?/\s?$", text[:pair_start]):
        return None  # '12 / 19 / 2005': a date
    values = [int(v) for v in re.findall(r"\d+", text[pair_start:pair_end])]
    if values[0] > values[1] or not (_sporty(text) or _SHOTS.search(text)) or re.search(
            r"\b(?:the|a|an|its|their)\s*$", text[:pair_start], re.IGNORECASE):
        return None
    noun = _LINE_NOUN.match(after)
    if noun and is_plural_noun(noun.group(1)) and not measure(noun.group(1)):
        return (noun.group(1), "line", 1.0)  # '10 of 22 passes'
    counted = _counted_noun(after)
    if counted:  # '21 of 25 light-heavyweight bouts'
        return (counted, "line", 1.0) if _SHOTS.search(text) else None
    return ("attempts", "line", 1.0)


_SHOTS = re.compile(r"\b(?:shot|shots|shooting|passes|passing|completed|completing|made|hit|"
                    r"hitting|won|winning|went|converted|attempts|bouts|fights)\b",
                    re.IGNORECASE)  # a line of made and tried, not a part of a count


def _sporty(sentence: str) -> bool:
    return bool(_SPORT.search(sentence))


def scored_points(before: str, after: str) -> bool:
    """'X scored 13 for the Owls': points, unnamed."""
    return bool(re.search(r"\bscored\s*$", before)) and not _counted(after) \
        and not re.match(r"\s*(?:[-–%]|goals?\b|runs?\b|tries\b)", after)


_WIN_SHARE = re.compile(r"\s*\(\s?\.\s?\d{3}\s?\)")  # '182-158 (.535)': its winning percentage
_RECORD_OF = re.compile(r"\b(?:record|mark)\s+of\s*$", re.IGNORECASE)  # 'a record of 43-39'


def _kind(before: str, after: str, sentence: str) -> tuple[str, str, float] | None:
    share = _WIN_SHARE.match(after)
    after = after[share.end() :] if share else after
    if _RECORD_OF.search(before):
        return RECORD
    if re.search(r"\b(?:the|his|her|their|its|our)\s*$", before, re.IGNORECASE) \
            and _TEAM_AFTER.match(after) and _sporty(sentence):  # 'his 12-3 Owls'
        return RECORD
    if not _TALLY_NOUN.match(after) and (_RANGE_BEFORE.search(before) or _counted(after)):
        return None  # 'between 10-12', '30-40 days': a range
    standing = _TEAM_IS.search(before) and not re.match(  # not 'X was 12-10 at the half'
        r"\s*(?:at|by|after|into|entering|through|with|midway)\b", after, re.IGNORECASE)
    if _RECORD_AFTER.match(after) or _TEAM_BEFORE.search(before) or standing \
            or (_RECORD_BEFORE.search(before) and not _TALLY_NOUN.match(after)):
        return RECORD if not _SCORE_NOUN.match(after) else SCORE
    if _TALLY_NOUN.match(after) or _SCORE_BEFORE.search(before):
        return SCORE
    if _sporty(sentence):
        return SCORE  # 'the lead returned to 54-46 a short time later'
    return None


def _counted(after: str) -> bool:
    """Whether a unit or a counted noun follows the pair ('30-40 days', '10-12 people')."""
    word = re.match(r"[\s-]*([A-Za-z]+)", after)
    return bool(word and (measure(word.group(1)) or is_plural_noun(word.group(1).lower())))


_SCORE_NOUN = re.compile(r"\s*(?:wins?|victory|loss|defeat|lead|run|tie|edge|margin|deficit|"
                         r"spurt|score|decision|triumph|rout)\b", re.IGNORECASE)


def tally_pair(text: str, first: re.Match, second: re.Match,
               unit_a: tuple[str, str, float] | None,
               unit_b: tuple[str, str, float] | None) -> bool:
    """Whether two figures are the two sides of one tally ('20-13'): one fact, never a range."""
    between = text[first.end() : second.start()]
    return unit_a is not None and unit_a == unit_b and unit_a[1] in TALLIES and bool(
        re.fullmatch(_DASH, between) or (unit_a[1] == "line" and re.fullmatch(_OF, between))
        or (unit_a[1] == "score" and _NAMED_FIRST.match(between + second.group("num"))))


def record_share(text: str, first: re.Match, second: re.Match,
                 unit_a: tuple[str, str, float] | None,
                 unit_b: tuple[str, str, float] | None) -> bool:
    """Whether a winning percentage in brackets follows a record ('182-158 (.535)'): a third
    figure of the record's fact."""
    return unit_a is not None and unit_a[1] == "record" and unit_b is not None \
        and unit_b[0] == "winning percentage" \
        and bool(re.fullmatch(r"\s?\(\s?", text[first.end() : second.start()]))


def tied_all(text: str, end: int) -> bool:
    """Whether a figure is a tie written 'N-all' ('a 12-all game', 'tied 13-all')."""
    return bool(re.match(r"[-–]all\b", text[end:], re.IGNORECASE))


def whole_tallies(claims: Sequence[Mention]) -> list[Mention]:
    """Each article's two sides of a tally ('20-13') joined into one figure compared as a pair,
    so '20-13' agrees with '20-13' and conflicts with '20-10' (never '20' with '13'). A lone
    side of a tally is left out while another article gives the whole pair."""
    out: list[Mention] = []
    pairs = 0
    for m in sorted(claims, key=lambda m: (m.article, m.claim.span[0])):
        last = out[-1] if out else None
        if last is not None and m.dimension in TALLIES and last.dimension == m.dimension \
                and last.article == m.article and last.link is not None \
                and last.claim.sentence_span == m.claim.sentence_span:  # '45-7-2': three
            key = last.base * 1000 + m.base
            value = f"{_side(last.claim.value)}-{_side(m.claim.value)}"
            out[-1] = replace(last, base=key, low=key, high=key, link=m.link,
                              claim=replace(last.claim, value=value))
            pairs += 1
        else:
            out.append(m)
    if not pairs:
        return out
    return [m for m in out if m.dimension not in TALLIES or "-" in str(m.claim.value)]


def _side(value: object) -> str:
    return value if isinstance(value, str) else format_value(float(value))  # '45-7' joined


TALLIES = frozenset(("score", "record", "line"))


def tally_match(mentions: Sequence[Mention], chain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(same, other): pairs of tally figures whose whole tallies are the same ('20-13' and
    '20-13' in two articles: one fact, however worded), and pairs whose tallies differ on both
    sides, or on either side in one article ('20-13' and '13-13': two moments of a game); a
    tally with one side the same ('45-35' against '45-36') is left to the words around it."""
    keys: dict[int, list[tuple[int, float]]] = {}
    for i, m in enumerate(mentions):
        if m.dimension in TALLIES:
            keys.setdefault(int(chain[i]), []).append((m.claim.span[0], m.base))
    key = [tuple(v for _, v in sorted(keys[int(chain[i])])) if m.dimension in TALLIES
           or (_share(m) and int(chain[i]) in keys) else () for i, m in enumerate(mentions)]
    #      a record's winning percentage ('182-158 (.535)') goes with its record's tally
    n = len(mentions)
    same = np.zeros((n, n), dtype=bool)
    other = np.zeros((n, n), dtype=bool)
    tallied = [i for i in range(n) if len(key[i]) >= 2]  # a pair, or a record with draws
    for i in (i for i in range(n) if len(key[i]) == 1):  # a side whose other side was lost
        for j in range(n):  # ('Acme 20-13 Win' in a title) is no bar in its article
            same[i, j] = same[j, i] = mentions[j].article == mentions[i].article \
                and mentions[j].dimension == mentions[i].dimension and key[i][0] in key[j]
    for i in tallied:
        for j in tallied:
            if key[i] == key[j]:
                same[i, j] = mentions[i].dimension == mentions[j].dimension \
                    or _share(mentions[i]) or _share(mentions[j])
            elif len(key[i]) != len(key[j]):
                continue  # '45-7-2' and '45-7': left to the words around them
            elif mentions[i].article == mentions[j].article or all(
                    a != b for a, b in zip(key[i], key[j], strict=True)):
                other[i, j] = True
    return same, other


def _share(m: Mention) -> bool:
    return m.claim.unit == "winning percentage"


_SCOPES = (  # what a won-lost record counts, from the words right after it
    (re.compile(r"\s*(?:at\s+home|home\b)"), "home"),
    (re.compile(r"\s*(?:on\s+the\s+road|road\b|away\b)"), "road"),
    (re.compile(r"\s*in\s+(?:[\w-]+\s+){0,3}?games\b"), "games"),  # 'in one-score games'
    (re.compile(r"\s*(?:against|vs\.?|versus)\s"), "against"),
    (re.compile(r"\s*in\s+(?:the\s+)?(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*)*"), "in"),
)  # 'in the AFC South', 'in the Big East'; 'in the regular season' is the whole record


def record_scopes(mentions: Sequence[Mention], chain: np.ndarray) -> np.ndarray:
    """For each won-lost record, what it counts when the words after it say ('4-4 on the
    road', '2-6 at home', '9-1 in one-score games', '2-4 in the AFC South' -> 'in:afc south'),
    '' for the whole season's record and for other figures: two scopes are two facts."""
    sides: dict[int, list[tuple[int, float]]] = {}
    for i, m in enumerate(mentions):
        if m.dimension == "record":
            sides.setdefault(int(chain[i]), []).append((m.claim.span[0], m.base))
    out = np.full(len(mentions), "", dtype=object)
    for i, m in enumerate(mentions):
        pair = [v for _, v in sorted(sides.get(int(chain[i]), []))]
        if m.dimension == "record" and len(pair) in (2, 3):
            out[i] = _scope(m.claim.text, *(format_value(v) for v in pair))
    return out


def _scope(sentence: str, *sides: str) -> str:
    dashed = r"\s?[-–]\s?".join(re.escape(side) for side in sides)
    found = re.search(rf"(?<![\d.]){dashed}(?![\d.])\)?", sentence)
    if not found:
        return ""
    after = sentence[found.end() :]
    for pattern, name in _SCOPES:
        scope = pattern.match(after)
        if scope:
            words = scope.group(0).split()[1:] if name == "in" else []
            return name + (":" + " ".join(w.lower() for w in words if w != "the") if words
                           else "")
    return ""
