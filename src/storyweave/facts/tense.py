"""The tense a date is read in ('future', 'past' or ''): the verb cue nearest before it in its
sentence, else the first one after it in its own clause ('On Tuesday X said'), else a deadline,
else the sentence as a whole. A scheduled event in the present ('X plays at Y on Saturday')
and the future seen from the past ('said they would hold a vigil Thursday') look ahead for a
weekday, which is within a week either way; a day of a month keeps its own window."""

from __future__ import annotations

import re

FUTURE = re.compile(  # a sentence that speaks of what is to come (not 'due to': because of)
    r"\b(?:will|is to|are to|(?<!had )(?<!had been )scheduled|"
    r"plans? to|(?<!had )(?<!had been )expected|projected|forecast|predicted|expects|expecting|"
    r"(?<!not )(?<!n't )(?<!did )expect|"
    r"(?:is|are) set to|is due|next|prepares? to|preparing to|set to begin)\b", re.IGNORECASE)
#: the words just before a date that make it the future's ('will meet on', 'to be voted on',
#: 'is scheduled for') or the past's ('was fired on', 'unveiled on'), whatever else the
#: sentence says ('The package unveiled on Sunday will be voted on Thursday'); a plan in the
#: past perfect ('had expected to testify on Thursday') did not happen: no future
_FUTURE_NEAR = re.compile(
    r"\b(?:will|shall|'ll|to\s+be|is\s+to|are\s+to|(?<!had )(?<!had been )scheduled|"
    r"(?<!had )(?<!had been )expected|(?<!had )(?<!had been )planned|set\s+for|next|"
    r"expects|expecting|(?<!not )(?<!n't )(?<!did )expect)\b",
    re.IGNORECASE)
#: past forms of verbs that do not end in '-ed'
IRREGULAR_PAST = (
    r"was|were|had|did|met|began|held|took|won|lost|shot|hit|made|came|went|died|fell|rose|"
    r"said|told|broke|found|flew|drove|ran|struck|sent|gave|got|kept|led|saw|spoke|stood|sat|"
    r"wrote|brought|bought|caught|fought|thought|felt|paid|sold|spent|built|chose|became|grew|"
    r"knew|threw|stole|shook|withdrew|sought|swore|fled|beat|sank|stuck|hung")
#: a past verb; not a participle after 'be' ('will be voted on', 'will be held on'), not an
#: '-ed' word after a determiner ('the improved side'), not 'left' before '-ing' ('teams left
#: fighting for it'); a reporting verb in the present ('officials say Monday') dates the saying
_PAST_NEAR = re.compile(
    r"(?<!be )(?<!being )(?:(?<!\bthe )(?<!\bThe )(?<!\ban )(?<!\ba )(?<!\bits )(?<!\btheir )"
    r"(?<!\bhis )(?<!\bher )\b(?!(?:need|speed|seed|feed|indeed|proceed|exceed|succeed|"
    r"hundred|sacred|breed|shed|bed|red|scheduled|expected|planned|projected|predicted)\b)"
    # an adjective participle after a noun ('customers interested in joining') is no past
    r"(?!(?:interested|involved|concerned|located|based|related)\s+(?:in|with|to|about)\b)"
    r"[a-z]{2,}ed\b"
    rf"|\b(?:{IRREGULAR_PAST}|left(?!\s+\w+ing\b)|ago|says|tells|announces|confirms|adds)\b"
    r"|(?<!will )(?<!to )(?<!would )(?<!not )(?<!n't )(?<!may )(?<!can )(?<!could )\bsay\b)")
#: the future seen from the past and a scheduled event in the present: ahead for a weekday
_SCHEDULED = ("begin open start face play meet host visit travel head return resume compete "
              "race vote continue debut premiere close arrive kick tee advance").split()
_THIRD = {"face": "faces", "race": "races", "continue": "continues", "close": "closes",
          "arrive": "arrives", "compete": "competes", "premiere": "premieres",
          "resume": "resumes", "vote": "votes", "tee": "tees", "advance": "advances"}
_BASE = "|".join(_SCHEDULED)
_THIRD_FORMS = "|".join(_THIRD.get(v, v + "s") for v in _SCHEDULED)
_NOT_A_VERB = r"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bhis )(?<!\bher )" \
              r"(?<!\btheir )(?<!\bof )(?<!\bin )(?<!\bfor )(?<!\bat )(?<!\bon )"
_AHEAD_NEAR = re.compile(
    rf"{_NOT_A_VERB}\b(?:{_THIRD_FORMS})\b"
    # a base form after a plural subject ('The Saints face Seattle'), not a possessive
    rf"|(?:(?<=\bthey )|(?<=\bwe )|(?<=\byou ))(?:{_BASE})\b"
    rf"|(?<!\bthis )(?<!\bThis )(?<=[A-Za-z]{{2}}[a-rt-z]s )(?:{_BASE})\b"
    r"|\b(?:head|heads)\s+into\b"
    r"|\bthere(?:'s|’s|\s+is|\s+are)(?!\s+been)\b"
    r"|\bwould(?!\s+(?:not\s+)?have\b)|\b(?:was|were)\s+(?:due\s+|set\s+|slated\s+)?to\b",
    re.IGNORECASE)
#: an infinitive or participle of such a verb ('advances to play Saturday', 'heading into
#: Saturday's final') takes the tense of a finite verb before it ('added 26 cents to close at
#: $24 Tuesday', 'had a losing streak going into Saturday's game'): ahead only without one
_AHEAD_NONFINITE = re.compile(rf"\bto\s+(?:{_BASE})\b|\b(?:heading|going)\s+into\b",
                              re.IGNORECASE)
#: a plan in the past perfect ('had expected to testify on Thursday', 'had planned to impose
#: it Dec. 15') says neither that it happened nor that it is still to come: no tense
_PLAN_UNDONE = re.compile(r"\bhad\s+(?:been\s+)?(?:expected|planned|scheduled|intended|hoped)\b",
                          re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:is|are)(?:\s+(?:on|for))?\s*$", re.IGNORECASE)
#: 'Saturday's expected vote': the event the day names is still to come
_AHEAD_AFTER = re.compile(r"^['’]s\s+(?:expected|planned|scheduled|upcoming|proposed)\b",
                          re.IGNORECASE)
#: between a present verb and a date, the date is an earlier event's ('is in custody after a
#: stabbing on Saturday')
_EARLIER_EVENT = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
#: a date opening a reported clause ('did say that after April 29 customers will') is read in
#: that clause's tense, not the saying's
_REPORTED_OPEN = re.compile(
    r"\b(?:say|says|said|stated|announced|added|told\s+\w+)\s+that"
    r"(?:\s+(?:after|from|on|by|before|until|beginning|starting))?\s*$", re.IGNORECASE)
_DEADLINE = re.compile(r"\b(?:must|should|ha(?:s|ve)\s+to|needs?\s+to|goal|deadline|aims?|"
                       r"hopes?|plans?|wants?)\b", re.IGNORECASE)
#: quoted words are someone else's tense, and 'ill will' is a noun
_QUOTED = re.compile(r"\"[^\"]*\"?|“[^”]*”?|\b(?:ill|good|free)\s+will\b", re.IGNORECASE)


def tense_at(sentence: str, m: re.Match, offset: int = 0) -> str:
    """'future', 'past' or '' for a date of a sentence: the verb cue nearest before it within
    twelve words ('unveiled on Sunday will be voted on Thursday': past, then future) first,
    then the first cue after it in its clause ('On Tuesday the minister said'), then a
    deadline ('must respond by July 26'), then the sentence as a whole (outside quotes).
    ``offset``: where the sentence starts in the text ``m`` was matched in."""
    weekday = bool(m.groupdict().get("weekday"))
    rest = sentence[m.end() - offset :]
    if weekday and _AHEAD_AFTER.search(rest):
        return "future"
    near = " ".join(sentence[: m.start() - offset].split()[-12:])
    found = [] if _REPORTED_OPEN.search(near) else _cues(near, weekday)
    if weekday and _COPULA_BEFORE.search(near):
        found.append((len(near), 0, "future"))
    if found:  # the cue nearest the date decides
        return max(found)[2]
    after = " ".join(_QUOTED.sub(" ", rest.split(";")[0]).split()[:12])
    found = _cues(after, weekday, before=False)
    if found:
        return min(found)[2]
    rel = (m.groupdict().get("rel") or "").strip().lower() or near.rsplit(" ", 1)[-1].lower()
    if rel == "by" and _DEADLINE.search(sentence):
        return "future"
    return "future" if FUTURE.search(_QUOTED.sub(" ", sentence)) else ""


def _cues(text: str, weekday: bool, before: bool = True) -> list[tuple[int, int, str]]:
    """(position, rank, tense) of each tense cue of a text: its end before a date, its start
    after one; the rank puts the future before the past where two cues end together."""
    at = (lambda x: x.end()) if before else (lambda x: x.start())  # noqa: E731
    out = [(at(x), 1, "future") for rx in (_FUTURE_NEAR, FUTURE) for x in rx.finditer(text)]
    out += [(at(x), 0 if before else 2, "past") for x in _PAST_NEAR.finditer(text)]
    out += [(at(x), 3, "") for x in _PLAN_UNDONE.finditer(text)]
    ahead = [*_AHEAD_NEAR.finditer(text)] if weekday else []
    if weekday and before:
        ahead += [x for x in _AHEAD_NONFINITE.finditer(text)
                  if not _PAST_NEAR.search(text, 0, x.start())]
    for x in ahead:
        if not (before and _EARLIER_EVENT.search(text, x.end())):
            out.append((at(x), 2 if before else 1, "future"))
    return out
