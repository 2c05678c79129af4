"""Who the words around a quote name as its speaker, as written ('X said', 'said the
minister', 'According to X', a participle's subject)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .inscriptions import inscribed_by
from .quote_patterns import (
    _ABBREVIATED,
    _AGED_SAID,
    _DOCUMENT_READ,
    _FUNCTION,
    _IT_SAID,
    _LABEL,
    _NAME,
    _NAME_AND_ROLE,
    _NAME_DID,
    _PASSIVE,
    _QUOTED_AS_AFTER,
    _READ_FROM,
    _RELAYED,
    _ROLE_NOUN,
    _SAID_BY,
    _SAID_COLON,
    _SAID_INSIDE,
    _SIGNATURE,
    _SUBJECT_START,
    _TO_WHOM,
    _TOLD_COLON,
    _TRAILING,
    _TRAILING_SAID,
    _UNKNOWN_VOICE,
    _VOICE_AFTER,
    AFTER_ROLE_APP_VERB,
    AFTER_ROLE_NAME_VERB,
    AFTER_TITLED_VERB,
    AFTER_VERB_ONLY,
    AFTER_VERB_ROLE_NAME,
    AFTER_VERB_TITLED,
    AFTER_VERB_WHO,
    AFTER_WHO_LONG,
    AFTER_WHO_VERB,
    PRONOUNS,
)
from .source_phrases import statement_from, trailing_source
from .speaker_adjacent import reports_own
from .speaker_before import _before, _clean, _sentence_before, _speaking_noun_phrase
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
    carried = inscribed_by(text, start, end)
    if carried:  # 'A historical marker reads, “...”', '“...,” the records state'
        return carried
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
