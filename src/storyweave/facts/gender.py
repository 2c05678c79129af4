"""Whether a document writes of a named person as 'he' or 'she', from its own evidence only.

A name's gender is read from what the same text says of the person, so a pronoun after a
quote goes to someone it can mean. Evidence, strongest first:

- a gendered title before a mention of the name ('Mr.', 'Mrs.', 'Ms.', 'Father', 'Sister',
  'Msgr.', 'King', 'Queen', ...);
- a gendered noun for the person in apposition or as a role before the name ('X, an
  engineer and mother of two,', 'X, the first woman to ...', 'actress X', 'businessman X'),
  or set off before it ('A funny woman in her 80s, X lives ...', "Y's sister, X.");
- a pronoun in a sentence that names the person as its only name and its subject ('X resigned
  from his post', 'X said she would ...', 'X was upset when she ...'), or as the subject of
  the next sentence ('X lives in Y. She ...', 'X found him. “...,” she wrote').

Evidence is counted; a name whose evidence is mixed has no gender (None), and a pronoun may
still refer to it. People who share a surname ('Patrick X, Teresa's husband') keep the
evidence of their full names apart.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .name_keys import TITLES

_MALE_TITLES = (r"Mr\.?|Mister|Sir|Lord|King|Prince|Father|Fr\.|Brother|Br\.|Msgr\.?|"
                r"Monsignor|Cardinal|Pope|Sheikh|Archduke|Duke|Count|Baron|Emperor|Sultan")
_FEMALE_TITLES = (r"Mrs\.?|Ms\.?|Miss|Madam|Madame|Mme\.?|Mlle\.?|Lady|Dame|Queen|Princess|"
                  r"Sister|Sr\.|Mother|Duchess|Countess|Baroness|Empress")
_MALE_NOUNS = ("man|boy|father|son|husband|brother|king|prince|businessman|congressman|"
               "grandfather|uncle|nephew|widower|monk|priest|sportsman|policeman|fireman|"
               "chairman|spokesman|boyfriend|gentleman|dad|godfather|stepfather|stepson|"
               "councilman|anchorman|frontman|schoolboy|grandson|emperor|duke|lord|"
               "fisherman|craftsman|statesman|nobleman|salesman|cameraman|actor|waiter")
_FEMALE_NOUNS = ("woman|girl|mother|daughter|wife|sister|queen|princess|businesswoman|"
                 "congresswoman|grandmother|aunt|niece|widow|nun|sportswoman|policewoman|"
                 "chairwoman|spokeswoman|girlfriend|lady|mom|mum|godmother|stepmother|"
                 "stepdaughter|councilwoman|anchorwoman|schoolgirl|granddaughter|empress|"
                 "duchess|actress|waitress|heiress|hostess|stewardess|mistress|"
                 "congresswoman|stateswoman|saleswoman|camerawoman|ballerina|matriarch")
_NOUN = {**{w: "he" for w in _MALE_NOUNS.split("|")},
         **{w: "she" for w in _FEMALE_NOUNS.split("|")}}
NOUN_GENDER = _NOUN  # 'mother' -> 'she'
_APPOSITION = re.compile(  # ', the first black woman to', ', a mother of three,', ', 67, a widow'
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:and|or|with|his|her|their|whose|who|whom)\b)[\w’'-]+\s+){0,4}?"  # not 'and his wife'
    rf"(?:ex-|step-|grand-)?(?P<noun>{_MALE_NOUNS}|{_FEMALE_NOUNS})(?:s)?\b")  # 'X, his ex-wife,'
_NOT_ADJECTIVE = r"(?!(?:after|before|to|for|with|of|by|from|in|on|at|his|her|their|its)\b)"
_SET_OFF_BEFORE = re.compile(  # 'A funny woman in her 80s, X lives ...', "Y's sister, X."
    r"(?:(?P<open>\n[ \t“\"]*(?:An?|The)\s+)|\b(?:his|her|their|[A-Z][\w'-]*[’']s)\s+)"
    rf"(?:{_NOT_ADJECTIVE}[\w’'-]+,?\s+){{0,3}}?(?P<noun>{_MALE_NOUNS}|{_FEMALE_NOUNS})"
    r"(?:\s+(?:in|of|from|at|with)\s+[^,.;:\n]{1,30})?,[ \t]+$")
_ROLE_BEFORE = re.compile(rf"\b(?P<noun>{_MALE_NOUNS}|{_FEMALE_NOUNS})\s+$")
_OWN = {"his": "he", "himself": "he", "her": "she", "hers": "she", "herself": "she"}
_OWN_WORD = re.compile(r"\b(?:his|himself|her|hers|herself)\b", re.I)
_TITLE_WEIGHT, _NOUN_WEIGHT, _OWN_WEIGHT = 3, 2, 1


def gender_of(name: str, text: str) -> str | None:
    """'he', 'she' or None: how ``text`` writes of the person ``name`` (any mention of the
    full name or of its last word counts)."""
    if not name:
        return None
    head = name.split()[-1]
    if head.islower() and head in _NOUN:  # 'the American Pie actress', 'a police spokesman'
        return _NOUN[head]
    given = _given(name)
    shared = _shared(text).get(_key(name))
    if given and shared and given in shared:  # 'Teresa X' beside 'Patrick X, her husband':
        count = shared[given] + _surname_only(text).get(_key(name), Counter())
        #       what her full name's mentions say, and what the surname alone says
    else:
        count = _votes(text).get(_key(name), Counter())
    return _verdict(count)


def agrees(pronoun: str, name: str, text: str) -> bool:
    """Whether 'he'/'she' may refer to ``name``: yes unless the text shows the other gender."""
    if pronoun.lower() not in ("he", "she"):
        return True
    found = gender_of(name, text)
    return found is None or found == pronoun.lower()


_KIN = re.compile(  # 'his daughter, Joan,' / 'her husband, Tom Ruiz,': a kin word set off
    r"\b(?:his|her|their)\s+(?:(?:eldest|elder|younger|youngest|only|late)\s+)?"
    rf"(?P<noun>{_MALE_NOUNS}|{_FEMALE_NOUNS}),\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),")


def kin_named(pronoun: str, text: str) -> str | None:
    """The name a kin word of the pronoun's gender last sets off in ``text`` ('she' after 'his
    daughter, Joan, persuaded him' -> 'Joan'), or None."""
    found = [m for m in _KIN.finditer(text) if _NOUN.get(m.group("noun")) == pronoun.lower()]
    return found[-1].group("who") if found else None


_SUFFIXES = frozenset("jr sr ii iii iv".split())


def _key(name: str) -> str:
    name = re.sub(r"\b([od])\s+(?=[a-z])", r"\1'", name.replace("’", "'"))  # 'o higgins'
    words = [w for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ’'-]+", name)
             if w.lower() not in _SUFFIXES] or [""]
    return re.sub(r"[’']s?$", "", words[-1].lower()) if words else ""


@lru_cache(maxsize=64)
def _votes(text: str) -> dict[str, Counter]:
    """Surname (last word of a capitalised name) -> the evidence of its mentions for 'he' and
    'she'."""
    votes: dict[str, Counter] = {}
    for m, evidence in _evidence_of_mentions(text):
        key = _key(m.group(0))
        for gender, weight in evidence:
            votes.setdefault(key, Counter())[gender] += weight
    return votes


@lru_cache(maxsize=64)
def _evidence_of_mentions(text: str) -> tuple[tuple[re.Match, list[tuple[str, int]]], ...]:
    """Each capitalised name in ``text`` with what it says of its person's gender."""
    return tuple((m, _evidence(text, m)) for m in _mentions(text))


def _verdict(count: Counter) -> str | None:
    """'he'/'she' where one side's evidence outweighs the other's three to one."""
    he, she = count["he"], count["she"]
    return "he" if he >= 3 * she and he else "she" if she >= 3 * he and she else None


def _mentions(text: str) -> list[re.Match]:
    """Every capitalised name (a run of capitalised words) in ``text``."""
    return list(re.finditer(r"(?<![\w’'.-])[A-ZÀ-ÖØ-Þ][\w’'-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w’'-]+)*",
                            text))


_TITLES = re.compile(rf"(?:{TITLES})\b")
_TITLE_WORD = re.compile(rf"(?:{_MALE_TITLES}|{_FEMALE_TITLES}|Dr\.?|Prof\.?)$")


def _given(name: str) -> str:
    """The first word of a name of two words or more, titles left out ('Mrs Ana Ruiz' -> 'ana');
    '' for one word."""
    words = name.replace(".", ". ").split()
    while words and _TITLE_WORD.match(words[0]):
        words = words[1:]
    return words[0].lower().rstrip(".") if len(words) >= 2 else ""


@lru_cache(maxsize=64)
def _shared(text: str) -> dict[str, dict[str, Counter]]:
    """Surnames that people of different given names share ('Patrick X', 'Teresa X'): surname ->
    given name -> the evidence of its full mentions. A given name that opens another ('Josh',
    'Joshua') is one person's."""
    mentions: dict[str, set[str]] = {}
    votes: dict[str, dict[str, Counter]] = {}
    lowercase = set(re.findall(r"\b[a-z]+\b", text))  # 'When X', 'President X': no given name
    for m, evidence in _evidence_of_mentions(text):
        given = _given(m.group(0))
        if given and given not in lowercase and not _TITLES.match(m.group(0)):
            key = _key(m.group(0))
            mentions.setdefault(key, set()).add(given)
            count = votes.setdefault(key, {}).setdefault(given, Counter())
            for gender, weight in evidence:
                count[gender] += weight
    out = {}
    for key, givens in mentions.items():
        same = {g: min((o for o in givens if g.startswith(o)), key=len) for g in givens}
        if len(set(same.values())) < 2:
            continue
        merged: dict[str, Counter] = {}
        for g, first in same.items():
            merged.setdefault(first, Counter()).update(votes[key][g])
        out[key] = {g: merged[same[g]] for g in givens}
    return out


@lru_cache(maxsize=64)
def _surname_only(text: str) -> dict[str, Counter]:
    """The evidence of mentions by one word ('Ruiz said his ...'), by surname."""
    votes: dict[str, Counter] = {}
    for m, evidence in _evidence_of_mentions(text):
        if not _given(m.group(0)):
            for gender, weight in evidence:
                votes.setdefault(_key(m.group(0)), Counter())[gender] += weight
    return votes


def _evidence(text: str, m: re.Match) -> list[tuple[str, int]]:
    """What one mention says of its person's gender, as (gender, weight) votes."""
    out = []
    before = text[max(0, m.start() - 40) : m.start()]
    title = re.search(rf"(?:^|[\s(“\"])(?:(?P<male>{_MALE_TITLES})|(?P<female>{_FEMALE_TITLES}))"
                      r"[ \t]+$", before)
    first = m.group(0).split()[0]
    own_title = re.fullmatch(rf"(?:(?P<male>{_MALE_TITLES})|(?P<female>{_FEMALE_TITLES}))",
                             first) if len(m.group(0).split()) > 1 else None
    for t in (title, own_title):
        if t:
            out.append(("he" if t.group("male") else "she", _TITLE_WEIGHT))
    role = _ROLE_BEFORE.search(before)
    if role:  # 'actress X', 'her husband X'
        out.append((_NOUN[role.group("noun").lower()], _NOUN_WEIGHT))
    opens = _sentence_start(text, m.start())  # the phrase may open the name's sentence
    fronted = _SET_OFF_BEFORE.search("\n" + text[opens : m.start()] if m.start() - opens <= 80
                                     else text[m.start() - 80 : m.start()])
    if fronted and (fronted.group("open") or re.match(r"[,.;]", text[m.end() : m.end() + 1])):
        out.append((_NOUN[fronted.group("noun").lower()], _NOUN_WEIGHT))
    apposition = _APPOSITION.match(text, m.end())
    if apposition and "." not in text[m.end() : apposition.start("noun")]:
        out.append((_NOUN[apposition.group("noun").lower()], _NOUN_WEIGHT))
    own = _own_pronoun(text, m, opens)
    if own:
        out.append((own, _OWN_WEIGHT))
    set_off = re.search(r",[ \t]+$", before) and text.startswith(",", m.end())
    said = _SAID_PRONOUN.match(text, m.end() + 1 if set_off else m.end())
    #      "Ana's mother, Ana Ruiz, said she": a name set off by commas, then its verb
    if said:  # 'X said she would stay'
        out.append((said.group(1).lower(), _OWN_WEIGHT))
    return out


_SAID_PRONOUN = re.compile(r"(?:,[^,.;\n“”\"]{2,100},)?"  # 'X, testifying on Tuesday, said he'
                           r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told\s+\w+|added)"
                           r",?\s+(?:that\s+)?(he|she)\b")


def _own_pronoun(text: str, m: re.Match, start: int) -> str | None:
    """'he'/'she' when the mention opens its sentence as its only capitalised name and a
    possessive or reflexive pronoun of one gender follows in the sentence ('X resigned from
    his post'); None otherwise."""
    if text[start : m.start()].strip(" \t“\"") and not re.fullmatch(
            rf"\s*(?:{_MALE_TITLES}|{_FEMALE_TITLES}|Dr\.?|Prof\.?)?\s*", text[start : m.start()]):
        return None
    end_match = re.search(r"[.!?](?:\s|$)|\n", text[m.end() :])
    sentence = text[m.end() : m.end() + (end_match.start() if end_match else len(text))]
    sentence = re.sub(r"“[^”]*”|\"[^\"]*\"|``.*?''", " ", sentence)  # quoted words speak of
    sentence = re.split(r"[“\"]|``", sentence)[0]  # others, also a quote the sentence cut open
    if _OTHER_NAME.search(sentence):
        return None  # another full name: the pronoun may be theirs
    other = _COORDINATE.search(sentence)  # 'X and Y's friends wanted his effects'
    found = {_OWN[w.lower()] for w in _OWN_WORD.findall(sentence[: other.start() if other
                                                                 else len(sentence)])}
    named = _NAMED_AFTER.search(sentence)  # 'X said Y had left when she ...': Y's 'she'
    found |= {w.lower() for w in re.findall(r"\b(?:[Hh]e|[Ss]he)\b",
                                            sentence[: named.start() if named else None])}
    quoted = re.search(r"[“\"]|``", text[start : m.end() + (end_match.start() if end_match
                                                            else 0)])  # speech runs on
    if not found and not other and not quoted and end_match and (
            text[m.end() + end_match.start()] != "\n"):
        after = text[m.end() + end_match.end() :]  # 'X lives in Y. She spoke ...', 'X found him.
        then = _THEN_PRONOUN.match(after)  # “...,” she wrote': the next sentence's subject
        return (then.group(1) or then.group(2)).lower() if then else None
    return found.pop() if len(found) == 1 else None


_NAMED_AFTER = re.compile(  # a capitalised word not after a preposition: someone else
    r"(?<!\b(?:in|on|at|of|to|by))(?<!\bfor)(?<!\bfrom)(?<!\bnear)(?<!\bsince)(?<!\buntil)"
    r"(?<!\bduring)\s+(?!I\b)[A-Z]")
_COORDINATE = re.compile(r"\b(?:and|or|with)\s+[A-Z]|\b[A-Z][\w-]*[’']s\b")  # another person
_THEN_PRONOUN = re.compile(r"[ \t]*(?:(?:“[^”\n]*”|\"[^\"\n]*\")[ \t]*(he|she)|(He|She))\b")


_ABBREVIATION = (r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bSr)(?<!\bFr)(?<!\bBr)(?<!\bJr)"
                 r"(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bCol)(?<!\bLt)(?<!\bProf)"
                 r"(?<!\bMrs)(?<!\bMsgr)(?<![A-Z])")
_END = re.compile(rf"(?=[.!?]){_ABBREVIATION}[.!?][”\"]?[ \t]+|\n")  # the lookahead first: the
#      lookbehinds are tried only before a full stop, not at every character
_OTHER_NAME = re.compile(  # another person or place: 'Dr. X', 'Ana Ruiz', 'New Orleans'
    rf"\b(?:{_MALE_TITLES}|{_FEMALE_TITLES}|Dr\.?|Prof\.?)\s+[A-Z]"
    r"|\b[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]+")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (titles' full stops are no ends)."""
    ends = list(_END.finditer(text, max(0, at - 400), at))
    return ends[-1].end() if ends else max(0, text.rfind("\n", 0, at) + 1)
