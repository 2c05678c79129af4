"""Date faults of new dev piles: 'expects' looks ahead, an adjective participle after a noun
is no past, 'beginning <date>', the reported clause's own tense, 'the day before yesterday',
habitual months, the year of a full date just written, and a date that modifies a noun."""

from __future__ import annotations

import datetime as dt

from storyweave.facts.dates import day_in
from test_facts_dates import resolved


def test_expects_looks_ahead() -> None:
    february = "2012-02-10"
    assert resolved("The bank expects to finish the merger in March.", february)[
        "in March"] == "2012-03"
    assert resolved("The maker says it expects the sale to close by its second quarter, "
                    "which ends January 31.", "2007-11-20")["January 31"] == "2008-01-31"
    assert resolved("Buyers can expect the new tablet to reach shops later in May.",
                    "2011-05-03")["in May"] == "2011-05"


def test_an_adjective_participle_after_a_noun_is_no_past() -> None:
    april = "2012-04-24"
    assert resolved("From May 2, shop owners interested in joining can call the office.",
                    april)["May 2"] == "2012-05-02"


def test_beginning_a_date_after_publication_looks_ahead_within_the_year() -> None:
    april = "2012-04-24"
    assert resolved("Beginning June 20, the old forms are no longer accepted.", april)[
        "June 20"] == "2012-06-20"
    assert resolved("Starting July 1, fares go up by a tenth.", april)["July 1"] == "2012-07-01"


def test_a_reported_clause_after_that_keeps_its_own_tense() -> None:
    april = "2012-04-24"
    assert resolved("The clerk did say that after May 3 voters will be able to apply.",
                    april)["May 3"] == "2012-05-03"
    assert resolved("The mayor said on Friday the road reopens.", april)["on Friday"] \
        == "2012-04-20"


def test_the_day_before_yesterday_and_after_tomorrow() -> None:
    wed = "2024-03-06"
    assert resolved("The day before yesterday the river burst its banks.", wed)[
        "yesterday"] == "2024-03-04"
    assert resolved("The fair opens the day after tomorrow.", wed)["tomorrow"] == "2024-03-08"
    assert resolved("Yesterday the river burst its banks.", wed)["Yesterday"] == "2024-03-05"


def test_a_month_of_a_habitual_sentence_is_no_date() -> None:
    march = "2024-03-06"
    assert "in May" not in resolved("The fishing season, which usually opens in May, is long.",
                                    march)
    assert resolved("The fishing season opened in May.", march)["in May"] == "2023-05"


def test_a_bare_day_takes_the_year_of_the_full_date_just_written() -> None:
    text = ("The flood began on Friday, March 9, 2012, in the valley. Three days later the "
            "water rose again, and rescuers arrived around noon March 12 at the dam.")
    assert resolved(text, "2013-06-02")["March 12"] == "2012-03-12"
    far = ("The dam was built on March 9, 2001. The council will inspect it on March 12.")
    assert resolved(far, "2013-03-02")["March 12"] == "2013-03-12"


def test_a_date_that_modifies_a_noun_dates_no_event() -> None:
    thursday = dt.date(2010, 3, 4)
    assert day_in("A strong aftershock of the magnitude 7.1, February 20 quake struck the "
                  "coast on Tuesday night.", thursday) == dt.date(2010, 3, 2)
    assert day_in("On February 20 rescuers reached the coast.", thursday) == dt.date(
        2010, 2, 20)


def test_a_weekday_right_after_a_full_date_is_its_neighbour() -> None:
    text = ("The storm reached the coast on Sunday, March 14, 2010 at dawn. Hours earlier, on "
            "Saturday, crowds had left the beaches.")
    assert resolved(text, "2010-10-20")["on Saturday"] == "2010-03-13"
    text = ("The storm reached the coast on Sunday, March 14, 2010 at dawn. That Sunday the "
            "mayor closed the port.")
    assert resolved(text, "2010-10-20")["Sunday"] == "2010-03-14"
    plain = ("The storm reached the coast on Sunday, March 14, 2010 at dawn. On Saturday the "
             "town council met again.")
    assert resolved(plain, "2010-10-20")["On Saturday"] == "2010-10-16"


def test_the_timeline_takes_the_year_of_the_full_date_just_written() -> None:
    from test_summary import make as make_article
    from test_summary import run

    a = make_article("The flood began on Friday, March 9, 2012, in the valley.\n\n"
                     "Rescuers reached the dam around noon March 12 with two boats.",
                     published="2013-06-02")
    _, timeline = run([a], words=60)
    assert [e.date for e in timeline] == ["2012-03-09", "2012-03-12"]
