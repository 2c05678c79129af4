"""Facts, session 9 (speakers, second half): an issued statement, release or message whose
issuer no sentence names ('“...,” a statement reads') is the article's main body, as 'the
company' is; a statement whose issuer is named keeps that issuer, and one from an article with
no body to give keeps the document. Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader
from storyweave.facts.evaluate import same_speaker

_read = speaker_reader()

_PLANT = ("Brightwell Foods Inc. said on Tuesday that a fire had shut its plant in Ohio.\n"
          "The fire started in a storage room, Brightwell Foods said.\nTwo workers were hurt.\n")
FORMS = [
    pytest.param(_PLANT + "“This is a sad day for all of our workers and their families,” a "
                 "statement reads.", "This is a sad", "Brightwell Foods Inc",
                 id="statement-reads"),
    pytest.param(_PLANT + "“We are working closely with the fire service on the cause of it,” "
                 "the statement said.", "We are working", "Brightwell Foods Inc",
                 id="the-statement-said"),
    pytest.param(_PLANT + "“Our thoughts are with the two workers and with their families "
                 "tonight,” the release said.", "Our thoughts are", "Brightwell Foods Inc",
                 id="release-said"),
]


@pytest.mark.parametrize(("text", "start", "want"), FORMS)
def test_an_issued_document_with_no_issuer_is_the_main_body(text: str, start: str,
                                                            want: str) -> None:
    got = _read(text)
    key = next(k for k in got if start.startswith(k) or k.startswith(start))
    assert same_speaker(want, got[key]), got


def test_a_statement_with_no_body_in_the_article_keeps_the_document() -> None:
    text = ("A storm cut power to the valley on Sunday night.\nCrews worked through the night.\n"
            "“Power should be back for most homes by noon on Monday,” the statement said.")
    got = _read(text)
    assert list(got.values()) == ["the statement"], got
