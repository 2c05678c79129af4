"""A story's timeline: sentences that date an event, resolved to calendar days, in order.

Dates are read from the text ('on 27 December 2023', 'Dec. 27', 'on Wednesday',
'yesterday') and resolved against the article's publication date by the fact table's rules
(`facts.dates`): a weekday means the latest such day on or before publication, or the next
one when the sentence speaks of the future ('will', 'is scheduled to'); a day without a year
takes the year its article writes for it elsewhere. Events on the same day saying the same thing
merge and cite every article that tells it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..facts.dates import FUTURE, month_day, weekday, written_years
from ..model import Article, Citation, TimelineEvent
from .support import containment, figures, is_support, other_figures

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for m in names.split()
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
         r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?", re.I)
#: 'until Thursday' says how long a state lasts, not the day something happened: not a date.
_WEEKDAY = re.compile(r"\b(?:on|last|this|next|since|by)\s+(" + "|".join(_WEEKDAYS) + r")\b",
                      re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|tomorrow)\b", re.I)


def parse_published(value: str | None) -> dt.date | None:
    """The calendar day of an ISO 8601 date or datetime, or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_in(text: str, published: dt.date | None,
            years: dict[tuple[int, int], int] | None = None) -> dt.date | None:
    """The day a sentence dates its event to, or None when it names none that resolves.
    ``years``: the year its article writes for a month and day ('July 7, 2005'), which a
    'July 7' without one takes. Days without a year and weekdays follow the facts' rules
    (`facts.dates`), so the timeline and the fact table agree on a day."""
    future = bool(FUTURE.search(text))
    day = _absolute(text, published, future, years or {})
    return day if day is not None else _relative(text, published, future)


def _absolute(text: str, published: dt.date | None, future: bool,
              years: dict[tuple[int, int], int]) -> dt.date | None:
    if m := _ISO.search(text):
        return _day(int(m[1]), int(m[2]), int(m[3]))
    for m in _DAY_MONTH.finditer(text):
        if m[2][0].isupper() and not _NAMES_A_THING.search(text, 0, m.start()):
            return _with_year(int(m[1]), _MONTHS[m[2][:3].lower()], m[3], published, future,
                              years)
    for m in _MONTH_DAY.finditer(text):
        if m[1][0].isupper() and not _NAMES_A_THING.search(text, 0, m.start()):
            return _with_year(int(m[2]), _MONTHS[m[1][:3].lower()], m[3], published, future,
                              years)
    return None


#: 'the March 11, 2005, incident', 'the July 7 bombings': a date after 'the' names a thing by
#: its day; it says nothing of when the sentence's own event happened
_NAMES_A_THING = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _with_year(day: int, month: int, year: str | None, published: dt.date | None,
               future: bool, years: dict[tuple[int, int], int]) -> dt.date | None:
    if year or (month, day) in years:
        return _day(int(year) if year else years[(month, day)], month, day)
    return month_day(month, day, published, future) if published else None


def _relative(text: str, published: dt.date | None, future: bool) -> dt.date | None:
    if published is None:
        return None
    if m := _RELATIVE.search(text):
        return published + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[
            m[1].lower()])
    if m := _WEEKDAY.search(text):
        return weekday(m[1], m[0].split()[0].lower(), published, future)
    return None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class _Dated:
    day: dt.date
    unit: object
    vector: object


def timeline(articles: Sequence[Article], story: object, limit: int) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, earliest first, each citing the articles that tell it."""
    published = {a.id: parse_published(a.published) for a in articles}
    years = {a.id: written_years(a.text) for a in articles}
    dated = []
    for i, u in enumerate(story.units):  # type: ignore[attr-defined]
        if u.problem is not None:
            continue
        day = date_in(u.text, published.get(u.article), years.get(u.article))
        if day is not None:
            dated.append(_Dated(day=day, unit=u, vector=story.vectors[i]))  # type: ignore
    events = _merge(dated)
    events.sort(key=lambda e: (-len(e[1]), e[0].day, e[0].unit.rank, e[0].unit.position))
    kept = sorted(events[:limit], key=lambda e: (e[0].day, e[0].unit.rank, e[0].unit.position))
    return tuple(
        TimelineEvent(date=first.day.isoformat(), text=first.unit.text, citations=tuple(cites))
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
