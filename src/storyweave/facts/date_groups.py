"""How alike two date claims are: the same event's date when the words around them are."""

from __future__ import annotations

from collections.abc import Sequence

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

