"""Whether grouped claims agree, conflict or stand alone, and what to say about it (Fact.note)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from .date_groups import dates_meet
from .entities import alias_key
from .exchange import Rates, in_currency
from .grouping import overlaps
from .mention import Mention
from .numbers import format_value
from .tallies import whole_tallies
from .text import STOPWORDS, fold


def shown(m: Mention) -> str:
    """A figure as the fact table shows it: 'about 6,000 migrants'."""
    value = m.claim.value
    number = format_value(float(value)) if isinstance(value, int | float) else str(value)
    unit = m.claim.unit or ""
    text = f"{number}{unit}" if unit == "%" else f"{number} {unit}".strip()
    return f"{m.claim.qualifier} {text}" if m.claim.qualifier else text


def quantity_status(group: Sequence[Mention], dates: Mapping[str, str | None],
                    rates: Rates | None = None) -> tuple[str, str | None]:
    """(status, note) of a group of quantity claims about one thing; ``rates`` (the story's
    own exchange rates, exchange.story_rates) let sums in other currencies be judged too."""
    notes: list[str] = []
    changed = _changes_within_articles(group)
    if changed:
        notes.append("figure changed over time: " + "; ".join(changed))
    common = Counter(m.dimension for m in group).most_common(1)[0][0]
    current = [m for m in group if not _superseded(m, group) and not _second_side(m, group)
               and m.dimension == common]  # '€20 million (US$28 million)': one currency
    current += _converted_sums(group, common, rates or {})
    if common == "age":  # an age as written is exact: 'X, 48' and 'X, 50' disagree
        current = [m if m.claim.qualifier else replace(m, low=m.base, high=m.base)
                   for m in current]
    values = _value_clusters(whole_tallies(_whole_times(current)))
    if len({m.article for m in group}) == 1:
        sources = [{m.source for m in c} for c in values]
        if len(values) > 1 and all(s and "" not in s for s in sources) \
                and len(set().union(*sources)) > 1:  # a round-up citing sources that differ
            notes.insert(0, "figures differ: " + ", ".join(
                f"{_commonest(c)} ({', '.join(sorted({m.source for m in c}))})" for c in values))
            return "conflict", "; ".join(notes)
        return "single", "; ".join(notes) or None
    if len(values) == 1:
        whole = whole_tallies(_whole_times(current))  # '36-3' is one figure, not two
        written: dict[float, list[Mention]] = {}
        for m in whole:
            written.setdefault(round(m.base, 9), []).append(m)
        qualifiers = Counter(m.claim.qualifier or "no qualifier" for m in current)
        parts = []
        rose = _risen_from_bound(list(written.values()), dates)
        if rose is not None:  # 'at least 10 killed' on Monday, '15 killed' on Wednesday: the
            notes.append("figure rose over the coverage: " + ", then ".join(rose))  # note
            return "agree", "; ".join(notes)  # shows each figure with its qualifier
        if len(written) > 1:  # '130 pounds' and '135 pounds': they agree, yet differ
            ordered = sorted(written.values(), key=lambda c: (-len({m.article for m in c}),
                                                              c[0].base))
            parts.append("written as: " + ", ".join(
                f"{_commonest(c, shown_value).strip()} ({_articles(c)})" for c in ordered))
        if len(qualifiers) > 1:
            parts.append("qualifiers differ: " + ", ".join(
                f"{q} ({n})" for q, n in qualifiers.most_common()))
        if parts:
            notes.append("; ".join([f"agree on {_commonest(whole, shown_value).strip()}",
                                    *parts]))
        return "agree", "; ".join(notes) or None
    timeline = _time_ordered(values, dates)
    if timeline is not None:
        notes = ["figure changed over time: " + ", then ".join(timeline)]
        return "agree", "; ".join(notes)
    if _undated_toll(current, dates):
        return "agree", "toll differs between undated articles (it may have risen over the " \
            "coverage): " + ", ".join(f"{_commonest(c)} ({_articles(c)})" for c in values)
    notes.insert(0, "figures differ: " + ", ".join(
        f"{_commonest(c)} ({_articles(c)})" for c in values))
    return "conflict", "; ".join(notes)


def _commonest(cluster: Sequence[Mention], form: Callable[[Mention], str] | None = None) -> str:
    """A cluster of figures that agree, as most of its articles write it: '1.2 miles' for four
    articles' '1.2 miles' and one article's '1.1 miles', not whichever is smallest or first.
    ``form``: how a figure is written (default `shown`, with its qualifier)."""
    articles: dict[str, set[str]] = {}
    for m in cluster:
        articles.setdefault((form or shown)(m), set()).add(m.article)
    return max(articles, key=lambda k: len(articles[k]))  # the first of equals: the smallest


def _whole_times(claims: Sequence[Mention]) -> list[Mention]:
    """The parts of one time ('1hr 4 mins': a duration linked to the next figure of its
    sentence in a smaller unit) summed into one figure, so that two articles giving the same
    time agree and '1hr 4 mins' stands against '1hr 30 mins', not against '4 mins'."""
    out: list[Mention] = []
    for m in sorted(claims, key=lambda m: (m.article, m.claim.span[0])):
        last = out[-1] if out else None
        if last is not None and m.dimension == "duration" == last.dimension \
                and last.article == m.article and last.link is not None \
                and last.claim.sentence_span == m.claim.sentence_span \
                and last.claim.unit != m.claim.unit and last.base > m.base:
            out[-1] = replace(last, base=last.base + m.base, low=last.low + m.low,
                              high=last.high + m.high, link=m.link)
        else:
            out.append(m)
    return out


def _converted_sums(group: Sequence[Mention], common: str, rates: Rates) -> list[Mention]:
    """The group's sums in other currencies, converted into the common one by the story's
    own rate, when no claim of their article is already in that currency."""
    if not common.startswith("money:"):
        return []
    have = {m.article for m in group if m.dimension == common}
    found = [in_currency(m, common, rates) for m in group if m.dimension != common
             and m.article not in have and not _superseded(m, group)]
    return [m for m in found if m is not None]


def shown_value(m: Mention) -> str:
    value = m.claim.value
    number = format_value(float(value)) if isinstance(value, int | float) else str(value)
    return f"{number}{m.claim.unit}" if m.claim.unit == "%" else f"{number} {m.claim.unit or ''}"


def _articles(claims: Sequence[Mention]) -> str:
    n = len({m.article for m in claims})
    return f"{n} article{'s' if n != 1 else ''}"


def _superseded(m: Mention, group: Sequence[Mention]) -> bool:
    """An 'initially ...' figure whose article also gives the current one."""
    if m.marker != "initial":
        return False
    return any(o.article == m.article and o is not m and o.marker != "initial" for o in group)


def _second_side(m: Mention, group: Sequence[Mention]) -> bool:
    """The height of a resolution whose width is in the group ('1440 x 900'), or a measure
    converted into another unit ('less than 25 km (15 miles)'): the pair is compared by its
    first side, so two articles giving '1440 x 900' agree, and a rounded conversion without
    its figure's qualifier does not stand against another article's figure."""
    if m.dimension == "duration":
        return False  # '3h 51' 03"': the parts of one time
    return any(
        o.article == m.article and o.link is not None and o.claim.span[0] < m.claim.span[0]
        and o.claim.sentence_span == m.claim.sentence_span and o.dimension == m.dimension
        and (m.dimension == "resolution" or o.claim.unit != m.claim.unit) for o in group)


def _changes_within_articles(group: Sequence[Mention]) -> list[str]:
    out: list[str] = []
    for m in group:
        if _superseded(m, group):
            later = _revision(m, group)
            change = f"initially {shown(m)}, later {shown(later)}"
            if change not in out and shown(m) != shown(later):  # 'initial estimates of about
                out.append(change)  # 12 days', then 'about 12 days': no change to tell
    return out


def _revision(m: Mention, group: Sequence[Mention]) -> Mention:
    """The figure of its article that revises an 'initially ...' one: the nearest after it (in
    its sentence first: 'originally 4.4, then revised to 4.6'), not the article's first other
    figure (an aftershock's 2.0 before it)."""
    others = [o for o in group if o.article == m.article and o.marker != "initial"]
    at = m.claim.span[0]
    return min(others, key=lambda o: (o.claim.span[0] < at,
                                      o.claim.sentence_span != m.claim.sentence_span,
                                      abs(o.claim.span[0] - at)))


def _value_clusters(claims: Sequence[Mention]) -> list[list[Mention]]:
    """Claims whose figures allow a common value, largest cluster first. Every pair in a
    cluster must agree: 'more than 120,000' does not make '121,000' and '150,000' agree."""
    clusters: list[list[Mention]] = []
    for m in sorted(claims, key=lambda m: m.base):
        if clusters and all(_compatible(m, o) for o in clusters[-1]):
            clusters[-1].append(m)
        else:
            clusters.append([m])
    return sorted(clusters, key=lambda c: (-len({m.article for m in c}), c[0].base))


_BELOW = frozenset(("less than", "up to"))
_ABOVE = frozenset(("more than", "at least"))


def _compatible(a: Mention, b: Mention) -> bool:
    """Whether two figures can both be true: as when grouping (qualifiers and rounding in
    mind), and a bound also holds any figure on its side ('less than 25 km' and '10 miles',
    'at least 50' and '70'), though grouping reads it as near its value; and the same number
    in a unit and its looser name ('13 nautical miles' and 'some 13 miles': an outlet that
    dropped 'nautical', not another distance)."""
    return overlaps(a, b) or _holds(a, b) or _holds(b, a) or _looser_unit(a, b)


def _looser_unit(a: Mention, b: Mention) -> bool:
    ua, ub = (a.claim.unit or "").lower(), (b.claim.unit or "").lower()
    return a.claim.value == b.claim.value and ua != ub and bool(ua and ub) and (
        ua.endswith(" " + ub) or ub.endswith(" " + ua))


def _holds(bound: Mention, m: Mention) -> bool:
    qualifier = bound.claim.qualifier
    return (qualifier in _BELOW and m.high <= bound.high) or (
        qualifier in _ABOVE and m.low >= bound.low)


def _undated_toll(group: Sequence[Mention], dates: Mapping[str, str | None]) -> bool:
    """A count of the dead or the injured from articles none of which is dated: a toll
    rises while a story is covered, and without dates a larger figure may well be a later
    one, so the figures are read as the toll changing, not as a conflict."""
    return all(not dates.get(m.article) for m in group) and all(
        m.dimension == "count" and set(m.frame) & {"death", "injury"}
        and m.noun in ("person", "") and not m.place for m in group)
    #   people, not '13 countries'; a toll, not a district's or a village's own figure



_LOWER_BOUNDS = frozenset({"at least", "more than", "over", "upwards of", "no fewer than",
                           "no less than", "in excess of", "a minimum of"})


def _risen_from_bound(written: list[list[Mention]], dates: Mapping[str, str | None]
                      ) -> list[str] | None:
    """Figures that agree only because the earlier ones are lower bounds, in date order
    ('at least 10 people (2024-03-04), then 15 people (2024-03-06)'): a toll that rose
    while the story was covered, not one figure written two ways. None unless every figure
    but the last is a lower bound and each is dated before the next, higher one."""
    if len(written) < 2:
        return None
    spans = []
    for cluster in written:
        days = [(dates.get(m.article) or "")[:10] for m in cluster]
        if not all(days):
            return None
        spans.append((min(days), max(days), cluster))
    spans.sort(key=lambda s: (s[0], s[2][0].base))
    for (_, last_day, earlier), (first_day, _, later) in zip(spans, spans[1:], strict=False):
        if last_day >= first_day or earlier[0].base >= later[0].base or not all(
                m.claim.qualifier in _LOWER_BOUNDS for m in earlier):
            return None
    return [f"{_commonest(c)} ({first})" for first, _, c in spans]


def _time_ordered(values: list[list[Mention]], dates: Mapping[str, str | None]) -> list[str] | None:
    """The figures in date order when every figure belongs to its own period, else None."""
    spans = []
    for cluster in values:
        days = [(dates.get(m.article) or "")[:10] for m in cluster]
        if not all(days):
            return None
        spans.append((min(days), max(days), cluster))
    spans.sort(key=lambda s: s[0])
    for earlier, later in zip(spans, spans[1:], strict=False):
        if earlier[1] >= later[0]:
            return None
    return [f"{_commonest(c)} ({first})" for first, _, c in spans]


def quote_status(group: Sequence[Mention]) -> tuple[str, str | None]:
    """Quotes disagree when one statement is put in different mouths."""
    from rapidfuzz import fuzz

    people = {m.claim.speaker for m in group if m.claim.speaker and m.source == "person"}
    speakers = sorted(people or {m.claim.speaker for m in group if m.claim.speaker})
    named = [s for s in speakers if _is_name(s)]  # a country or a body may speak for a person
    named = list({_spelling_key(s): s for s in named}.values())  # 'Del Giudice' ~ 'DelGiudice'
    named = _distinct_people(named)  # 'GM Ed Stefanski' ~ 'Manager Ed Stefanski'
    notes = []
    if len({m.article for m in group}) == 1:
        return "single", None
    texts = sorted({m.key for m in group})
    if len(texts) > 1 and min(fuzz.ratio(a, b) for a in texts for b in texts) < 95:
        notes.append("wording differs between articles")
    if len(named) > 1:
        return "conflict", "; ".join(["attributed to different speakers: "
                                      + ", ".join(named)] + notes)
    return "agree", "; ".join(notes) or None


def _distinct_people(names: Sequence[str]) -> list[str]:
    """One name of each speaker: two names are one speaker when they end in the same word
    and what else each says shares a word or is empty ('GM Ed Stefanski' / 'Manager Ed
    Stefanski', 'City Council Member X Y' / 'City Councilman X D. Y', 'Waitrose' / 'a
    statement from Waitrose'), but not 'Ana Ruiz' / 'Eva Ruiz'."""
    kept: list[tuple[str, tuple[str, ...]]] = []
    for name in sorted(names, key=len, reverse=True):
        key = alias_key(name)
        if key and not any(_one_speaker(key, other) for _, other in kept):
            kept.append((name, key))
    return sorted(name for name, _ in kept)


def _one_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a[-1] != b[-1]:
        return False
    rest_a, rest_b = set(a[:-1]) - STOPWORDS, set(b[:-1]) - STOPWORDS
    return not rest_a or not rest_b or bool(rest_a & rest_b)


def _spelling_key(name: str) -> str:
    """A name without case, accents, spaces or hyphens: 'Del Giudice', 'DelGiudice' and
    'Del-Giudice' are one spelling of one name."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def _is_name(speaker: str) -> bool:
    """A person's or body's name ('Ana Ruiz', 'the UN'), not a description of speakers
    ('Brazilian officials', 'the president'): a description may cover any named member."""
    words = speaker.split()
    return bool(words) and words[-1][:1].isupper()


def entity_status(group: Sequence[Mention]) -> tuple[str, str | None]:
    """An entity named in several articles agrees; the note lists its other spellings."""
    forms = sorted({str(m.claim.value) for m in group})
    note = "written as: " + ", ".join(forms) if len(forms) > 1 else None
    return ("single" if len({m.article for m in group}) == 1 else "agree"), note


def date_status(group: Sequence[Mention]) -> tuple[str, str | None]:
    """Dates of one event agree when every value contains or equals the others: a day inside
    a week or a month is no conflict with it (`dates_meet`)."""
    values = sorted({str(m.claim.value) for m in group})
    if len({m.article for m in group}) == 1:
        return "single", None
    clash = [(a, b) for a in values for b in values if a < b and not dates_meet(a, b)]
    if clash:
        return "conflict", "dates differ: " + ", ".join(values)
    return "agree", max(values, key=_date_detail)  # the day the dates agree on, said


def _date_detail(value: str) -> tuple[int, int, str]:
    """How closely a date value places its day: a day, then a week, a month, a year."""
    return (len(value) == 10, len(value), value)
