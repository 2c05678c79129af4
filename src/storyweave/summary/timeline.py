"""A story's timeline: sentences that date an event, resolved to calendar days, in order.

Dates are read from the text ('on 27 December 2023', 'Dec. 27', 'on Wednesday',
'yesterday') and resolved against the article's publication date by the fact table's rules
(`facts.dates`): a weekday means the latest such day on or before publication, or the next
one when the sentence speaks of the future ('will', 'is scheduled to'), and such an event is
marked planned; a day without a year takes the year its article writes for it elsewhere.
Events on the same day saying the same thing merge and cite every article that tells it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..facts.dates import dated_in, published_day, written_years, years_at
from ..model import Article, Citation, TimelineEvent
from .support import containment, figures, is_support, other_figures


@dataclass(frozen=True, slots=True, kw_only=True)
class _Dated:
    day: dt.date
    unit: object
    vector: object
    planned: bool


def timeline(articles: Sequence[Article], story: object, limit: int) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, earliest first, each citing the articles that tell it."""
    published = {a.id: published_day(a) for a in articles}
    years = {a.id: written_years(a.text) for a in articles}
    texts = {a.id: a.text for a in articles}
    dated = []
    for i, u in enumerate(story.units):  # type: ignore[attr-defined]
        if u.problem is not None:
            continue
        today = published.get(u.article)
        text = texts.get(u.article)
        found = dated_in(u.text, today, years_at(text, u.span[0], u.text) if text is not None
                         and u.span else years.get(u.article))
        if found is not None:
            day, tense = found
            planned = tense == "future" and (today is None or day >= today)
            dated.append(_Dated(day=day, unit=u, vector=story.vectors[i],  # type: ignore
                                planned=planned))
    events = _merge(dated)
    events.sort(key=lambda e: (-len(e[1]), e[0].day, e[0].unit.rank, e[0].unit.position))
    kept = sorted(events[:limit], key=lambda e: (e[0].day, e[0].unit.rank, e[0].unit.position))
    return tuple(
        TimelineEvent(date=first.day.isoformat(), text=first.unit.text, citations=tuple(cites),
                      planned=first.planned)
        for first, cites in kept
    )


def _merge(dated: list[_Dated]) -> list[tuple[_Dated, list[Citation]]]:
    """Group same-day sentences that support each other; the first told stands for them."""
    groups: list[tuple[_Dated, list[Citation]]] = []
    for d in sorted(dated, key=lambda d: (d.unit.rank, d.unit.position)):
        for first, cites in groups:
            if first.day == d.day and _same(first, d):
                if all(c.article != d.unit.article for c in cites):
                    cites.append(Citation(article=d.unit.article, span=d.unit.span))
                break
        else:
            groups.append((d, [Citation(article=d.unit.article, span=d.unit.span)]))
    return groups


def _same(a: _Dated, b: _Dated) -> bool:
    if other_figures(figures(a.unit.text), figures(b.unit.text)):
        return False
    overlap = max(containment(a.unit.content, b.unit.content),
                  containment(b.unit.content, a.unit.content))
    return is_support(overlap, float(a.vector @ b.vector))
