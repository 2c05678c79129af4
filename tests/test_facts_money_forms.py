"""Sums written as adjectives and in several currencies, round 9: 'a two-million-euro haul',
'$2.6-million', 'a two million-euro theft'; the articles' bundles of one sum in several
currencies meet through the currency they share. Every text here is written for the test."""

from __future__ import annotations

from facts_story import check, holding, make
from storyweave.facts.numbers import parse_number
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


def test_a_hyphen_before_a_scale_word_keeps_the_scale() -> None:
    assert parse_number("2.6-million") == 2_600_000
    assert _figures("Officials signed a $5-million contract on Friday.") == [(5_000_000, "USD")]


def test_a_sum_written_as_an_adjective_is_money() -> None:
    assert _figures("Raiders made off with a three-million-pound haul of paintings.") == [
        (3_000_000, "GBP")]
    assert _figures("Burglars took a four million-euro painting from the villa.") == [
        (4_000_000, "EUR")]


def test_an_article_before_a_spelled_out_number_adds_nothing() -> None:
    assert _figures("Burglars took a four million-euro painting from the villa.")[0][0] \
        == 4_000_000
    assert parse_number("a hundred") == 100


def test_a_weight_in_an_adjective_is_not_money() -> None:
    assert all(unit != "GBP" for _, unit in _figures("He caught a 5-pound trout at the lake."))


def test_an_adjective_sum_converted_in_brackets_is_one_figure() -> None:
    found = extract_quantities(make(
        "Raiders made off with a three-million-euro ($3.9-million) haul of watches."))
    assert [m.claim.unit for m in found] == ["EUR", "USD"]
    assert found[0].link is not None


def test_bundles_of_one_sum_in_several_currencies_meet() -> None:
    a = make("Raiders stole watches worth 3 million euros ($3.9 million) from the shop.", "a")
    b = make("The raiders stole watches worth 3 million euros (£2.6 million) from the shop.",
             "b")
    fact = holding(check(a, b), a, 3_000_000)
    assert {c.article for c in fact.claims} == {a.id, b.id}
    assert fact.status == "agree"


def test_the_story_s_own_rate_relates_sums_no_article_converts() -> None:
    a = make("Thieves stole paintings worth €50 million ($65 million) from the museum.", "a")
    b = make("In March, a gang took gems worth €80 million from a gallery in the city.", "b")
    c = make("The March raid on the gallery, in which gems worth $104 million were taken, "
             "is unsolved.", "c")
    facts = check(a, b, c)
    fact = holding(facts, b, 80_000_000)
    assert {cl.article for cl in fact.claims} >= {b.id, c.id}
    assert fact.status == "agree"


def test_sums_that_differ_once_converted_conflict() -> None:
    a = make("Thieves stole paintings worth €50 million ($65 million) from the museum.", "a")
    b = make("In March, a gang took gems worth €80 million from a gallery in the city.", "b")
    c = make("In March, a gang took gems worth $40 million from a gallery in the city.", "c")
    fact = holding(check(a, b, c), b, 80_000_000)
    assert c.id not in {cl.article for cl in fact.claims} or fact.status == "conflict"


def test_without_a_rate_in_the_story_currencies_stay_apart() -> None:
    b = make("In March, a gang took gems worth €80 million from a gallery in the city.", "b")
    c = make("In March, a gang took gems worth $104 million from a gallery in the city.", "c")
    fact = holding(check(b, c), b, 80_000_000)
    assert {cl.article for cl in fact.claims} == {b.id}


def test_a_quake_measuring_a_figure_has_that_magnitude() -> None:
    assert _figures("An earthquake measuring 5.2 rattled three counties on Friday.") == [
        (5.2, "magnitude")]
    assert _figures("The quake zone measuring 4.5 km across was mapped.") == [(4.5, "km")]


def test_a_quake_that_was_a_figure_and_a_bare_one_after_a_magnitude() -> None:
    assert _figures("The strongest quake ever recorded in the valley was 5.3.") == [
        (5.3, "magnitude")]
    assert _figures("A 3.1 aftershock came at dawn and a 2.7 an hour later.") == [
        (3.1, "magnitude"), (2.7, "magnitude")]
    assert _figures("The quake was 8 miles deep.") == [(8, "miles")]


def test_magnitude_in_seismologists_notation_and_with_plus() -> None:
    assert _figures("Surveyors gave the fault M6.8 as its largest likely magnitude.") == [
        (6.8, "magnitude")]
    assert _figures("Drivers took the M4 and then the M1.5 slip road.") == []
    found = extract_quantities(make("A 5-plus earthquake shook the bay on Sunday."))
    assert [(m.claim.value, m.claim.unit, m.claim.qualifier) for m in found] == [
        (5, "magnitude", "more than")]
