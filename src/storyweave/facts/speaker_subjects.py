"""The subject of the clause a partial quote stands in, when no speech verb governs it: 'The
agency protested at a “complete absence of ...”', 'X released a statement and offered an
apology “if ...”'. News writers put such words in the mouth of the clause's subject; the
reading is used only where no attribution pattern and no speech verb names anyone."""

from __future__ import annotations

from .speaker_phrases import Person, phrase, pos

_NOT_SPEAKERS = frozenset("i we you me us who that which what this these those".split())
_CLIMB = 6  # clauses climbed from the quote's attachment towards the sentence root


def clause_subject(doc, base: int, span: tuple[int, int], person: Person):  # noqa: ANN001, ANN201
    """A ParsedSpeaker (``fallback``) for the active subject of the nearest clause above a quote
    that opens inside its sentence, when that subject can speak; None when the quote opens
    its sentence, the nearest subject is passive ('he has been described as “...”') or a
    thing ('the battery lasts “three times longer”'), or is first or second person; 'it' and
    things only as the subject of a speech verb ('It promised to “...”', 'the records state')."""
    from .clause_speakers import _can_speak
    from .speakers import ParsedSpeaker
    from .speech_verbs import _is_speech

    qs, qe = span[0] - base, span[1] - base
    words = doc.char_span(qs, qe, alignment_mode="expand")
    inside = [t for t in words or () if not (t.is_punct or t.is_space)]
    if not inside or not _opens_inside(inside[0], qs) or base == 0 and "\n" not in doc.text[:qs]:
        return None  # a bare quote, or one in the headline ('X found guilty because “...”')
    ids = {t.i for t in words}
    top = next((t.head for t in inside if t.head.i not in ids), None)
    for _ in range(_CLIMB):
        if top is None:
            return None
        subjects = [c for c in top.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")
                    and c.i not in ids]
        if subjects:
            subject = subjects[0]
            if subject.dep_ != "nsubj" or subject.idx > qs or subject.lower_ in _NOT_SPEAKERS:
                return None
            said = _is_speech(top) and (subject.lower_ == "it" or pos(subject) in ("NOUN",
                                                                                "PROPN"))
            if said or _can_speak(subject, person):  # 'The report states that “...”'
                who = phrase(subject, person)
                return ParsedSpeaker(who=who, verb=base + top.idx, fallback=True) if who else None
            return None
        if top.head.i == top.i:
            return None
        top = top.head
    return None


def _opens_inside(first, qs: int) -> bool:  # noqa: ANN001 - a spaCy Token
    """Whether words of the quote's sentence stand before the quote (not a bare quote)."""
    return any(not (t.is_punct or t.is_space) and t.idx < qs - 1 for t in first.sent
               if t.i < first.i)
