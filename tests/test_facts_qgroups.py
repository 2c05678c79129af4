"""Grouping and status, round 3: ages belong to people, one sentence names one thing once per
unit, changes 'from X to Y', people vs events, and the cues that mark a change or a source.
Every text here is written for the test."""

from __future__ import annotations

import facts_story
from facts_story import check, holding
from storyweave.facts.quantities import extract_quantities
from storyweave.model import Article


def make(text: str, outlet: str = "a", published: str | None = "2021-03-04") -> Article:
    return facts_story.make(text, outlet, published)


def test_ages_of_two_people_are_two_facts_and_one_persons_age_agrees() -> None:
    a = make("The accused are Ana Ruiz, 30, of Leeds, and Ben Mora, 41, of York.", "a")
    b = make("Prosecutors named Ben Mora, 41, and Ana Ruiz, 30, as the accused.", "b")
    c = make("The court heard that Carl Ames, 31, had driven the van.", "c")
    facts = check(a, b, c)
    ruiz = holding(facts, a, 30)
    assert {cl.article for cl in ruiz.claims} == {a.id, b.id} and ruiz.status == "agree"
    assert holding(facts, c, 31) is not ruiz  # 30 and 31: two people, not a rounding
    assert holding(facts, a, 41) is not ruiz


def test_an_age_names_its_owner_in_the_label() -> None:
    found = extract_quantities(make("The 22-year-old student Dara Lind was held. Ana Ruiz, aged "
                                    "40, spoke."))
    assert [m.label for m in found] == ["age of Lind", "age of Ruiz"]


def test_a_count_of_people_is_never_a_count_of_votes() -> None:
    a = make("Two local tourists have been declared missing after the flood.", "a")
    b = make("The council approved the grant by 3 votes to 2 on Monday.", "b")
    facts = check(a, b)
    assert holding(facts, a, 2) is not holding(facts, b, 2)
    assert holding(facts, b, 2) is holding(facts, b, 3)  # '3 votes to 2': one tally


def test_one_sentence_gives_two_things_two_facts() -> None:
    a = make("The strongest aftershock was 5.9 on the Richter scale; seven others measured "
             "5.0 or higher, and all were 4.0 or greater.", "a")
    b = make("The strongest aftershock measured 5.9 on the Richter scale, seismologists "
             "said.", "b")
    facts = check(a, b)
    strongest = holding(facts, a, 5.9)
    assert {cl.value for cl in strongest.claims} == {5.9} and strongest.status == "agree"
    assert holding(facts, a, 5.0) is not holding(facts, a, 4.0)


def test_a_change_from_one_figure_to_another_in_one_sentence_is_one_fact() -> None:
    a = make("Scientists have upgraded the magnitude of the quake from 8.7 to around "
             "8.9-9.0, a far stronger quake.", "a")
    found = extract_quantities(a)
    assert [(m.claim.value, m.marker) for m in found][0] == (8.7, "initial")
    fact = holding(check(a), a, 8.7)
    assert {cl.value for cl in fact.claims} == {8.7, 8.9, 9.0}


def test_the_cue_nearest_the_figure_says_whether_it_changed() -> None:
    found = extract_quantities(make("The magnitude was revised down from an initial report of "
                                    "6.8 on the Richter scale."))
    assert [m.marker for m in found] == ["initial"]


def test_earlier_this_week_is_a_time_not_an_earlier_figure() -> None:
    found = extract_quantities(make("The mayor earlier this week asked for 4,000 blankets."))
    assert [m.marker for m in found] == [None]


def test_two_other_men_are_the_two_men() -> None:
    a = make("Five men were convicted. Two other men charged at the time were freed. The two "
             "men freed are brothers.", "a")
    facts = check(a)
    assert holding(facts, a, 2).claims[0].text.startswith("Two other men")
    assert len(holding(facts, a, 2).claims) == 2


def test_pounds_of_a_thing_weigh_and_pounds_raised_are_money() -> None:
    found = extract_quantities(make("The agency gave 25kg (or 55 pounds) of rice to each "
                                    "family. Donors raised 5 million pounds. Each sack holds "
                                    "50 pounds of flour."))
    assert [(m.claim.value, m.dimension) for m in found] == [
        (25.0, "mass"), (55.0, "mass"), (5e6, "money:GBP"), (50.0, "mass")]


def test_a_pronoun_is_no_source_for_a_round_up() -> None:
    a = make("Reuters said 120 people died in the blast. He said 150 people died in it.", "a")
    facts = check(a)  # two figures credited to Reuters and 'He': no round-up of two sources
    assert holding(facts, a, 120) is not holding(facts, a, 150)
    b = make("Reuters said 120 people died in the blast. The Red Cross said 150 people died "
             "in it.", "b")
    facts = check(b)  # two named sources: one figure they disagree on
    assert holding(facts, b, 120) is holding(facts, b, 150)
    assert holding(facts, b, 120).status == "conflict"


def test_a_year_after_since_does_not_date_the_figure() -> None:
    a = make("About 300 were hurt in the worst blast in the city since the fire in 1971.", "a",
             "2021-03-04")
    b = make("Approximately 300 people were hurt in the blast, officials said.", "b",
             "2021-03-05")
    assert [m.year for m in extract_quantities(a)] == [""]
    fact = holding(check(a, b), a, 300)
    assert fact.status == "agree" and len(fact.claims) == 2


def test_restatements_in_one_article_never_chain_two_kinds_of_figure() -> None:
    a = make("Two other men charged at the time were freed. The two men freed are brothers. "
             "The plotters had met two of the harbour arsonists.", "a")
    facts = check(a)
    arsonists = holding(facts, a, 2.0)
    by_unit = {c.unit: f for f in facts for c in f.claims}
    assert by_unit["arsonists"] is not by_unit["men"]
    assert arsonists is by_unit["men"]  # the first claim of value 2 is one of the men


def test_the_size_of_a_thing_built_long_ago_is_not_an_earlier_event() -> None:
    a = make("The 52-meter tower, completed in 1931, leaned after the quake.", "a")
    b = make("The tower of 52 meters, built in the 1930s, leaned after the quake.", "b")
    assert [m.year for m in extract_quantities(a)] == [""]
    assert holding(check(a, b), a, 52).status == "agree"
    c = make("In 2009, 52 people died in a similar quake.", "c")  # a count keeps its year
    assert [m.year for m in extract_quantities(c)] == ["2009"]


def test_a_range_whose_ends_both_carry_the_unit_is_one_range() -> None:
    a = make("The plan would cut fuel use by 15 percent to 30 percent by 2030.", "a")
    b = make("The plan would cut fuel use by 15-30% by 2030, officials said.", "b")
    ends = extract_quantities(a)
    assert [m.link for m in ends] == [1, None]  # one range: each end allows 15..30
    assert ends[0].low <= 15 and ends[0].high >= 30
    fact = holding(check(a, b), a, 15)
    assert fact.status == "agree" and {c.value for c in fact.claims} == {15, 30}
    moved = extract_quantities(make("Sales rose 5 percent to 40 percent of the market."))
    assert [m.link for m in moved] == [None, None]  # a change, not a range


def test_a_toll_estimated_to_be_a_figure_continues_no_other_count() -> None:
    a = make("The agency said 132 people have been rescued since the quake hit. The death "
             "toll, as of Friday, is estimated to be 110,000.", "a")
    found = extract_quantities(a)
    assert [(m.claim.value, m.claim.unit) for m in found] == [(132.0, "people"),
                                                             (110000.0, "deaths")]
    assert found[1].link is None  # 'as of Friday' marks it current, but not of the rescued
    facts = check(a)
    assert holding(facts, a, 132) is not holding(facts, a, 110000)


def test_a_sum_converted_in_brackets_is_one_figure_and_agrees_across_articles() -> None:
    one = facts_story.make("The club paid €20 million (US$28 million) for the striker.", "a")
    two = facts_story.make("The club paid €20 million ($28 million) for the striker, it said.",
                           "b")
    ranged = facts_story.make("The town gives between €30 million and €40 million (about "
                              "US$42 million to $56 million) to the harbour.", "c")
    facts = check(one, two, ranged)
    paid = holding(facts, one, 20_000_000)
    assert {(c.article, c.unit) for c in paid.claims} == {
        (one.id, "EUR"), (one.id, "USD"), (two.id, "EUR"), (two.id, "USD")}
    assert paid.status == "agree"
    harbour = holding(facts, ranged, 30_000_000)
    assert len(harbour.claims) == 4 and harbour.status == "single"
