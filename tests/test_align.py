"""Alignment: shared passages, their classes, and spans that point at the same words."""

from __future__ import annotations

from storyweave.embed import HashingEmbedder
from storyweave.model import Article
from storyweave.provenance import align
from storyweave.settings import ProvenanceSettings

HASHING = HashingEmbedder()
SETTINGS = ProvenanceSettings()

BASE = [
    "The river in Velmora rose four metres overnight after three days of rain.",
    "Emergency crews evacuated about 1,200 residents from the low-lying eastern districts.",
    "Mayor Ottilie Brand said the municipal shelters could take in up to 3,000 people.",
    "Two bridges over the canal were closed to traffic as a precaution.",
    "Forecasters expect the water to peak on Thursday before slowly falling.",
    "The regional railway suspended its coastal line until further notice.",
]


def article(sentences: list[str], aid: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=" ".join(sentences), published=published)


def test_verbatim_passage_spans_hold_the_same_words() -> None:
    a = article(BASE, "a")
    b = article(["Unrelated opening about a chess match in another city."] + BASE[1:4], "b")
    passages = align(a, b, settings=SETTINGS, embedder=HASHING)
    verbatim = [p for p in passages if p.kind == "verbatim"]
    assert len(verbatim) == 1, "three consecutive shared sentences merge into one passage"
    p = verbatim[0]
    assert a.span_text(p.a_span) == b.span_text(p.b_span)
    assert a.span_text(p.a_span).startswith("Emergency crews")
    assert p.b_sentences == (1, 2, 3)
    assert all(q.b_sentences != (0,) for q in passages)


def test_typos_are_near_verbatim_and_reworded_sentences_paraphrase() -> None:
    typo = BASE[0].replace("overnight", "overnigth").replace("three", "thre")
    reworded = (
        "According to the mayor, Ottilie Brand, up to 3,000 evacuees can be housed in shelters "
        "run by the municipality."
    )
    a = article(BASE, "a")
    b = article([typo, reworded], "b")
    kinds = {p.b_sentences[0]: p for p in align(a, b, settings=SETTINGS, embedder=HASHING)}
    assert kinds[0].kind == "near-verbatim"
    assert kinds[0].a_sentences == (0,)
    assert kinds[1].kind == "paraphrase"
    assert kinds[1].a_sentences == (2,)
    assert 0 < kinds[1].similarity < 1


def test_unrelated_articles_share_nothing() -> None:
    a = article(BASE, "a")
    b = article([
        "The chess federation announced a new tournament format for the spring season.",
        "Players will now have ninety minutes for the first forty moves.",
    ], "b")
    assert align(a, b, settings=SETTINGS, embedder=HASHING) == ()


def test_evidence_orients_spans_by_source() -> None:
    a = article(BASE, "a")
    b = article(BASE[2:4], "b")
    p = align(a, b, settings=SETTINGS, embedder=HASHING)[0]
    ev = p.evidence(a_is_source=False)
    assert ev.source_span == p.b_span and ev.target_span == p.a_span
    assert ev.kind == "verbatim"


class CountingEmbedder:
    """Wraps the hashing double and counts the sentences it is asked to encode."""

    name = "counting"
    dim = HASHING.dim

    def __init__(self) -> None:
        self.encoded = 0

    def encode(self, texts):  # noqa: ANN001, ANN201
        self.encoded += len(texts)
        return HASHING.encode(texts)


def test_sentence_vectors_are_computed_once_per_process() -> None:
    counting = CountingEmbedder()
    a = article([s.replace("Velmora", "Ostrand") for s in BASE], "a")
    b = article(BASE[:2] + ["A sentence only this article has, about the ferry timetable."], "b")
    distinct = len({s.replace("Velmora", "Ostrand") for s in BASE} | set(BASE[:2])) + 1
    first = align(a, b, settings=SETTINGS, embedder=counting)
    assert counting.encoded == distinct, "a sentence both articles have is encoded once"
    again = align(a, b, settings=SETTINGS, embedder=counting)
    assert counting.encoded == distinct and again == first
