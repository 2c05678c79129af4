"""Group claims about the same thing: word overlap (TF-IDF), embeddings, units and values."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .age_owners import age_owners
from .averages import is_average
from .exchange import converted_pairs, story_rates
from .figure_chains import chains, meets, same_compound, two_values, within
from .figure_conflicts import conflict_margin
from .holders import holders_apart
from .mention import Mention
from .noun_kinds import kinds_apart
from .offers import offer_makers
from .stat_holders import stat_kind, stats_apart
from .tallies import record_scopes, tally_match
from .text import content_stems

CANNOT = -1.0  # similarity of two claims that can never be one fact
AGREE_BONUS = 0.24  # added to the similarity of two figures of one value: just under the
#             threshold (FactSettings.same_fact), so that one value with no word in common
#             is no fact by itself; the embeddings, or a word, must say it is one thing
COMPOUND_BONUS = 0.1  # more for two values that agree at once ('2,560 x 1,600')
SAME_ARTICLE_BONUS = 0.1  # one value in two sentences of one article: as often two things
#                           as a restatement, which repeats words besides the figure
_APART = 1e6  # their distance in clustering: no average over a cluster brings it under a threshold


def idf_table(sentences: Sequence[str]) -> dict[str, float]:
    """Inverse document frequency of each stem over the story's sentences."""
    df: Counter[str] = Counter()
    for s in sentences:
        df.update(set(content_stems(s)))
    n = max(len(sentences), 1)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def lexical_vectors(mentions: Sequence[Mention], idf: dict[str, float]) -> np.ndarray:
    """L2-normalised TF-IDF vectors of each claim's context (near words weigh more)."""
    vocab: dict[str, int] = {}
    rows: list[dict[int, float]] = []
    default = max(idf.values(), default=1.0)
    for m in mentions:
        parts = (m.context.split(" || ") + ["", ""])[:3]
        weights: Counter[str] = Counter()
        for part, weight in zip(parts, (1.0, 0.4, 0.2), strict=True):
            for w in content_stems(part):
                weights[w] += weight
        if "(" not in m.label:  # 'caravan size', 'daily arrests'; not 'distance (km)'
            for w in content_stems(m.label):
                weights[w] += 2.0
        rows.append({vocab.setdefault(w, len(vocab)): c * idf.get(w, default)
                     for w, c in weights.items()})
    matrix = np.zeros((len(mentions), max(len(vocab), 1)), dtype=np.float32)
    for i, row in enumerate(rows):
        for j, v in row.items():
            matrix[i, j] = v
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-9)


def cluster(similarity: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage clusters of items whose mutual similarity reaches the threshold."""
    n = similarity.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    distance = np.clip(1.0 - similarity, 0.0, 2.0).astype(np.float64)
    distance[similarity <= CANNOT] = _APART  # a pair that may never meet keeps its clusters apart
    np.fill_diagonal(distance, 0.0)
    distance = (distance + distance.T) / 2
    labels = fcluster(linkage(squareform(distance, checks=False), "average"),
                      t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether two figures allow a common true value (qualifiers and rounding in mind)."""
    return bool(meets(np.array([a.low, b.low]), np.array([a.high, b.high]),
                      np.array([a.base, b.base]))[0, 1])


def quantity_similarity(mentions: Sequence[Mention], text_sim: np.ndarray,
                        max_ratio: float, offsets: Sequence[int],
                        days: Sequence[float] | None = None,
                        occasions: Sequence[float] | None = None) -> np.ndarray:
    """Pairwise similarity of quantity claims: text similarity, adjusted by unit and value.

    ``days`` (each claim's article date as a day number, NaN when unknown) lets a count grow
    over time: a larger figure in a later article may be the same tally, however far apart.
    ``occasions`` (the day each figure is about: a date in its sentence, else ``days``) keeps
    measures of events a week apart or more apart unless they are the same figure.
    """
    n = len(mentions)
    f = _features(mentions)
    growth = _growth(f, days)
    same_article = f["article"][:, None] == f["article"][None, :]
    same_sentence = same_article & (f["sentence"][:, None] == f["sentence"][None, :])
    agree = meets(f["low"], f["high"], f["base"])
    base = np.maximum(np.abs(f["base"]), 1e-9)
    ratio = np.maximum(base[:, None], base[None, :]) / np.minimum(base[:, None], base[None, :])
    frames = f["frames"]
    both_framed = (frames[:, None] != 0) & (frames[None, :] != 0)
    shared_frame = (frames[:, None] & frames[None, :]) != 0
    sim = text_sim.astype(np.float64).copy()
    sim += np.where(both_framed, np.where(shared_frame, 0.3, -0.3), 0.0)
    anchor = f["anchor"]
    anchored = (anchor[:, None] != "") & (anchor[None, :] != "")
    sim += np.where(anchored, np.where(anchor[:, None] == anchor[None, :], 0.3, -0.3), 0.0)
    #        two distances from the same landmark ('south of the border' / 'from the border')
    #        or from two ('from the coast' / 'from the airport')
    chain = chains(mentions, offsets)
    apart_by = np.where(within(f, chain), 0.0, np.log2(ratio))
    penalty = np.where(growth, 0.05, 0.2) * apart_by  # figures whose intervals do not meet
    bonus = AGREE_BONUS + np.where(same_compound(f, chain), COMPOUND_BONUS, 0.0)
    bonus = np.where(same_article & ~same_sentence, SAME_ARTICLE_BONUS, bonus)
    sim = np.where(agree, sim + np.maximum(bonus - apart_by, -penalty), sim - penalty)
    #        two figures that only meet through rounding or a qualifier ('about 62%' / '60%',
    #        'at least 10 years' / '11 years') are less surely one figure the further apart;
    #        a value within the other's range ('40 or 60 metres' / 'about 50') is that range's
    count = f["dimension"] == _DIMENSION_CODES.get("count", -1)
    known, rated_agree = converted_pairs(mentions, story_rates(mentions, offsets))
    never = (f["dimension"][:, None] != f["dimension"][None, :]) & ~_converted(f, chain) & ~(
        _sums(mentions, chain)) & ~known | (f["rate"][:, None] != f["rate"][None, :])
    never |= same_sentence & ~(agree & ~count[:, None])
    unit = f["unit"]
    never |= same_sentence & (unit[:, None] == unit[None, :]) & (
        f["base"][:, None] != f["base"][None, :]) & (chain[:, None] != chain[None, :])
    #        one sentence gives one thing once in a unit: two values are two things, unless
    #        they are a range or a change ('30-40 days', 'from 9.0 to 9.1-9.3')
    sources: dict[str, int] = {}
    source = np.array([sources.setdefault(m.source, len(sources)) if m.source else -1
                       for m in mentions])
    credited_apart = (source[:, None] >= 0) & (source[None, :] >= 0) & (
        source[:, None] != source[None, :])
    never |= same_article & ~agree & ~credited_apart  # a round-up may cite sources that differ
    never |= same_article & ~same_sentence & ~credited_apart & two_values(f, chain) & ~(
        count[:, None] | count[None, :])  # not a round-up's tolls ('121,000' / 'nearing 150,000')
    never |= (f["age"][:, None] | f["age"][None, :]) & ~agree & ~_aged(f, days)
    timed = _time_in_parts(f, chain)
    never |= (ratio > max_ratio) & ~growth & ~(timed[:, None] & timed[None, :])
    #        '1hr 4 mins' in two articles: the hours of one and the minutes of the other may
    #        share a fact, as the parts of each do
    never |= _different_kinds(f, agree) | kinds_apart(mentions)  # relatives / officers
    never |= _other_occasions(mentions, days if occasions is None else occasions) & ~within(
        f, chain)
    #        a measure given a week apart is of another quake, flood or climb unless its
    #        figure is the same ('at least 5.0' a week later is no '6.1')
    same_tally, other_tally = tally_match(mentions, chain)  # '20-13' is one tally, as a pair
    scope = record_scopes(mentions, chain)
    scoped_apart = scope[:, None] != scope[None, :]  # '2-6 at home' is no season's record
    same_tally, other_tally = same_tally & ~scoped_apart, other_tally | scoped_apart
    held_apart = holders_apart(mentions)  # two holders' figures, even one tally's ('77-68')
    never = (never | other_tally) & ~same_tally | held_apart
    sim = np.where(same_tally & ~held_apart, np.maximum(sim, 0.75), sim)
    sim = np.where(never, CANNOT, sim)
    sim = np.where(f["dimension"][:, None] != f["dimension"][None, :], np.minimum(sim, 0.0), sim)
    #        a sum and another's conversion ('US$28 million') are compared by their own units
    sim = np.where(known & ~never, text_sim + np.where(rated_agree, 0.25, -0.3), sim)
    #        unless the story itself gives the rate ('€2m ($2.6m)'): '€103m' and '$136m'
    same_sentence_ok = same_sentence & ~never
    sim = np.where(same_sentence_ok, text_sim, sim)  # restated in one sentence: no bonus
    for i, m in enumerate(mentions):  # 'initially ... now ...' links within an article
        if m.link is not None:
            j = offsets[i] + m.link
            if held_apart[i, j]:
                continue  # 'Ruiz scored 23' / 'Mora, whose role has grown, had 14': no change
            sim[i, j] = sim[j, i] = 1.0
            if m.dimension != mentions[j].dimension:  # a conversion: the chain is one figure
                linked = chain == chain[i]
                sim[np.ix_(linked, linked)] = np.maximum(sim[np.ix_(linked, linked)], 1.0)
    sim = np.where((sim > CANNOT) & (sim < 1.0), sim - conflict_margin(mentions, agree), sim)
    np.fill_diagonal(sim, 1.0)
    return sim.astype(np.float32) if n else sim


_DIMENSION_CODES: dict[str, int] = {}


def _time_in_parts(f: dict[str, np.ndarray], chain: np.ndarray) -> np.ndarray:
    """Claims that are parts of one time ('1hr 4 mins'): durations in a chain of links whose
    units differ (not a range, '30-40 days'), and heights in feet and inches ('6-foot-9')."""
    units: dict[int, set[str]] = {}
    for head, unit in zip(chain.tolist(), f["unit"].tolist(), strict=True):
        units.setdefault(head, set()).add(unit)
    mixed = np.array([len(units[head]) > 1 for head in chain.tolist()], dtype=bool)
    height = np.array([units[head] == {"feet", "inches"} for head in chain.tolist()], dtype=bool)
    #        '6-foot-9' in two articles: a height in parts, like a time ('6 feet' and '9 inches')
    return (f["dimension"] == _DIMENSION_CODES.get("duration", -1)) & mixed | height


def _sums(mentions: Sequence[Mention], chain: np.ndarray) -> np.ndarray:
    """Pairs of sums in two currencies where either is converted in its own article ('2m euros
    ($2.6m)' beside '£1.7m'): not comparable by value, but no bar to one fact, so that the
    articles' bundles of one sum in several currencies may meet through a currency they share."""
    money = np.array([m.dimension.startswith("money:") for m in mentions], dtype=bool)
    converted = np.bincount(chain, minlength=len(chain))[chain] > 1
    either = (money & converted)[:, None] | (money & converted)[None, :]
    return money[:, None] & money[None, :] & either


def _converted(f: dict[str, np.ndarray], chain: np.ndarray) -> np.ndarray:
    """Pairs of figures in two units that each one's article also converts into the other's
    ('€20 million (US$28 million)' in two articles): they may be one fact."""
    dims = f["dimension"]
    n = len(dims)
    has = np.zeros((n, int(dims.max(initial=0)) + 1), dtype=bool)
    has[np.arange(n), dims] = True
    roots = np.unique(chain)
    for root in roots[np.bincount(chain)[roots] > 1]:  # chains of several figures only
        members = chain == root
        has[members] = has[members].any(axis=0)
    return has[:, dims] & has[:, dims].T


def _different_kinds(f: dict[str, np.ndarray], agree: np.ndarray) -> np.ndarray:
    """Pairs of figures that are different kinds of figure (traits.figure_traits)."""
    same_count = agree & (f["unit"][:, None] == f["unit"][None, :])
    never = (f["part"][:, None] != f["part"][None, :]) & ~same_count
    #        'the other 14' is not the whole 15, but 'two other men' are 'the two men'
    never |= f["forecast"][:, None] != f["forecast"][None, :]  # a forecast is not a report
    never |= f["capacity"][:, None] != f["capacity"][None, :]  # nor what a place can hold
    never |= f["record"][:, None] != f["record"][None, :]  # nor the record it is compared with
    never |= f["position"][:, None] != f["position"][None, :]  # 'the 14-yard line' is no run
    never |= f["closing"][:, None] != f["closing"][None, :]  # a close is no price per share
    play = f["play"]
    never |= (play[:, None] != play[None, :]) & (play[:, None] != "") & (play[None, :] != "")
    #        'a 10-yard scoring pass' is no 'ran for 10 yards', nor a 10-yard field goal
    placed = (f["anchor"] != "") | np.array([bool(t) for t in f["thing"]], dtype=bool)
    never |= (f["depth"][:, None] & placed[None, :]) | (placed[:, None] & f["depth"][None, :])
    #        'a depth of 12 miles' is no '12 miles east of X'
    never |= f["year"][:, None] != f["year"][None, :]  # 'in 2004, eight ...' is another event
    owner = f["owner"]
    never |= (owner[:, None] != owner[None, :]) & (owner[:, None] != "") & (owner[None, :] != "")
    #        ages of two people named differently ('Ruiz, 30' and 'Mora, 30') are two facts
    never |= stats_apart(f["stat"])
    #        two kinds of game statistic: '22 points' is no '22 rebounds', '5 catches' no TDs
    never |= _apart(f["offer"])  # 'the Hawks offered $40 million' is no offer of the Owls
    never |= (f["average"][:, None] != f["average"][None, :]) & (  # "averaged 30" / "33"
        f["base"][:, None] != f["base"][None, :])
    never |= _apart(f["thing"])  # measures of two named things: 'N km south of X' / 'of Y'
    place = f["place"]
    kind = np.array([p.split(":")[0] for p in place])
    never |= (place[:, None] != place[None, :]) & (kind[:, None] == kind[None, :]) & (
        place[:, None] != "")  # counts of two districts: 'killed in X district' / 'in Y district'
    product = f["product"]
    never |= (product[:, None] != product[None, :]) & (product[:, None] != "") & (
        product[None, :] != "")  # the specs of two products: 'the MacBook Air' / 'Pro'
    noun = f["noun"]
    person = (noun[:, None] == 1) | (noun[None, :] == 1)
    never |= person & (noun[:, None] + noun[None, :] >= 3)  # people are never things or other
    #        events: '15 sailors' vs 'a 15-page draft', 'two tourists' vs 'two votes'
    return never


def _apart(things: Sequence[frozenset[str]]) -> np.ndarray:
    """Pairs of claims that both name the thing they measure, with no word in common."""
    vocab: dict[str, int] = {}
    rows = [[vocab.setdefault(w, len(vocab)) for w in t] for t in things]
    incidence = np.zeros((len(things), max(len(vocab), 1)), dtype=np.float32)
    for i, row in enumerate(rows):
        incidence[i, row] = 1.0
    named = incidence.any(axis=1)
    return named[:, None] & named[None, :] & ((incidence @ incidence.T) == 0)


_OCCASION_DAYS = 7.0
_TALLIES = ("count", "age", "percent", "money")


def _other_occasions(mentions: Sequence[Mention], days: Sequence[float] | None) -> np.ndarray:
    """Pairs of measures of a thing or an event (a distance, a magnitude, a duration; not a
    tally that may grow) from articles more than a week apart."""
    n = len(mentions)
    if days is None:
        return np.zeros((n, n), dtype=bool)
    day = np.asarray(days, dtype=np.float64)
    measure = np.array([not m.dimension.startswith(_TALLIES) and m.marker is None
                        for m in mentions])  # 'revised from an initial 7.3' goes with 7.0
    apart = np.abs(day[:, None] - day[None, :]) > _OCCASION_DAYS  # NaN compares False
    return apart & measure[:, None] & measure[None, :]


def _aged(f: dict[str, np.ndarray], days: Sequence[float] | None) -> np.ndarray:
    """Pairs of ages of one named person whose difference the articles' dates account for
    ('X, 31' in July 2005 and 'X, 32' in June 2006: a birthday between them)."""
    n = len(f["base"])
    if days is None:
        return np.zeros((n, n), dtype=bool)
    day = np.asarray(days, dtype=np.float64)
    owner = f["owner"]
    same = f["age"][:, None] & f["age"][None, :] & (owner[:, None] == owner[None, :]) & (
        owner[:, None] != "")
    years = (day[:, None] - day[None, :]) / 365.25  # NaN when a date is unknown
    older = f["base"][:, None] - f["base"][None, :]
    with np.errstate(invalid="ignore"):
        fits = (np.abs(older - years) <= 1.0) & (older * years >= 0)
    return same & fits


def _growth(f: dict[str, np.ndarray], days: Sequence[float] | None) -> np.ndarray:
    """Pairs of counts where the later article gives the larger figure (a tally that grew)."""
    n = len(f["base"])
    if days is None:
        return np.zeros((n, n), dtype=bool)
    day = np.asarray(days, dtype=np.float64)
    count = f["dimension"] == _DIMENSION_CODES.get("count", -1)
    later = day[:, None] > day[None, :]  # i is later than j (NaN compares False)
    larger = f["base"][:, None] > f["base"][None, :]
    grew = (later & larger) | (later.T & larger.T)
    tally = (f["frames"][:, None] & f["frames"][None, :]) != 0  # both count one kind of event
    toll = ((f["frames"] & _toll_bits()) != 0) & (f["noun"] <= 1) & ~f["part"] & (
        f["place"] == "")  # not a district's or a village's own figure
    #        people, not '13 countries'; the whole toll, not 'another two' or 'four other'
    undated = np.isnan(day)[:, None] & np.isnan(day)[None, :] & (
        f["article"][:, None] != f["article"][None, :]) & toll[:, None] & toll[None, :]
    #        the dead and the injured in undated articles: a toll may have risen between them
    return (grew | undated) & tally & count[:, None] & count[None, :]


def _toll_bits() -> int:
    return sum(1 << _FRAME_BITS[name] for name in _TOLLS if name in _FRAME_BITS)


_TOLLS = ("death", "injury")
_FRAME_BITS: dict[str, int] = {}


def _features(mentions: Sequence[Mention]) -> dict[str, np.ndarray]:
    frame_bits = _FRAME_BITS

    def code(table: dict[str, int], key: str) -> int:
        return table.setdefault(key, len(table))

    rates: dict[str, int] = {}
    articles: dict[str, int] = {}
    return {
        "article": np.array([code(articles, m.article) for m in mentions]),
        "sentence": np.array([m.sentence for m in mentions]),
        "dimension": np.array([code(_DIMENSION_CODES, m.dimension) for m in mentions]),
        "rate": np.array([code(rates, m.rate or "") for m in mentions]),
        "low": np.array([m.low for m in mentions]),
        "high": np.array([m.high for m in mentions]),
        "base": np.array([m.base for m in mentions]),
        "age": np.array([m.dimension == "age" for m in mentions]),
        "part": np.array([m.part for m in mentions]),
        "plain": np.array([m.claim.qualifier in (None, "about") for m in mentions], dtype=bool),
        "unit": np.array([m.claim.unit or "" for m in mentions]),
        "stat": [stat_kind(m.claim.unit or "") for m in mentions],
        "forecast": np.array([m.forecast for m in mentions]),
        "capacity": np.array([m.capacity for m in mentions]),
        "record": np.array([m.record for m in mentions]),
        "depth": np.array([m.depth for m in mentions]),
        "position": np.array([m.position for m in mentions]),
        "play": np.array([m.play for m in mentions]),
        "closing": np.array([m.closing for m in mentions]),
        "noun": np.array([{"person": 1, "thing": 2, "event": 3}.get(m.noun, 0)
                          for m in mentions]),
        "year": np.array([m.year for m in mentions]),
        "product": np.array([m.product for m in mentions]),
        "anchor": np.array([m.anchor for m in mentions]),
        "place": np.array([m.place for m in mentions]),
        "owner": np.array([age or m.holder for m, age in zip(mentions, age_owners(mentions),
                                                              strict=True)]),
        #        whose age ('age of Ruiz'), or whose points and rebounds
        "offer": [offer_makers(m) for m in mentions],  # who made the offer a sum is of
        "average": np.array([is_average(m) for m in mentions], dtype=bool),
        "thing": np.array([frozenset(w[:4] for w in m.thing.split()) for m in mentions],
                          dtype=object),  # 'Brazil' and 'Brazilian' share their first letters
        "frames": np.array([sum(1 << code(frame_bits, fr) for fr in m.frame)
                            for m in mentions], dtype=np.int64),
    }
