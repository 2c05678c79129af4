"""The speaker written before a quote in its paragraph: a label ('Ana Ruiz:'), the subject of
the speech verb ('X said that “...”'), one the introducing phrase marks ('According to X',
'quoted X as saying'), a participle's subject ('..., with X noting that “...”') or a subject
named by its role ('A reporter for X, however, said'); the words of the sentence before a
quote; and ``_clean``, which trims a speaker as written to the name news gives it."""

from __future__ import annotations

import re

from .name_keys import TITLES
from .quote_patterns import (
    _ABBREVIATED,
    _ACCORDING,
    _ADVERBIAL,
    _BOUNDARY,
    _CAPWORD,
    _DOCUMENT,
    _DOER,
    _EXCERPT_VERBS,
    _NAME,
    _NOT_BODY,
    _NP_SPEAKS,
    _OF_BODY,
    _OPENING_SUBJECT,
    _OWN_SUBJECT,
    _OWNED_DOC,
    _PARTICIPLES,
    _PROMPTED,
    _QUOTED_AS,
    _QUOTED_BY,
    _ROLES,
    _STAFF_OF,
    _SUBJECT,
    _TITLE_RUN,
    _VERB,
    _VERDICT,
    _VERDICT_BY,
    _WHO_SAID,
    LABEL_BEFORE,
)
from .speaker_phrases import DOCUMENT_NOUNS


def _sentence_before(text: str, at: int) -> tuple[int, str] | None:
    """(start, text) of the words before a quote mark in its sentence, or of the whole
    sentence before it when the quote opens its own sentence (same paragraph only)."""
    para_start = text.rfind("\n", 0, at) + 1
    before = text[para_start : max(para_start, at - 1)]
    if not before.strip():
        return None
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    return para_start + cut, before[cut:]


def _speaking_noun_phrase(sentence: str) -> str | None:
    """'A reporter for X, however, said ...' -> 'X reporter': a subject named by its role."""
    m = _NP_SPEAKS.match(sentence)
    if not m:
        return None
    app = (m.group("app") or "").strip()
    return app if re.fullmatch(_NAME, app) else _clean(m.group("who"))  # 'the minister, X,'


def _before(text: str, start: int) -> str | None:
    """The speaker as written before a quote in its paragraph ('X said that “...”')."""
    para_start = text.rfind("\n", 0, start) + 1
    before = text[para_start : start - 1]
    label = LABEL_BEFORE.match(before)
    if label:
        return label.group("who")
    sentence_start = max((m.end() for m in _BOUNDARY.finditer(text[para_start:start])), default=0)
    return _subject_before(before[sentence_start:])


def _subject_before(before: str) -> str | None:
    before = re.sub(r"[“\"][^“”\"]*[”\"]", lambda m: " " * len(m.group(0)), before)
    marked = _marked_speaker(before)
    if marked:
        return marked
    verbs = list(re.finditer(rf"\b(?:{_VERB}|{_PARTICIPLES}|called|calls|described|"
                             rf"{_EXCERPT_VERBS})\b", before))
    verbs = [v for v in verbs if not (re.fullmatch(_PARTICIPLES, v.group(0)) and re.search(
        r"(?:\b(?:an?|the|his|her|its|their|this|that)|\w[’']s|\ws[’'])\s+$", before[: v.start()]))]
    #        'a saying of X, “...”', "Socrates' saying": a noun, not someone saying it
    verbs = [v for v in verbs if not _VERDICT.match(before, v.end())]  # 'X found guilty'
    if not verbs:
        return None
    verb = verbs[-1]
    if re.fullmatch(_PARTICIPLES, verb.group(0)):
        return _participle_subject(before, verb.start())
    head = before[: verb.start()].rstrip()
    owned = list(_OWNED_DOC.finditer(head))
    if owned and owned[-1].end() == len(head):  # 'An excerpt from X's journals said “...”'
        return _clean(owned[-1].group("who"))
    document = _DOCUMENT.search(head)
    if document and re.fullmatch(r"[A-Z]\w*\s+\w+\s+(?:entry|diary|journal)", head):
        return document.group(0)  # 'The 2005 entry says: “...”': its writer, found later
    named = re.search(rf",\s*(?P<who>{_NAME}),\s*$", head)
    if named:  # 'Arden's water minister, Ana Ruiz, told'
        return _clean(named.group("who"))
    doers = list(_DOER.finditer(head)) if head.endswith(" and") else []
    if doers:  # 'X has sent food ... and calls it “...”': X, the clause's subject
        return _clean(doers[-1].group("who"))
    head = re.sub(r"\s+(?:went on|continued|began|moved|sought|tried|decided|(?:is|was|are|were)"
                  r"\s+(?:reported|said|believed|understood))\s+to(?:\s+have)?$", "", head)
    head = _ADVERBIAL.sub("", head)  # 'X on Tuesday announced', 'X, the chief, then stated'
    for _ in range(3):  # appositives: 'X, the minister,', 'X, 45, a teacher from Y,'
        head = re.sub(r",[^,]{2,80},\s*$", "", head).rstrip()
        head = re.sub(r",\s*\d{1,3}$", "", head)  # 'X, 45
    appositive = re.search(r",\s+(?:a|an|the)\s+[^,]{2,120}$", head)
    if appositive and re.search(rf"(?:{_CAPWORD}[ \t]+{_CAPWORD}|(?:^|[,;:]\s*)[A-Z]\S*\.\w+)$",
                                head[: appositive.start()]):  # or a site: 'X.com, a ...'
        head = head[: appositive.start()]  # 'Frank Ciacco, a former expert for the NTSB'
    head = re.sub(rf"{_NOT_BODY}\s+of\s+{_NAME}$", "", head)  # 'President X of Mexico'
    body = _OF_BODY.search(head)  # 'Ana Ruiz of the Water Board': Ana Ruiz speaks
    if body and not re.search(rf"\b(?:{TITLES}|{_ROLES})$", head[: body.start()], re.I):
        head = head[: body.start()]  # (not 'The Prime Minister of the X Ana Ruiz')
    head = re.sub(r"(?:\s+(?:also|later|then|has|had|have|once|previously|earlier|"
                  r"repeatedly))+$", "", head)
    m = re.search(rf"{_SUBJECT}$", head) or _OPENING_SUBJECT.match(head)
    return _clean(m.group("who")) if m else None


def _marked_speaker(before: str) -> str | None:
    """A speaker marked by the phrase that introduces the quote: 'According to X, “...”',
    'the paper quoted X as saying', 'X was quoted as saying', 'hailed by X as “...”',
    'X, the chief negotiator, who said “...”'."""
    according = _ACCORDING.search(before)
    if according:  # 'According to the minister, Ana Ruiz, ...' / 'According to Ruiz, “...”'
        return _clean(according.group("name") or according.group("who"))
    for pattern in (_QUOTED_BY, _QUOTED_AS, _PROMPTED, _VERDICT_BY, _WHO_SAID):
        m = pattern.search(before)
        if m:
            return _clean(m.groupdict().get("name") or m.group("who"))
    return None


def _participle_subject(before: str, at: int) -> str | None:
    """Who speaks in '... with X noting that “...”' (X), '..., with the latter adding'
    ('the latter', resolved later), 'X defended it, saying “...”' (the clause's subject)."""
    own = _OWN_SUBJECT.search(before, 0, at)
    if own:
        which = own.group("which")
        return f"the {which.replace('later', 'latter')}" if which else _clean(own.group("who"))
    earlier = _subject_before(before[:at])
    if earlier:
        return earlier
    m = next((m for m in re.finditer(rf"(?<![\w’'-]){_SUBJECT}", before) if not re.fullmatch(
        r"(?i:a|an|the|this|that|these|those|it|its|in|on|at|by|as|if|there|here)",
        m.group("who"))), None)  # nor the 'There' of 'There is an old saying that “...”
    return _clean(m.group("who")) if m else None  # not the 'A' of 'A sign hung there, warning'


def _clean(who: str) -> str:
    who = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", who.strip(" ,.")).strip()
    owner = re.fullmatch(r"(?P<owner>.*[A-Z].*?)['’]s\s+(?P<noun>[a-z]+)", who) or re.fullmatch(
        r"(?i:an?|the)\s+(?P<noun>[a-z]+)\s+(?:from|by)\s+(?:the\s+)?(?P<owner>[A-Z].*)", who)
    if owner and owner.group("noun") in DOCUMENT_NOUNS:  # "the NYPD's statement", 'a
        who = owner.group("owner")  # statement from Waitrose': its issuer
    dashed = re.match(rf"(?P<who>{_NAME})\s+[-–—]\s+[a-z]", who)
    if dashed:  # 'Jonathan Wright - director of wholesale products at Interoute - told'
        who = dashed.group("who")
    titled = re.match(rf"(?:[Tt]he\s+)?(?:{_ABBREVIATED.pattern}|Hon)\.\s+(?=[A-Z])", who)
    if titled and not re.fullmatch(r"(?:Dr|Mr|Mrs|Ms)\.?", who.split()[0]):  # 'the Rev. X of
        who = re.sub(rf"\s+of\s+the\s+{_NAME}$", "", who[titled.end() :])  # the Y' -> X
    staff = _STAFF_OF.fullmatch(who)
    if staff:  # 'a reporter for Reuters' -> 'Reuters reporter' (how news names such a source)
        return f"{staff.group('org')} {staff.group('role')}"
    if re.fullmatch(r"the(?:\s+[A-Z][\w’'.-]*)+", who):  # 'the Foreign Ministry'
        who = who[4:]
    if len(who.split()) > 3:  # 'Regional Water Board Deputy Chief Ana Ruiz' -> 'Ana Ruiz'
        rest = _TITLE_RUN.sub("", who)
        who = rest if len(rest.split()) >= 2 else who
    if re.match(r"(?:The|A|An|His|Her|Their|Its)\s+[a-z]", who):
        who = who[0].lower() + who[1:]
    return who
