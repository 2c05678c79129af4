"""Stories: features, candidate blocking, linkage, batch grouping and titles (fast, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from storyweave.embed import HashingEmbedder
from storyweave.model import Article
from storyweave.settings import StorySettings
from storyweave.stories import group_stories, representative_title
from storyweave.stories.candidates import CandidateIndex
from storyweave.stories.features import DocFreq, day_of, names_of, terms_of
from storyweave.stories.linkage import average_linkage
from storyweave.stories.title import lead_sentence

FAST = StorySettings(embeddings=False)


def art(i: str, text: str, title: str | None = None, published: str | None = None) -> Article:
    return Article(id=i, source=f"{i}.txt", text=text, title=title, published=published)


# Two events of the same kind (a storm in two places, two years apart) and an unrelated one.
STORM_A = [
    art(
        "a1",
        "Cyclone Velora struck the port of Maranek on Tuesday, flooding 4,000 homes. "
        "Governor Ilsa Pravik said rescue boats reached the Dunmoor district by evening.",
        "Cyclone Velora floods Maranek",
    ),
    art(
        "a2",
        "Thousands of homes in Maranek were flooded after Cyclone Velora made landfall. "
        "Governor Ilsa Pravik ordered rescue boats into the Dunmoor district.",
        "Velora leaves Maranek under water",
    ),
    art(
        "a3",
        "Rescue boats searched the Dunmoor district of Maranek a day after Cyclone Velora. "
        "Ilsa Pravik, the governor, put the count of flooded homes at 4,000.",
        "Maranek counts flooded homes after Velora",
    ),
]
STORM_B = [
    art(
        "b1",
        "Cyclone Tarsin hit the island of Quellport on Friday, cutting power to 90,000 "
        "people. Mayor Odo Fennick opened shelters in the Harrowgate quarter.",
        "Cyclone Tarsin cuts power on Quellport",
    ),
    art(
        "b2",
        "Power was cut to 90,000 people on Quellport as Cyclone Tarsin passed. Mayor Odo "
        "Fennick said shelters in Harrowgate were full.",
        "Quellport in the dark after Tarsin",
    ),
    art(
        "b3",
        "Shelters in the Harrowgate quarter of Quellport filled up after Cyclone Tarsin. "
        "Odo Fennick, the mayor, said 90,000 people had no power.",
        "Tarsin: Quellport shelters fill up",
    ),
]
OTHER = [
    art(
        "c1",
        "The Brenholt chess championship ended in a draw between Yara Solenko and Piet "
        "Amsel after six hours of play in the Kestrel Hall.",
        "Solenko and Amsel draw",
    ),
]


def test_names_skip_sentence_initial_words_but_keep_names() -> None:
    names = names_of("The mayor met Odo Fennick. Then Quellport voted on 12 March 2024.")
    assert "odo_fennick" in names and "fennick" in names and "quellport" in names
    assert "the" not in names and "then" not in names
    assert "#2024" in names and "#12" in names


def test_day_of_reads_dates_and_datetimes() -> None:
    assert day_of("1970-01-02") == pytest.approx(1.0)
    assert day_of("1970-01-02T12:00:00Z") == pytest.approx(1.5)
    assert day_of("1970-01-02T12:00:00+02:00") == pytest.approx(1.5 - 2 / 24)
    assert day_of("yesterday") is None and day_of(None) is None


def test_vectors_are_unit_per_part_and_sorted() -> None:
    terms = [terms_of(a, 100) for a in STORM_A + STORM_B]
    f = DocFreq.of(terms).weigh(terms[0])
    assert np.all(np.diff(f.index) > 0)
    # words and names are each unit vectors, so the whole has squared norm 2
    assert float(f.weight @ f.weight) == pytest.approx(2.0, rel=1e-5)


def test_docfreq_remove_undoes_add() -> None:
    terms = [terms_of(a, 100) for a in STORM_A]
    df = DocFreq.of(terms)
    df.remove(terms[2])
    again = DocFreq.of(terms[:2])
    assert df.n == again.n and dict(df.words) == dict(again.words)


def test_candidate_index_finds_sharers_and_forgets_removed() -> None:
    terms = [terms_of(a, 100) for a in STORM_A + STORM_B + OTHER]
    df = DocFreq.of(terms)
    feats = {t.id: df.weigh(t) for t in terms}
    index = CandidateIndex(terms=20, limit=10)
    for i in ("a1", "a2", "b1", "c1"):
        index.insert(feats[i])
    found = index.query(feats["a3"])
    assert found[0] in ("a1", "a2") and "c1" not in found
    index.remove("a1")
    assert "a1" not in index.query(feats["a3"]) and len(index) == 3


def test_average_linkage_uses_means_over_all_cross_pairs() -> None:
    # 0-1 strongly linked, 2 linked to 0 only: mean over {0,1}x{2} = 0.6/2 = 0.3
    edges = {(0, 1): (0.9,), (0, 2): (0.6,)}
    assert len(set(average_linkage(3, edges, (0.5,)))) == 2
    assert len(set(average_linkage(3, edges, (0.25,)))) == 1


def test_average_linkage_respects_every_floor() -> None:
    edges = {(0, 1): (0.9, 0.02)}
    assert len(set(average_linkage(2, edges, (0.5, 0.05)))) == 2
    assert len(set(average_linkage(2, edges, (0.5, 0.01)))) == 1


def test_two_events_of_one_kind_are_two_stories() -> None:
    groups = group_stories(STORM_A + STORM_B + OTHER, FAST)
    assert sorted(map(sorted, groups)) == [["a1", "a2", "a3"], ["b1", "b2", "b3"], ["c1"]]


def test_hashing_embedder_gate_keeps_the_same_grouping() -> None:
    s = StorySettings(min_dense=0.0)
    groups = group_stories(STORM_A + STORM_B + OTHER, s, HashingEmbedder())
    assert sorted(map(len, groups)) == [1, 3, 3]


def test_far_apart_dates_split_a_story() -> None:
    dated = [art(a.id, a.text, a.title, f"2024-03-0{i + 1}") for i, a in enumerate(STORM_A)]
    late = art("a4", STORM_A[0].text + " More.", STORM_A[0].title, "2024-06-01")
    groups = group_stories(dated + [late], FAST)
    assert sorted(map(len, groups)) == [1, 3]


@pytest.mark.xfail(
    reason="known weakness: in a pile of 3 the document frequencies cannot tell "
    "'cyclone' from a rare word, so two cyclones far apart merge",
    strict=True,
)
def test_unrelated_articles_of_one_kind_stay_apart_in_a_tiny_pile() -> None:
    groups = group_stories([STORM_A[0], STORM_B[0], OTHER[0]], FAST)
    assert len(groups) == 3


def test_group_stories_orders_and_handles_empty() -> None:
    assert group_stories([], FAST) == []
    groups = group_stories(OTHER + STORM_B, FAST)
    assert groups[0] == ("b1", "b2", "b3")


def test_representative_title_is_a_central_headline() -> None:
    title = representative_title(STORM_B)
    assert title in {a.title for a in STORM_B}
    # an off-centre headline is not chosen over central ones
    odd = art("b9", STORM_B[0].text, "Weather")
    assert representative_title(STORM_B + [odd]) != "Weather"


def test_title_falls_back_to_lead_sentence() -> None:
    a = art("x", "First sentence here. Second one follows.")
    assert representative_title([a]) == "First sentence here."
    long = art("y", "word " * 100)
    assert len(lead_sentence(long)) <= 161


def test_unrelated_articles_stay_apart() -> None:
    groups = group_stories([STORM_A[0], OTHER[0]], FAST)
    assert len(groups) == 2
