"""Timelines: dates read from the text, resolved against publication, merged and cited."""

from __future__ import annotations

import datetime as dt

import pytest

from storyweave.facts.dates import day_in
from test_summary import make, run

WED = dt.date(2031, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks opened on Monday in the capital.", "2031-03-10"),
        ("The council will meet again on Friday to decide.", "2031-03-14"),
        ("The minister arrived on Wednesday morning.", "2031-03-12"),
        ("The river is projected to peak on Saturday evening.", "2031-03-15"),
        ("The storm hit the coast yesterday afternoon.", "2031-03-11"),
        ("The dam was finished on 4 June 1998 after years of work.", "1998-06-04"),
        ("The vote is set for April 2, officials said.", "2031-04-02"),
        ("The dispute began on Dec. 30 last year.", "2030-12-30"),
        ("The report was filed on 2029-11-05 by the agency.", "2029-11-05"),
        ("Residents may 10 times have complained about it.", None),
        ("Nothing in this sentence names a day at all.", None),
        ("Two bridges were shut, and schools will stay closed until Friday.", None),
        ("The minister said Monday that the talks would go on.", "2031-03-10"),
        ("Fighting broke out late Tuesday near the port.", "2031-03-11"),
        ("Monday's vote was postponed.", "2031-03-10"),
    ],
)
def test_dates_resolve_against_publication(text, expected):
    day = day_in(text, WED)
    assert (day.isoformat() if day else None) == expected


def test_weekdays_need_a_publication_date():
    assert day_in("The talks opened on Monday in the capital.", None) is None
    assert day_in("The dam was finished on 4 June 1998.", None) == dt.date(1998, 6, 4)


def test_timeline_is_ordered_merged_and_cited():
    a = make("Crews closed the harbour road on Monday after a landslide.\n\n"
             "The ferry service will resume on Friday, the port authority said.",
             published="2031-03-12")
    b = make("The harbour road was closed by crews on Monday after a landslide.\n\n"
             "Geologists surveyed the cliff on Tuesday and found new cracks.",
             published="2031-03-12")
    c = make("A landslide in 2019 had damaged the same road for months.",
             published="2031-03-13")
    _, timeline = run([a, b, c], words=60)
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert dates == ["2031-03-10", "2031-03-11", "2031-03-14"]
    monday = timeline[0]
    assert {x.article for x in monday.citations} == {a.id, b.id}
    assert [e.planned for e in timeline] == [False, False, True]  # 'will resume on Friday'
    for event in timeline:
        for cite in event.citations:
            article = {x.id: x for x in (a, b, c)}[cite.article]
            assert "road" in article.span_text(cite.span) or "cliff" in article.span_text(
                cite.span) or "ferry" in article.span_text(cite.span)


def test_timeline_respects_its_limit():
    text = "\n\n".join(f"The river rose by {i} centimetres on Monday near gauge {i}, "
                       f"the agency reported." for i in range(20))
    from storyweave.settings import SummarySettings
    from storyweave.summary import summarize
    from test_summary import EMB

    _, timeline = summarize([make(text)], (), (), SummarySettings(timeline_events=5),
                            embedder=EMB)
    assert len(timeline) == 5


def test_a_date_that_names_a_thing_does_not_date_the_sentence():
    tuesday = dt.date(2009, 7, 7)
    assert day_in("A memorial to the victims of the July 7, 2005 bombings was unveiled on "
                   "Tuesday.", tuesday) == tuesday
    assert day_in("The judge sentenced him for the March 11, 2005, incident.", tuesday) is None
    assert day_in("The bombs went off on July 7, 2005 in the morning.", tuesday) == dt.date(
        2005, 7, 7)


def test_a_date_inside_a_clause_about_a_named_thing_does_not_date_the_sentence():
    day = dt.date(2031, 6, 9)
    assert day_in("Divers recovered part of the tail of the jet, which crashed into the sea on "
                  "June 1.", day) is None
    assert day_in("The debris may be from a cargo plane that went missing on June 1.", day) is None
    assert day_in("Officials said that the jet crashed into the sea on June 1.", day) == dt.date(
        2031, 6, 1)


def test_today_in_a_name_dates_no_timeline_event():
    day = dt.date(2031, 3, 12)
    assert day_in("According to USA Today, the building was evacuated.", day) is None
    assert day_in("Today, the torch went out twice.", day) == day


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # published on Wednesday 2031-03-12
        ("The driver was jailed Monday for the thefts he committed on June 3, 2029.",
         "2031-03-10"),
        ("Trains ran again after a landslide caused by the storm, which hit on Sunday.", None),
        ("Flights had resumed after being grounded on Sunday, the airport said.", None),
        ("The thieves who robbed the bank on May 2nd had planned it for weeks.", None),
        ("Nine fishermen seized by coastguards on March 3 are still held.", None),
        ("A clerk told the court the files were shredded two days after a search warrant "
         "was issued on May 4, 2030.", None),
        ("The mayor, who has been silent since his arrest began last Thursday, spoke to "
         "reporters Tuesday.", "2031-03-11"),
        ("She is accused of fraud between Feb. 2, 2027, and May 9, 2029.", None),
        ("The fund paid out from Jan. 5, 2030 to June 1, 2030.", None),
        # still dated: the main clause's own day, and a clause that ends before the date
        ("The thieves who robbed the bank were caught on Monday.", "2031-03-10"),
        ("Fishermen were seized by coastguards on March 3.", "2031-03-03"),
        ("The team won after extra time on Sunday.", "2031-03-09"),
        ("Two sailors who had been held since 2029 were freed on Tuesday.", "2031-03-11"),
        ("The vote was moved from March 2 to March 9.", "2031-03-09"),
    ],
)
def test_a_date_in_a_subordinate_clause_does_not_date_the_sentence(text, expected):
    day = day_in(text, WED)
    assert (day.isoformat() if day else None) == expected
