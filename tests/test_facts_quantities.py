"""Quantities: numbers as written, units, qualifiers, and cross-checking them across articles."""

from __future__ import annotations

import pytest

from storyweave.facts import cross_check
from storyweave.facts.numbers import parse_number, rounding_unit
from storyweave.facts.quantities import Tolerance, extract_quantities, interval
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)


def make(text: str, published: str | None = None, outlet: str = "x") -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, published=published, sentences=split_sentences(text))


@pytest.mark.parametrize(
    ("written", "value"),
    [("10,000", 10_000), ("2.5 billion", 2.5e9), ("two million", 2e6), ("twenty-five", 25),
     ("half a million", 5e5), ("32", 32), ("1,600", 1600), ("three hundred thousand", 3e5)],
)
def test_numbers_as_written(written: str, value: float) -> None:
    assert parse_number(written) == value


def test_rounding_follows_the_trailing_zeros() -> None:
    assert rounding_unit("6,000", 6000) == 1000
    assert rounding_unit("6,100", 6100) == 100
    assert rounding_unit("6.5", 6.5) == pytest.approx(0.1)


def _by_value(article: Article) -> dict[float, object]:
    return {m.claim.value: m for m in extract_quantities(article)}


def test_values_units_and_qualifiers_are_read() -> None:
    a = make(
        "Officials said nearly 4,500 pilgrims crossed the river. Roughly 12% of the harvest "
        "was lost, a loss of $2.5 billion. The convoy travelled 300 kilometres in 32 hours. "
        "More than two million voters took part, and as many as 800 volunteers helped."
    )
    found = _by_value(a)
    assert found[4500].claim.unit == "pilgrims" and found[4500].claim.qualifier == "nearly"
    assert found[12].claim.unit == "%" and found[12].claim.qualifier == "about"
    assert found[2.5e9].dimension == "money:USD"
    span_of_time = "dur" "ation"  # the dimension name of '32 hours' (not a timing check)
    dimensions = (found[300].dimension, found[32].dimension)
    assert dimensions == ("distance", span_of_time)
    assert found[2e6].claim.qualifier == "more than" and found[2e6].claim.unit == "voters"
    assert found[800].claim.qualifier == "up to"
    for m in found.values():  # every span points at the figure in the text
        assert any(ch.isdigit() for ch in a.span_text(m.claim.span)) or "million" in \
            a.span_text(m.claim.span)


def test_years_dates_times_and_identifiers_are_not_quantities() -> None:
    a = make(
        "In 2019 the ship left on March 14 at 10:30 aboard Flight 212. She came from "
        "Lisbon, and two suitcases waited."
    )
    assert extract_quantities(a) == []


def test_rates_and_changes_are_marked() -> None:
    a = make("Up to 900 people a day arrive. The camp initially held about 4,000 people. "
             "It now holds more than 1,500 people.")
    found = _by_value(a)
    assert found[900].rate == "day"
    assert found[4000].marker == "initial" and found[1500].marker == "current"


def test_qualifiers_set_the_interval() -> None:
    tol = Tolerance()
    about = interval(6000, 1000, "about", tol)
    assert about[0] <= 6100 <= about[1]  # 'about 6,000' vs '6,100' agree
    assert interval(7000, 1000, "about", tol)[0] > about[1]  # 'about 7,000' does not
    up_to = interval(10_000, 10_000, "up to", tol)
    more = interval(10_000, 10_000, "more than", tol)
    assert up_to[1] >= more[0]  # 'up to 10,000' and 'more than 10,000' touch


def _fact_with(facts, value: float):
    return next(f for f in facts if f.kind == "quantity" and any(c.value == value
                                                                 for c in f.claims))


def test_one_thing_with_different_figures_is_a_conflict() -> None:
    a = make("Rescuers said a flotilla of about 300 fishing boats reached the harbour.", outlet="a")
    b = make("A fishing flotilla of about 450 boats reached the harbour on Monday.", outlet="b")
    c = make("The harbour master counted a flotilla of about 300 boats.", outlet="c")
    facts = cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], NO_MODELS)
    fact = _fact_with(facts, 300)
    assert fact.status == "conflict"
    assert {cl.value for cl in fact.claims} == {300, 450}
    assert facts[0].status == "conflict"  # conflicts come first
    assert "300" in fact.note and "450" in fact.note


def test_same_value_with_other_qualifiers_agrees_and_says_so() -> None:
    a = make("Up to 5,000 travellers a day cross the bridge, officials said.", outlet="a")
    b = make("More than 5,000 travellers a day now cross the bridge.", outlet="b")
    facts = cross_check([a, b], [(a.id,), (b.id,)], NO_MODELS)
    fact = _fact_with(facts, 5000)
    assert fact.status == "agree" and len(fact.claims) == 2
    assert "qualifiers differ" in fact.note


def test_rewrites_of_one_account_count_once() -> None:
    wire = make("Engineers said 1,200 homes lost power after the storm.", outlet="wire")
    copy1 = make("Some 1,200 homes lost power after the storm, engineers said.", outlet="r1")
    copy2 = make("After the storm, 1,200 homes lost power, according to engineers.", outlet="r2")
    other = make("Our reporter counted 1,200 homes without power after the storm.", outlet="o")
    accounts = [(wire.id, copy1.id, copy2.id), (other.id,)]
    fact = _fact_with(cross_check([wire, copy1, copy2, other], accounts, NO_MODELS), 1200)
    assert len({c.article for c in fact.claims}) == 4
    assert fact.independent_accounts == 2


def test_a_later_figure_is_a_change_not_a_conflict() -> None:
    early = make("The wildfire has burned about 2,000 hectares of forest.", "2024-07-01", "a")
    late = make("The wildfire has now burned about 5,000 hectares of forest.", "2024-07-04", "b")
    fact = _fact_with(cross_check([early, late], [(early.id,), (late.id,)], NO_MODELS), 2000)
    assert fact.status != "conflict"
    assert "changed over time" in fact.note


def test_figures_about_different_things_stay_apart() -> None:
    a = make("The ferry carried 250 passengers. The port handles 40,000 containers a year.",
             outlet="a")
    b = make("About 250 passengers were on the ferry.", outlet="b")
    facts = cross_check([a, b], [(a.id,), (b.id,)], NO_MODELS)
    assert _fact_with(facts, 250) is not _fact_with(facts, 40_000)
    assert _fact_with(facts, 250).status == "agree"


def test_a_trailing_m_is_metres_unless_it_is_money() -> None:
    a = make("The wreck lies at a depth of 4,000m near the ridge. The club paid £7m for him.")
    found = _by_value(a)
    assert found[4000].dimension == "distance"
    assert found[7e6].dimension == "money:GBP"


def test_both_ends_of_a_range_are_one_fact() -> None:
    a = make("The outage lasted between 40 and 55 minutes, engineers said.", outlet="a")
    facts = [f for f in cross_check([a], [(a.id,)], NO_MODELS) if f.kind == "quantity"]
    assert len(facts) == 1 and {c.value for c in facts[0].claims} == {40, 55}
    assert all(c.unit == "minutes" for c in facts[0].claims)


def test_a_round_up_citing_two_sources_may_disagree_with_itself() -> None:
    a = make("Reports on the flood:\n\n* Radio North - 1,200 people were evacuated overnight.\n\n"
             "* City Hall - 1,500 people were evacuated overnight.", outlet="a")
    facts = [f for f in cross_check([a], [(a.id,)], NO_MODELS) if f.kind == "quantity"]
    assert len(facts) == 1 and facts[0].status == "conflict"


def test_a_measure_after_a_capitalised_word_is_no_identifier() -> None:
    a = make("Debris was found in the Coral Sea 420 kilometres from the port. Flight 318 was "
             "lost.")
    assert [(m.claim.value, m.claim.unit) for m in extract_quantities(a)] == [(420, "km")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("Five Coast Guard officers boarded the ferry.", 5, "officers"),
     ("At least one sailor, a cook from the port, was freed.", 1, "sailor"),
     ("The council drew up a 12-page plan for the valley.", 12, "pages"),
     ("The patrol, which held the nine captured, left at dawn.", 9, "captured"),
     ("The cells measured about 9'x 7' and had no windows.", 9, "feet"),
     ("The blast killed 40 people and left 135 injured.", 135, "injured"),
     ("A seven-year-old boy was pulled from the river.", 7, "years old"),
     ("Of the 64 on board, 52 were rescued.", 64, "people"),
     ("A man aged 81 was found alive on Friday.", 81, "years old"),
     ("The driver, of 58 years, was unhurt.", 58, "years old"),
     ("The island has a population of about 8,000.", 8000, "people"),
     ("The trawler, with a crew of 23, sank off the cape.", 23, "crew"),
     ("The tremor measured 5.8 on the Richter scale.", 5.8, "magnitude"),
     ("The tunnel cost $4.1 billion to build.", 4.1e9, "USD")],
    ids=["words-with-modifiers", "one-singular", "hyphenated-noun", "participle-noun",
         "feet-marks", "number-injured", "age-in-words", "on-board", "aged", "of-n-years",
         "population-of",
         "crew-of", "richter", "decimal-billions"],
)
def test_counts_and_measures_written_in_news_forms(text: str, value: float, unit: str) -> None:
    found = _by_value(make(text))
    assert value in found and found[value].claim.unit == unit


def test_a_count_split_in_apposition_borrows_the_noun() -> None:
    a = make("The nine guards, six from the north gate and three from the south gate, "
             "came back.")
    found = _by_value(a)
    assert found[9].claim.unit == "guards"
    assert found[6].claim.unit == found[3].claim.unit == "guards"


def test_the_n_were_counts_what_was_counted_before() -> None:
    a = make("Rangers arrested 14 poachers in the park. The 14 were released on bail.")
    assert [(m.claim.value, m.claim.unit) for m in extract_quantities(a)] == [
        (14, "poachers"), (14, "poachers")]
    lone = make("The 14 were released on bail on Friday.")
    assert extract_quantities(lone) == []


def test_the_evaluation_matches_a_gold_figure_to_the_claim_with_its_unit() -> None:
    from storyweave.facts.evaluate import _match_quantities
    from storyweave.model import Claim, Fact

    claims = (Claim(article="a1", text="t", span=(0, 1), value=2.0, unit="people"),
              Claim(article="a1", text="t", span=(5, 6), value=2.0, unit="m"))
    facts = [Fact(id=f"f{i}", kind="quantity", label="x", status="single",
                  independent_accounts=1, claims=(c,)) for i, c in enumerate(claims)]
    gold = [{"doc": "d", "value": 2, "unit": "m", "fact": "rise"},
            {"doc": "d", "value": 2, "unit": "people", "fact": "missing"}]
    pairs, scores = _match_quantities(gold, facts, {"d": "a1"})
    assert {(g["fact"], f.id) for g, f in pairs} == {("rise", "f1"), ("missing", "f0")}
    assert scores["quantity_f1"] == 1.0


def test_a_part_of_a_count_counts_the_same_noun() -> None:
    found = _by_value(make("Police said 3 of the 12 suspects were released on bail."))
    assert found[3].claim.unit == found[12].claim.unit == "suspects"
    assert found[3].part and not found[12].part


def test_a_list_of_figures_counts_what_its_lead_in_names() -> None:
    a = make("Provinces gave these numbers of dead on Friday:\n\n* North - about 1,200\n\n"
             "* Coast - more than 700\n")
    found = _by_value(a)
    assert found[1200].claim.unit == found[700].claim.unit == "dead"
    assert found[700].claim.qualifier == "more than" and "death" in found[700].frame


def test_a_bare_amount_in_millions_takes_the_currency_before_it() -> None:
    found = _by_value(make("Citizens gave 120 million euros, on top of the 90 million the "
                           "state promised."))
    assert found[9e7].claim.unit == "EUR" and found[9e7].dimension == "money:EUR"


def test_a_score_gives_its_noun_to_both_sides() -> None:
    found = _by_value(make("The board approved the plan by 7 votes to 4 on Monday."))
    assert found[7].claim.unit == found[4].claim.unit == "votes"


def test_a_figure_without_a_noun_borrows_from_the_nearest_figure_of_its_size() -> None:
    a = make("Wire reports on the quake:\n\n* Agency A - \"the toll passed 12,100, and 2 million "
             "people were homeless.\"\n\n* Agency B - \"at least 12,400 ...\"")
    assert _by_value(a)[12400].claim.unit == "deaths"


def test_above_and_beyond_are_lower_bounds_even_after_a_toll() -> None:
    found = _by_value(make("Officials fear the toll could climb beyond 3,000. Above 200 homes "
                           "were lost."))
    assert found[3000].claim.qualifier == "more than" and found[3000].claim.unit == "deaths"
    assert found[200].claim.qualifier == "more than" and found[200].claim.unit == "homes"


def test_a_time_of_day_on_the_24_hour_clock_is_no_duration() -> None:
    def hours(text: str) -> list[float]:
        return [m.claim.value for m in extract_quantities(make(text))
                if m.claim.unit == "hours"]

    assert hours("The ship was attacked at about 1100 hrs IST on Tuesday.") == []
    assert hours("The navy reached the tanker at 1230 hours and boarded it.") == []
    assert hours("Pirates fired on it at 0930 hrs local time, the navy said.") == []
    assert hours("The crew logged 1200 hours of overtime this year.") == [1200.0]
    assert hours("The siege lasted 1100 hours in all.") == [1100.0]  # no clock cue


def test_an_agreement_note_names_the_figure_most_articles_write() -> None:
    texts = ["The club offered as much as $184 million for the player, a report said.",
             "The club offered at least $160 million for the player.",
             "The club offered more than $160 million for the player, people said.",
             "The club has offered at least $160 million over eight years."]
    articles = [make(t, outlet=o) for t, o in zip(texts, "abcd", strict=True)]
    facts = cross_check(articles, [(a.id,) for a in articles], NO_MODELS)
    fact = _fact_with(facts, 160_000_000)
    assert fact.status == "agree", fact.note
    assert fact.note.startswith("agree on 160 million"), fact.note


def test_figures_that_agree_within_rounding_say_how_each_was_written() -> None:
    a = make("The boxer weighed 130 pounds at Friday's weigh-in.", outlet="a")
    b = make("The boxer weighed 135 pounds at Friday's weigh-in.", outlet="b")
    c = make("The boxer weighed 130 pounds at the weigh-in on Friday.", outlet="c")
    facts = cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], NO_MODELS)
    fact = _fact_with(facts, 135)
    assert fact.status == "agree"
    assert fact.note == ("agree on 130 pounds; written as: 130 pounds (2 articles), "
                         "135 pounds (1 article)")


def test_the_two_sides_of_a_record_are_one_figure_in_a_note() -> None:
    a = make("Vance improved to 58-3 (51 KO), while Dorr fell to 36-3 (24 KO).", outlet="a")
    b = make("Vance, now 58-3 with 51 knockouts, stopped Dorr (36-3, 24 KOs) in the sixth "
             "round.", outlet="b")
    facts = cross_check([a, b], [(a.id,), (b.id,)], NO_MODELS)
    for fact in facts:
        assert "written as" not in (fact.note or ""), fact.note


def test_two_ages_of_one_person_disagree_however_round_they_look() -> None:
    a = make("Police arrested Mark Steinberg, 48, on Friday.", outlet="a")
    b = make("Police arrested Mark Steinberg, 50, on Friday.", outlet="b")
    c = make("Police said Steinberg, 48, had no record.", outlet="c")
    facts = cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], NO_MODELS)
    fact = _fact_with(facts, 50)
    assert fact.status == "conflict", fact.note
    assert fact.note.startswith("figures differ: 48 years old (2 articles)")
