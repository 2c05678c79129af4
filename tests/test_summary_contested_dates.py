"""A summary sentence is contested on a date only when it states a date itself: a sentence
cited from a passage whose date the accounts dispute, but that says no date, is not.
Texts written for the test."""

from __future__ import annotations

from storyweave.ids import article_id
from storyweave.model import Article, Citation, Claim, Fact, SummarySentence
from storyweave.sentences import split_sentences
from storyweave.summary.contested import flag

_TEXT = ("Police said on Friday that the keeper and his son were found with burns in the shed. "
         "The shed had been locked for a week.")


def _article(text: str) -> Article:
    return Article(id=article_id(text), source="mem", text=text, published="2031-05-10",
                   sentences=split_sentences(text))


def _date_conflict(a: Article) -> Fact:
    at = a.text.index("on Friday")
    first = Claim(article=a.id, text=a.text[:85], span=(at + 3, at + 9), value="2031-05-09",
                  unit="day", sentence_span=(0, 85))
    other = Claim(article="b2", text="Police said on Thursday that ...", span=(12, 20),
                  value="2031-05-08", unit="day", sentence_span=(0, 30))
    return Fact(id="f1", kind="date", label="date (day)", status="conflict",
                independent_accounts=2, claims=(first, other))


def test_a_sentence_without_a_date_is_not_contested_on_a_date() -> None:
    a = _article(_TEXT)
    cited = (Citation(article=a.id, span=(0, 85)),)
    quiet = flag(SummarySentence(text="Police said the keeper and his son were found with "
                                      "burns in the shed.", citations=cited), [_date_conflict(a)])
    assert not quiet.contested and quiet.note is None


def test_a_sentence_that_states_the_date_is_contested() -> None:
    a = _article(_TEXT)
    cited = (Citation(article=a.id, span=(0, 85)),)
    loud = flag(SummarySentence(text=a.text[:85], citations=cited), [_date_conflict(a)])
    assert loud.contested and "date (day)" in (loud.note or "")
