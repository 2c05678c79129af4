"""Corrections to the kinds NER and the speech-verb rule give a story's names, from the
story's own text: NER reads one sentence per name, the text often says more ('the city of
X', 'Professor X', 'X said she', 'Mayor of X Ana Ruiz', 'Comedian Ana Ruiz')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Article
from .body_names import is_body_name
from .given_names import is_given_name
from .name_keys import SPEECH, alias_key
from .name_roles import is_role_word, without_role
from .name_shapes import shaped_kinds
from .text import STOPWORDS, fold_same_length

if TYPE_CHECKING:
    from .entities import Name

Kinds = dict[tuple[str, ...], str]


def corrected_kinds(articles: Sequence[Article], names: Sequence[Name], kinds: Kinds) -> Kinds:
    """The kinds after every correction the text supports, in order: places written after
    'the city of', people written of as 'he' or 'she' or after a title, headline verbs off
    names, leading places off people's names, job words off people's names; then what a
    name's own words or neighbours settle (`name_shapes`: ships, newspapers, roads...)."""
    by_id = {a.id: a.text for a in articles}
    governed = {alias_key(n.text) for n in names  # 'Mayor of X Ana Ruiz'
                if _OFFICE_OF.search(by_id[n.article], max(0, n.start - 30), n.start)}
    return shaped_kinds(articles, names, without_roles(_without_leading_places(
        _without_headline_verbs(articles, _titled_people(articles, names, _gendered_people(
            articles, _placed(articles, names, kinds)))), governed), articles))


def without_roles(kinds: Kinds, articles: Sequence[Article]) -> Kinds:
    """A person's name that opens with a job or a description ('Comedian Ana Ruiz', 'GM Ana
    Ruiz', 'The Notorious Ana Ruiz') is the name without it, a person (`name_roles`); so is
    a job and a surname ('Inspector Ruiz') where the story writes the job in lowercase and
    names a person of that surname in full."""
    vocab = {w for a in articles for w in re.findall(r"\b[a-z][a-z-]{2,}\b", a.text)}
    surnames = {k[-1] for k, kind in kinds.items() if kind == "person" and len(k) >= 2}
    places = frozenset(k[0] for k, kind in kinds.items() if kind == "place" and len(k) == 1)
    teams = frozenset(w.lower()[:-1] for a in articles  # 'the Razorbacks': 'Razorback X'
                      for w in re.findall(r"\b[A-Z][a-z]{3,}s\b", a.text))
    out = dict(kinds)
    for key, kind in kinds.items():
        rest = without_role(key, places, teams) if kind == "person" else key
        if rest == key and kind == "person" and len(key) == 2 and key[1] in surnames \
                and key[0] in vocab and is_role_word(key[0]):
            rest = key[1:]
        if rest != key:
            del out[key]
            out[rest] = "person"
    return out


_OFFICE_OF = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]rime [Mm]inister|[Pp]resident|[Pp]remier|"
                        r"[Bb]ishop|[Aa]rchbishop)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _without_leading_places(kinds: dict[tuple[str, ...], str],
                            governed: set[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """A person's name that opens with a place, body or people the story names on its own and
    ends with a person's name of two words or more it also names on its own is that person
    ('Prime Minister of the United Kingdom Tony Blair' read as 'United Kingdom Tony Blair',
    'Australian Robbie McEwan'); so is one written after 'Mayor of' (...) whatever NER made of
    its first words ('Mayor of Pichilemu Roberto Córdova': Pichilemu is the place he
    governs)."""
    out = dict(kinds)
    for key, kind in kinds.items():
        if kind != "person":
            continue
        cut = next((i for i in range(1, len(key) - 1) if kinds.get(key[i:]) == "person" and (
            kinds.get(key[:i]) in ("place", "organisation", "group") or key in governed)
            or key in governed and kinds.get(key[:i]) == "place"),
            None)  # 'Prime Minister of the United Kingdom Ana Ruiz', 'Ana Ruiz' never alone
        #     the rest a person the story names on its own: 'Regina M. Benjamin' is no 'M.
        #     Benjamin' of the city of Regina
        if cut is not None:
            del out[key]
            out.setdefault(key[cut:], "person")
            if key in governed and out.get(key[:cut]) in (None, "person"):
                out[key[:cut]] = "place"
    return out


_PLACE_BEFORE = re.compile(  # 'the southern Mexican city of X', 'the state of Y'
    r"\b(?:city|town|village|state|province|region|district|county|port|island|"
    r"municipality|capital)[ \t]+of[ \t]+$")


def _placed(articles: Sequence[Article], names: Sequence[Name],
            kinds: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """A name the text writes after 'the city of', 'the state of' (...) is a place, whatever
    NER made of the one sentence it read ('the city of Tapachula' read as a person)."""
    by_id = {a.id: a.text for a in articles}
    placed = {alias_key(n.text) for n in names
              if _PLACE_BEFORE.search(by_id[n.article], max(0, n.start - 20), n.start)}
    return {k: "place" if k in placed and v in ("person", "organisation", "group", "") else v
            for k, v in kinds.items()}


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Sen|Senator|Rep|Gov|"
                        r"Governor|President|Minister|Judge|Justice|Rev|Reverend|Mayor|"
                        r"Ambassador|Admiral|Rabbi|Imam|Cardinal)\.?[ \t]*$")


def _titled_people(articles: Sequence[Article], names: Sequence[Name],
                   kinds: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """A name NER typed as an organisation or a group that the text writes after a personal
    title ('Professor Varoufakis', 'Mr. Ruiz') is a person."""
    by_id = {a.id: a.text for a in articles}
    titled = {alias_key(n.text) for n in names
              if _HONORIFIC.search(by_id[n.article][max(0, n.start - 14) : n.start])}
    surnames = {t[-1] for t in titled if t}  # 'Professor Varoufakis': 'Yanis Varoufakis' too
    return {k: "person" if v in ("organisation", "group") and k and (
        k in titled or len(k) <= 3 and k[-1] in surnames and k[0] not in STOPWORDS) else v
        for k, v in kinds.items()}


_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _gendered_people(articles: Sequence[Article],
                     kinds: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """A name typed as an organisation or a group that speaks ('Page said', 'said Guzel') and
    that an article writes of as 'he' or 'she' ('Ms Page', 'Guzel said she had come') is a
    person: NER types a name from one sentence, the text's own evidence outweighs it."""
    from .gender import gender_of

    unquoted = {a.text: _QUOTED.sub(lambda m: " " * len(m.group(0)), fold_same_length(a.text))
                for a in articles}  # not inside a quote: '“Apple says five years ...,” he said'

    def speaks(key: tuple[str, ...], text: str) -> bool:
        name = r"[\s.'’-]+".join(map(re.escape, key))
        return bool(re.search(rf"(?i:\b{name})(?:[’']s)?,?[ \t]+(?:[a-z]+[ \t]+)?(?:{SPEECH})\b"
                              rf"|\b(?:said|says)[ \t]+(?i:{name})\b", unquoted[text]))

    return {k: "person" if v in ("organisation", "group") and k[0] not in STOPWORDS and any(
        gender_of(" ".join(k), a.text) and (speaks(k, a.text) or len(k) <= 3 and speaks(
            k[-1:], a.text)) for a in articles) else v  # 'Bettie Page' as 'Page said' does
        for k, v in kinds.items()}


def _without_headline_verbs(articles: Sequence[Article],
                            kinds: dict[tuple[str, ...], str]) -> dict[tuple[str, ...], str]:
    """Drop a person's name that is a shorter person's name and a headline's verb ('Ana Ruiz
    Confesses' where 'Ana Ruiz' is a name and the story writes 'confessed' in lowercase)."""
    vocab = {w for a in articles for w in re.findall(r"\b[a-z]{3,}\b", a.text)}
    return {k: v for k, v in kinds.items() if not (v == "person" and (
        len(k) >= 3 and kinds.get(k[:-1]) == "person" and _written_lowercase(k[-1], vocab)
        or any(kinds.get(k[:i]) == "person" and re.fullmatch(r"\w{3,}(?:[^s]s|ed)", k[i])
               and _written_lowercase(k[i], vocab) for i in range(1, len(k)))))}
    #      or a verb after a person's name inside it: 'Ana Ruiz Reverses Rule'


def _written_lowercase(word: str, vocab: set[str]) -> bool:
    """Whether a word, or another form of its stem ('dies': 'died'), is written in lowercase."""
    stems = {word, word[:-1], word[:-2]}
    return any(s + end in vocab for s in stems if len(s) >= 3
               for end in ("", "s", "es", "ed", "d", "ing"))


def heuristic_people(articles: Sequence[Article], names: Sequence[Name]) -> Kinds:
    """Names of two words or more written with a title or before a speech verb (not a body's
    name: 'X Committee said'): people, whatever NER says."""
    by_id = {a.id: a for a in articles}
    people = {}
    for n in names:
        after = by_id[n.article].text[n.end : n.end + 20]
        key = alias_key(n.text)
        if len(n.text.split()) >= 2 and (n.titled or re.match(rf",?\s+(?:{SPEECH})\b", after)
                                         and not is_body_name(key)):  # 'X Committee said'
            people[key] = "person"
    return people


_PLACE_ENDS = frozenset("street road avenue square park station beach river lake mount bay "
                        "county city valley island hall hospital school university college "
                        "center centre airport bridge".split())


def given_named_people(names: Sequence[Name], kinds: Kinds) -> Kinds:
    """Names NER left untyped that open with a given name and go on in one or two more
    capitalised words ('Ana Ruiz lives in Glasgow', which the small model misses): people.
    Not a body's or a place's name ('Victoria Station', 'Jordan River Authority')."""
    out = {}
    for n in names:
        words = n.text.split()
        key = alias_key(n.text)
        if key in kinds or not 2 <= len(words) <= 3 or len(key) != len(words):
            continue
        if all(w[:1].isupper() and w[1:2].islower() for w in words) and is_given_name(key[0]) \
                and not is_body_name(key) and key[-1] not in _PLACE_ENDS:
            out[key] = "person"
    return out


#: services people post on: NER reads 'turned to Twitter' as a person and 'on Facebook and
#: Instagram' as a work of art; they are companies (a quote's speaker is never one of them)
PLATFORMS = frozenset(map(tuple, map(str.split, (
    "twitter", "facebook", "instagram", "youtube", "tiktok", "whatsapp", "snapchat", "reddit",
    "linkedin", "wechat", "weibo", "pinterest", "tumblr", "mastodon", "bluesky",
    "truth social"))))  # not 'Threads', 'Telegram', 'Twitch': words that open sentences


def platform_kinds(names: Sequence[Name]) -> Kinds:
    """The names of the story that are platforms people post on, as organisations."""
    return {key: "organisation" for n in names if (key := alias_key(n.text)) in PLATFORMS
            and n.text[:1].isupper()}
