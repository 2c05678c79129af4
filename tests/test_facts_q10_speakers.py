"""Speakers of round 10a: a verb-first attribution before a colon, a speaker with two roles
or two titles joined by 'and', and a trailing 'X said' after a quote deep in its sentence.
Texts written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader


@pytest.fixture(scope="module")
def speakers():  # noqa: ANN201 - text -> {first three words: speaker}
    return speaker_reader()


def test_a_verb_first_line_ending_in_a_colon_names_the_speaker(speakers) -> None:  # noqa: ANN001
    text = ("The ferry operator Brightwater lost its licence on Monday after the inquiry.\n"
            "Harbour master Tomasz Wrobel said the decision had been expected.\n"
            "Told the harbour master, Tomasz Wrobel: 'We warned them about the ramps twice.'\n"
            "The union's lawyer, Greta Lind, spoke after the hearing.\n"
            "Told Lind: 'The crews did what they could with old boats.'")
    got = speakers(text)
    assert got["We warned them"] == "Tomasz Wrobel"
    assert got["The crews did"] == "Greta Lind"


def test_a_line_that_merely_starts_with_said_and_a_colon_heading_is_not_read_so(speakers) -> None:  # noqa: ANN001
    text = ("Said to be the oldest bakery in town, it closed on Friday.\n"
            "\"We had no choice in the end,\" the owner, Rosa Pfeiffer, told reporters.")
    assert speakers(text)["We had no"] == "Rosa Pfeiffer"


def test_two_roles_joined_by_and_are_one_speaker(speakers) -> None:  # noqa: ANN001
    text = ("Cafes in the old town lost their connection for most of the morning.\n"
            "\"I hope they fix it soon, because my work is online,\" said a local painter "
            "and teacher, who asked not to be named.")
    got = speakers(text)["I hope they"]
    assert got is not None and got.endswith("painter and teacher")


def test_two_titles_joined_by_and_before_a_name_are_that_person(speakers) -> None:  # noqa: ANN001
    text = ("Velora agreed to buy the boat maker Kestrel for an undisclosed sum.\n"
            "\"We saw a chance to grow in ways we could not alone,\" said Kestrel CEO and new "
            "Velora general manager Daniel Moreau.")
    assert speakers(text)["We saw a"] == "Daniel Moreau"


def test_a_trailing_name_said_governs_a_quote_deep_in_its_sentence(speakers) -> None:  # noqa: ANN001
    text = ("Boat maker Velora named Marta Ruiz, a former racing sailor, as its new head.\n"
            "On the other hand, Velora plans to keep supporting Kestrel's existing buyers by "
            "selling boats \"for the foreseeable future,\" Ms. Ruiz said.")
    assert speakers(text)["for the foreseeable"] == "Marta Ruiz"


def test_a_paragraph_saying_a_body_issued_an_update_introduces_the_next_quote(
        speakers) -> None:  # noqa: ANN001
    text = ("Ferries across the bay stopped for two days after the storm.\n"
            "Brightwater Ferries has issued an update about the delays to its passengers.\n"
            "\"Two more boats went back into service this morning after repairs.\"\n"
            "Harbour staff were cleaning the piers.")
    assert speakers(text)["Two more boats"] == "Brightwater Ferries"


def test_a_paragraph_about_an_update_that_names_no_issuer_first_gives_no_speaker(
        speakers) -> None:  # noqa: ANN001
    text = ("Passengers complained after the ferry company issued an update late at night.\n"
            "\"Nobody told us anything until midnight.\"")
    assert speakers(text)["Nobody told us"] is None


def test_the_company_after_according_to_a_body_is_that_body(speakers) -> None:  # noqa: ANN001
    text = ("Ferries across the bay stopped for two days after the storm.\n"
            "According to Brightwater, the boats were back by Sunday evening.\n"
            "\"All routes run to the normal timetable again,\" the company said on Monday.")
    assert speakers(text)["All routes run"] == "Brightwater"


def test_the_company_with_no_body_named_before_stays_as_written(speakers) -> None:  # noqa: ANN001
    text = ("Ferries across the bay stopped for two days after the storm.\n"
            "\"All routes run to the normal timetable again,\" the company said on Monday.")
    assert speakers(text)["All routes run"] == "the company"


def test_found_guilty_in_a_headline_introduces_no_excerpt(speakers) -> None:  # noqa: ANN001
    text = ("Driver found GUILTY of arson because 'he wanted the insurance money'\n"
            "A jury convicted the driver on Friday after a week-long trial.")
    assert speakers(text)["he wanted the"] is None


def test_a_finding_that_quotes_an_excerpt_keeps_its_speaker(speakers) -> None:  # noqa: ANN001
    text = ("The inspector Hanna Vogt found \"serious failings in the way the kitchen was run\" "
            "after her visit.")
    assert speakers(text)["serious failings in"] == "Hanna Vogt"
