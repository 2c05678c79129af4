"""Figures of round 13a whose misreading gave a fact the wrong status: mixed fractions
('4 1/2 months', and '41/2 months' where the '½' sign was lost in copying), sums in cents
('69 cents' is $0.69), a size listed among a display's adjectives ('a 2.44-inch, bright
display'), and won-lost records written without a record word ('the Owls are 7-7', 'the
0-14 Hawks', 'his first season (5-11)'). Texts written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.numbers import parse_number
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


def test_a_mixed_fraction_is_one_figure() -> None:
    assert parse_number("4 1/2") == 4.5
    assert parse_number("2 3/4") == 2.75
    assert _figures("She spent 4 1/2 months in a cell.") == [(4.5, "months")]


def test_a_half_whose_sign_was_lost_reads_as_a_half() -> None:
    assert _figures("She spent 41/2 months in a cell.") == [(4.5, "months")]
    assert _figures("She spent 41 / 2 years abroad.") == [(4.5, "years")]


def test_a_date_or_a_bare_ratio_is_no_mixed_fraction() -> None:
    assert all(value != 4.5 for value, _ in _figures("It was signed on 4/1/2 of that year."))
    assert _figures("The vote went 21/2 in the end.") == []


def test_mixed_fractions_in_two_articles_agree() -> None:
    a = make("The clerk served 4 1/2 months in prison for the fraud.", "a")
    b = make("The clerk served 41/2 months in prison for the fraud.", "b")
    fact = next(f for f in check(a, b) if {c.article for c in f.claims} == {a.id, b.id})
    assert fact.status == "agree"


def test_cents_are_a_sum_of_money() -> None:
    found = _figures("Tracks now cost 69 cents, 99 cents or $1.29 each.")
    assert found == [(0.69, "USD"), (0.99, "USD"), (1.29, "USD")]
    assert _figures("A stamp costs 50 euro cents.") == [(0.5, "EUR")]


def test_a_price_in_cents_agrees_with_the_same_price_in_dollars() -> None:
    a = make("The cheapest songs will sell for 69 cents each, the shop said.", "a")
    b = make("The cheapest songs will sell for $0.69 each, the shop said.", "b")
    fact = next(f for f in check(a, b) if len({c.article for c in f.claims}) == 2)
    assert fact.status == "agree"


def test_a_size_among_a_displays_adjectives_is_measured() -> None:
    found = _figures("The handset has a 2.44-inch, bright display and a keyboard.")
    assert found == [(2.44, "inches")]
    assert _figures("The 13-inch, which costs more, has a keyboard.") == []


def test_records_written_without_a_record_word() -> None:
    assert {u for _, u in _figures("The Owls are 7-7 and out of the playoff race.")} \
        == {"record"}
    assert {u for _, u in _figures("The Owls visit the 0-14 Hawks on Sunday in the game.")} \
        == {"record"}
    assert {u for _, u in _figures(
        "Acme fell to 5-10, its worst season since its coach's first season (5-11).")} \
        == {"record"}
    assert {u for _, u in _figures("They're now 24-23 in the regular season.")} == {"record"}


def test_a_team_at_the_half_is_a_score_not_a_record() -> None:
    assert {u for _, u in _figures("Acme was 12-10 at halftime of the game.")} == {"points"}


def test_players_named_by_their_position_are_counted() -> None:
    assert _figures("The Owls will play without their top two running backs.") \
        == [(2, "running backs")]
    assert _figures("Two forwards scored for the Owls on Sunday.") == [(2, "forwards")]
    assert _figures("The Owls will play without two of their cars.") == []
    assert _figures("The Owls gave their two running backs the ball.") \
        == [(2, "running backs")]
    assert _figures("The coach lives with his two sons.") == []


def test_a_total_of_a_few_things_is_no_count_of_people() -> None:
    assert _figures("A total of three cables linking the two countries went down.") == []
    assert _figures("The death toll rose to three.") == [(3, "deaths")]


def test_one_name_spelled_with_and_without_a_space_is_one_speaker() -> None:
    a = make('"The witness is an emotional wreck," Judge Ana DelMonte said on Friday.', "a")
    b = make('"The witness is an emotional wreck," Judge Ana Del Monte said on Friday.', "b")
    quotes = check(a, b, kind="quote")
    fact = next(f for f in quotes if len({c.article for c in f.claims}) == 2)
    assert fact.status == "agree"
