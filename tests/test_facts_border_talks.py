"""Facts on the reference corpus (read by path), checked against what a careful reading finds.

From reading the five articles: three of them (files 000, 001 and 003) retell one wire story
(a rewrite, a condensed rewrite and a machine-translated round trip); the other two are
independent newsroom reports. The outlets agree on the daily border figure with different
qualifiers, disagree on the size of the migrant caravan, and one report says the caravan's
size changed over time. Assertions are on properties (labels, units, statuses, counts), not
on copied sentences or names.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.facts import cross_check
from storyweave.facts.text import fold
from storyweave.model import Article, Fact
from storyweave.settings import FactSettings, Settings

WIRE_FAMILY = ("000", "001", "003")


@pytest.fixture(scope="module")
def articles(border_talks: Path) -> list[Article]:
    from storyweave.pipeline import read_and_clean

    found, problems, _ = read_and_clean([border_talks], Settings())
    assert not problems and len(found) == 5
    return sorted(found, key=lambda a: (a.published or "9999", a.id))


def _accounts(articles: list[Article]) -> list[tuple[str, ...]]:
    name = {a.id: Path(a.source).name[:3] for a in articles}
    wire = tuple(a.id for a in articles if name[a.id] in WIRE_FAMILY)
    return [wire] + [(a.id,) for a in articles if name[a.id] not in WIRE_FAMILY]


@pytest.fixture(scope="module")
def facts(articles: list[Article]) -> tuple[Fact, ...]:
    return cross_check(articles, _accounts(articles), FactSettings(embeddings=False))


@pytest.fixture(scope="module")
def lexical_facts(articles: list[Article]) -> tuple[Fact, ...]:
    """The same without spaCy or embeddings: what a user without the models gets."""
    return cross_check(articles, _accounts(articles),
                       FactSettings(entities=False, embeddings=False))


def _quantities(facts: tuple[Fact, ...]) -> list[Fact]:
    return [f for f in facts if f.kind == "quantity"]


@pytest.mark.slow
def test_the_caravan_size_is_a_conflict_between_accounts(facts, lexical_facts) -> None:
    for found in (facts, lexical_facts):
        caravan = [f for f in _quantities(found) if "caravan" in f.label]
        conflict = next(f for f in caravan if f.status == "conflict")
        assert len({c.value for c in conflict.claims}) >= 2
        assert conflict.independent_accounts >= 2
        assert found[0].status == "conflict"  # conflicts come first


@pytest.mark.slow
def test_the_daily_figure_agrees_across_all_outlets_with_other_qualifiers(facts) -> None:
    daily = max((f for f in _quantities(facts) if "per day" in f.label or "daily" in f.label),
                key=lambda f: len(f.claims))
    assert daily.status == "agree"
    assert len({c.article for c in daily.claims}) == 5
    assert daily.independent_accounts == 3  # the wire family counts once
    assert len({c.qualifier for c in daily.claims}) >= 2 and "qualifiers differ" in daily.note


@pytest.mark.slow
def test_figures_only_the_wire_family_gives_are_single(facts) -> None:
    singles = [f for f in _quantities(facts) if f.status == "single"
               and len({c.article for c in f.claims}) >= 3]
    assert singles, "a figure repeated by the three copies of the wire story"
    assert all(f.independent_accounts == 1 for f in singles)


@pytest.mark.slow
def test_a_figure_that_changed_over_time_is_noted(facts) -> None:
    changed = [f for f in _quantities(facts) if f.note and "changed over time" in f.note]
    assert changed and all(f.status != "conflict" or "figures differ" in f.note
                           for f in changed)


@pytest.mark.slow
def test_every_claim_points_at_its_text(articles, facts) -> None:
    by_id = {a.id: a for a in articles}
    for f in facts:
        for c in f.claims:
            text = by_id[c.article].text
            assert 0 <= c.span[0] < c.span[1] <= len(text)
            if f.kind == "quote":
                assert fold(text[c.span[0] : c.span[1]]).startswith(fold(str(c.value))[:10])


@pytest.mark.slow
def test_quotes_have_speakers_and_accented_names_merge(facts) -> None:
    quotes = [f for f in facts if f.kind == "quote"]
    attributed = [c for f in quotes for c in f.claims if c.speaker]
    assert len(attributed) >= 0.9 * sum(len(f.claims) for f in quotes)
    shared = [f for f in quotes if len({c.article for c in f.claims}) >= 2]
    assert shared and all(f.independent_accounts >= 2 for f in shared)
    people = [f for f in facts if f.kind == "entity" and f.label.endswith("(person)")]
    merged = [f for f in people
              if len({str(c.value) for c in f.claims}) > 1
              and len({fold(str(c.value)) for c in f.claims}) < len({str(c.value)
                                                                     for c in f.claims})]
    assert merged, "a name written with and without accents is one entity"
    assert max(len({c.article for c in f.claims}) for f in people) == 5


@pytest.mark.slow
def test_the_caravans_distance_from_the_border_is_one_fact(articles, facts) -> None:
    # Read: both newsroom reports (002, 004) put the caravan the same distance from the border,
    # one writing the country with points and one without; the wire rewrite (000) gives the
    # same figure with a conversion in brackets.
    name = {a.id: Path(a.source).name[:3] for a in articles}
    distance = max((f for f in _quantities(facts) if "distance" in f.label),
                   key=lambda f: len({c.article for c in f.claims}))
    assert {"002", "004"} <= {name[c.article] for c in distance.claims}
    assert distance.status == "agree" and distance.independent_accounts >= 2


@pytest.mark.slow
def test_no_speaker_or_person_is_a_place(articles, facts) -> None:
    # Read: every quote is a person's or an office's; a place is never a speaker, and a name
    # an article writes after 'the city of' is a city.
    places = {fold(str(c.value)) for f in facts if f.kind == "entity"
              and f.label.endswith("(place)") for c in f.claims}
    speakers = {fold(c.speaker) for f in facts if f.kind == "quote" for c in f.claims
                if c.speaker}
    assert speakers and not speakers & places
    by_id = {a.id: a.text for a in articles}
    people = [c for f in facts if f.kind == "entity" and f.label.endswith("(person)")
              for c in f.claims]
    assert people and not any(by_id[c.article][max(0, c.span[0] - 8) : c.span[0]] == "city of "
                              for c in people)
