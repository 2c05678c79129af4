"""Date facts: a day inside a week or a month is no conflict with it."""

from __future__ import annotations

from storyweave.facts import cross_check
from storyweave.facts.status import date_status
from test_facts_dates import NO_MODELS, make


def test_a_day_inside_a_week_or_month_agrees_with_it() -> None:
    from storyweave.facts.dates import extract_dates

    a = make("The river closed the valley road on Thursday (20 October 2011) again.",
             "2011-10-20", "a")
    b = make("The river will keep the valley road closed into next week, engineers said.",
             "2011-10-14", "b")
    c = make("The river closed the valley road in October again.", "2011-11-02", "c")
    mentions = [m for x in (a, b, c) for m in extract_dates(x)]
    assert sorted(str(m.claim.value) for m in mentions) == ["2011-10", "2011-10-20", "2011-W42"]
    assert date_status(mentions) == ("agree", "2011-10-20")
    other = make("The river closed the valley road on Thursday (27 October 2011) again.",
                 "2011-10-27", "d")
    clash = [m for x in (b, other) for m in extract_dates(x)]
    assert date_status(clash)[0] == "conflict"
    facts = [f for f in cross_check([a, b], [(a.id,), (b.id,)], NO_MODELS) if f.kind == "date"]
    assert all(f.status != "conflict" for f in facts)
