"""Who the words around a quote name as its speaker, as written ('X said', 'said the
minister', 'According to X', a participle's subject)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import TITLES, Name
from .quote_patterns import (
    _ABBREVIATED,
    _ACCORDING,
    _ADVERBIAL,
    _AGED_SAID,
    _BOUNDARY,
    _CAPWORD,
    _DOCUMENT,
    _DOCUMENT_READ,
    _DOER,
    _EXCERPT_VERBS,
    _FUNCTION,
    _IT_SAID,
    _LABEL,
    _NAME,
    _NAME_AND_ROLE,
    _NAME_DID,
    _NOT_BODY,
    _NP_SPEAKS,
    _OF_BODY,
    _OPENING_SUBJECT,
    _OWN_SUBJECT,
    _OWNED_DOC,
    _PARTICIPLES,
    _PASSIVE,
    _PROMPTED,
    _QUOTED_AS,
    _QUOTED_AS_AFTER,
    _QUOTED_BY,
    _READ_FROM,
    _RELAYED,
    _ROLE_NOUN,
    _ROLES,
    _SAID_BY,
    _SAID_COLON,
    _SAID_INSIDE,
    _SIGNATURE,
    _STAFF_OF,
    _SUBJECT,
    _SUBJECT_START,
    _TITLE_RUN,
    _TO_WHOM,
    _TOLD_COLON,
    _TRAILING,
    _TRAILING_SAID,
    _UNKNOWN_VOICE,
    _VERB,
    _VERDICT,
    _VERDICT_BY,
    _VOICE_AFTER,
    _WHO_SAID,
    AFTER_ROLE_APP_VERB,
    AFTER_ROLE_NAME_VERB,
    AFTER_TITLED_VERB,
    AFTER_VERB_ONLY,
    AFTER_VERB_ROLE_NAME,
    AFTER_VERB_TITLED,
    AFTER_VERB_WHO,
    AFTER_WHO_LONG,
    AFTER_WHO_VERB,
    LABEL_BEFORE,
    PRONOUNS,
)
from .source_phrases import statement_from, trailing_source
from .speaker_adjacent import reports_own
from .speaker_context import colon_clause, colon_phrase
from .speakers import ParsedSpeaker


def _reported_before(text: str, start: int) -> tuple[int, str] | None:
    """(offset, speaker as written) of the reported speech in the paragraph right before a
    paragraph that opens with a quote: news copy gives the speaker's words first in indirect
    speech, then quotes them on their own ('Dr. X also said Y is tenacious.' / '“...”')."""
    para_start = text.rfind("\n", 0, start) + 1
    if _OPENER.fullmatch(text, para_start, start) is None or para_start == 0:
        return None  # the paragraph opens with the quote, or after 'Later that day,'
    prev_end = len(text[: para_start - 1].rstrip())  # blank lines between paragraphs
    prev_start = text.rfind("\n", 0, prev_end) + 1
    previous = text[prev_start:prev_end]
    found = [m for m in _SAID_BY.finditer(previous) if _CLOSED.search(previous, 0, m.start())
             or not (previous[: m.start()].count("“") > previous[: m.start()].count("”")
                     or previous[: m.start()].count('"') % 2)]
    #        a speech verb inside a quote speaks for someone else; one right after a closing
    #        mark is that quote's attribution (its opening mark may be lost: '...,” X said.')
    if not found:
        unnamed = trailing_source(previous)  # '..., her rep confirms to PEOPLE.' / '“...”'
        return (prev_start + unnamed[0], unnamed[1]) if unnamed else None
    answer = re.search(r"[”\"]\W*$", previous)  # '..., X answered, “Yes.”': the answer's
    m = found[-1] if answer else found[0]
    group = "who" if m.group("who") else "after"
    return prev_start + m.start(group), m.group(group)


_CLOSED = re.compile(r"[,.!?][ \t]*[”\"][ \t]*$")  # a quote's closing mark ends the text
_OPENER = re.compile(r"(?:[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,5},)?[ \t“\"‘']*")
#         a short adverbial before a paragraph's quote: 'Later in the afternoon, “...”'


def _combine(parsed: ParsedSpeaker | None, text: str, start: int, end: int,
             names: Sequence[Name]) -> str | None:
    """The speaker as written (see _written), a given name set off after a relative with the
    relative's family name ("Ruiz's son, Tom, said" -> 'Tom Ruiz')."""
    raw = _written(parsed, text, start, end, names)
    if raw is None or not re.fullmatch(r"[A-Z][a-z’'-]+", raw):
        return raw
    kin = re.compile(rf"\b(?P<owner>[A-Z][\w’'-]+)[’']s[ \t]+[a-z]+,[ \t]+{raw},")
    found = kin.search(text, max(0, start - 300), end + 120)
    return f"{raw} {found.group('owner')}" if found else raw


def _written(parsed: ParsedSpeaker | None, text: str, start: int, end: int,
             names: Sequence[Name]) -> str | None:
    """The speaker as written: the parse's reading (the subject of the speech verb governing
    the quote) first; the patterns where the parse finds no speech verb; then the subject of
    the sentence a bare quote stands in."""
    signed = _SIGNATURE.match(text, end)
    if signed:
        return signed.group("who")
    inverted = _TOLD_COLON.search(text, max(0, start - 160), start)
    if inverted:  # the verb leads, the speaker comes before the colon
        return inverted.group("who")
    unknown = _UNKNOWN_VOICE.search(text, max(0, start - 60), start)
    if unknown:  # 'she heard someone say, “He has a gun”': the unnamed voice speaks
        return unknown.group("who").lower()
    read = _READ_FROM.match(text, end + 1)
    if read:  # '“...,” read a Velora Team statement': the body that issued it
        return read.group("who").strip()
    letter = _DOCUMENT_READ.match(text, end + 1)
    if letter:  # '“...,” the letter read': its writer, found by _resolve
        return letter.group("doc")
    inside = _SAID_INSIDE.search(text[start:end])
    if inside:  # the quote's closing mark was left out before its attribution
        return _clean(inside.group("who"))
    voice = _VOICE_AFTER.match(text, end + 1)
    if voice:  # '“...,” a man's voice says': whose, _resolve reads from the tape named before
        return voice.group("who")
    relayed = _QUOTED_AS_AFTER.match(text, end + 1)
    if relayed:  # '“...,” X quoted Y as saying': Y's words, relayed by X
        return _clean(relayed.group("who"))
    told = _SAID_COLON.search(text, max(0, start - 120), start)
    if told and _RELAYED.match(text, end):  # 'X said: “...,” the Post reported': X speaks
        return told.group("who")
    clause = colon_clause(text, start, end, names)
    aged = _AGED_SAID.search(text, max(0, start - 80), start)
    if aged:
        return aged.group("who")
    posted = _NAME_DID.match(text, end)
    if parsed is None and posted:  # '“...,” BBCOne promoted on Twitter': a comma hands on
        return posted.group("who")
    unnamed = statement_from(text, start)
    if unnamed:  # 'In a statement from her people, it was confirmed, “...”'
        return unnamed
    if parsed is not None and not (clause and (parsed.verb < clause.start or (
            parsed.who in PRONOUNS and "\n" not in text[clause.start : parsed.verb]))):
        return _clean(_hyphened(parsed.antecedent, text, None) if parsed.antecedent
                      else _untitled(_hyphened(parsed.who, text, parsed.verb), text, parsed.verb))
        #             not a verb before 'whilst X was:'
    if clause:
        return clause.text
    raw = attribute(text, start, end)
    if raw is None and parsed is None:  # 'The judge had advice for ...:' / '“...”'
        raw = colon_phrase(text, start, end, f"{_ROLE_NOUN}|{_LABEL}")
    if raw is None:  # 'X, the ambassador, described the scene. “We fear ...”': X speaks
        raw = _sentence_subject(text, start, names)
    return raw


def _hyphened(who: str, text: str, verb: int | None) -> str:
    """A one-word speaker the parse cut from a hyphened title ('the Secretary-General said'
    read as 'General') as written in full next to the speech verb (an antecedent, with no
    verb: when the text writes the word only in that title)."""
    bare = re.sub(r"[ \t]*-[ \t]*", "-", who.lstrip("-– "))  # the parse may keep the
    if " " in bare or not bare[:1].isupper():  # hyphen: 'Vice - Chancellor', '- Chancellor'
        return who
    if "-" in bare:
        return bare
    who = bare
    pattern = rf"\b(?:the\s+)?[A-Z][\w]*-{re.escape(who)}\b"
    if verb is not None:
        found = re.search(pattern, text[max(0, verb - 60) : verb + 60])
        return found.group(0) if found else who
    titles = re.findall(pattern, text)
    alone = len(re.findall(rf"\b{re.escape(who)}\b", text))
    return titles[-1] if titles and len(titles) == alone else who


def _untitled(who: str, text: str, verb: int) -> str:
    """The name after an abbreviated title the parse cut it from ('said Troy Police Sgt. Ana
    Ruiz' read as 'Troy Police Sgt'): the name written after that title next to the verb."""
    last = who.split()[-1] if who.split() else ""
    if not _ABBREVIATED.fullmatch(last) or last.endswith("."):
        return who
    named = re.compile(rf"\b{re.escape(last)}\.\s+(?:{_ABBREVIATED.pattern}\.\s+)*"
                       rf"(?P<who>{_NAME})").search(text, max(0, verb - 200), verb + 200)
    return named.group("who") if named else who


def _goes_on(text: str, start: int, end: int, after: str, para_end: int) -> bool:
    """Whether a quote that ends its line has its attribution on the next line: it closes on
    a comma ('“...,”' / 'X said in a statement.') or that line opens in lower case ('“...!”'
    / 'his mother told a columnist')."""
    return not after.strip(" \t”\"") and bool(
        re.search(r",\W*$", text[start:end]) or re.match(r"[ \t]*[a-z]", text[para_end + 1 :]))


def attribute(text: str, start: int, end: int) -> str | None:
    """The speaker as written next to a quote ('he', 'Peña', 'the official'), or None."""
    para_end = text.find("\n", end)
    after = text[end + 1 : para_end if para_end >= 0 else len(text)][:250]
    if para_end >= 0 and _goes_on(text, start, end, after, para_end):
        nxt = text.find("\n", para_end + 1)
        after = " " + text[para_end + 1 : nxt if nxt >= 0 else len(text)][:250]
    elif para_end >= 0 and re.search(rf"\b{_ABBREVIATED.pattern}\.[ \t]*$", after):
        nxt = text.find("\n", para_end + 1)  # '“...,” the Rev.' / 'Ana Ruiz said.': a line
        after += " " + text[para_end + 1 : nxt if nxt >= 0 else len(text)][:250]  # cut at a title
    ended = (re.search(r"[.!?]\W*$", text[start:end]) and re.match(r"\s+[A-Z]", after)
             or re.match(r"[.!?]\s+[A-Z]", after))  # '“...”. He went on': a new sentence
    if ended:  # '“... demand.” The US also confirmed ...': a new sentence begins
        found = _before(text, start)
        if found:
            return found
    found = None if ended and reports_own(after) else _after(after)  # '“...” Y added that'
    if found:
        return found
    second = re.match(r"\s+[a-z][^.!?“”\"]{0,80}[“\"][^“”\"]{2,200}[”\"]", after)
    if second:  # '“...” if we are faced with “...,” added X.'
        found = _after(after[second.end() :])
        if found:
            return found
    if _IT_SAID.match(after):  # '“...,” it said in a statement': the body the sentence names
        return "it"
    trailing = None if ended else _TRAILING.match(after) or _TRAILING_SAID.match(after)
    if trailing:  # '“...” due to the outage, said spokesman X.': the sentence ends with who
        found = _after(after[trailing.end() :])
        if found:
            return found
    if AFTER_VERB_ONLY.match(after):  # '“...,” has said.' (a translation dropped the subject)
        return "he"
    return None if ended else _before(text, start)


def _sentence_subject(text: str, start: int, names: Sequence[Name]) -> str | None:
    """The subject of the sentence a bare quote stands in, or of the sentence before it when
    the quote opens its own: a named person ('X, the ambassador, described the scene. “...”',
    'Minister X disagreed; “...”') or a pronoun ('She defended it, “...”'). News writers put
    such a quote in the mouth of the person the sentence is about."""
    found = _sentence_before(text, start)
    if found is None:
        return None
    offset, sentence = found
    if re.search(r"[“\"”]", sentence):  # a quoted sentence has its own speaker
        return None
    pronoun = re.match(r"\s*(He|She)\s+(?=[a-z])", sentence)
    if pronoun:
        return None if _PASSIVE.match(sentence, pronoun.end(1)) else pronoun.group(1).lower()
    for n in names:
        if offset <= n.start < offset + 80 and _SUBJECT_START.fullmatch(text, offset, n.start) \
                and re.match(r",|\s+[a-z]", text[n.end : n.end + 3]):
            person = n.kind == "person" or n.titled and not n.kind
            return n.text if person and not _PASSIVE.match(text, n.end) else None
    named = _NAME_AND_ROLE.match(sentence)  # 'X, the ambassador to Y, described' (untyped X)
    if named and len(named.group("who").split()) >= 2 and not _PASSIVE.match(sentence,
                                                                              named.end("who")):
        return named.group("who")
    return _speaking_noun_phrase(sentence)


def _speaking_noun_phrase(sentence: str) -> str | None:
    """'A reporter for X, however, said ...' -> 'X reporter': a subject named by its role."""
    m = _NP_SPEAKS.match(sentence)
    if not m:
        return None
    app = (m.group("app") or "").strip()
    return app if re.fullmatch(_NAME, app) else _clean(m.group("who"))  # 'the minister, X,'


def _sentence_before(text: str, at: int) -> tuple[int, str] | None:
    """(start, text) of the words before a quote mark in its sentence, or of the whole
    sentence before it when the quote opens its own sentence (same paragraph only)."""
    para_start = text.rfind("\n", 0, at) + 1
    before = text[para_start : max(para_start, at - 1)]
    if not before.strip():
        return None
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    return para_start + cut, before[cut:]


def _after(after: str) -> str | None:
    """The speaker as written right after a quote ('“...,” X said', 'said X, the minister')."""
    for pattern in (AFTER_VERB_ROLE_NAME, AFTER_TITLED_VERB, AFTER_VERB_TITLED, AFTER_ROLE_APP_VERB,
                    AFTER_WHO_VERB, AFTER_VERB_WHO, AFTER_ROLE_NAME_VERB, AFTER_WHO_LONG):
        m = pattern.match(after)
        if m:
            found = m.groupdict()
            app = (found.get("app") or "").strip()
            owned = _OWNED_ROLE.search(m.group("who"))
            if app and (m.group("who")[0].islower() or owned) and re.fullmatch(_NAME, app):
                return _clean(app)  # '“...,” the mayor, Ana Ruiz, said', "X's son, Tom, said"
            titled = _TITLED_AFTER.match(after, m.end()) if pattern is AFTER_VERB_WHO else None
            if titled:  # '“...,” said Velora Group prexy Ana Ruiz': the person, not the body
                return _clean(titled.group("who"))
            return _clean(found.get("by") or m.group("who"))
    return None


_OWNED_ROLE = re.compile(r"[’']s\s+[a-z][\w-]*$")  # "Kafoury's son" (then ', Charlie,')
_TITLED_AFTER = re.compile(rf"[ \t]+(?!{_FUNCTION})[a-z][\w’'-]+[ \t]+(?P<who>{_NAME})"
                           rf"(?:\s*[.,;]|$|{_TO_WHOM})")


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
