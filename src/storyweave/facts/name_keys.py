"""How names are compared and what surrounds them: ``alias_key`` (a name as compared, titles
and accents gone), the ``TITLES`` that may open a person's name, and the ``SPEECH`` verbs that
attribute words to someone."""

from __future__ import annotations

import re

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
    "captioned|penned|dished|notified"  # the speech verbs of web and celebrity copy
)
_OPENING_DETERMINER = re.compile(r"(?:[Tt]he|This|That|These|Those)\s+(?=[A-Z])")


def alias_key(name: str) -> tuple[str, ...]:
    """A name as compared: accents, case, titles and punctuation gone, and a 'the' or 'This'
    before a capitalised word ('the United States' is 'United States'; 'This Intergovernmental
    Panel' opened a sentence). 'the prosecutor' keeps it: a description, not a name."""
    name = _LEADING_TITLE.sub("", _OPENING_DETERMINER.sub("", name.strip(), count=1))
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
    return tuple(out)
