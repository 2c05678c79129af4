"""Near-duplicate signatures and the incremental duplicate index in the SQLite store."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest

from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.provenance import minhash as mh
from storyweave.provenance.duplicates import duplicates, exact_key, index_store
from storyweave.settings import ProvenanceSettings
from storyweave.store import Store

VOCAB = [f"w{i}" for i in range(3000)]


def text(rng: random.Random, n: int = 200) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(n))


def edit(rng: random.Random, t: str, changes: int) -> str:
    words = t.split()
    for _ in range(changes):
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
    return " ".join(words)


def shingles(t: str, k: int = 3) -> set[tuple[str, ...]]:
    w = re.findall(r"\w+", t.casefold())
    return {tuple(w[i : i + k]) for i in range(len(w) - k + 1)}


def jaccard(a: str, b: str) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def test_signature_agreement_estimates_jaccard() -> None:
    rng = random.Random(7)
    errors = []
    for _ in range(60):
        a = text(rng)
        b = edit(rng, a, rng.randrange(1, 40))
        sig = mh.signatures([a, b], 128, 3)
        errors.append(mh.estimate(sig[0], sig[1]) - jaccard(a, b))
    assert abs(np.mean(errors)) < 0.03
    assert np.std(errors) < 0.07


def test_signatures_do_not_depend_on_batch_or_neighbours() -> None:
    rng = random.Random(3)
    texts = [text(rng, rng.randrange(1, 300)) for _ in range(40)] + ["", "one", "two words"]
    whole = mh.signatures(texts, 64, 3)
    small = mh.signatures(texts, 64, 3, batch=5)
    alone = np.stack([mh.signatures([t], 64, 3)[0] for t in texts])
    assert (whole == small).all() and (whole == alone).all()
    assert (whole[-3] == np.iinfo(np.uint64).max).all(), "an empty text has an empty signature"
    assert mh.estimate(whole[-3], whole[-3]) == 0.0


def test_case_and_punctuation_do_not_change_signatures() -> None:
    a = "The Quick brown fox, jumped over the lazy dog's kennel today."
    b = "the quick brown fox jumped over the lazy dog s kennel today"
    sig = mh.signatures([a, b], 128, 3)
    assert (sig[0] == sig[1]).all()
    assert exact_key(a) == exact_key(b)


def test_planted_near_copies_are_found_and_unrelated_are_not() -> None:
    rng = random.Random(11)
    originals = [text(rng) for _ in range(150)]
    copies = [edit(rng, t, 3) for t in originals[:50]]
    texts = originals + copies
    ids = [f"d{i}" for i in range(len(texts))]
    sig = mh.signatures(texts, 128, 3)
    bands, rows = mh.bands_for(0.8, 128)
    found = mh.near_duplicates(ids, sig, 0.8, bands, rows)
    planted = {frozenset((f"d{i}", f"d{150 + i}")) for i in range(50)}
    got = {frozenset((d.a, d.b)) for d in found}
    assert len(planted & got) >= 48
    assert not got - planted
    for d in found:
        i, j = int(d.a[1:]), int(d.b[1:])
        assert abs(d.similarity - jaccard(texts[i], texts[j])) < 0.12


def test_bands_follow_the_threshold() -> None:
    b_hi, r_hi = mh.bands_for(0.9, 128)
    b_lo, r_lo = mh.bands_for(0.5, 128)
    assert b_hi * r_hi <= 128 and b_lo * r_lo <= 128
    assert r_hi > r_lo, "a higher threshold needs more rows per band"
    with pytest.raises(ValueError, match="power of two"):
        mh.signatures(["x"], 100, 3)


def _article(t: str, source: str) -> Article:
    return Article(id=article_id(t), source=source, text=t)


def test_store_index_is_incremental_and_matches_one_shot(tmp_path: Path) -> None:
    rng = random.Random(5)
    originals = [text(rng) for _ in range(40)]
    near = [edit(rng, t, 2) for t in originals[:10]]
    punct = originals[20].replace(" ", ", ", 3).upper()  # same words, other case/punctuation
    arts = [_article(t, f"f{i}.txt") for i, t in enumerate(originals + near + [punct])]
    settings = ProvenanceSettings()
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts[:30])
        first = duplicates(store, settings)
        assert first.indexed == 30
        store.add_articles(arts[30:])
        store.add_article(_article(originals[0], "again.txt"))  # the same body again
        second = duplicates(store, settings)
        assert second.indexed == len(arts) - 30
        assert duplicates(store, settings).indexed == 0
    with Store(tmp_path / "b.db") as store:
        store.add_articles(arts)
        store.add_article(_article(originals[0], "again.txt"))
        one_shot = duplicates(store, settings)
    assert [(d.a, d.b, d.similarity) for d in second.near] == \
        [(d.a, d.b, d.similarity) for d in one_shot.near]
    pairs = {frozenset((d.a, d.b)) for d in second.near}
    for i in range(10):
        assert frozenset((arts[i].id, arts[40 + i].id)) in pairs
    assert frozenset((arts[20].id, arts[-1].id)) in pairs
    assert (tuple(sorted((arts[20].id, arts[-1].id))),) == second.exact
    assert second.sources == ((arts[0].id, ("again.txt", "f0.txt")),)


def test_changed_settings_rebuild_the_index(tmp_path: Path) -> None:
    rng = random.Random(9)
    with Store(tmp_path / "c.db") as store:
        store.add_articles([_article(text(rng), f"f{i}") for i in range(5)])
        assert index_store(store, ProvenanceSettings()) == 5
        assert index_store(store, ProvenanceSettings()) == 0
        assert index_store(store, ProvenanceSettings(num_perm=64)) == 5


def test_parallel_signatures_equal_serial() -> None:
    rng = random.Random(12)
    texts = [text(rng, rng.randrange(5, 80)) for _ in range(600)]
    serial = mh.signatures(texts, 64, 3, batch=32)
    assert (mh.signatures(texts, 64, 3, batch=32, workers=2) == serial).all()


def test_in_memory_index_inserts_and_queries_like_datasketch() -> None:
    from storyweave.provenance.lsh import NearDuplicateIndex

    rng = random.Random(21)
    originals = [text(rng) for _ in range(80)]
    index = NearDuplicateIndex(threshold=0.8)
    index.insert_many([f"k{i}" for i in range(79)], originals[:79])
    index.insert("k79", originals[79])
    assert len(index) == 80 and index.bands_ * index.rows_ <= 128
    near = edit(rng, originals[42], 2)
    hits = index.query(near)
    assert [k for k, _ in hits] == ["k42"]
    assert abs(hits[0][1] - jaccard(near, originals[42])) < 0.12
    assert index.query(text(rng)) == []
    assert index.query("") == []
    with pytest.raises(ValueError, match="2 keys for 1 texts"):
        index.insert_many(["a", "b"], ["only one"])
