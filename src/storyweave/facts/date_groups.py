"""How alike two date claims are: the same event's date when the words around them are."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .grouping import CANNOT
from .mention import Mention


def date_similarity(mentions: Sequence[Mention], text_sim: np.ndarray) -> np.ndarray:
    """Dates are about the same event when the words around them are; one article gives
    one date per event, and a day and a month are compared only if they could meet."""
    article = np.array([m.article for m in mentions], dtype=object)
    same_article = article[:, None] == article[None, :]
    values = [str(m.claim.value) for m in mentions]
    compatible = np.array([[a.startswith(b) or b.startswith(a) for b in values] for a in values])
    sim = np.where(same_article & ~compatible, CANNOT, text_sim)
    sim = np.where(compatible & ~same_article, sim + 0.1, sim)
    np.fill_diagonal(sim, 1.0)
    return sim
