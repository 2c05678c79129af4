"""A store's first pile is grouped as analyze groups it; later articles join online."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES
from storyweave import pipeline
from storyweave.settings import Settings
from storyweave.store import Store


def _groups(stories) -> list[int]:
    return sorted((len(s.articles) for s in stories), reverse=True)


def test_first_pile_in_a_store_matches_the_batch_grouping(tmp_path: Path) -> None:
    settings = Settings()
    batch = pipeline.analyze([EXAMPLES], settings)
    with Store(tmp_path / "s.db") as store:
        articles, problems, _ = pipeline.read_and_clean([EXAMPLES], settings, store=store)
        assert not problems
        new = store.add_articles(articles)
        pipeline.update_stories(store, new, settings)
        stored = store.stories()
    assert _groups(stored) == _groups(batch.stories)
    assert len(stored) >= 2  # the unrelated story stays apart
    as_sets = {frozenset(s.articles) for s in stored}
    assert as_sets == {frozenset(s.articles) for s in batch.stories}


def test_a_later_article_joins_its_story_online(tmp_path: Path) -> None:
    settings = Settings()
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    later = EXAMPLES / "valleydigest.txt"  # an excerpt of the wire story (examples/README.md)
    first = [p for p in files if p != later]
    with Store(tmp_path / "s.db") as store:
        a, _, _ = pipeline.read_and_clean(first, settings, store=store)
        pipeline.update_stories(store, store.add_articles(a), settings)
        before = {s.id: set(s.articles) for s in store.stories()}
        b, _, _ = pipeline.read_and_clean([later], settings, store=store)
        changed = pipeline.update_stories(store, store.add_articles(b), settings)
        after = store.stories()
    assert len(changed) == 1
    joined = changed[0]
    assert b[0].id in joined.articles
    wire = next(x.id for x in a if x.source.endswith("continentalpress.txt"))
    old_id, old_members = next((k, v) for k, v in before.items() if wire in v)
    assert set(joined.articles) == old_members | {b[0].id}  # joined the wire's story
    # its id is kept unless the newcomer sorts first (same day, smaller id): then the old
    # row is replaced, never left beside the new one
    assert len(after) == len(before)
    assert joined.id == old_id or old_id not in {s.id for s in after}
    # every earlier article kept a story
    earlier_members = set().union(*before.values())
    assert earlier_members <= {aid for s in after for aid in s.articles}
