"""Times written in parts (race times, gaps) and quotes in a re-joined tokenisation's marks."""

from __future__ import annotations

import pytest

from storyweave.facts import cross_check
from storyweave.facts.quantities import extract_quantities
from storyweave.facts.text import curly_quotes
from storyweave.model import Article
from storyweave.settings import FactSettings


def make(text: str, name: str = "a") -> Article:
    return Article(id=name, source=f"{name}.txt", text=text)


def figures(text: str) -> list[tuple[float, str | None, str | None]]:
    return [(m.claim.value, m.claim.unit, m.claim.qualifier)
            for m in extract_quantities(make(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ines Marlow won the sprint in a time of 2h 47' 09\".",
     [(2.0, "hours", None), (47.0, "minutes", None), (9.0, "seconds", None)]),
    ("The Blue team won by 14' 52\" over the Reds.",
     [(14.0, "minutes", None), (52.0, "seconds", None)]),
    ("She kept her lead by 4' 31' over her rival.",  # a closing mark mistyped as single
     [(4.0, "minutes", None), (31.0, "seconds", None)]),
    ("The Reds were second, 11' 05\" behind.",
     [(11.0, "minutes", None), (5.0, "seconds", None)]),
])
def test_times_written_with_marks_are_hours_minutes_and_seconds(text, expected) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["The fence is 7' 3\" high.", "The keeper is 6' 4\" tall."])
def test_feet_and_inches_stay_a_length(text) -> None:
    found = figures(text)
    assert found[0][1] == "feet"
    assert all(unit != "seconds" for _, unit, _ in found)


def test_a_qualifier_covers_every_part_of_a_time() -> None:
    found = figures("The pair held a lead of around 9 minutes 20 seconds before the climb.")
    assert found == [(9.0, "minutes", "about"), (20.0, "seconds", "about")]


def test_the_parts_of_one_time_make_one_fact() -> None:
    text = ("Ines Marlow won the sprint in a time of 2h 47' 09\". "
            "The course was 131 km long.")
    facts = cross_check([make(text)], settings=FactSettings(embeddings=False))
    holding = [f for f in facts if f.kind == "quantity"
               and any(c.unit == "hours" for c in f.claims)]
    assert len(holding) == 1
    assert sorted(c.unit for c in holding[0].claims) == ["hours", "minutes", "seconds"]
    assert all(c.unit != "km" for c in holding[0].claims)


def test_latex_style_quote_marks_become_curly_marks_of_the_same_length() -> None:
    text = "`` We will rebuild the pier , '' the mayor said . A 22' 10'' mast fell ."
    article = make(text)
    converted = curly_quotes(article).text
    assert len(converted) == len(text)
    assert "``" not in converted and "\u201c" in converted and "\u201d" in converted
    assert converted.endswith("A 22' 10'' mast fell .")  # a lone '' is no closing mark
    assert curly_quotes(make("No quotes here.")).text == "No quotes here."


def test_latex_style_quotes_are_found_with_their_speakers() -> None:
    text = ("Dora Lindqvist , the mayor of Varnholm , spoke on Monday . `` We will rebuild "
            "the harbour before the winter comes , '' Lindqvist said . `` The fleet of 40 "
            "boats is safe and sound , '' said harbour master Tomas Berg .")
    facts = cross_check([make(text)], settings=FactSettings(embeddings=False))
    quotes = {c.value: c.speaker for f in facts if f.kind == "quote" for c in f.claims}
    assert quotes == {"We will rebuild the harbour before the winter comes": "Dora Lindqvist",
                      "The fleet of 40 boats is safe and sound": "Tomas Berg"}
    spans = [c.span for f in facts if f.kind == "quote" for c in f.claims]
    assert all(text[s:e].strip(" ,").startswith(("We will", "The fleet")) for s, e in spans)


@pytest.mark.parametrize(("text", "expected"), [
    ("The panel questioned two tree-surgeons about the fall.", (2.0, "tree-surgeons")),
    ("The club had two other sprinters in the final.", (2.0, "sprinters")),
    ("Only the coach was fined -seven players were banned.", (7.0, "players")),
    ("Guards fired on the crowd, wounding 9.", (9.0, "people")),
])
def test_counts_of_people_in_less_common_forms(text, expected) -> None:
    assert [(value, unit) for value, unit, _ in figures(text)] == [expected]


def test_a_part_of_a_count_named_by_which_borrows_its_noun() -> None:
    found = figures("6 hikers were rescued, 3 of which were flown to the clinic.")
    assert [(value, unit) for value, unit, _ in found] == [(6.0, "hikers"), (3.0, "hikers")]


def test_a_figure_after_a_dash_with_no_space_stays_a_name_or_sign() -> None:
    #  the name's number is no figure; a temperature's minus sign is its sign (session 9)
    assert figures("The Zeta-three probe cooled to -8 degrees.") == [(-8.0, "degrees", None)]
    assert figures("The Zeta-three probe was launched.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders were caught just 800 m from the line.", [(800.0, "m")]),
    ("She won the 400 m in record time.", [(400.0, "m")]),
    ("The repairs cost 3 m.", []),  # a million, or metres: not read
])
def test_metres_written_as_a_lone_m(text, expected) -> None:
    assert [(value, unit) for value, unit, _ in figures(text)] == expected


def test_a_decimal_before_earthquake_is_its_magnitude() -> None:
    assert figures("Months after the great 7.4 earthquake the town was rebuilt.") == [
        (7.4, "magnitude", None)]
    assert figures("The 1906 earthquake was worse.") == []


def test_a_range_written_with_a_unicode_hyphen() -> None:
    found = figures("Guests stay for a 30\u201045 day course.")
    assert [(value, unit) for value, unit, _ in found] == [(30.0, "days"), (45.0, "days")]


def test_a_bare_figure_in_a_parallel_clause_takes_the_earlier_unit() -> None:
    found = figures("Kestria led the table with 14 titles while Orlan came second with 9 and "
                    "Vessa finished third with 7.")
    assert [(value, unit) for value, unit, _ in found] == [
        (14.0, "titles"), (9.0, "titles"), (7.0, "titles")]
    found = figures("The club signed 3 players in May and lost 2 in June.")
    assert [(value, unit) for value, unit, _ in found] == [(3.0, "players")]


def test_a_plus_sign_after_a_figure_is_more_than() -> None:
    assert figures("The fair drew a 300+ member choir from the valley.") == [
        (300.0, "members", "more than")]
    assert figures("The town has 500+ homes.") == [(500.0, "homes", "more than")]
    assert figures("Call 555+1234 now.") == []


def test_one_person_named_by_a_capitalised_people_noun() -> None:
    assert figures("The raid left at least one Canadian dead, and at least one Canadian was "
                   "hurt.")[-1] == (1.0, "canadian", "at least")
    assert figures("It cost at least one Norwegian during the storm.") == [
        (1.0, "norwegian", "at least")]
    assert figures("They met one German company in May.") == []
