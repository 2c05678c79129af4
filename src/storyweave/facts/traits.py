"""What a figure is, beyond its value: a forecast, a part, people or things, an earlier year."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from .text import fold, frames
from .units import MEASURES

PEOPLE_NOUNS = (r"people|persons?|individuals|residents?|m[ae]n|wom[ae]n|child(?:ren)?|others|"
                r"bod(?:y|ies)|victims?|dead|tourists?|soldiers?|civilians?|workers?|"
                r"passengers?|journalists?|migrants?|refugees?|students?|police(?:m[ae]n)?|"
                r"officers?|firefighters?|patients?|survivors?|crew|miners?|climbers?|"
                r"hostages?|prisoners?|sailors?|troops|marines?|guards?|members?|personnel|"
                r"staff|pilots?|doctors?|nurses?|teachers?|fishermen|servicem[ae]n|diplomats?|"
                r"nationals?|citizens?|relatives?|employees?|volunteers?|suspects?|militants?|"
                r"rebels?|protesters?|demonstrators?|detainees?|captives?|inmates?|players?|"
                r"hikers?|divers?|engineers?|experts?|officials?|ministers?|leaders?")
_PERSON = re.compile(rf"(?:{PEOPLE_NOUNS}|deaths?|casualties|fatalities|injured|wounded|"
                     r"missing|captured|detained|arrested|abducted|kidnapped|rescued|evacuated|"
                     r"evacuees)", re.IGNORECASE)
_AGENT = re.compile(r"(?:ers|ors|ees|ists|ians|men)$", re.IGNORECASE)
_DATA = Path(__file__).resolve().parents[1] / "data"
_PART_BEFORE = re.compile(r"\b(?:other|remaining|another|additional|further|extra)\s*$",
                          re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+(?:more|other|additional|remaining|further|extra|"
                         r"of\s+(?:the|them|these|those|whom))\b",
                         re.IGNORECASE)
_RECORD_BEFORE = re.compile(  # 'the largest quake ever recorded there was', 'a record'
    r"\b(?:largest|biggest|strongest|highest|lowest|deadliest|worst|greatest|most)\b[^.;]{0,40}"
    r"\bever\b[^.;]{0,40}$|\b(?:a|an all-time|the)\s+record\s*$|\bon record\b[^.;]{0,30}$",
    re.IGNORECASE)
_DEPTH_BEFORE = re.compile(r"\bdepths?\s+of(?:\s+(?:about|around|some|roughly))?\s*$",
                           re.IGNORECASE)
_DEPTH_AFTER = re.compile(r"[\s-]*[A-Za-z.]*[\s-]*(?:\([^()]{0,20}\)\s*)?(?:deep|below the "
                          r"surface|underground|beneath the surface)\b", re.IGNORECASE)
_POSITION_AFTER = re.compile(  # 'at the 14-yard line', 'the 12 km mark': a place on a field
    r"(?:[\s-]*(?:yards?|yds?\.?|metres?|meters?|kilometres?|kilometers?|km|miles?))?"
    r"[\s-]+(?:line|mark|marker)\b", re.IGNORECASE)  # or a course, not a distance covered
_CLOSING = re.compile(  # 'shares rose $5.27 to finish at $24.13', 'closed Monday at $46.64'
    r"\b(?:clos(?:e|ed|es|ing)|finish(?:ed|es|ing)?|end(?:ed|s|ing)?)\s+(?:[\w.-]+\s+){0,3}?"
    r"at\s*(?:US)?[$€£]?\s*$")  # a share's closing price, not a price offered per share
_PLAY_AFTER = re.compile(  # 'a 47-yard field goal', 'a 10-yard scoring pass', 'an 84-yard run'
    r"[\s-]*(?:yards?|yds?\.?)?[\s-]+(?:(?:touchdown|TD|scoring|game-tying|go-ahead|"
    r"game-winning|winning|tying|interception|fumble|kickoff|punt)\s+)*(field\s+goal|pass|"
    r"reception|catch|run|scamper|dash|rush|punt|return)\b", re.IGNORECASE)
_PLAYS = {"field goal": "field goal", "pass": "pass", "reception": "pass", "catch": "pass",
          "run": "run", "scamper": "run", "dash": "run", "rush": "run", "punt": "punt",
          "return": "run"}  # a return is run with the ball: 'ran 35 yards' after a pick
_RAN_FOR = re.compile(r"\b(?:ran|rushed|scampered|raced)(?:\s+for)?\s*$")


def play_kind(before: str, after: str, unit: str) -> str:
    """The kind of play a length in yards measures ('a 47-yard field goal' -> 'field goal',
    'a 10-yard scoring pass' -> 'pass', 'ran for 10 yards' -> 'run'), '' when the text does
    not say: the yards of two kinds of play are two facts."""
    if unit not in ("yards", "yard"):
        return ""
    found = _PLAY_AFTER.match(after)
    if found:
        return _PLAYS[" ".join(found.group(1).lower().split())]
    return "run" if _RAN_FOR.search(before) else ""


_CAPACITY_BEFORE = re.compile(  # 'enough supplies for', 'can hold up to', 'a capacity of'
    r"(?:\b(?:enough|sufficient)\s+(?:[a-z]+\s+){0,3}?for|\bcapacity\s+(?:of|for)|"
    r"\b(?:can|could|able to|built to|designed to)\s+(?:hold|house|accommodate|seat|sleep|"
    r"carry|feed|serve|take))\s*(?:up\s+to\s*|as\s+many\s+as\s*)?$", re.IGNORECASE)
_CAPACITY_AFTER = re.compile(  # 'a 200-student school', 'a 500-bed hospital'
    r"[-‐‑](?:student|pupil|bed|seat|seater|room|person|passenger|capacity)\s+[a-z]+",
    re.IGNORECASE)
_FORECAST = re.compile(
    r"\b(?:expected|foreseen|forecasts?|forecast(?:ed|ers)?|predict(?:ed|s|ions?)?|"
    r"projected(?!\s+(?:on|onto|over|across)\b)|"  # not 'projected onto a screen'
    r"projections?|(?:could|may|might|will|would|likely to)\s+(?:\w+\s+)?(?:rise|climb|"
    r"increase|reach|grow|top|exceed|surpass|double|pass|hit|go up|jump|soar))\b",
    re.IGNORECASE)
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_SIZES = frozenset(shown for dimension, _, shown in MEASURES.values()
                   if dimension in ("distance", "mass", "area"))
_SINCE = re.compile(r"\b[Ss]ince\b[^,;]*")
_YEAR = re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil)\s+(?:(?:early|late|mid-?)\s+)?"
                   rf"(?:(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?((?:19|20)\d\d)\b(?![\w-])")


def figure_traits(text: str, m: re.Match, segment: tuple[int, int], unit: str,
                  published: str | None) -> dict[str, Any]:
    """Mention fields saying what a figure is: ``forecast``, ``part``, ``noun`` (the kind of
    thing counted: 'person' | 'thing' | ''), ``capacity`` (what a place can hold: 'enough
    supplies for 15,000', 'a 200-student school'), ``record`` (a record it is compared with),
    ``depth`` ('a depth of 12 miles'), ``position`` (a place on a field or a course: 'the
    14-yard line', 'the 12 km mark'), ``play`` (play_kind), ``closing`` (a closing price:
    'to finish yesterday at $24.13') and ``year`` (an earlier year its clause is dated to,
    '' when none)."""
    after = text[m.end() :]
    return {
        "forecast": is_forecast(text, m, segment),
        "part": bool(_PART_BEFORE.search(text[: m.start()]) or _PART_AFTER.match(after)),
        "noun": noun_class(unit, after),
        "capacity": bool(_CAPACITY_BEFORE.search(text[: m.start()]) or _CAPACITY_AFTER.match(
            text, m.end())),  # what a place can hold, not how many are there
        "record": bool(_RECORD_BEFORE.search(text[segment[0] : m.start()])),
        "depth": bool(_DEPTH_BEFORE.search(text[: m.start()]) or _DEPTH_AFTER.match(after)),
        "position": bool(_POSITION_AFTER.match(after)),
        "play": play_kind(text[: m.start()], after, unit),
        "closing": bool(_CLOSING.search(text[max(0, m.start() - 60) : m.start()])),
        "year": "" if unit in _SIZES else (earlier_year(text[segment[0] : segment[1]], published)
                                           or last_year(text[segment[0] : segment[1]])
                                           or last_year(text, opening=True)
                                           or dated_before(text[: m.start()], published)),
        #        the size of a thing is no event: 'the 41-meter dam, completed in 1962'
    }


def is_forecast(text: str, m: re.Match, segment: tuple[int, int]) -> bool:
    """'is expected to crest at 6.2 m', 'could climb to 100,000', '6.2 m forecasters had
    predicted': the figure is what someone expects, not what happened."""
    after = text[m.end() : min(segment[1], m.end() + 40)].split(",")[0]
    return bool(_FORECAST.search(text[segment[0] : m.start()]) or _FORECAST.search(after))


def noun_class(unit: str, after: str) -> str:
    """'person' for nouns that count people ('sailors', 'deaths', 'the injured'), 'event' for
    acts and events other than what happens to people ('votes', 'trials'), 'thing' for other
    lowercase nouns ('pages', 'homes', 'meals'), '' when unknown (no noun, a capitalised one
    such as a nationality, or what happens to people: 'arrests', 'evacuations')."""
    if not unit or " " in unit or not unit.isalpha():
        return ""
    written = re.search(rf"\b{re.escape(unit[:-1] if unit.endswith('s') else unit)}",
                        after[:80], re.IGNORECASE)
    if written and written.group(0)[0].isupper():
        return ""  # 'Britons', 'Iranians': a people, not a thing
    if _PERSON.fullmatch(unit) or names_people(unit):
        return "person"
    framed = set(frames(unit))
    if framed == {"shelter"}:
        return "thing"  # '10 temporary shelters' counts places, not the people in them
    if framed:
        return ""  # events that happen to people: 'arrests', 'crossings', 'evacuations'
    if names_event(unit):
        return "event"  # other acts and events: 'votes', 'trials', 'donations'
    if _AGENT.search(unit):
        return ""  # an agent noun the word list lacks ('co-plotters'): maybe people
    return "thing"


def earlier_year(clause: str, published: str | None) -> str:
    """The year a clause dates its figure to ('In June 2004, eight ...') when it is two years
    or more before the article's own year: the figure is about an earlier event."""
    if not published or not published[:4].isdigit():
        return ""
    # two years back at least: a story that runs across New Year ('In December 2004, the wave
    # killed ...' in a January 2005 article) still speaks of its own event
    # a year in a 'since ...' phrase measures from then ('the deadliest attack since the
    # bombing in 1988', 'since 2004, 500 have died'): the figure itself is current
    clause = _SINCE.sub(" ", clause)
    years = [y for y in _YEAR.findall(clause) if int(y) <= int(published[:4]) - 2]
    return years[-1] if years else ""


_LAST_YEAR = re.compile(rf"(?:^\W*|\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?"
                        rf"(?:(?:{_MONTHS})\s+)?)[Ll]ast\s+(?:year|season)\b")
#           'Last season, X ran for 793 yards': a sports season is dated like a year
_FULL_DATE = re.compile(r"(?<![Ss]ince )\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                        r"[a-z]*\.?\s+\d{1,2},\s+((?:19|20)\d\d)\b")


def dated_before(before: str, published: str | None) -> str:
    """The year of a full date ('on Oct. 10, 2002,') written before a figure in its sentence
    when it is two years or more before the article's own: 'The last quakes struck on Oct.
    10, 2002, the largest at magnitude 7.6' gives the figure of that earlier event. In an
    undated article any full date with its year counts: news writes the year of a date only
    when it is not the current one ('on Jan. 4' for this week's quake)."""
    dated = published and published[:4].isdigit()
    years = [y for y in _FULL_DATE.findall(_SINCE.sub(" ", before))
             if not dated or int(y) <= int(published[:4]) - 2]
    return years[-1] if years else ""


def last_year(clause: str, *, opening: bool = False) -> str:
    """'last year' when a clause is dated to the year before its article's ('Last year, a
    quake killed ...', 'In April last year ...'), whatever the article's date: the figure is
    about an earlier event. A comparison ('up 5% on last year') or 'since last year' is not.
    With ``opening``, only a sentence that opens with it ('Last year, a quake struck,
    killing ...': every clause of it)."""
    if opening:
        return "last year" if _LAST_YEAR.match(clause) else ""
    return "last year" if _LAST_YEAR.search(_SINCE.sub(" ", clause)) else ""


@lru_cache(maxsize=2)
def _noun_table(name: str) -> tuple[frozenset[str], dict[str, str]]:
    """(singular nouns, irregular plural -> singular) of a word list derived from WordNet by
    scripts/derive_people_nouns.py."""
    nouns: set[str] = set()
    plurals: dict[str, str] = {}
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            parts = line.split()
            if len(parts) == 2:
                plurals[parts[0]] = parts[1]
            else:
                nouns.add(parts[0])
    return frozenset(nouns), plurals


def names_people(word: str, *, plural_only: bool = False, capitalised: bool = False) -> bool:
    """Whether a noun names people: 'hijackers', 'pensioners', 'alumni' (WordNet's
    noun.person, plus agent nouns whose second sense is a person: 'bombers'); not 'tents',
    'events'. With ``plural_only``, a singular noun ('one witness') does not count; with
    ``capitalised``, kinds of people written capitalised count too ('Americans', 'Britons')."""
    return _listed("people_nouns.txt", word, plural_only, capitalised)


def names_event(word: str) -> bool:
    """Whether a noun names an event or a state ('arrests', 'votes', 'donations'), not a
    thing ('meals', 'tents'): WordNet's act, event, process, possession and state nouns."""
    return _listed("event_nouns.txt", word, False, False)


_KIN = frozenset("mother father mom mum dad parent grandmother grandfather grandparent "
                 "stepmother stepfather".split())  # parents, which the derived word list
#   lacks: 'three mothers waited' counts people by a role; a relative ('his two daughters')
#   still counts nothing


def _listed(name: str, word: str, plural_only: bool, capitalised: bool) -> bool:
    w = word.lower()
    if "-" in w.strip("-"):  # 'dog-handlers', 'aid-workers': the last part names the kind
        w = w.rsplit("-", 1)[1]
    if name == "people_nouns.txt" and (w in _KIN or w.endswith("s") and w[:-1] in _KIN):
        return w not in _KIN or not plural_only  # 'two brothers', 'two other moms'
    nouns, plurals = _noun_table(name)
    if w in plurals:
        return True
    if w in nouns or (capitalised and "^" + w in nouns):
        return not plural_only
    candidates = [w[:-3] + "man"] if w.endswith("men") else []
    if w.endswith("ies"):
        candidates.append(w[:-3] + "y")
    if w.endswith("es"):
        candidates.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        candidates.append(w[:-1])
    return any(c in nouns or (capitalised and "^" + c in nouns) for c in candidates)


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:de|del|la|le|da|do|of)\s+)?[A-Z][\w'’.-]*){0,4}"
_THING_AFTER = re.compile(  # '65 km northwest of X', '102 km to the south of X', '(41 miles) from
    rf"\s*(?:[^\W\d]+\.?\)?\s*)?(?:\([^()]{{0,40}}\)\s*)?(?:[a-z-]+\s+){{0,3}}?"  # X'
    rf"(?:of|from|to|near|off|over|behind)\s+(?:the\s+)?({_NAME})")  # '23 seconds over X'
_THING_BEFORE = re.compile(rf"({_NAME})\s*\([^()]{{0,30}}$")  # 'X (17 km at 7.2%)'
_SHARE_AFTER = re.compile(  # a share of one place in a list: '55% with X, 52% in Y'
    rf"\s*(?:[^\W\d]+\s*)?(?:[a-z-]+\s+){{0,3}}?(?:in|with|for)\s+(?:the\s+)?({_NAME})")
_SHARE_BEFORE = re.compile(rf"\b(?:in|for)\s+(?:the\s+)?({_NAME})\s+by\s+$")  # 'in Y by 65%'
_CALENDAR = frozenset("January February March April May June July August September October "
                      "November December Monday Tuesday Wednesday Thursday Friday Saturday "
                      "Sunday The A An".split())
_NAME_HEADS = frozenset("port col mount mont monte mt lake river cape san santa saint st gulf "
                        "bay island islands city north south east west upper lower new the "
                        "de del la le da do of".split())


_WHERE_AFTER = re.compile(r"\s*[^\W\d]*\.?\)?\s*(?:[a-z-]+\s+){0,2}?(?:of|from)\s+where\b")


def measured_thing(text: str, m: re.Match, dimension: str) -> str:
    """The named thing or place a measure belongs to, as its distinctive folded words: '65 km
    northwest of X' -> 'x', 'Port de Y (17 km at 7%)' -> 'y' (a class word such as 'Port' is
    left out), '' when none is written. Counts and ages have none: '6,000 migrants from X'
    names where the people came from, not which figure it is."""
    if dimension in ("count", "age"):
        return ""
    if dimension == "distance" and _WHERE_AFTER.match(text, m.end()):
        return "(where)"  # '25 miles northwest of where he escaped': no named place's distance
    found = _THING_AFTER.match(text, m.end()) or _THING_BEFORE.search(text[: m.start()])
    if dimension == "percent":
        found = found or _SHARE_AFTER.match(text, m.end()) or _SHARE_BEFORE.search(
            text[: m.start()])
    if not found or found.group(1).split()[0].rstrip(".") in _CALENDAR:
        return ""
    name = _INITIALS.sub(lambda g: g.group(0).replace(".", ""), found.group(1))  # 'U.S.' = 'US'
    words = {fold(w) for w in re.findall(r"[^\W\d][\w'’-]*", name)}
    return " ".join(sorted(words - _NAME_HEADS))


_INITIALS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){2,}")  # 'U.S.', 'U.K.', 'D.C.'


_ANCHOR_AFTER = re.compile(  # '10 miles south of the border', '25 km (15 miles) from the coast'
    r"\s*[^\W\d]*\.?\)?\s*(?:\([^()]{0,40}\)\s*)?(?:[a-z-]+\s+){0,2}?"
    r"(?:of|from|off|to|inside|within)\s+(?:the|its)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)")
_ANCHOR_STOP = frozenset("with of between in to and on at near from by for where which that "
                         "who was is".split())


def measure_anchor(text: str, m: re.Match, dimension: str) -> str:
    """The common noun a distance is measured from ('located 10 miles south of the border' ->
    'border', '50 km off the coast' -> 'coast'), '' when none is written: two distances from
    the same landmark are likely one figure however differently the sentences run."""
    if dimension != "distance":
        return ""
    found = _ANCHOR_AFTER.match(text, m.end())
    if not found:
        return ""
    words = found.group(1).split()  # 'the generally recognized border between ...' -> 'border'
    cut = next((i for i, w in enumerate(words) if w in _ANCHOR_STOP), len(words))
    return words[cut - 1] if cut and len(words[cut - 1]) > 2 else ""


_PLACE = re.compile(  # 'in Central X district', 'in the village of Y', 'in X province'
    r"\b(?:[Ii]n|[Aa]t|[Aa]cross)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?(?:(?P<name>(?:[A-Z][\w'’-]+"
    r"\s+){1,3})(?P<kind>district|village|town|city|county|province|state|region|regency)\b|"
    r"(?P<kind2>district|village|town|city|county|province|state|region|regency)\s+of\s+"
    r"(?P<after>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))")


def count_place(clause: str, dimension: str) -> str:
    """The district, village or town a count's clause places it in ('Twelve people were
    killed in X district' -> 'district:x'), folded; '' when none is named that way: a local
    figure, never one fact with another place of its kind (a village may lie in a district),
    and no province-wide toll that may have risen."""
    if dimension != "count":
        return ""
    found = _PLACE.search(clause)
    if not found:
        return ""
    kind = found.group("kind") or found.group("kind2")
    return kind + ":" + " ".join(fold(found.group("name") or found.group("after")).split())


_CAMEL = r"(?:[a-z]|[A-Z][a-z]{2,})[A-Z][A-Za-z]*"  # 'MacBook', 'iPhone', 'PlayStation'
_PRODUCT = re.compile(  # 'the new MacBook Air', "Apple's iPhone 5", 'a PlayStation 4'
    r"(?:\b(?:[Tt]he|[Aa]n?|new|latest|next-generation|its|their|[A-Z][a-z]+[’']s|\d+-inch|"
    rf"\d+(?:\.\d+)?[\"″])[ \t]+)(?P<name>{_CAMEL}(?:[ \t]+(?:[A-Z][a-z]+|\d{{1,2}}"
    r"(?![\d.,%]))(?=[\s,.;:!?)’']|$)){0,2})")


@lru_cache(maxsize=64)
def _products(text: str) -> tuple[str, ...]:
    """The products an article names in words, folded ('macbook air'), longest first."""
    names = set()
    for p in _PRODUCT.finditer(text):
        words = fold(p.group("name")).split()
        words[-1] = re.sub(r"(?<=[a-z]{3})s$", "", words[-1])  # 'MacBook Pros'
        names.add(" ".join(words))
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


def named_product(text: str, m: re.Match, dimension: str, article_text: str) -> str:
    """The product a measure or price belongs to when its sentence names one ('The new
    MacBook Air features a 1.7GHz chip' -> 'macbook air'): the first in the sentence of the
    product names of the article (a name with a capital inside a word after 'the', 'new', a
    possessive ..., and the capitalised words or model number after it), found in any case,
    so 'the MacBook Pro, as thin as a MacBook Air, has ...' speaks of the Pro. '' when there
    is none; counts and ages have none."""
    if dimension in ("count", "age"):
        return ""
    sentence = fold(text)
    best, at = "", len(sentence)
    for name in _products(article_text):
        found = re.search(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", sentence)
        if found and found.start() < at:
            best, at = name, found.start()
    return best
