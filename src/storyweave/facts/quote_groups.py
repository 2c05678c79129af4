"""Renderings of one quote across outlets: fuzzy word matches, excerpts, best pairs first."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .mention import Mention


def group_quotes(quotes: Sequence[Mention], threshold: float) -> list[list[Mention]]:
    """Renderings of the same quote across articles: fuzzy match of the words (an excerpt
    matches the longer quote it comes from, and so do two excerpts sharing a long run of
    words). Pairs join best first; two quotes of one article that do not match each other
    never end up in one group (a long rendering of two of its quotes joins the closer)."""
    from rapidfuzz import fuzz
    from rapidfuzz.process import cdist

    keys = [q.key for q in quotes]
    if not keys:
        return []
    score = cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=threshold, workers=1)
    _excerpts(keys, score, threshold)
    _contained(quotes, score, threshold)
    score = np.maximum(score, score.T)
    members = {i: [i] for i in range(len(quotes))}
    group = list(range(len(quotes)))
    for i, j in _pairs(quotes, keys, score, threshold):
        gi, gj = group[i], group[j]
        if gi == gj or _apart(quotes, members[gi], members[gj], score, threshold):
            continue
        for k in members[gj]:
            group[k] = gi
        members[gi] += members.pop(gj)
    return [[quotes[k] for k in sorted(m)] for m in sorted(members.values(), key=min)]


def _pairs(quotes: Sequence[Mention], keys: list[str], score,  # noqa: ANN001
           threshold: float) -> list[tuple[int, int]]:
    """The matching pairs, those opening alike first, then the best scores first (the same
    quote twice at one place of one article is not a pair)."""
    found = [(_same_opening(keys[i], keys[j]), float(score[i, j]), int(i), int(j))
             for i, j in zip(*np.nonzero(score >= threshold), strict=True)
             if i < j and not (quotes[i].article == quotes[j].article
                               and quotes[i].claim.span == quotes[j].claim.span)]
    return [(i, j) for _, _, i, j in sorted(found, reverse=True)]


def _same_opening(a: str, b: str) -> bool:
    """Whether two quotes open alike: a long rendering goes with the quote it opens with."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a[:30], b[:30]) >= 80


def _excerpts(keys: list[str], score, threshold: float) -> None:  # noqa: ANN001
    """Raise the score of two long quotes to an excerpt's: the shorter inside the longer
    (partial ratio), or both holding the same run of at least RUN words."""
    from difflib import SequenceMatcher

    from rapidfuzz import fuzz

    lengths = np.array([len(k.split()) for k in keys])
    long_enough = np.flatnonzero(lengths >= 6)
    words = [set(w for w in keys[i].split() if len(w) > 3) for i in range(len(keys))]
    for i in long_enough:
        for j in long_enough:
            if j > i and score[i, j] < threshold and len(words[i] & words[j]) >= 3:
                score[i, j] = max(score[i, j], fuzz.partial_ratio(keys[i], keys[j]))
                if score[i, j] < threshold:
                    a, b = keys[i].split(), keys[j].split()
                    run = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(
                        0, len(a), 0, len(b)).size
                    if run >= RUN:
                        score[i, j] = threshold


RUN = 10  # words in a row two renderings share when they quote the same passage
SHORTEST = 3  # words of the shortest quote read as an excerpt of a longer one


def _contained(quotes: Sequence[Mention], score, threshold: float) -> None:  # noqa: ANN001
    """Raise to the threshold the score of a quote of SHORTEST words or more that another
    article's longer quote holds word for word ('God approves of nudity' / 'God approves of
    nudity. Adam and Eve ...'), unless the two are put in the mouths of two named people."""
    import re

    texts = [" " + " ".join(re.findall(r"\w+", q.key)) + " " for q in quotes]
    lengths = [t.count(" ") - 1 for t in texts]
    for i, j in zip(*np.nonzero(score < threshold), strict=True):
        if lengths[i] >= SHORTEST and lengths[j] > lengths[i] and texts[i] in texts[j] \
                and quotes[i].article != quotes[j].article \
                and _one_voice(quotes[i].claim.speaker, quotes[j].claim.speaker):
            score[i, j] = score[j, i] = threshold


def _one_voice(a: str | None, b: str | None) -> bool:
    """Whether two speakers may be one: either unknown, or their names end alike."""
    if not a or not b:
        return True
    return a.split()[-1].lower() == b.split()[-1].lower()


def _apart(quotes: Sequence[Mention], a: list[int], b: list[int], score,  # noqa: ANN001
           threshold: float) -> bool:
    """Whether joining two groups would put two quotes of one article that do not match
    each other (two different quotes of it) in one fact."""
    return any(quotes[i].article == quotes[j].article and quotes[i].claim.span
               != quotes[j].claim.span and score[i, j] < threshold for i in a for j in b)
