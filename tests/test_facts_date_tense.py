"""The tense a date is read in: the verb of its own clause, scheduled events in the present,
the future seen from the past, and participles after 'be'."""

from __future__ import annotations

from datetime import date

import pytest

from storyweave.facts.dates import dated_in
from test_facts_dates import resolved

WED = "2024-03-06"  # a Wednesday: the coming Saturday is 2024-03-09, the last one 2024-03-02
NEXT_SAT, LAST_SAT = "2024-03-09", "2024-03-02"


def _day(sentence: str, published: str = WED) -> str:
    found = dated_in(sentence, date.fromisoformat(published))
    assert found is not None
    return found[0].isoformat()


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Leeds begins its cup campaign Saturday at 3 p.m. against Hull.", "Saturday"),
        ("The Hawks face Denver at 7:30 p.m. Saturday in the opener.", "Saturday"),
        ("Denver plays at Boston on Saturday with a new goalkeeper.", "on Saturday"),
        ("Nobody knows what the striker's role is for Saturday.", "Saturday"),
        ("The club improved to 20-4 and advances to play Saturday in the final.", "Saturday"),
        ("The captain has 30 goals heading into Saturday's final against Hull.", "Saturday"),
        ("There are only six clubs left fighting for the title on Saturday.", "on Saturday"),
    ],
)
def test_a_weekday_of_a_scheduled_event_in_the_present_is_the_coming_one(
        text: str, expression: str) -> None:
    assert resolved(text, WED)[expression] == NEXT_SAT
    assert _day(text) == NEXT_SAT


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("Officials say Monday that the bridge will reopen in May.", "Monday", "2024-03-04"),
        ("The company says on Tuesday it will cut 300 jobs.", "on Tuesday", "2024-03-05"),
        ("The improved side beat Hull on Saturday.", "on Saturday", LAST_SAT),
        ("The team did not play on Saturday because of snow.", "on Saturday", LAST_SAT),
        ("The striker refused to play Saturday after the row.", "Saturday", LAST_SAT),
        ("The start of the race on Saturday was delayed.", "on Saturday", LAST_SAT),
    ],
)
def test_a_weekday_said_or_done_stays_in_the_past(text: str, expression: str,
                                                   value: str) -> None:
    assert resolved(text, WED)[expression] == value


def test_a_participle_after_be_is_no_past_whatever_its_ending() -> None:
    published = "2013-06-20"
    assert resolved("The funeral will be held on September 6 in Leeds.", published)[
        "September 6"] == "2013-09-06"
    assert resolved("The final will be run on Saturday in the rain.", WED)[
        "on Saturday"] == NEXT_SAT
    assert resolved("The film will be shown on Saturday at the hall.", WED)[
        "on Saturday"] == NEXT_SAT
    assert resolved("The funeral was held on September 6 in Leeds.", published)[
        "September 6"] == "2012-09-06"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("His family said they would hold a march Thursday to mark the anniversary.",
         "Thursday", "2024-03-07"),
        ("The minister was to open the bridge on Friday.", "on Friday", "2024-03-08"),
        ("The ferries were due to sail on Friday, the port said.", "on Friday", "2024-03-08"),
        ("The mayor was expected to speak on Friday, aides said.", "on Friday", "2024-03-08"),
        ("The fund is set to close on Friday, its manager said.", "on Friday", "2024-03-08"),
        # the plan of a past perfect did not happen: its day is past
        ("A witness had expected to testify on Monday but was moved to Friday.", "on Monday",
         "2024-03-04"),
    ],
)
def test_the_future_seen_from_the_past_looks_ahead(text: str, expression: str,
                                                   value: str) -> None:
    assert resolved(text, WED)[expression] == value


def test_a_plan_in_the_past_perfect_keeps_the_window_of_a_day_of_the_month() -> None:
    assert resolved("The levy the ministry had planned to impose Dec. 15 may yet be dropped.",
                    "2019-11-28")["Dec. 15"] == "2019-12-15"


def test_a_weekdays_expected_event_is_ahead() -> None:
    friday = "2024-03-08"
    found = resolved("The arrests came on the eve of Saturday's expected vote on the bill.",
                     friday)
    assert found["Saturday"] == NEXT_SAT


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("On Tuesday the minister said Britain will be forced to act.", "On Tuesday",
         "2024-03-05"),
        ("After the mayor's speech on Monday, the union had said that \"we bear you no ill "
         "will.\"", "on Monday", "2024-03-04"),
        ("On Monday the mayor told reporters: \"We will win.\"", "On Monday", "2024-03-04"),
        ("On Friday the council will vote on the plan.", "On Friday", "2024-03-08"),
        ("Saturday's match will be played behind closed doors.", "Saturday", NEXT_SAT),
    ],
)
def test_a_date_opening_a_sentence_takes_the_tense_of_the_verb_after_it(
        text: str, expression: str, value: str) -> None:
    assert resolved(text, WED)[expression] == value
    assert _day(text) == value
