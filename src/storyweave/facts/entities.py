"""Named entities of a story, aliases merged ('López Obrador' = 'Andrés Manuel López Obrador').

Candidates are capitalised word sequences found by a pattern in every article; spaCy NER
types them, but only on one sentence per distinct candidate (at most ``limit`` sentences a
story), so its cost stays bounded. Without the model, names with a title or a speech verb
still count as people.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..errors import ModelError
from ..model import Article
from .body_names import is_body_word, written_as_families, written_as_places
from .entity_kinds import (
    corrected_kinds,
    given_named_people,
    heuristic_people,
    platform_kinds,
    without_roles,
)
from .name_aliases import (
    bracketed_aliases,
    canonical_keys,
    family_first,
    is_alias,
    shown_bare,
    shown_keys,
)
from .name_keys import (
    _LEADING_TITLE,
    NICKNAME,
    TITLES,
    alias_key,
    keeps_title,
    without_nickname,
)
from .name_roles import is_role_word, without_role
from .text import STOPWORDS, fold, fold_same_length, sentence_at, sentences_of

log = logging.getLogger("storyweave.facts")

_PARTICLE = r"(?:de|da|del|della|di|do|dos|du|la|le|van|von|der|den|bin|ibn|al|el|y)"
_CAP = r"(?:[A-ZÀ-ÖØ-Þ]\.(?=[ \t])|[A-ZÀ-ÖØ-Þ](?:[\w'’-]|\.(?=\w))*)"
_JOINED = r"(?:(?:al|el|ad|ash|as|at|az|ar|an|ud|ul)[-‐])"  # 'Bashar al-Assad', 'el-Sisi'
NAME = re.compile(rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_JOINED}?{_CAP})*")
_NICKNAMED = re.compile(rf"{_CAP}(?:[ \t]+{_CAP})?{NICKNAME.pattern}{_CAP}")  # one surname
_TITLE_AT_END = re.compile(rf"(?:\b(?:{TITLES}))\s*$")
_WARNED: set[str] = set()
#: words that join a phrase, never a name: a key holding one is no name to cut a job from
_LINKING = frozenset("a an for to with by at in on from about".split())
KEEP_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "FAC": "place", "NORP": "group", "EVENT": "event"}


_OFFICE_WORDS = frozenset(
    "state foreign homeland security affairs defence defense interior justice health "
    "finance treasury relations house senate council general vice prime humanitarian "
    "emergency relief coordinator policy development economic trade education environment "
    "agriculture energy transport communications under".split()
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Name:
    """One occurrence of a name in an article."""

    article: str
    text: str
    start: int
    end: int
    sentence: int
    kind: str = ""  # person | organisation | place | group | event ('' when untyped)
    titled: bool = False  # preceded by a title ('President', 'Secretary')


_GLUED_WORDS = frozenset(("recent", "developer", "publisher", "retailer"))  # 'Publisher X'
_LEADING_WORDS = frozenset(("u.s", "us", "former", "today", "yesterday", "tonight", "tomorrow",
                            "meanwhile", "however")) | _GLUED_WORDS  # 'Today Apple unveiled'


def find_candidates(article: Article) -> list[Name]:
    """Capitalised word sequences that could be names, titles stripped (untyped)."""
    sentences = sentences_of(article)
    out = []
    for m in NAME.finditer(article.text):
        start, end = m.start(), m.end()
        titles = list(re.finditer(rf"\b(?:{TITLES})(?=\s|$)", m.group(0)))
        titled = bool(titles) or bool(_TITLE_AT_END.search(article.text[max(0, start - 30) :
                                                                          start]))
        office = start + titles[-1].start() if titles else None  # where a title or office began
        if titles and keeps_title(article.text[start + titles[-1].end() : end]):
            titles, office = titles[:-1], None  # 'General Motors': no 'Motors'
            titled = bool(titles)
        if titles:
            start += titles[-1].end()
        while start < end:  # drop leading function words and office words
            word = re.match(r"\s*(\S+)\s*", article.text[start:end])
            assert word is not None
            w = fold(word.group(1)).strip(".,")
            if w in _OFFICE_WORDS and keeps_title(article.text[start + word.end() : end]):
                break
            if w in STOPWORDS or w in _OFFICE_WORDS or w in _LEADING_WORDS:
                if office is None and w in _OFFICE_WORDS:
                    office = start + word.start(1)
                start += word.end()
            else:
                break
        text = article.text[start:end].rstrip(".’',")
        if office is not None and is_body_word(text):  # 'Justice Department', 'Defence
            start, titled = office, False  # Ministry': no 'Department', no 'Ministry'
            text = article.text[start:end].rstrip(".’',")
        if len(text) < 2 or (text.isupper() and len(text) > 6):
            continue
        out.append(Name(article=article.id, text=text, start=start, end=start + len(text),
                        sentence=sentence_at(sentences, start), titled=titled))
    for m in _NICKNAMED.finditer(article.text):  # 'Vincent "The Chin" Marello': one name
        out.append(Name(article=article.id, text=m.group(0), start=m.start(), end=m.end(),
                        sentence=sentence_at(sentences, m.start())))
    return out


def find_names(article: Article, kinds: dict[tuple[str, ...], str]) -> list[Name]:
    """Occurrences of the story's typed names in an article (accents and case folded)."""
    folded = fold_same_length(article.text)
    forms = sorted({" ".join(k) for k in kinds}, key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(_form_pattern(f, kinds) for f in forms) + r")\b")
    sentences = sentences_of(article)
    out = []
    for m in pattern.finditer(folded):
        key = alias_key(article.text[m.start() : m.end()])
        if not article.text[m.start()].isupper() or kinds.get(key) == "person" and any(
                w[:1].islower() and w not in _PARTICLES and not re.match(_JOINED + "[A-Z]", w)
                for w in without_nickname(article.text[m.start() : m.end()]).split()):
            continue  # every word of a person's name is capitalised: not 'Obama overturns'
        if key and key[0] in _CREDENTIALS and len(key) == 1 and out and out[-1].kind == "person" \
                and folded[out[-1].end : m.start()] == ", ":
            continue  # 'Mara Quinlan, MD,': her degree, not Maryland
        out.append(Name(article=article.id, text=article.text[m.start() : m.end()],
                        start=m.start(), end=m.end(), kind=kinds.get(key, ""),
                        sentence=sentence_at(sentences, m.start()),
                        titled=bool(_TITLE_AT_END.search(article.text[max(0, m.start() - 30) :
                                                                      m.start()]))))
    return out


_CREDENTIALS = frozenset("md dc phd rn dds dmd dvm esq jd mba cpa obe mbe cbe kbe qc kc mph "
                         "facs facp".split())  # letters after a person's name and a comma
_JOIN = r"(?:[\s.-]+|['’](?!s\b)|[ \t]+[\"“‘'][^\"”’'\n]{1,30}[\"”’'][ \t]+)"
#   between a key's words: "O'Connor" (o connor), not "X's"; a quoted nickname
#   ('Vincent "The Chin" Marello' is 'vincent marello')


def _form_pattern(form: str, kinds: dict[tuple[str, ...], str]) -> str:
    """A name key's words as the text may write them: initials joined in the key ('tj') with
    or without their full stops ('T.J. Ruiz', 'TJ Ruiz'), 'Centre' or 'Center', 'Mt' or
    'Mount', and a possessive's 's' after its mark in a place's or a body's name whose
    words the story never names alone ("Earl's Court")."""
    words = form.split(" ")
    parts = [r"\.?".join(w) if len(words) > 1 and i < len(words) - 1 and len(w) <= 3
             and w.isalpha() else _SPELT.get(w, re.escape(w)) for i, w in enumerate(words)]
    owned = kinds.get(tuple(words)) != "person" and " s " in form and not any(
        (w,) in kinds for w in words[:-1])  # "Earl's Court"; not "AMD's Meyer", "Nixon's X"
    return "".join(p if not i else ("['’]" if owned and words[i] == "s" else _JOIN) + p
                   for i, p in enumerate(parts))


_SPELT = {"center": "cent(?:er|re)", "mount": r"(?:mount|mt\.?)"}  # `name_keys._SPELLINGS`


@lru_cache(maxsize=2)
def load_ner(model: str):  # noqa: ANN201 - a spaCy Language
    """Load a spaCy pipeline by package name (cached, the packaged one checked against its
    pinned hashes), with only what NER needs; ModelError when it cannot be loaded."""
    from ..spacy_models import load

    return load(model, exclude=["parser", "lemmatizer", "tagger", "senter", "attribute_ruler"])


def type_names(articles: Sequence[Article], names: Sequence[Name], model: str | None,
               limit: int = 120) -> dict[tuple[str, ...], str]:
    """Entity kind ('person', 'place', ...) of each distinct name key, by NER on one sentence
    per name; without a model, titled names and speech-verb subjects are people."""
    kinds = heuristic_people(articles, names)
    if model is None:
        return without_roles(kinds, articles)
    try:
        nlp = load_ner(model)
    except ModelError as exc:
        if model not in _WARNED:  # once per process, not once per story
            _WARNED.add(model)
            log.warning("%s (named entities are skipped)", exc)
        return without_roles(kinds, articles)
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for doc in nlp.pipe(_one_sentence_per_name(articles, names, limit), batch_size=32):
        for ent, text in _joined_entities(doc):
            label = KEEP_LABELS.get(ent.label_)
            key = alias_key(_name_part(text) if label == "person" else text)
            if label == "person":  # 'Humanitarian Affairs Jan Egeland' -> 'Jan Egeland'
                while len(key) > 2 and key[0] in _OFFICE_WORDS:
                    key = key[1:]
            if len(key) >= 2 and key[0] in _GLUED_WORDS:  # 'Recent Kestrel phones': its
                key, label = key[1:], None  # kind is not what NER made of the two words
            elif len(key) >= 2 and key[0] == "will" and ent.start == 0 \
                    and doc.text.rstrip(" \"'”’").endswith("?"):
                key = key[1:]  # 'Will Ordway keep his seat?': a question, not a given name
            if label and key and not (len(key) == 1 and key[0] in _OFFICE_WORDS):
                votes.setdefault(key, Counter())[label] += 1  # not 'State' of 'Secretary of State'
    for key, counts in votes.items():
        top = max(counts.values())
        best = [label for label, n in counts.items() if n == top]
        kinds[key] = "person" if "person" in best or kinds.get(key) == "person" else best[0]
    kinds.update(given_named_people(names, kinds))  # what the small model missed
    kinds.update(platform_kinds(names))  # 'turned to Twitter' is no person
    return corrected_kinds(articles, names, kinds)


_OPEN_ENDS = frozenset(("of", "and", "for", "the", "de", "del"))


def _joined_entities(doc) -> list[tuple]:  # noqa: ANN001 - a spaCy Doc
    """(entity, its text) for each NER entity, an entity cut at 'of' and the one right after
    it read as one ('National System of' + 'Tsunami Alerts': one body, named by the first)."""
    out: list[tuple] = []
    ents = list(doc.ents)
    i = 0
    while i < len(ents):
        ent, end = ents[i], ents[i].end
        while doc[end - 1].lower_ in _OPEN_ENDS and i + 1 < len(ents) \
                and ents[i + 1].start == end:
            i += 1
            end = ents[i].end
        out.append((ent, doc[ent.start : end].text))
        i += 1
    return out


_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von",
              "der", "den", "bin", "ibn", "al", "el", "y"}


def _name_part(found: str) -> str:
    """A person's name as NER found it, up to the line's end or a lowercase word it ran on
    into ('Ana Ruiz dies' -> 'Ana Ruiz'; particles such as 'de' and 'al-' stay)."""
    words = without_nickname(found.split("\n")[0]).split()
    cut = next((i for i, w in enumerate(words) if i and w[:1].islower()
                and w not in _PARTICLES and not re.match(_JOINED + "[A-Z]", w)), len(words))
    return " ".join(words[:cut])


def _one_sentence_per_name(articles: Sequence[Article], names: Sequence[Name],
                           limit: int) -> list[str]:
    by_id = {a.id: a for a in articles}
    counts = Counter(alias_key(n.text) for n in names)
    chosen: dict[tuple[int, str], str] = {}
    seen: set[tuple[str, ...]] = set()
    for n in sorted(names, key=lambda n: -counts[alias_key(n.text)]):
        key = alias_key(n.text)
        if key in seen or len(chosen) >= limit:
            continue
        seen.add(key)
        article = by_id[n.article]
        s = sentences_of(article)[n.sentence]
        chosen.setdefault((n.sentence, n.article), article.text[s.start : s.end])
    return list(dict.fromkeys(chosen.values()))


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityIndex:
    """The story's names: occurrences per article, kinds, and each alias's fullest form."""

    names: dict[str, list[Name]]  # article id -> occurrences in text order
    kinds: dict[tuple[str, ...], str]
    canon: dict[tuple[str, ...], tuple[str, ...]]
    display: dict[tuple[str, ...], str]  # canonical key -> the form shown
    speakers: dict = field(default_factory=dict)  # article id -> quote span -> ParsedSpeaker

    def resolve(self, name: str) -> str:
        """A name as written -> the story's fullest form of it ('Peña' -> 'David Peña')."""
        key = self._known(alias_key(name))
        if key in self.canon:
            return self.display[self.canon[key]]
        people = [k for k, kind in self.kinds.items() if kind == "person"]
        longer = [k for k in people if is_alias(key, k, "person")] or [
            k for k in people if family_first(key, k)]  # 'Xi' of 'Xi Jinping
        if longer:
            fullest = max(longer, key=lambda k: (k in self.canon, len(k)))  # one written
            return self.display.get(self.canon.get(fullest, fullest), name)
        return _LEADING_TITLE.sub("", name) or name

    def _known(self, key: tuple[str, ...]) -> tuple[str, ...]:
        """A key, or the person's name it holds after a job word ('comedian ana ruiz')."""
        if key in self.canon or _LINKING & set(key):
            return key  # 'a spokesperson for prime minister x' is a phrase, not x's name
        for rest in (without_role(key), key[1:] if len(key) == 2 and is_role_word(key[0]) else ()):
            if rest in self.canon and self.kinds.get(rest) == "person" \
                    and len(self.canon[rest]) >= 2:
                return rest  # 'inspector ruiz' of Ana Ruiz, not 'executive clerk'
        return key

    def is_person(self, name: str) -> bool | None:
        """Whether a name as written is one of the story's people (or an alias of one):
        True, False (typed as something else), or None (a name nothing typed)."""
        key = self._known(alias_key(name))
        if not key:
            return False
        if key in self.canon:
            return self.kinds.get(self.canon[key]) == "person"
        if any(kind == "person" and is_alias(key, k, "person") for k, kind in self.kinds.items()):
            return True
        return None if key not in self.kinds else False


def index_entities(articles: Sequence[Article], model: str | None,
                   limit: int = 120) -> EntityIndex:
    """Find, type and merge the names of a story's articles."""
    candidates = [c for a in articles for c in find_candidates(a)]
    kinds = type_names(articles, candidates, model, limit)
    names = {a.id: find_names(a, kinds) for a in articles}
    every = [n for found in names.values() for n in found]
    counts = Counter(alias_key(n.text) for n in every)
    places = written_as_places((a.text for a in articles), (
        k[0] for k, kind in kinds.items() if kind == "place" and len(k) == 1))
    families = written_as_families(a.text for a in articles)  # 'the Falcone crime family'
    canon = canonical_keys(counts, kinds, {(w,) for w in places} | {
        (w,) for w in families if kinds.get((w,)) not in (None, "person")})
    by_id = {a.id: a.text for a in articles}
    canon = bracketed_aliases(canon, kinds, ((by_id[n.article], alias_key(n.text), n.end)
                                             for n in every))
    forms: dict[tuple[str, ...], Counter[str]] = {}
    for n in every:
        forms.setdefault(alias_key(n.text), Counter())[n.text] += 1
    spread = Counter(k for k, _ in {(alias_key(n.text), n.article) for n in every})
    display = {}
    for key, shown in shown_keys(canon, kinds, spread, counts).items():
        c = forms.get(shown) or forms.get(key)  # the form written most, accents kept
        display[key] = max(c, key=lambda t: (sum(ord(ch) > 127 for ch in t), c[t], t)) if c \
            else " ".join(w.capitalize() for w in key)
        if kinds.get(key) == "organisation":
            display[key] = shown_bare(display[key])  # 'Orm Data' of 'Orm Data Inc.'
    index = EntityIndex(names=names, kinds=kinds, canon=canon, display=display)
    return replace(index, speakers=_parsed_speakers(articles, model, index))


def _parsed_speakers(articles: Sequence[Article], model: str | None,
                     index: EntityIndex) -> dict:
    """Quote speakers read from a dependency parse of the sentences around each quote
    ({} without a model, or when it cannot be loaded: the patterns alone then)."""
    if model is None:
        return {}
    from .quote_marks import marked, quote_spans
    from .speakers import MAX_PARSED, load_parser, parse_speakers

    try:
        nlp = load_parser(model)
    except ModelError:
        return {}  # type_names has already said the model is missing
    spans = {a.id: quote_spans(a.text) for a in articles}
    articles = [replace(a, text=marked(a.text)) for a in articles]  # quotes in double marks
    return parse_speakers(articles, spans, nlp, index.is_person, MAX_PARSED)


FACT_KINDS = ("person", "organisation", "place", "event", "vessel")


def entity_mentions(article: Article, names: Sequence[Name], index: EntityIndex) -> list:
    """One entity claim per named entity of the article: its first occurrence."""
    from ..model import Claim
    from .mention import Mention

    sentences = sentences_of(article)
    seen: set[tuple[str, ...]] = set()
    out = []
    for n in names:
        key = index.canon.get(alias_key(n.text))
        kind = index.kinds.get(key) if key else None
        if key is None or key in seen or kind not in FACT_KINDS:
            continue
        seen.add(key)
        s = sentences[n.sentence]
        shown = index.display[key]
        claim = Claim(article=article.id, text=" ".join(article.text[s.start : s.end].split()),
                      span=(n.start, n.end), value=n.text, unit=kind,
                      sentence_span=(s.start, s.end))
        out.append(Mention(kind="entity", claim=claim, label=f"{shown} ({kind})",
                           sentence=n.sentence, key=" ".join(key), context=n.text))
    return out
