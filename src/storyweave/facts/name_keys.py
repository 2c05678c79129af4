"""How names are compared and what surrounds them: ``alias_key`` (a name as compared, titles
and accents gone), the ``TITLES`` that may open a person's name, and the ``SPEECH`` verbs that
attribute words to someone."""

from __future__ import annotations

import re
from functools import lru_cache

from .body_names import is_body_word
from .text import fold

TITLES = (
    "President|Vice President|Prime Minister|Minister|Secretary|Senator|Sen\\.|Rep\\.|"
    "Representative|Governor|Gov\\.|Mayor|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Sir|Dame|General|Gen\\.|"
    "Colonel|Col\\.|Captain|Capt\\.|Chancellor|King|Queen|Prince|Princess|Pope|Judge|Justice|"
    "Chief|Commissioner|Ambassador|Director|Chairman|Chairwoman|Lord|Lady|Sheikh|Officer|"
    "Sergeant|Sgt\\.|Lieutenant|Lt\\.|Admiral|Adm\\.|Speaker|Leader|Professor|Prof\\.|"
    "Msgr\\.|Monsignor|Rev\\.|Reverend|Fr\\.|Sr\\.|Sister|Father|Cardinal|Archbishop|Rabbi|Imam"
)
_LEADING_TITLE = re.compile(
    rf"^(?:(?:{TITLES}|U\.S\.|US|Former|former|Deputy|Acting|Interim|Senior|Assistant|"
    rf"Associate|Vice)\s+)+")
SPEECH = (
    "said|says|say|added|adds|told|tells|stated|states|declared|explained|noted|warned|"
    "wrote|writes|tweeted|argued|argues|insisted|asked|replied|continued|recalled|remarked|"
    "stressed|emphasized|emphasised|confirmed|announced|acknowledged|urged|posted|insists|"
    "explains|notes|warns|admitted|claimed|claims|suggested|predicted|vowed|promised|"
    "commented|comments|observed|responded|pointed out|recounted|recounts|asserted|asserts|"
    "conceded|cautioned|countered|lamented|exclaimed|testified|questioned|wondered|"
    "confirms|announces|admits|estimated|estimates|yelled|shouted|screamed|chanted|quipped|joked|thundered|snapped|"
    "answered|answers|crowed|gloated|bragged|boasted|puts it|put it|assured|assures|"
    "shot back|hit back|fired back|clapped back|revealed|reveals|shared|gushed|raved|teased|"
    "captioned|penned|dished|notified|sings|sang"  # the speech verbs of web and celebrity
    #                                               copy; a lyric is sung
)
_OPENING_DETERMINER = re.compile(r"(?:[Tt]he|This|That|These|Those)\s+(?=[A-Z])")
#: a nickname in quotation marks between a person's names ('Vincent "The Chin" Marello')
NICKNAME = re.compile(r"(?<=\w)[ \t]+[\"“‘'](?:[Tt]he[ \t]+)?[A-Z][^\"”’'\n]{0,29}[\"”’'][ \t]+"
                      r"(?=[A-ZÀ-ÖØ-Þ])")  # "Vincent 'the Chin' Marello" too


def without_nickname(name: str) -> str:
    """A name without a quoted nickname inside it ('Vincent "The Chin" Marello' -> 'Vincent
    Marello'): the nickname is no part of the name as compared."""
    return NICKNAME.sub(" ", name)


#: words a title opens a body's name with ('General Motors', 'General Assembly')
TITLED_BODY_WORDS = frozenset("motors electric mills dynamics assembly hospital".split())


def keeps_title(rest: str) -> bool:
    """Whether the words after a title are a body's, the title part of its name ('Justice
    Department', 'General Motors', 'General Electric Co')."""
    first = fold(rest.strip()).split(" ")[0].strip(".,")
    return is_body_word(rest) or first in TITLED_BODY_WORDS


@lru_cache(maxsize=65536)  # a pure function of the name; a story asks for the same names
def alias_key(name: str) -> tuple[str, ...]:
    """A name as compared: accents, case, titles, a quoted nickname and punctuation gone, and
    a 'the' or 'This' before a capitalised word ('the United States' is 'United States';
    'This Intergovernmental Panel' opened a sentence). 'the prosecutor' keeps it: a
    description, not a name."""
    name = _OPENING_DETERMINER.sub("", without_nickname(name.strip()), count=1)
    if not keeps_title(_LEADING_TITLE.sub("", name)):  # 'Justice Department' stays whole
        name = _LEADING_TITLE.sub("", name)
    folded = fold(name)
    found = list(re.finditer(r"[a-z0-9]+", folded))
    while found and found[0].group(0) in ("said", "says"):  # '... ?" Said Ana Ruiz.' (a
        found = found[1:]  # capitalised verb)
    out: list[str] = []
    for i, m in enumerate(found):  # 'U.S.' -> 'us', not 'D. O'Connor' -> 'do connor'
        w = m.group(0)
        if len(w) == 1 and out and len(out[-1]) <= 2 and out[-1].isalpha() and w.isalpha() \
                and folded[found[i - 1].end() : m.start()] == ".":
            out[-1] += w
        else:
            out.append(w)
    return tuple(_SPELLINGS.get(w, w) if i < len(out) - 1 or w != "mt" else w
                 for i, w in enumerate(out))


#: one word spelt two ways, compared as one ('Centre' and 'Center', 'Mt Pella' and 'Mount
#: Pella'; a last 'mt' stays: Montana)
_SPELLINGS = {"centre": "center", "mt": "mount"}
