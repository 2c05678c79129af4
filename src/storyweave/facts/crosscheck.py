"""Cross-checking one story: extract claims, group them into facts, judge each fact."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..ids import content_id
from ..model import Article, Claim, Fact
from ..settings import FactSettings
from .age_owners import age_label
from .bundling import bundle, bundle_similarity
from .date_groups import date_similarity
from .dates import extract_dates
from .entities import entity_mentions, index_entities
from .exchange import story_rates
from .figure_words import money_verb
from .grouping import (
    CANNOT,
    cluster,
    idf_table,
    lexical_vectors,
    quantity_similarity,
)
from .mention import Mention
from .quantities import Tolerance, extract_quantities
from .quotes import extract_quotes, group_quotes
from .shared_speakers import fill_speakers
from .status import date_status, entity_status, quantity_status, quote_status
from .text import curly_quotes, quoted_sentence, sentences_of

Encoder = Callable[[list[str]], np.ndarray]  # texts -> (n, dim) L2-normalised float32
STATUS_ORDER = {"conflict": 0, "agree": 1, "single": 2}
KIND_ORDER = {"quantity": 0, "quote": 1, "date": 2, "entity": 3}


def cross_check(
    articles: Sequence[Article],
    accounts: Sequence[Sequence[str]] = (),
    settings: FactSettings | None = None,
    *,
    encoder: Encoder | None = None,
) -> tuple[Fact, ...]:
    """The facts of one story, conflicts first.

    ``encoder`` is a sentence embedder's ``encode``; by default the project's embedder is
    used when ``settings.embeddings`` is on and it can be loaded, else word overlap alone.
    """
    settings = settings or FactSettings()
    if not articles:
        return ()
    written = {a.id: a for a in articles if "``" in a.text}  # before curly_quotes()
    articles = [curly_quotes(a) for a in articles]
    if encoder is None and settings.embeddings:
        encoder = default_encoder()
    account_of = _account_index(articles, accounts)
    dates = {a.id: a.published for a in articles}
    order = {a.id: i for i, a in enumerate(articles)}
    per_article = extract_mentions(articles, settings)
    facts: list[Fact] = []
    facts += _quantity_facts(articles, per_article, settings, encoder, dates)
    facts += _date_facts(articles, per_article, settings)
    facts += _other_facts(articles, per_article, settings)
    built = [_as_written(_finish(f, account_of, order), written) for f in facts]
    return tuple(sorted(built, key=fact_order))


def _as_written(fact: Fact, written: Mapping[str, Article]) -> Fact:
    """The fact with each claim's text the sentence as its article writes it (``...''
    marks, not the curly ones the extraction read), so the text and the span agree."""
    from dataclasses import replace

    if not written or not any(c.article in written for c in fact.claims):
        return fact
    claims = tuple(
        replace(c, text=quoted_sentence(written[c.article], c.sentence_span))
        if c.article in written and c.sentence_span else c
        for c in fact.claims
    )
    return replace(fact, claims=claims)


def extract_mentions(articles: Sequence[Article],
                     settings: FactSettings | None = None) -> dict[str, list[Mention]]:
    """Every claim of every article, by article id (quantities, quotes, dates, entities)."""
    settings = settings or FactSettings()
    articles = [curly_quotes(a) for a in articles]
    tol = Tolerance(approx=settings.approx_tolerance, bound=settings.bound_tolerance)
    index = index_entities(articles, settings.ner_model if settings.entities else None,
                           settings.ner_sentences)
    out: dict[str, list[Mention]] = {}
    for a in articles:
        names = index.names[a.id]
        out[a.id] = (extract_quantities(a, tol) + extract_quotes(a, names, index.resolve,
                                                            index.speakers.get(a.id, {}))
                     + extract_dates(a) + entity_mentions(a, names, index))
    return out


def default_encoder() -> Encoder | None:
    """The project's sentence embedder, or None when it is not available."""
    try:
        from ..embed import default_embedder  # type: ignore[attr-defined]

        return default_embedder().encode
    except Exception:  # noqa: BLE001 - embeddings are optional; word overlap still works
        return None


def _quantity_facts(articles: Sequence[Article], per_article: Mapping[str, list[Mention]],
                    settings: FactSettings, encoder: Encoder | None,
                    dates: Mapping[str, str | None]) -> list[Fact]:
    mentions: list[Mention] = []
    offsets: list[int] = []
    for a in articles:
        quantities = [m for m in per_article[a.id] if m.kind == "quantity"]
        start = len(mentions)
        mentions += quantities
        offsets += [start] * len(quantities)
    if not mentions:
        return []
    sentences = [a.text[s.start : s.end] for a in articles for s in sentences_of(a)]
    vectors = lexical_vectors(mentions, idf_table(sentences))
    text_sim = vectors @ vectors.T
    days = [_day(dates.get(m.article)) for m in mentions]
    on = _occasions(mentions, days, per_article)
    sim = quantity_similarity(mentions, text_sim, settings.max_ratio, offsets, days, on)
    if encoder is not None:
        text_sim = _with_embeddings(mentions, text_sim, sim, encoder, settings)
        sim = quantity_similarity(mentions, text_sim, settings.max_ratio, offsets, days, on)
    bundles = bundle(mentions, sim, settings.same_fact / 2)
    rates = story_rates(mentions, offsets)
    facts = []
    for group in cluster(bundle_similarity(bundles, sim), settings.same_fact):
        members = [mentions[i] for b in group for i in bundles[b]]
        status, note = quantity_status(members, dates, rates)
        facts.append(_fact("quantity", members, status, note))
    return facts


def _occasions(mentions: Sequence[Mention], days: Sequence[float],
               per_article: Mapping[str, list[Mention]]) -> list[float]:
    """The day each figure is about: the first full date written in its sentence ('On March
    11, a quake of magnitude 6.9 ...'), else its article's date."""
    written: dict[tuple[str, int], float] = {}
    for article, found in per_article.items():
        for m in found:
            if m.kind == "date" and len(str(m.claim.value)) == 10:
                written.setdefault((article, m.sentence), _day(str(m.claim.value)))
    return [written.get((m.article, m.sentence), day) for m, day in zip(mentions, days,
                                                                         strict=True)]


def _day(published: str | None) -> float:
    """An article's date as a day number (NaN when unknown or unreadable)."""
    from datetime import date

    try:
        return float(date.fromisoformat((published or "")[:10]).toordinal())
    except ValueError:
        return float("nan")


def _with_embeddings(mentions: Sequence[Mention], text_sim: np.ndarray, sim: np.ndarray,
                     encoder: Encoder, settings: FactSettings) -> np.ndarray:
    """Text similarity raised by embeddings where the words alone leave it in doubt: pairs of
    compatible claims from different articles just under the threshold. At most
    ``settings.max_embedded`` claims are embedded, so the cost stays bounded."""
    articles = np.array([hash(m.article) for m in mentions])
    doubtful = (sim > CANNOT) & (sim < settings.same_fact) & (
        sim >= settings.same_fact - 0.35) & (articles[:, None] != articles[None, :])
    counts = doubtful.sum(axis=1)
    chosen = [int(i) for i in np.argsort(-counts, kind="stable")[: settings.max_embedded]
              if counts[i] > 0]
    if len(chosen) < 2:
        return text_sim
    texts = [mentions[i].context.split(" || ")[0] for i in chosen]
    unique = sorted(set(texts))
    emb = np.asarray(encoder(unique), dtype=np.float32)
    rows = emb[[unique.index(t) for t in texts]]
    dense = np.clip((rows @ rows.T - 0.5) / 0.5, 0.0, 1.0)
    out = text_sim.copy()
    block = np.ix_(chosen, chosen)
    out[block] = np.maximum(out[block], dense)  # a paraphrase the words miss still counts
    return out


def _date_facts(articles: Sequence[Article], per_article: Mapping[str, list[Mention]],
                settings: FactSettings) -> list[Fact]:
    """Dates said of the same event (the words around them) grouped; different days for
    one event are a conflict."""
    mentions = [m for a in articles for m in per_article[a.id] if m.kind == "date"]
    if not mentions:
        return []
    sentences = [a.text[s.start : s.end] for a in articles for s in sentences_of(a)]
    vectors = lexical_vectors(mentions, idf_table(sentences))
    sim = date_similarity(mentions, vectors @ vectors.T)
    facts = []
    for group in cluster(sim, settings.same_fact + 0.25):
        members = [mentions[i] for i in group]
        status, note = date_status(members)
        facts.append(_fact("date", members, status, note))
    return facts


def _other_facts(articles: Sequence[Article], per_article: Mapping[str, list[Mention]],
                 settings: FactSettings) -> list[Fact]:
    facts = []
    every = [m for a in articles for m in per_article[a.id]]
    quotes = [m for m in every if m.kind == "quote"]
    for group in group_quotes(quotes, settings.quote_match):
        group = fill_speakers(group)
        status, note = quote_status(group)
        facts.append(_fact("quote", group, status, note))
    entities: dict[str, list[Mention]] = {}
    for m in every:
        if m.kind == "entity":
            entities.setdefault(m.key, []).append(m)
    for group in entities.values():
        status, note = entity_status(group)
        facts.append(_fact("entity", group, status, note))
    return facts


_FRAME_WORDS = {"death": "killed", "injury": "injured", "missing": "missing",
                "evacuation": "evacuated", "rescue": "rescued", "shelter": "in shelters",
                "damage": "damaged"}
_PLAIN_NOUNS = frozenset("people persons residents individuals others man woman men women "
                         "children person victims migrants homes houses buildings".split())
_MONEY_VERB = re.compile(r"\b(pledged|donated|raised|spent|promised|paid|collected|allocated|"
                         r"approved|cost|lost|offered)\b", re.IGNORECASE)


def _fact(kind: str, members: Sequence[Mention], status: str, note: str | None) -> Fact:
    labels = Counter(age_label(m) for m in _heads(kind, members))  # not 'age of Saturday'
    label = max(labels, key=lambda lab: ("size" in lab, labels[lab], len(lab)))
    if kind == "quantity":
        label = _readable(label, members)
    return Fact(id="", kind=kind, label=label, status=status, independent_accounts=0,
                claims=tuple(m.claim for m in members), note=note)


def _heads(kind: str, members: Sequence[Mention]) -> Sequence[Mention]:
    """The claims a fact's label is read from: for a quote, those crediting the speaker most
    articles give (named ones first on a tie), not the longest rendering's speaker."""
    said = Counter(m.claim.speaker for m in members if m.claim.speaker)
    if kind != "quote" or not said:
        return members
    named = Counter(m.claim.speaker for m in members if m.claim.speaker_basis == "named")
    top = max(said, key=lambda who: (said[who], named[who]))
    return [m for m in members if m.claim.speaker == top]


def _readable(label: str, members: Sequence[Mention]) -> str:
    """'people' -> 'people evacuated', 'amount (USD)' -> 'amount pledged (USD)'."""
    frames = Counter(f for m in members for f in m.frame if f in _FRAME_WORDS)
    if label in _PLAIN_NOUNS and frames:
        return f"{label} {_FRAME_WORDS[frames.most_common(1)[0][0]]}"
    if label.startswith("amount ("):
        verbs = Counter(v for m in members if (v := _claim_money_verb(m.claim)))
        if verbs:
            return label.replace("amount", f"amount {verbs.most_common(1)[0][0]}", 1)
    return label


def _claim_money_verb(claim: Claim) -> str | None:
    """The money verb that governs a sum's claim ('which raised $35m, gave $2m': only the
    $35m was raised); every money verb of the sentence when its text is not as written."""
    whole = claim.sentence_span
    if whole and len(claim.text) == whole[1] - whole[0]:
        return money_verb(claim.text, claim.span[0] - whole[0], claim.span[1] - whole[0])
    found = _MONEY_VERB.findall(claim.text)
    return found[0].lower() if found else None


def _finish(fact: Fact, account_of: Mapping[str, int], order: Mapping[str, int]) -> Fact:
    from dataclasses import replace

    claims = tuple(sorted(fact.claims, key=lambda c: (order.get(c.article, 0), c.span)))
    accounts = {account_of.get(c.article, c.article) for c in claims}
    ident = "f" + content_id(fact.kind, *(f"{c.article}:{c.span[0]}" for c in claims),
                             length=12)
    status = fact.status
    if status == "agree" and len(accounts) == 1:
        status = "single"  # copies of one account corroborate nothing
    return replace(fact, id=ident, claims=claims, independent_accounts=len(accounts),
                   status=status)


def _account_index(articles: Sequence[Article],
                   accounts: Sequence[Sequence[str]]) -> dict[str, int | str]:
    index: dict[str, int | str] = {}
    for i, account in enumerate(accounts):
        for article_id in account:
            index[article_id] = i
    for a in articles:
        index.setdefault(a.id, a.id)
    return index


def fact_order(fact: Fact) -> tuple:
    """Conflicts first, then by kind (figures, quotes, dates, entity mentions) and by how many
    accounts back the fact: the order the terminal, the report and the web app list them in."""
    return (STATUS_ORDER.get(fact.status, 3), KIND_ORDER.get(fact.kind, 4),
            -fact.independent_accounts, -len(fact.claims), fact.label, fact.id)


__all__ = ["cross_check", "extract_mentions", "fact_order", "Claim"]
