"""The report's and web app's fact order: conflicts first, then the facts most accounts back,
figures and quotes before entity mentions (as the terminal lists them); a date fact says
its day."""

from __future__ import annotations

from storyweave.facts.status import date_status
from storyweave.model import Claim, Fact
from storyweave.web.storyview import ReportLinks, fact_rows
from test_facts_dates import make


def _fact(label: str, kind: str, status: str, accounts: int) -> Fact:
    claim = Claim(article="a", text="x", span=(0, 1))
    return Fact(id=label, kind=kind, label=label, status=status,
                independent_accounts=accounts, claims=(claim,) * accounts)


def test_main_figures_come_before_entity_mentions() -> None:
    facts = [
        _fact("Aldgate", "entity", "agree", 3),
        _fact("Bexley", "entity", "agree", 2),
        _fact("people killed", "quantity", "agree", 3),
        _fact("amount pledged (USD)", "quantity", "conflict", 2),
        _fact("a quote", "quote", "agree", 2),
        _fact("boats", "quantity", "single", 1),
    ]
    labels = [row["f"].label for row in fact_rows(facts, {}, ReportLinks())]
    assert labels == ["amount pledged (USD)", "people killed", "a quote", "Aldgate", "Bexley",
                      "boats"]


def test_an_agreed_date_fact_names_its_day() -> None:
    from storyweave.facts.dates import extract_dates

    a = make("The ferry sank on Tuesday (9 April 2013) off the cape.", "2013-04-09", "a")
    b = make("The ferry sank off the cape on 9 April 2013, the coast guard said.",
             "2013-04-10", "b")
    mentions = [m for x in (a, b) for m in extract_dates(x)]
    assert {str(m.claim.value) for m in mentions} == {"2013-04-09"}
    assert date_status(mentions) == ("agree", "2013-04-09")
