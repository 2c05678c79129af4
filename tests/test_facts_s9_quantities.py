"""Session 9, quantity extraction: readings of web news copy (business, tech, science, politics)
that the convention sheet decides: temperatures with their sign, the two sides of a vote, ranges
whose sign or unit is written once, product names and picture formats, nouns counted past
'new', and pounds that weigh. Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import make
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str | None]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Temperatures reached 41C in the outback on Tuesday.", [(41.0, "C")]),
    ("The lake was 18°C at noon, or 64°F.", [(18.0, "C"), (64.0, "F")]),
    ("Overnight lows fell to -12C in the valley.", [(-12.0, "C")]),
    ("Crews worked for hours in minus-15 degree temperatures.", [(-15.0, "degrees")]),
    ("It was minus 8 degrees when the plane landed.", [(-8.0, "degrees")]),
    ("Forecasters expect highs of 70 degrees.", [(70.0, "degrees")]),
])
def test_temperatures_and_their_sign(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "The studio released a 3D film and a 5C phone case.",
    "The company showed its new 4C chip at the fair.",
])
def test_a_glued_letter_is_no_temperature_outside_weather(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The council voted 11-4 to close the depot.", [(11.0, "votes"), (4.0, "votes")]),
    ("The nominee was confirmed by a 53-46 vote.", [(53.0, "votes"), (46.0, "votes")]),
    ("The bill passed 219-208 in the lower chamber.", [(219.0, "votes"), (208.0, "votes")]),
    ("The court ruled 6-3 for the state.", [(6.0, "votes"), (3.0, "votes")]),
])
def test_the_two_sides_of_a_vote(text: str, expected: list) -> None:
    found = extract_quantities(make(text))
    assert [(m.claim.value, m.claim.unit) for m in found] == expected
    assert found[0].link is not None  # one tally, one fact


def test_a_score_is_no_vote() -> None:
    assert _figures("The Hawks beat the Owls 24-17 on Sunday.") == [(24.0, "points"),
                                                                   (17.0, "points")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Analysts see the shares rising 8%-12% next year.", [(8.0, "%"), (12.0, "%")]),
    ("The central bank set its target at 2.25%-2.5%.", [(2.25, "%"), (2.5, "%")]),
    ("Seats at the arena cost $40-90 each.", [(40.0, "USD"), (90.0, "USD")]),
    ("The stake is worth £3-4m.", [(3e6, "GBP"), (4e6, "GBP")]),
])
def test_a_range_whose_sign_is_written_once(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "The update reached the iPad 7 and the iPhone 8 this week.",
    "Owners of the iMac 5 complained about the screen.",
    "The camera records 4K video, and the set shows 8K pictures.",
])
def test_product_names_and_picture_formats_are_no_figures(text: str) -> None:
    assert _figures(text) == []


def test_a_price_after_a_product_name_is_still_a_figure() -> None:
    assert _figures("The iPhone 8 now sells for $449.") == [(449.0, "USD")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The survey listed 2,300 species of beetle.", [(2300.0, "species")]),
    ("Divers found 14 new species on the reef.", [(14.0, "species")]),
    ("The plant will hire 600 new workers.", [(600.0, "workers")]),
])
def test_nouns_counted_past_new_and_invariant_plurals(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The bear weighed 410 pounds.", [(410.0, "pounds")]),
    ("The new pickup can tow up to 9,000 pounds.", [(9000.0, "pounds")]),
    ("The club was fined 3 million pounds by the league.", [(3e6, "GBP")]),
    ("He earned 700 pounds a week at the mill.", [(700.0, "GBP")]),
])
def test_pounds_that_weigh_and_pounds_that_pay(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The chain will close 85 of its stores.", [(85.0, "stores")]),
    ("About 2,400 of the company's employees will leave.", [(2400.0, "employees")]),
    ("More than 90,000 of the letters opposed the plan.", [(90000.0, "letters")]),
])
def test_a_part_in_digits_counts_the_things_of_its_whole(text: str, expected: list) -> None:
    found = extract_quantities(make(text))
    assert [(m.claim.value, m.claim.unit) for m in found] == expected
    assert found[0].part  # a part, never joined to its whole


@pytest.mark.parametrize(("text", "expected"), [
    ("Roughly 1 in 6 adults reported the symptom.", [(1.0, "adults"), (6.0, "adults")]),
    ("The bank said 2 out of 3 clients stayed.", [(2.0, "clients"), (3.0, "clients")]),
])
def test_a_ratio_in_digits_is_two_figures_of_one_noun(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_a_ratio_in_words_is_still_no_figure() -> None:
    assert _figures("Four in ten drivers ignored the sign.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The harbour town of 9,000 lost its ferry.", [(9000.0, "residents")]),
    ("Power failed in the city of population 240,000.", [(240000.0, "people")]),
])
def test_a_place_of_a_number_counts_its_people(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of reported infections rose to 3,400.", [(3400.0, "infections")]),
    ("The ruling brought to 14 the number of county clerks sued.", [(14.0, "clerks")]),
])
def test_a_number_of_things_named_past_its_modifiers(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The FTSE 100 fell 0.9% to 7,241.", [(0.9, "%"), (7241.0, "points")]),
    ("The jobless rate fell 0.2% to 4.1%.", [(0.2, "%"), (4.1, "%")]),
])
def test_the_level_after_a_change_by_a_share_is_no_share(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "The firm updated its 14-inch laptop and its 16-inch notebook computer.",
    "Reviewers liked the 12-incher more than the larger model.",
    "The 12-inch and 14-inch Zephyr Books get faster chips.",
    "Buyers of the Zephyr Book 14-inch (part ZB14) waited.",
])
def test_a_size_that_names_a_model_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The laptop has a 14-inch Liquid display.", [(14.0, "inches")]),
    ("The tablet has a 10.5-inch screen.", [(10.5, "inches")]),
])
def test_a_display_size_is_a_measure(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The start-up raised Rs 300 crore this year.", [(3e9, "INR")]),
    ("The court fined him Rs 25,000.", [(25000.0, "INR")]),
    ("The handset sells for ₹49,900.", [(49900.0, "INR")]),
    ("The plan will reach 3.5 lakh households.", [(350000.0, "households")]),
    ("The lender earned HK$4.2 billion.", [(4.2e9, "HKD")]),
    ("The stock closed at S$2.10.", [(2.1, "SGD")]),
])
def test_currencies_and_scale_words_of_other_presses(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_over_a_period_after_a_sum_spreads_it_and_qualifies_nothing() -> None:
    found = extract_quantities(make("The plan would cost $3.2 trillion over 10 years."))
    assert [(m.claim.value, m.claim.qualifier) for m in found] == [(3.2e12, None), (10.0, None)]
    alone = extract_quantities(make("She worked there for over 12 years."))
    assert [(m.claim.value, m.claim.qualifier) for m in alone] == [(12.0, "more than")]


@pytest.mark.parametrize("text", [
    "Section 12 bars the practice.",
    "Article 44 was struck down by the court.",
    "Bay 7 opens again on Friday.",
    "The suite's new version, Writer '19, ships today.",
])
def test_a_label_and_its_number_open_a_sentence_or_a_name_year(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Some 40 people were hurt.", [(40.0, "people")]),
    ("Nearly 300 homes lost power.", [(300.0, "homes")]),
    ("Tuesday 6 people were hurt in the crash.", [(6.0, "people")]),
])
def test_a_count_that_opens_a_sentence_is_still_a_figure(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Critics expected a $400 Zephyr tablet.", [(400.0, "USD")]),
    ("The $1,299 14'' Zephyr ships in May.", [(1299.0, "USD")]),
    ("The $799 128GB model sold out.", [(799.0, "USD"), (128.0, "GB")]),
])
def test_a_price_before_a_product_name_or_another_spec(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_digits_spaced_like_a_phone_number_stay_out() -> None:
    assert _figures("Call 555 0142 for tickets.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The resolution passed 219 to 211.", [(219.0, "votes"), (211.0, "votes")]),
    ("The final vote was 61 to 38.", [(61.0, "votes"), (38.0, "votes")]),
])
def test_a_vote_written_with_to_is_one_tally(text: str, expected: list) -> None:
    found = extract_quantities(make(text))
    assert [(m.claim.value, m.claim.unit) for m in found] == expected
    assert found[0].link is not None


@pytest.mark.parametrize("text", [
    "Posted 3 hours ago",
    "Updated 4:10 PM GMT, Tuesday",
    "7 min read",
    "38 comments",
    "Read more: 5 things the council decided",
])
def test_page_furniture_a_body_keeps_has_no_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Updated figures show 300 dead.", [(300.0, "dead")]),
    ("The firm posted 12 percent growth.", [(12.0, "%")]),
])
def test_a_sentence_that_opens_like_furniture_keeps_its_figures(text: str,
                                                                 expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Retail sales rose 3.2pc in October.", [(3.2, "%")]),
    ("The insurer earned $2.4 bln in the quarter.", [(2.4e9, "USD")]),
    ("Exports reached 450 mln euros.", [(4.5e8, "EUR")]),
    ("Quarterly revenue was $6.3B.", [(6.3e9, "USD")]),
])
def test_wire_and_british_shorthand_for_shares_and_scales(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_a_letter_after_a_bare_number_is_no_scale() -> None:
    assert _figures("She sat in seat 14B on the flight.") == []


@pytest.mark.parametrize("text", [
    "The 2018-19 season ended in June.",
    "The 1996-97 team still holds the mark.",
    "The council's 2020/21 budget was approved.",
])
def test_a_season_or_a_fiscal_year_written_as_two_years_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Zen X7-4400K chip runs at 4GHz.", [(4.0, "GHz")]),
    ("Patch KB12-044 fixes the flaw.", []),
    ("The Skyliner 550-800 carried 180 passengers.", [(180.0, "passengers")]),
])
def test_the_second_part_of_a_model_code_is_no_figure(text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_a_sentence_that_opens_like_a_time_stamp_keeps_its_counts() -> None:
    assert _figures("Published in 2018, the study followed 640 patients.") == [(640.0, "patients")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The peso slid to 19.4 per dollar.", [(19.4, "peso per dollar")]),
    ("The won closed at 1,168 against the dollar.", [(1168.0, "won per dollar")]),
])
def test_an_exchange_rate_names_both_currencies(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "Dispatchers took 911 calls from the mall.",
    "A neighbour made a 999 call at dawn.",
    "The vigil marked the 9-11 anniversary.",
])
def test_an_emergency_number_and_the_attacks_named_by_their_date_are_no_figures(
        text: str) -> None:
    assert _figures(text) == []


def test_a_team_nine_and_eleven_keeps_its_record() -> None:
    assert _figures("The Hawks (9-11) host the Owls.") == [(9.0, "record"), (11.0, "record")]


def test_an_age_after_now_set_off_after_a_role() -> None:
    assert _figures("The painter, now 61, opened a show.") == [(61.0, "years old")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Retailer To Cut 1,800 Jobs", [(1800.0, "jobs")]),
    ("Streaming Service Passes 20 Million Members", [(2e7, "members")]),
    ("Storm Kills At Least 14 In Coastal Towns", [(14.0, "people")]),
    ("Police arrested 9.", [(9.0, "people")]),
])
def test_a_headline_count_after_a_verb_and_a_bare_number_of_people_done_to(
        text: str, expected: list) -> None:
    assert _figures(text) == expected


def test_a_headline_name_with_a_number_stays_a_name() -> None:
    assert _figures("Gemini 7 Crew Honored At Museum") == []
