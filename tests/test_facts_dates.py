"""Dates: explicit and relative dates resolved against the publication date, and compared."""

from __future__ import annotations

from datetime import date

import pytest

from storyweave.facts import cross_check
from storyweave.facts.dates import extract_dates
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

NO_MODELS = FactSettings(entities=False, embeddings=False)


def make(text: str, published: str | None, outlet: str = "x") -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, published=published, sentences=split_sentences(text))


def resolved(text: str, published: str | None) -> dict[str, str]:
    a = make(text, published)
    return {a.span_text(m.claim.span): str(m.claim.value) for m in extract_dates(a)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The ministers met on Wednesday in the capital.", "on Wednesday", "2024-03-06"),
        ("The ministers met Monday in the capital.", "Monday", "2024-03-04"),
        ("The delegation will travel on Friday.", "on Friday", "2024-03-08"),
        ("Last week the bridge closed.", "Last week", "2024-W09"),
        ("Yesterday it rained for hours.", "Yesterday", "2024-03-05"),
        ("The talks began on February 27 at noon.", "February 27", "2024-02-27"),
        ("The report came out on 3 January 2019.", "3 January 2019", "2019-01-03"),
        ("In May, the law was passed.", "In May", "2023-05"),
        ("Schools stay shut until Thursday.", "until Thursday", "2024-03-07"),
    ],
)
def test_dates_resolve_against_the_publication_date(text: str, expression: str,
                                                     value: str) -> None:
    assert resolved(text, "2024-03-06")[expression] == value  # a Wednesday


def test_relative_dates_without_a_publication_date_are_left_out() -> None:
    found = resolved("They met on Wednesday; the report of 3 January 2019 agreed.", None)
    assert found == {"3 January 2019": "2019-01-03"}


def test_one_event_with_two_dates_is_a_conflict() -> None:
    a = make("The harbour bridge reopened to traffic on Tuesday after repairs.", "2024-03-08",
             "a")
    b = make("The harbour bridge reopened to traffic on Thursday after repairs.", "2024-03-08",
             "b")
    c = make("The harbour bridge reopened to traffic on March 5 after repairs.", "2024-03-09",
             "c")
    facts = [f for f in cross_check([a, b, c], [(a.id,), (b.id,), (c.id,)], NO_MODELS)
             if f.kind == "date"]
    assert len(facts) == 1 and facts[0].status == "conflict"
    assert {c.value for c in facts[0].claims} == {"2024-03-05", "2024-03-07"}


def test_a_weekday_before_a_full_date_is_part_of_it() -> None:
    found = resolved("The quake struck on Saturday, February 27, 2010 at 03:34.", "2010-10-24")
    assert found == {"Saturday, February 27, 2010": "2010-02-27"}
    found = resolved("Service failed last week Friday (14 October 2011), the firm said.",
                     "2011-10-20")
    assert found["Friday (14 October 2011"] == "2011-10-14"  # not the next Friday


def test_a_day_without_a_year_takes_the_year_its_article_writes_for_it() -> None:
    text = ("The bombings of July 7, 2005 killed 52 people.\n\n"
            "Three of the July 7 bombers had visited the camp.")
    assert resolved(text, "2008-05-01")["July 7"] == "2005-07-07"


def test_days_and_weekdays_are_past_unless_the_sentence_speaks_of_the_future() -> None:
    published = "2005-07-12"  # a Tuesday
    assert resolved("Leaders condemned the attacks on Thursday.", published)[
        "on Thursday"] == "2005-07-07"
    assert resolved("Leaders will meet on Thursday.", published)["on Thursday"] == "2005-07-14"
    assert resolved("The truck was hit on June 8 near the bridge.", "2013-05-03")[
        "June 8"] == "2012-06-08"  # more than a month ahead: last year's
    assert resolved("The vote is on July 20 in the capital.", published)[
        "July 20"] == "2005-07-20"  # within a month: this year's
    assert resolved("Traffic stopped due to repairs on Thursday.", published)[
        "on Thursday"] == "2005-07-07"  # 'due to' is 'because of', not the future


def test_the_timeline_and_the_fact_table_agree_on_a_day() -> None:
    from storyweave.facts.dates import day_in, written_years

    published = date(2005, 7, 12)
    for sentence in ("Leaders condemned the attacks on Thursday.",
                     "Leaders will meet on Thursday.",
                     "Traffic stopped due to repairs on Thursday."):
        assert day_in(sentence, published).isoformat() == resolved(sentence, "2005-07-12")[
            "on Thursday"]
    text = "The bombings of July 7, 2005 killed 52.\n\nThe bombs went off on July 7 at 8.50am."
    assert day_in("The bombs went off on July 7 at 8.50am.", date(2008, 5, 1),
                   written_years(text)) == date(2005, 7, 7)


def test_a_lowercase_month_word_before_a_number_is_not_a_date() -> None:
    assert resolved("Residents may 10 times have complained about it.", "2031-03-12") == {}
    assert resolved("Residents complained on May 10 about it.", "2031-03-12") == {
        "May 10": "2030-05-10"}  # two months after publication: last year's


def test_a_year_said_in_words_or_after_a_comma_is_the_dates_year() -> None:
    published = "2010-05-06"
    assert resolved("The jet that crashed on June 1 last year carried 228.", published) == {
        "June 1 last year": "2009-06-01"}  # not June 1 of the article's own year
    assert resolved("The talks that began in March last year failed.", published) == {
        "in March last year": "2009-03"}
    assert resolved("The vote will be held in March next year.", published) == {
        "in March next year": "2011-03"}
    assert resolved("He shot the deputy in June, 2005.", "2007-03-20") == {
        "in June, 2005": "2005-06"}


def test_a_month_the_sentence_looks_ahead_to_is_the_next_one() -> None:
    assert resolved("The player will be 29 in April.", "2008-12-15") == {"in April": "2009-04"}
    assert resolved("The player turned 29 in April.", "2008-12-15") == {"in April": "2008-04"}


def test_the_words_a_date_belongs_to_set_its_tense_not_the_whole_sentence() -> None:
    published = "2010-05-04"  # a Tuesday
    assert resolved("The package unveiled on Sunday will be voted on Thursday.", published) == {
        "on Sunday": "2010-05-02", "on Thursday": "2010-05-06"}
    assert resolved("The measures to be voted on Thursday were unveiled on Sunday.",
                    published) == {"on Thursday": "2010-05-06", "on Sunday": "2010-05-02"}
    # a past verb before a day later in the year than publication: last year's day
    assert resolved("The coach, fired on June 8, is seeking a job and will sue.",
                    "2005-06-01") == {"June 8": "2004-06-08"}
    assert resolved("The goal is passage by Friday.", published) == {"by Friday": "2010-05-07"}


def test_a_day_word_inside_a_name_is_no_date() -> None:
    published = "2010-05-04"
    assert resolved("According to USA Today, the building was evacuated.", published) == {}
    assert resolved("She will be back on the network for Oscar Sunday.", published) == {}
    assert resolved("Yesterday, the torch went out twice.", published) == {
        "Yesterday": "2010-05-03"}
    assert resolved("President Smith Tuesday signed the bill.", published) == {
        "Tuesday": "2010-05-04"}


def test_a_day_naming_a_thing_without_its_year_is_not_placed() -> None:
    assert resolved("The show was delayed by the September 11 attacks.", "2012-07-28") == {}
    text = "The attacks of September 11, 2001 changed travel. Since the September 11 attacks..."
    assert set(resolved(text, "2012-07-28").values()) == {"2001-09-11"}


def test_the_same_day_written_in_several_articles_is_one_fact() -> None:
    texts = ["The singer, a former model, was born in Leeds on March 3, 1931, to a miner.",
             "Ms. Vale, who was born March 3, 1931, died on Tuesday in a London hospital.",
             "Born on March 3, 1931, in Yorkshire, Vale became a star of the 1950s."]
    articles = [make(t, "2008-12-12", outlet=o) for t, o in zip(texts, "abc", strict=True)]
    facts = cross_check(articles, [(a.id,) for a in articles], NO_MODELS)
    born = [f for f in facts if f.kind == "date" and f.claims[0].value == "1931-03-03"]
    assert len(born) == 1 and len(born[0].claims) == 3 and born[0].status == "agree"


def test_a_dates_tense_is_read_in_its_own_sentence_not_at_its_place_in_the_article() -> None:
    text = ("The agency reviewed the rule for months.\n\nThe rule was set aside by the "
            "government on Feb. 10. Officials will publish a new draft next year.")
    assert resolved(text, "2009-03-05")["Feb. 10"] == "2009-02-10"  # not 2010's


def test_today_is_no_date_fact() -> None:
    assert resolved("We can grow our economy today, the president said.", "2009-03-04") == {}


def test_the_verb_nearest_a_date_sets_its_tense() -> None:
    text = ("The agency reviewed the rule for months.\n\nThe rule, which officials say will "
            "be rewritten, was sidelined by the previous government on Feb. 10.")
    assert resolved(text, "2009-03-05")["Feb. 10"] == "2009-02-10"
    assert resolved("The mayor prepares to mark her first 100 days in office on Wednesday.",
                    "2009-04-28")["on Wednesday"] == "2009-04-29"
