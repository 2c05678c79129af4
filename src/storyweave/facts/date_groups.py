"""How alike two date claims are: the same event's date when the words around them are."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

import numpy as np

from .grouping import CANNOT
from .mention import Mention


def date_similarity(mentions: Sequence[Mention], text_sim: np.ndarray) -> np.ndarray:
    """Dates are about the same event when the words around them are; one article gives
    one date per event, and a day and a month are compared only if they could meet. Two
    articles naming the same day are closer (`_SAME_DAY`), the more so when both write its
    year (`_SAME_WRITTEN_DAY`): three writings of 'born on April 22, 1923' were three facts."""
    article = np.array([m.article for m in mentions], dtype=object)
    same_article = article[:, None] == article[None, :]
    values = [str(m.claim.value) for m in mentions]
    compatible = np.array([[a.startswith(b) or b.startswith(a) for b in values] for a in values])
    sim = np.where(same_article & ~compatible, CANNOT, text_sim)
    sim = np.where(compatible & ~same_article, sim + 0.1, sim)
    same_day = np.array([[a == b and len(a) == 10 for b in values] for a in values])
    written = np.array([v[:4] in m.claim.text for v, m in zip(values, mentions, strict=True)])
    bonus = np.where(written[:, None] & written[None, :], _SAME_WRITTEN_DAY, _SAME_DAY)
    sim = np.where(same_day & ~same_article, sim + bonus, sim)
    np.fill_diagonal(sim, 1.0)
    return sim


_SAME_DAY = 0.3
_SAME_WRITTEN_DAY = 0.4



def dates_meet(a: str, b: str) -> bool:
    """Whether two date values can be told of one event: the same day, or a day inside the
    week, month or year the other names ('2011-10-20' and '2011-W42'), or spans that overlap;
    values that are no calendar span are compared as written (one begins the other)."""
    first, second = span(a), span(b)
    if first is None or second is None:
        return a.startswith(b) or b.startswith(a)
    return first[0] <= second[1] and second[0] <= first[1]


def span(value: str) -> tuple[date, date] | None:
    """The first and last day of a date value: a day ('2011-10-20'), an ISO week
    ('2011-W42'), a month ('2011-10') or a year ('2011'); None for anything else."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day
        if len(value) == 8 and value[5] == "W":
            year, week = int(value[:4]), int(value[6:])
            return date.fromisocalendar(year, week, 1), date.fromisocalendar(year, week, 7)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None
