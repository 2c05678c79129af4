"""Flag summary sentences that carry a fact the story's accounts disagree on."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts.text import fold
from ..model import Article, Citation, Fact, SummarySentence


def conflicts_in(citations: Sequence[Citation], facts: Sequence[Fact]) -> list[Fact]:
    """Conflicting facts with a claim whose span lies inside one of the cited spans."""
    found = []
    for fact in facts:
        if fact.status != "conflict":
            continue
        for claim in fact.claims:
            if any(
                c.article == claim.article and c.span[0] <= claim.span[0]
                and claim.span[1] <= c.span[1]
                for c in citations
            ):
                found.append(fact)
                break
    return found


def note_for(fact: Fact) -> str:
    """'contested: accounts disagree on <label> (<what they say>)' in one line."""
    if fact.note:
        return f"contested: accounts disagree on {fact.label} ({fact.note})"
    values: list[str] = []
    for claim in fact.claims:
        shown = _claim_value(claim.value, claim.qualifier, claim.unit) or claim.text[:60]
        if shown not in values:
            values.append(shown)
    text = f"contested: accounts disagree on {fact.label}"
    return text + (" (" + " vs ".join(values[:4]) + ")" if values else "")


def _claim_value(value: object, qualifier: str | None, unit: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    shown = f"{value:,}" if isinstance(value, int) else str(value)
    return " ".join(p for p in (qualifier, shown, unit) if p)


def states(text: str, fact: Fact) -> bool:
    """Whether a summary sentence itself states the fact: a figure of one of its claims
    ('23 pirates'), a quote's words, or a date. A sentence cited beside one that gives the figure
    ('The pirates were Somali and Yemeni') does not carry the figure's conflict."""
    if fact.kind == "quantity":
        from ..facts.quantities import extract_quantities
        from ..ids import article_id
        from ..sentences import split_sentences

        said = Article(id=article_id(text), source="-", text=text,
                       sentences=split_sentences(text))
        values = {c.value for c in fact.claims}
        return any(m.claim.value in values for m in extract_quantities(said))
    if fact.kind == "quote":
        words = fold(text)
        return any(" ".join(fold(str(c.value)).split()[:4]) in words for c in fact.claims)
    if fact.kind == "date":  # 'Detectives said ... were found' states no date of its own
        from ..facts.dates import DATE

        return DATE.search(text) is not None
    return True  # names: the cited span is the evidence


def flag(sentence: SummarySentence, facts: Sequence[Fact]) -> SummarySentence:
    """The sentence, marked contested with a note when it states a conflicting fact."""
    found = [f for f in conflicts_in(sentence.citations, facts) if states(sentence.text, f)]
    if not found:
        return sentence
    from dataclasses import replace

    note = "; ".join(note_for(f) for f in found)
    if sentence.note:
        note = f"{sentence.note}; {note}"
    return replace(sentence, contested=True, note=note)
