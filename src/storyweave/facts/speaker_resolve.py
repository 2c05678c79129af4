"""A speaker as written ('he', 'the minister', 'it', 'the latter') resolved to the person or
body it means."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .body_heads import _HEAD_ONLY, body_speaker, statement_issuer
from .body_speakers import _BODY_NOUN, _body_meant, _it, named_in_apposition
from .entities import Name
from .gender import agrees, gender_of, kin_named
from .name_keys import SPEECH
from .quote_patterns import (
    _ABBREVIATED,
    _ACCORDING_NP,
    _AFFILIATION,
    _AGED,
    _BOUNDARY,
    _DOCUMENT,
    _ISSUED_BY,
    _ISSUES,
    _LABEL,
    _MODIFIER,
    _NAME,
    _OWN_PRONOUN,
    _OWNED_DOC,
    _PLURAL_PEOPLE,
    _PRONOUN_OPENS,
    _RECORDED_VOICE,
    _RECORDING,
    _ROLE_NOUN,
    _SPEAKS,
    _TITLE_NOUNS,
    PRONOUNS,
    ROLE_WORDS,
    Resolver,
)
from .source_phrases import source_before
from .speaker_antecedents import latter_or_former
from .speaker_before import _clean, _sentence_before, _speaking_noun_phrase, _subject_before
from .speaker_context import SUBJECT_OF
from .speaker_descriptions import described, role_introduced
from .speaker_named_later import holder_named, titled, titled_after
from .speaker_offices import office_principal
from .speaker_roles import gendered_noun_before, may_mean, role_before_pronoun, she_known
from .text import STOPWORDS, fold


def _previous_noun_phrase(text: str, at: int) -> str | None:
    """The role-named speaker of the sentence right before a quote that opens its sentence
    ('An analyst for X commented that ... “...,” he said'), in the same paragraph."""
    found = _sentence_before(text, at)
    if found is None or found[0] + len(found[1]) < at - 1:  # the quote is inside its sentence
        return None
    return _speaking_noun_phrase(found[1])


def _next_line(text: str, previous_end: int, at: int) -> bool:
    """Whether a quote opens the line right after the line the last quote ended on (one
    sentence a line: '“...,” X said.' / '“...,” he added'), alone or after 'He adds,'."""
    between = text[previous_end:at].split("\n")
    return len(between) == 2 and (not between[1].strip(" \t“\"") or bool(re.fullmatch(
        rf"[ \t]*(?:He|She)\s+(?:also\s+)?(?:{SPEECH})[,:]?[ \t“\"]*", between[1])))
    #   or opens with 'He adds,' before the quote


def _lines_back(text: str, at: int, pronoun: str, people: Sequence[Name]) -> str | None:
    """In text written one sentence a line, the unnamed source a pronoun after a quote that
    opens its line means: the role-named subject ('The relative said ...') or source
    ('According to a relative, ...') of the line before, or of the line before a run of
    lines whose subject is the same pronoun ('She said ...')."""
    line_start = text.rfind("\n", 0, at) + 1
    if text[line_start:at].strip(" \t“\"") or pronoun not in _OWN_PRONOUN:
        return None
    end = line_start - 1
    for _ in range(3):
        if end <= 0 or text.startswith("\n", end - 1):
            return None  # a blank line: paragraphs, not sentences
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if re.search(r"[“”\"]", line) or any(start <= p.start < end for p in people):
            return None  # a quote, or a line naming someone the pronoun may mean
        found = _ACCORDING_NP.match(line)
        if found:
            return found.group("who")
        named = _speaking_noun_phrase(line)
        if named:
            return None if _DOCUMENT.match(named) else named
        if not _OWN_PRONOUN[pronoun].match(line):
            return None
        end = start - 1
    return None


def _resolve(raw: str | None, at: int, people: Sequence[Name], resolve: Resolver,
             previous: tuple[int, str] | None, text: str) -> str | None:
    if raw is None:
        return None
    low = raw.lower()
    before = [p for p in people if p.end <= at]
    if _DOCUMENT.match(raw):  # 'said the report': the source quoted before, or its issuer
        owned = low.startswith(("its ", "their "))  # not the last speaker quoted elsewhere
        return _issuer(text, at) or (previous[1] if previous and not owned else raw)
    if _ABBREVIATED.fullmatch(raw):  # 'said Troy police Lt. Ana Ruiz' read as 'Lt'
        named = re.compile(rf"\b{raw}\.?\s+(?P<who>{_NAME})").search(text, at, at + 400)
        return resolve(named.group("who")) if named else None
    if low in ("the latter", "the former"):  # 'Both X and Y ..., with the latter saying'
        return latter_or_former(low, before, resolve)
    if low == "it":
        return _it(text, at, previous, resolve)
    if low in PRONOUNS:
        return _pronoun(low, at, people, resolve, previous, text)
    own = re.match(r"(?:(?:one|some|two|three|several) of )?(?:his|her) ", low)
    if own:  # 'his lawyer', 'one of his key lawyers': the owner is the person named last
        subject = _latest_subject(before)
        owner = office_principal("he" if low.startswith("his") else "she", low[own.end():],
                                 text, at, [resolve(p.text) for p in people
                                            if p.kind == "person"]) or (
            resolve(subject.text) if subject else None)
        lead = raw[: own.end() - 4]
        return f"{lead}{owner}'s {raw[own.end():]}" if owner else raw
    if _AGED.fullmatch(low):  # 'the 55-year-old said: “...”': the person named last
        subject = _latest_subject([p for p in before if p.kind in ("person", "")], text)
        return resolve(subject.text) if subject else raw  # (not 'sacked by Manchester United')
    if _SHARE.fullmatch(low):  # 'A new X poll shows ... . Fifty-one percent say that “...”'
        polls = list(_POLL.finditer(text, max(0, at - 400), at))
        return polls[-1].group("who") if polls else raw
    if _BODY_NOUN.fullmatch(raw):  # '“...,” the company said' / 'the software maker said'
        return named_in_apposition(raw, text, at) or _body_meant(
            text, at, people, resolve) or body_speaker(raw, text, at) or raw
    if _RECORDED_VOICE.fullmatch(low):  # 'a man's voice says' on a tape of X played in court
        return _recorded(text, at, people, resolve) or raw
    if low == "one":  # 'Police were called by neighbours. One said: “...”': a neighbour
        return _one_of(text, at) or raw
    if re.fullmatch(r"[A-Z]\w*-[A-Z]\w*", raw):  # 'the Secretary-General said': the person
        so = [p for p in reversed(before) if titled(p, raw, text)]  # so titled before
        return resolve(so[0].text) if so else raw
    if body := body_speaker(raw, text, at):  # 'the navy said': 'the Indian Navy' named before
        return body
    if _HEAD_ONLY.fullmatch(raw):  # 'the agency said' after 'The Federal Aviation
        return _body_meant(text, at, people, resolve) or raw  # Administration grounded ...'
    members = list(_MEMBERS_OF.finditer(text, 0, at)) if low.startswith(
        "the ") and _PLURAL_ROLE.search(low) else []
    if members:  # 'The doctors, members of the group X, ...' / '“...,” the physicians stated'
        return members[-1].group("who")
    role = next((r for r in ROLE_WORDS if low.endswith(r)), None) or _role_of(low)
    named = _named_after_role(text, at, raw, people) or holder_named(
        raw, people, resolve, text) if role else None
    if named:  # 'CHA president and chief executive Sister Ana Ruiz, DC, said': Ana Ruiz
        return resolve(named)
    if raw[0].islower() or low.startswith(("the ", "a ")) or low in ROLE_WORDS:
        return _role_speaker(raw, role, at, before, resolve, previous, text) or titled_after(
            raw, role, at, people, resolve, text) if role else raw
    return _kin_by_given_name(raw, text, at) or _shared_surname(raw, at, before, resolve) or (
        _unlabelled(raw, people, resolve, text))


_SHARE = re.compile(r"(?:(?:some|about|around|nearly|almost|over|just|only|more than|"
                    r"fewer than|less than)\s+)?(?:[a-z]+-)?[a-z0-9.]+\s*(?:percent|per cent|%)"
                    r"(?:\s+of\s+[a-z ]+)?")  # 'fifty-one percent', 'some 44% of voters'
_POLL = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|fresh\s+|latest\s+)?"
                   r"(?P<who>(?:[A-Z][\w.&’'-]*\s+)+(?:poll|survey))\b")


def _kin_by_given_name(raw: str, text: str, at: int) -> str | None:
    """A lone surname right after a widow introduced by given name only ("X's widow, Candee,
    spoke ... “...,” said X"): the widow, 'Candee X', not the late X named in full before."""
    if " " in raw or not raw[:1].isupper():
        return None
    kin = re.compile(rf"\b{re.escape(raw)}['’]s\s+(?:[a-z]+\s+)?widow(?:er)?,?\s+"
                     r"(?P<given>[A-Z][a-z]+)\b(?!\s+[A-Z])")
    found = list(kin.finditer(text, max(0, at - 400), at))
    return f"{found[-1].group('given')} {raw}" if found else None


def _shared_surname(raw: str, at: int, before: Sequence[Name], resolve: Resolver) -> str | None:
    """A lone surname that just two people the article names in full before share ('Tony X'
    and his son 'T.J. X'): the one named in full just before the quote, within 300
    characters ('His son, T.J. X, is a guard ... “...,” X said'); None when none is that
    near, or when more share it (a list of relatives: 'his daughters Ana X, Eva X')."""
    if " " in raw:
        return None
    full = [p for p in before if len(p.text.split()) >= 2 and p.text.split()[-1] == raw]
    if len({resolve(p.text) for p in full}) != 2 or full[-1].start < at - 300:
        return None
    return resolve(full[-1].text)


def _recorded(text: str, at: int, people: Sequence[Name], resolve: Resolver) -> str | None:
    """Whose voice an unnamed voice on a recording is: the person the nearest line before that
    speaks of a tape or recording names after it ('Tapes played for jurors depicted X
    offering ...' / '“...,” a man's voice says'), within six lines none naming anyone else."""
    end = text.rfind("\n", 0, at)
    for _ in range(6):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        tape = _RECORDING.search(text, start, end)
        named = [p for p in people if start <= p.start < end]
        if named:
            after = [p for p in named if tape and tape.end() <= p.start]
            return resolve(after[0].text) if after else None
        end = start - 1
    return None


def _unlabelled(raw: str, people: Sequence[Name], resolve: Resolver, text: str = "") -> str:
    """A name as written, resolved; 'Producer Moffat' or 'BBC Capaldi' (a role noun or an
    acronym glued before a name) is the person the rest names when the story names them."""
    full, words = resolve(raw), raw.split()
    known = {resolve(p.text) for p in people}
    written = Counter(resolve(p.text) for p in people if len(p.text.split()) >= 2)
    if len(words) == 1 and text and full not in text:
        return _given_name(raw, written) or _written_before(raw, text) or full
    given = {k.split()[0] for k in known - {full} if len(k.split()) >= 2}
    for i in range(1, len(words)):
        head = words[i - 1]
        if head in given or not (re.fullmatch(r"[A-Z]{2,}", head) or _ABBREVIATED.fullmatch(
                head) or re.fullmatch(_LABEL, head.lower())):  # 'Insp Gaskin', no period
            break
        rest = resolve(" ".join(words[i:]))
        if rest in known and len(rest.split()) >= 2 and rest != full:
            return rest
    return full


def _written_before(raw: str, text: str) -> str | None:
    """A lone surname as the article writes it in full, with the given name or initials
    before it ('Smith said' in an article naming 'General Manager A.J. Smith' -> 'A.J. Smith'),
    where the story reads the surname as someone this article never names; None when the
    article writes it after no given name, or after two different ones."""
    found = {m.group(1) for m in re.finditer(
        rf"(?<![\w.])((?:[A-Z]\.){{1,3}}|(?-i:[A-Z])[a-z]+)\s+{re.escape(raw)}\b", text)
        if fold(m.group(1)) not in STOPWORDS and not re.fullmatch(_LABEL, m.group(1).lower())}
    return f"{found.pop()} {raw}" if len(found) == 1 else None


def _given_name(raw: str, written: Counter[str]) -> str | None:
    """The person named in full in the article (most often, of several) whose first name or
    surname a lone name is, where the story reads that name as someone the article never
    writes in full ('Doug said' of Doug Ruiz, not 'Dependable Doug', a nickname in another
    article; 'Ruiz said' of Frederick C. Ruiz, not the 'Fred Ruiz' of other articles)."""
    for part in (slice(0, 1), slice(1, None)):  # a first name, else a later one
        found = [(n, k) for k, n in written.most_common()
                 if fold(raw) in map(fold, k.split()[part]) and len(k.split()) >= 2]
        if found:
            return found[0][1] if len(found) == 1 or found[0][0] > found[1][0] else None
    return None


def _pronoun(low: str, at: int, people: Sequence[Name], resolve: Resolver,
             previous: tuple[int, str] | None, text: str) -> str | None:
    """Who 'he', 'she', 'they', 'I' or 'we' after a quote means."""
    before = [p for p in people if p.end <= at]
    if low in ("i", "we"):
        return previous[1] if previous else None
    if previous and agrees(low, previous[1], text) and (
            "\n" not in text[previous[0] : at] or _next_line(text, previous[0], at)):
        return previous[1]  # same paragraph as the last quote, unless 'he' after a woman
    role_named = _previous_noun_phrase(text, at) or _lines_back(text, at, low, before)
    if role_named:  # 'The friend said ... . She added: “...”': the friend, as introduced
        return resolve(role_named) if re.fullmatch(_NAME, role_named) else _resolve(
            role_named, at, people, resolve, None, text)
    found = _sentence_before(text, at)
    by_role = role_before_pronoun(text, found[0], at) if found and low in ("he", "she") else None
    if by_role:  # 'A police spokeswoman said ... . She added: “...”'
        return by_role
    lines_before = text[text.rfind("\n", 0, max(0, text.rfind("\n", 0, at))) + 1 : at]
    kin = kin_named(low, lines_before) if low in ("he", "she") else None
    if kin:  # 'his daughter, Joan, persuaded him.' / '“...,” she told her father'
        return resolve(kin)
    agreeing = may_mean(low, at, before, resolve, text)  # 'he' after a woman's quote: not hers
    one = gendered_noun_before(text, at, low, [p.start for p in agreeing])
    if one:  # 'WIRED spoke to one mother, who ... .' / '“...,” she said'
        return one
    subject = she_known(low, _latest_subject(agreeing, text), before, resolve, text)
    if subject or previous:
        return resolve(subject.text) if subject else previous[1]
    unnamed = source_before(text, at)  # '..., her publicist confirmed.' ... '“...,” he said'
    return _resolve(unnamed, at, people, resolve, None, text) if unnamed else None


def _role_speaker(raw: str, role: str, at: int, before: Sequence[Name], resolve: Resolver,
                  previous: tuple[int, str] | None, text: str) -> str:
    """The person a role phrase means: the one titled so or set off by it before ('Minister
    X', 'X, a doctor at ...'), else the unnamed source it introduced, else the person just
    quoted, else the phrase as written. Of several so titled ('Judge X' sentencing, 'Judge Y'
    a victim), the one who spoke last, if any."""
    so = [p for p in reversed(before) if titled(p, role, text)]
    so_named = [resolve(p.text) for p in so]
    acting = [resolve(p.text) for p in so if SUBJECT_OF.match(text, p.end)]
    if so_named:  # the one just quoted, else one who acts ('Judge X handed down'), else nearest
        return previous[1] if previous and previous[1] in so_named else (acting or so_named)[0]
    if not raw.lower().startswith("the "):
        return raw
    of_body = _of_named_body(raw, before, text)
    if of_body:  # 'the Kestrel official said' of 'X, Kestrel's director of operations'
        return resolve(of_body)
    if _PLURAL_ROLE.search(raw):  # 'the officers yelled back': no one person named before
        return role_introduced(text[:at], role, before) or raw
    quoted = _just_quoted(previous, text, at, raw)  # 'A spokesman for X said ... . The spokesman'
    named = quoted in {resolve(p.text) for p in before}  # a person, not a misread
    return role_introduced(text[:at], role, before) or (quoted if named else None) or described(
        raw, at, before, resolve, text) or ("" if raw.lower().startswith("the ") else raw)


_MEMBERS_OF = re.compile(  # 'members of a recently formed group Doctors for Camp Closure'
    r"\bmembers\s+of\s+(?:the|an?)\s+(?:[a-z-]+\s+){0,3}?(?:group|organi[sz]ation|coalition|"
    rf"association|union|network|campaign|collective|alliance)\s*,?\s+(?P<who>{_NAME}"
    rf"(?:\s+(?:for|of|against|on)\s+(?:the\s+)?{_NAME})?)")
_PLURAL_ROLE = re.compile(r"(?i:[a-z][^su'’]s|men|people)$")


def _of_named_body(raw: str, before: Sequence[Name], text: str) -> str | None:
    """The one person named before whose title or apposition names the body a role phrase
    names ('the Kestrel official' -> 'X, Kestrel's director'; 'Kestrel chief X'), or None."""
    body = re.fullmatch(r"the\s+(?P<body>[A-Z][\w&-]+)\s+[a-z][\w-]*", raw)
    if body is None:
        return None
    word = re.escape(body.group("body"))
    found = {p.text for p in before if re.search(rf"\b{word}\b", text[max(0, p.start - 40):
                                                                        p.start])
             or re.match(rf",[ \t]+(?:the\s+|an?\s+)?[^,\n]{{0,20}}\b{word}\b",
                         text[p.end : p.end + 60])}
    return found.pop() if len(found) == 1 else None


_LINKS = frozenset("of for at in on from with to by who that whose".split())


def _role_of(low: str) -> str | None:
    """The noun of a definite role phrase ('the doctor', 'the close friend', 'the comedian and
    talk show host'), or None."""
    words = low.split()
    if words[0] != "the" or not 2 <= len(words) <= 6:
        return None
    if len(words) > 3 and not all(w.isalpha() and w not in _LINKS for w in words[1:]):
        return None  # not 'the head of the X unit'
    return words[-1] if re.fullmatch(_ROLE_NOUN, words[-1]) or re.fullmatch(
        _LABEL, words[-1]) or re.fullmatch(_TITLE_NOUNS, words[-1], re.IGNORECASE) else None


def _just_quoted(previous: tuple[int, str] | None, text: str, at: int,
                 raw: str = "") -> str | None:
    """The named speaker of the quote on the line or paragraph before (blank lines between
    paragraphs or not), whom a role phrase no earlier sentence introduces ('“...,” X said.' /
    '“...,” the evangelist said'), unless the phrase is of the other gender ('the actress')."""
    if previous is None or not previous[1][:1].isupper():
        return None
    gender = gender_of(raw, text) if raw else None
    if gender and not agrees(gender, previous[1], text):
        return None
    return previous[1] if len(re.findall(r"\n\s*", text[previous[0] : at])) <= 1 else None


def _one_of(text: str, at: int) -> str | None:
    """'One said' / 'One of them said': one of the people the sentence before names in the
    plural ('neighbours' -> 'neighbour')."""
    found = _sentence_before(text, at)
    start = found[0] if found else text.rfind("\n", 0, at) + 1  # or the line before's
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    plural = [m.group(0) for m in _PLURAL_PEOPLE.finditer(text, line_start, start)
              if m.group(0).endswith("s") and not m.group(0).endswith("ss")]
    if not plural:
        return None
    word = plural[-1].lower()
    return word[:-2] if word.endswith("sses") or word.endswith("esses") else word[:-1]


def _named_after_role(text: str, at: int, role: str, people: Sequence[Name]) -> str | None:
    """The person a role phrase is the title of when the name follows it in the same
    clause ('the agency president and chief executive Ana Ruiz said'), or None."""
    found = text.rfind(role, max(0, at - 400), at)
    if found < 0:
        return None
    end = found + len(role)
    for p in people:
        if end <= p.start <= end + 80 and not re.search(r"[.;:“”\"]|\s[a-z]+(?:ed|s)\s",
                                                        text[end : p.start]):
            return p.text
    return None


def _issuer(text: str, at: int) -> str | None:
    """Who issued the document a quote is read from: the speaking subject of an earlier
    sentence of its paragraph ('The secretariat states that ... . The communique says “...”')."""
    para_start = text.rfind("\n", 0, at) + 1
    by = list(_ISSUED_BY.finditer(text, para_start, at))
    if by:  # 'The report, published by the X, says “...”'
        return _clean(by[-1].group("who"))
    speaking = _speaking_subject(text, para_start, at)
    if speaking:
        return speaking
    found = list(_ISSUES.finditer(text, max(0, para_start - 600), at))
    if found:  # 'X issued a statement ...'
        return _clean(found[-1].group("who"))
    # 'In a post on its blog, X says ...' / 'The blog adds, “...”': the line before's speaker
    line_start = text.rfind("\n", 0, max(0, para_start - 1)) + 1
    own = re.search(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:blog|website|site|page|post|"
                    r"statement|report|account)\b", text[line_start:para_start])
    if own:
        return _speaking_subject(text, line_start, para_start, True) or statement_issuer(text, at)
    kept = list(_OWNED_DOC.finditer(text, line_start, para_start))  # 'a page from X's
    if kept:  # journals' / 'The entry says'
        return _clean(kept[-1].group("who"))
    trailing = _SAID_LAST.search(text, line_start, para_start)  # '..., X said.' / '“...,” a
    return _clean(trailing.group("who")) if trailing else statement_issuer(text, at)  # X's


_SAID_LAST = re.compile(rf",[ \t]+(?P<who>{_NAME})[ \t]+(?:said|says|reported|announced)"
                        r"[ \t]*\.[ \t]*\n$")


def _speaking_subject(text: str, start: int, end: int, whole: bool = False) -> str | None:
    """The last speaking subject, not a document, of the sentences from start to end (the
    sentence end falls in left out, unless ``whole``)."""
    cuts = [start] + [start + m.end() for m in _BOUNDARY.finditer(text[start:end])]
    cuts += [end] if whole else []
    for first, last in zip(reversed(cuts[:-1]), reversed(cuts[1:]), strict=True):
        verb = re.search(rf"\b(?:{SPEECH})\b", text[first:last])
        who = _subject_before(text[first : first + verb.end()]) if verb else None
        if who and not _DOCUMENT.match(who):
            return _clean(who)
    return None


_SUBORDINATE_OPENS = re.compile(r"\s*(?:(?:While|When|After|Before|Although|Though|Since|"
                                r"Despite|Upon)\b|[A-Z][a-z]+ing\b)")


_OWNED = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){1,4}(?:,\s*)?")  # "'s lawyer " before a name


def _latest_subject(people: Sequence[Name], text: str = "") -> Name | None:
    """The person a pronoun most likely means: the first person named in the latest sentence
    that names one, unless that sentence's own subject is a pronoun ('She handed their
    leader, X, a medal'): then the person it names is an object, and the search goes on."""
    if not people:
        return None
    people = [p for p in people if not _MODIFIER.match(text, p.end)] or people
    firsts = [p for i, p in enumerate(people) if i == 0 or people[i - 1].sentence != p.sentence]
    for p in reversed(firsts):
        opening = text[max(0, p.start - 300) : p.start]
        clause = re.split(r"[.!?]['’”\"]?\s+|\n", opening)[-1]
        if not _PRONOUN_OPENS.match(clause):
            owned = [o for o in people if o.sentence == p.sentence and o.start > p.end
                     and _OWNED.fullmatch(text, p.end, o.start)]
            p = owned[0] if owned else p  # "X's lawyer Y did it. He told ...": Y, not X
            after = [o for o in people if o.sentence == p.sentence and o.start > p.start
                     and re.search(r",[ \t]+$", text[max(0, o.start - 3) : o.start])]
            if _SUBORDINATE_OPENS.match(clause) and after:  # 'While thanking X, Y is quick
                return after[0]  # to add': Y is the subject
            speaking = [o for o in people if o.sentence == p.sentence
                        and _SPEAKS.match(text, o.end)
                        and not _AFFILIATION.search(text, max(0, o.start - 12), o.start)]
            return speaking[0] if speaking else p  # 'At X's end, Y said': Y speaks
    return firsts[-1]
