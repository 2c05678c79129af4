"""Figures of round 15b whose misreading left facts with the wrong status or lost a figure:
mixed fractions written with a hyphen or spaced slash ('2-1/2 years', '4 1 / 2 hours'), a
player's height glued to the weight ('5-foot-11,220 pounds', 'X (6-2, 215)'), two primes as
an inch mark ("the 17'' model"), screen resolutions written 'W by H' or bare 'W x H', and
numbers that name a play, a decade or a rank ('a three-and-out', 'the nineteen-seventies',
'No. 1 Acme'). Texts written for the test."""

from __future__ import annotations

from facts_story import check, make
from storyweave.facts.numbers import parse_number
from storyweave.facts.quantities import extract_quantities


def _figures(text: str) -> list[tuple[float, str]]:
    return [(m.claim.value, m.claim.unit) for m in extract_quantities(make(text))]


def test_mixed_fractions_with_a_hyphen_or_a_spaced_slash() -> None:
    assert parse_number("2-1/2") == 2.5
    assert parse_number("4 1 / 2") == 4.5
    assert _figures("The clerk went back to prison for 2-1/2 years.") == [(2.5, "years")]
    assert _figures("She served a 4-1 / 2-month prison term.") == [(4.5, "months")]
    assert _figures("He testified for 4 1 / 2 hours on Monday.") == [(4.5, "hours")]


def test_a_score_or_a_date_is_no_mixed_fraction() -> None:
    assert _figures("Acme led 3-1 at halftime of the game.") == [(3, "points"), (1, "points")]
    assert all(v != 4.5 for v, _ in _figures("It was signed on 4/1/2 of that year."))


def test_the_spaced_half_agrees_with_the_decimal_in_another_article() -> None:
    a = make("The witness spent 4 1 / 2 hours on the stand on Monday.", "a")
    b = make("The witness spent 4.5 hours on the stand on Monday.", "b")
    fact = next(f for f in check(a, b) if len({c.article for c in f.claims}) == 2)
    assert fact.status == "agree"


def test_a_height_glued_to_a_weight_keeps_its_inches_and_the_weight() -> None:
    assert _figures("Ruiz (5-foot-11,220 pounds) has played for three teams.") \
        == [(5, "feet"), (11, "inches"), (220, "pounds")]
    assert _figures("After the break, the 6-foot-9,260-pound Ruiz took over the game.") \
        == [(6, "feet"), (9, "inches"), (260, "pounds")]


def test_a_height_and_weight_in_brackets_after_a_name() -> None:
    assert _figures("The Owls signed running back Ana Ruiz (5-11,220), a rookie.") \
        == [(5, "feet"), (11, "inches"), (220, "pounds")]
    assert _figures("The Owls signed running back Ana Ruiz (6-2, 215), a rookie.") \
        == [(6, "feet"), (2, "inches"), (215, "pounds")]


def test_a_record_in_brackets_stays_a_record() -> None:
    assert {u for _, u in _figures("The Owls (11-5) face the Hawks (7-9) in the game.")} \
        == {"record"}
    assert _figures("The vote was (5-4, 120) in the end.") == []


def test_the_same_height_in_two_forms_agrees() -> None:
    a = make("The Owls signed running back Ana Ruiz (5-11,220) on Monday.", "a")
    b = make("Ruiz (5-foot-11,220 pounds) signed with the Owls on Monday.", "b")
    facts = check(a, b)
    weight = next(f for f in facts for c in f.claims if c.value == 220)
    assert {c.article for c in weight.claims} == {a.id, b.id}
    assert weight.status == "agree"


def test_two_primes_are_an_inch_mark_and_a_size_before_a_name_names_a_model() -> None:
    assert _figures("The new 17'' Vortex Pro will ship this month.") == []
    assert _figures("It is the thinnest 17'' notebook, at 0.98 inches thick.") \
        == [(0.98, "inches")]  # a notebook's size names the model (session 9: the gold)
    assert _figures("It has a 17'' screen, at 0.98 inches thick.") \
        == [(17, "inches"), (0.98, "inches")]
    assert _figures("He said, ``We lost 17'' and left the room.") == []
    assert _figures("The tent measured 8' x 6' in all.") == [(8, "feet"), (6, "feet")]


def test_resolutions_written_by_or_bare_in_a_sentence_about_a_screen() -> None:
    assert _figures("Video looks crisp on the display's 480-by-360 resolution.") \
        == [(480, "pixels"), (360, "pixels")]
    assert _figures("It has a 480 by 360-pixel color display.") \
        == [(480, "pixels"), (360, "pixels")]
    assert _figures("At 480 x 360, it is the sharpest screen the maker sells.") \
        == [(480, "pixels"), (360, "pixels")]
    assert _figures("The old native resolution of 1680 x 1050 was dropped.") \
        == [(1680, "pixels"), (1050, "pixels")]


def test_the_sides_of_a_resolution_are_one_figure() -> None:
    a = make("The phone has a 480-by-360 resolution display.", "a")
    b = make("The phone has a 480 x 360 pixel display.", "b")
    fact = next(f for f in check(a, b) if len({c.article for c in f.claims}) == 2)
    assert fact.status == "agree"
    assert {c.value for c in fact.claims} == {480, 360}


def test_numbers_naming_a_play_a_decade_or_a_rank_are_no_figures() -> None:
    assert _figures("The defense forced a three-and-out and Acme City drove again.") == []
    assert _figures("He was the source in the early nineteen-seventies.") == []
    assert _figures("He was the number 2 man at the agency for years.") == []
    assert _figures("The number of dead rose to 12.") == [(12, "dead")]
    assert _figures("No. 1 Acme Owls 65, No. 9 Drake Hawks 53 in the basketball game.") \
        == [(65, "points"), (53, "points")]


def _holders(text: str) -> list[tuple[float, str, str]]:
    return [(m.claim.value, m.claim.unit, m.holder) for m in extract_quantities(make(text))]


def test_two_players_heights_and_weights_have_their_holders() -> None:
    assert _holders("After the break, the 6-foot-9,260-pound Mora took over.") \
        == [(6, "feet", "mora"), (9, "inches", "mora"), (260, "pounds", "mora")]
    assert _holders("The Owls signed Ana Ruiz (5-11,220) on Monday.")[-1] \
        == (220, "pounds", "ruiz")
    assert _holders("Ruiz had heard it before. The 6-foot-8,225-pound forward stayed.")[-1] \
        == (225, "pounds", "ruiz")
    assert _holders("The coach had heard it before. The 6-foot-8,225-pound forward stayed.")[-1] \
        == (225, "pounds", "")


def test_two_players_weights_in_two_articles_are_two_facts() -> None:
    a = make("Mora returns for a last season. The 6-foot-8,225-pound forward stayed.", "a")
    b = make("After the break, the 6-foot-9,260-pound Ruiz took over the game.", "b")
    facts = check(a, b)
    assert all(f.status != "conflict" for f in facts)


def test_the_size_of_a_sect_or_a_crowd_counts_its_people() -> None:
    assert _figures("He runs an independent sect of about 400 in the town.") \
        == [(400, "members")]
    assert _figures("A crowd of 5,000 gathered in the square.") == [(5000, "people")]


def test_currencies_written_as_letters_before_or_after_the_sum() -> None:
    assert _figures("It will retail in the country for RM10,099.") == [(10099, "MYR")]
    assert _figures("Ministers brought aid worth $A195,900 on Monday.") == [(195900, "AUD")]
    assert _figures("One kiosk would cost CLP 1,000,000 to build.") == [(1_000_000, "CLP")]
    assert _figures("The booklet sells for 0.41 US$ a copy.") == [(0.41, "USD")]
    assert _figures("R2 is the road for 5 km.") == [(5, "km")]


def test_all_n_or_the_n_restates_an_earlier_count_of_that_many_or_nothing() -> None:
    assert _figures("Three undersea cables were cut. Two held; but all three are down now.") \
        == []
    assert _figures("Fifteen sailors were captured. The fifteen were freed on Monday.") \
        == [(15, "sailors"), (15, "sailors")]
    assert _figures("Twelve people died and 40 were hurt. The 40 were taken to hospital.") \
        == [(12, "people"), (40, "people"), (40, "people")]


def test_and_a_half_in_words_is_part_of_the_number() -> None:
    assert parse_number("ten and a half") == 10.5
    assert _figures("He could face up to twenty and a half years in prison.") == [
        (20.5, "years")]
    assert _figures("The siege lasted eleven and a half hours.") == [(11.5, "hours")]
    # 'and a half' joins a number only before a unit it halves
    assert [v for v, _ in _figures("Twenty people and a half-dozen dogs were rescued.")] == [
        20, 6]
