"""When two different figures from two articles may be read as one fact in conflict.

Outlets rarely contradict each other; two different figures in two articles are far more
often two things that share words ('Jones has 193 yards' / 'He caught passes for 302 yards',
'86 arrests on Saturday' / 'more than 200 people arrested'). So two figures that cannot both
be true need more than shared words to be one fact: their similarity is lowered by
``CONFLICT_MARGIN``, unless the story itself says they are one thing: both name the same
holder, owner, place, landmark or whole ('Ruiz, 31' / 'Ruiz, 32'; '65% of traffic to X' /
'82 percent in X'; 'a caravan of 6,000' / 'of 7,000'), or no article gives two different
figures of the noun they count (the island's population, the homes damaged, a toll), so that
two figures are two accounts of one thing rather than two of the several things a noun such
as 'points' or 'people' counts where one article already gives it several figures.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .age_owners import age_owners
from .mention import Mention
from .text import fold

CONFLICT_MARGIN = 0.5  # taken off the similarity of two figures of two articles that differ
BUSY = 2  # an article giving this many different figures of a noun shows it counts several


def conflict_margin(mentions: Sequence[Mention], agree: np.ndarray) -> np.ndarray:
    """For each pair of claims, what their similarity loses because their figures differ:
    ``CONFLICT_MARGIN`` for figures of one dimension from two articles that do not agree
    (``agree``: their intervals meet) and that nothing in the story ties together, else 0."""
    if not mentions:
        return np.zeros((0, 0))
    article = np.array([m.article for m in mentions], dtype=object)
    dimension = np.array([m.dimension for m in mentions], dtype=object)
    apart = (article[:, None] != article[None, :]) & (dimension[:, None] == dimension[None, :])
    apart &= ~agree & ~_one_holder(mentions) & _busy(mentions)
    return np.where(apart, CONFLICT_MARGIN, 0.0)


def _unit_key(m: Mention) -> tuple[str, str]:
    return m.dimension, fold(m.claim.unit or "").rstrip("s")


def _busy(mentions: Sequence[Mention]) -> np.ndarray:
    """Pairs where both claims count a noun that some article of the story gives ``BUSY``
    or more different figures of ('22 points' and '9 points' in one game report)."""
    values: dict[tuple[str, str], dict[str, set[float]]] = {}
    for m in mentions:
        values.setdefault(_unit_key(m), {}).setdefault(m.article, set()).add(round(m.base, 6))
    most = {k: max(len(v) for v in by.values()) for k, by in values.items()}
    busy = np.array([most[_unit_key(m)] >= BUSY for m in mentions], dtype=bool)
    return busy[:, None] & busy[None, :]


def _one_holder(mentions: Sequence[Mention]) -> np.ndarray:
    """Pairs whose figures the text gives to the same named holder, age's owner, measured
    thing, district, landmark or whole ('caravan size'; the first of these each claim has)."""
    keys = np.array([_holder_key(m, age) for m, age in zip(mentions, age_owners(mentions),
                                                           strict=True)], dtype=object)
    return (keys[:, None] == keys[None, :]) & (keys[:, None] != "")


def _holder_key(m: Mention, age_owner: str) -> str:
    whole = m.label if m.label.endswith(" size") else ""  # 'a caravan of 7,000'
    return m.holder or age_owner or m.thing or m.place or m.anchor or whole
