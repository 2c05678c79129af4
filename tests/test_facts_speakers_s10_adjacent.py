"""Quote speakers, session 10: the sentence next to a quote. A short quoted answer's
attribution names who goes on ('“No,” he said. “...”'), a quote no verb attributes takes the
person the sentence before is about or credits, a split quote's verb is its own, and ’’ closes
a “ quote. Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader
from storyweave.facts.quote_marks import find_quote_spans, marked


@pytest.fixture(scope="module")
def speakers():  # noqa: ANN201
    return speaker_reader()


def test_a_short_answer_names_who_goes_on(speakers) -> None:  # noqa: ANN001
    text = ("The harbour reopened on Saturday after a week of storms.\n\n"
            "“That is perfect,” Halvard Moen said. “It is the mark of a crew that works for "
            "the whole town.”\n\nMore later.")
    assert speakers(text)["It is the"] == "Halvard Moen"
    titled = text.replace("Halvard Moen said", "Dr. Halvard Moen said")
    assert speakers(titled)["It is the"] == "Halvard Moen"
    scare = ("The harbour reopened on Saturday.\n\nThe plan was called “a hoax” by critics. "
             "“We will sail again by Friday if the weather holds.”\n\nMore later.")
    assert speakers(scare)["We will sail"] is None  # a short quote inside its sentence


def test_a_short_answer_with_a_pronoun_names_who_goes_on(speakers) -> None:  # noqa: ANN001
    text = ("Harbour master Halvard Moen watched the ferries leave on Saturday.\n\n"
            "“Oh, really? Yes,” he assures himself. “I did not sleep at all that week.”\n\n"
            "More later.")
    assert speakers(text)["I did not"] == "Halvard Moen"


def test_a_sentence_reporting_its_own_speech_does_not_take_the_quote(speakers) -> None:  # noqa: ANN001
    text = ("The band recorded its first album in a week.\n\n"
            "“I once visited the studio with our parents,” Dale Varga wrote. “We went to an old "
            "steakhouse downtown after the session.” Marta Varga added that the letter he wrote "
            "was kind.\n\nMore later.")
    assert speakers(text)["We went to"] == "Dale Varga"


def test_a_named_subject_of_the_sentence_before_speaks(speakers) -> None:  # noqa: ANN001
    text = ("The hearing went on for hours in the committee room.\n\n"
            "Rep. Ilse Vogt asked whether the rocket would be ready. “We need an answer on "
            "this today,” she said.\n\n"
            "Vogt returned to the issue later in the hearing. “What launch vehicles exist "
            "today that can reach the Moon by 2024?”\n\nMore later.")
    assert speakers(text)["What launch vehicles"] == "Ilse Vogt"


@pytest.mark.parametrize("before", [
    "The tuft cell, Halvard Moen said, is constantly sensing the products in the gut. ",
    "It is not clear which function came first, Halvard Moen says. Just because scientists "
    "found the “taste” receptors first, ",
])
def test_a_sentence_crediting_a_person_gives_the_next_quote(speakers, before: str) -> None:  # noqa: ANN001
    text = ("Professor Halvard Moen studies the gut.\n\n" + before
            + "“once some of those products go out of whack, the cells can respond.”\n\n"
            "More later.")
    assert speakers(text)["once some of"] == "Halvard Moen"


@pytest.mark.parametrize("before", [
    "Halvard Moen was arrested at the harbour on Monday.",
    "The river rose again overnight near the harbour.",
])
def test_only_a_sentence_about_a_person_acting_gives_a_speaker(speakers, before: str) -> None:  # noqa: ANN001
    text = ("Harbour master Halvard Moen lives by the sea.\n\nThe boats left. Moen walked to "
            "the harbour at dawn. “We lost two boats and a shed in the night.”\n\n" + before
            + " “The water came into every house on the street before dawn.”\n\nMore later.")
    got = speakers(text)
    assert got["We lost two"] == "Halvard Moen" and got["The water came"] is None


def test_a_colon_clause_after_another_quote_names_its_subject(speakers) -> None:  # noqa: ANN001
    text = ("The film needed a song.\n\nAt the last minute, a demo came in. “It grabbed me "
            "by the heart the moment I heard it,” Tom Harper said. “It just connected.” Maria "
            "Santos, who phoned in from the Chicago set of “Fargo,” had a similar experience: "
            "“It was just that immediate feeling of knowing the song.”\n\nMore later.")
    assert speakers(text)["It was just"] == "Maria Santos"


def test_a_split_quote_with_an_apposition_is_the_named_person(speakers) -> None:  # noqa: ANN001
    text = ("Ana Ruiz met him at the office.\n\n“He could have had a longer career,” Halvard "
            "Moen, Ana’s husband and the firm’s editor in chief, said, “if he had been more "
            "disciplined about his writing” and stuck to one genre or written a series.\n\n"
            "More later.")
    assert speakers(text)["He could have"] == "Halvard Moen"


def test_an_adverb_between_subject_and_verb(speakers) -> None:  # noqa: ANN001
    text = ("Ilse Vogt won her place in the final.\n\n“Can I give it to James?” Vogt tearfully "
            "asked before apologizing to the host.\n\nMore later.")
    assert (speakers(text)["Can I give"] or "").endswith("Vogt")


def test_a_body_issuing_a_statement_is_not_the_he_in_the(speakers) -> None:  # noqa: ANN001
    text = ("Halvard Moen runs the Blue Party's campaign.\n\n"
            "In a reflection of the confusion, the Electoral Commission, which regulates "
            "campaign finances, issued a statement warning that “voters are entitled to "
            "transparency from campaigners.”\n\nMore later.")
    assert speakers(text)["voters are entitled"] == "Electoral Commission"


def test_two_right_single_marks_close_a_double_quote() -> None:
    text = ("“It was an attempt to mislead voters,’’ Ana Ruiz told the BBC. “And I think it "
            "is wrong.”\nIt warned that “voters are entitled to transparency.’’ Later, it "
            "said it has no “role in regulating content.’’\n")
    assert [text[s:e] for s, e in find_quote_spans(text)] == [
        "It was an attempt to mislead voters,", "And I think it is wrong.",
        "voters are entitled to transparency.", "role in regulating content."]
    assert len(marked(text)) == len(text)
    text = "The girls’’ team won, and the ‘big’’ game was on Sunday."
    assert marked(text)[9:11] == "’’"  # no “ open: an apostrophe and a closing mark


def test_a_quote_closed_by_right_single_marks_keeps_its_speaker(speakers) -> None:  # noqa: ANN001
    text = ("Groups cried foul.\n\n“It was an attempt to mislead voters,’’ Ana Ruiz, chief "
            "executive of Full Fact, told the BBC. “And I think it is inappropriate for a "
            "serious party to do that.”\n\nMore later.")
    got = speakers(text)
    assert got["It was an"] == "Ana Ruiz"
    assert got["And I think"] == "Ana Ruiz"


def test_a_caption_label_with_a_role_after_a_slash(speakers) -> None:  # noqa: ANN001
    text = ("The trial opened on Monday.\nAna Ruiz/Defence Attorney: “I am not going to offer "
            "any comments on the testimony.”\nMore later.")
    assert speakers(text)["I am not"] == "Ana Ruiz"


def test_notified_reports_speech(speakers) -> None:  # noqa: ANN001
    text = ("The dairy stopped its payments.\n\n“We will make no further payment on our loans "
            "this year,” Karen Olsen, president of the dairy, notified the board on Aug. 1.\n\n"
            "More later.")
    assert speakers(text)["We will make"] == "Karen Olsen"


@pytest.mark.parametrize("before", [
    "Asked whether the plants would reopen, Laura Kessler shook her head. ",
    "After the unions met Tom Harper, Laura Kessler went on television. ",
])
def test_a_clause_before_the_subject_of_the_sentence_before(speakers, before: str) -> None:  # noqa: ANN001
    text = ("The company closed two plants in March.\n\n" + before
            + "“We will not reopen the plants this year, whatever the unions say.”\n\n"
            "More later.")
    assert speakers(text)["We will not"] == "Laura Kessler"
