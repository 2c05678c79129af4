"""Speakers of round 11a: a lone name the story reads as someone another article names
(a nickname, a shorter form), a body named by what it is ('the software maker'), a blog
or page that speaks for its owner, a headline's verb run into a name, 'the judge said',
'X quoted Y as saying' and words heard on a tape. Texts written for the test."""

from __future__ import annotations

import pytest

from facts_story import MODEL, make, speaker_reader
from storyweave.facts.entities import _name_part, index_entities
from storyweave.facts.entity_kinds import _without_headline_verbs
from storyweave.facts.quotes import extract_quotes


@pytest.fixture(scope="module")
def speakers():  # noqa: ANN201 - text -> {first three words: speaker}
    return speaker_reader()


def _story_speakers(*texts: str) -> list[dict[str, str | None]]:
    """{first three words: speaker} of each of several articles read as one story."""
    articles = [make(t, outlet=f"o{i}") for i, t in enumerate(texts)]
    index = index_entities(articles, MODEL)
    return [{" ".join(str(m.claim.value).split()[:3]): m.claim.speaker
             for m in extract_quotes(a, index.names[a.id], index.resolve)} for a in articles]


def test_a_first_name_is_the_person_this_article_names_not_a_nickname_elsewhere() -> None:
    nickname = ("The Hawks won again on Friday.\n"
                "As usual, the forward was Trusty Tom, said coach Ray Olsen.\n")
    article = ("Tom Becker said he will stay for his last season.\n"
               "His father, Rick Becker, had urged him to turn professional.\n"
               "\"I wanted to stay here and finish the job with my team,\" Tom said.\n")
    assert _story_speakers(nickname, article)[1]["I wanted to"] == "Tom Becker"


def test_a_surname_is_the_fuller_name_this_article_gives() -> None:
    short = "Fred Danner, a former aide, died on Monday.\nDanner said little in later years.\n"
    article = ("Frederick C. Danner, a former campaign aide, died on Monday at his home.\n"
               "His father, Ike Parsons Danner, had been an oil man.\n"
               "Frederick Danner later helped the campaign in the South.\n"
               "\"I joined in that scheme, at least by staying silent,\" Danner said.\n")
    assert _story_speakers(short, article)[1]["I joined in"] == "Frederick C. Danner"


def test_the_company_is_the_body_that_opened_a_sentence_before(speakers) -> None:  # noqa: ANN001
    text = ("Zentor Systems has released a patch for its mail client.\n"
            "The flaw affects every version of the client, researchers said.\n"
            "\"We are working with partners to protect every customer,\" the software maker "
            "said in an advisory.")
    assert speakers(text)["We are working"] == "Zentor Systems"


def test_a_blog_speaks_for_the_body_whose_blog_the_line_before_names(speakers) -> None:  # noqa: ANN001
    text = ("In a post on its security blog, Zentor Systems says the flaw is being used.\n"
            "The blog adds, \"There are only a few reports of attacks on the older clients.\"")
    assert speakers(text)["There are only"] == "Zentor Systems"


def test_a_plural_noun_opening_a_sentence_is_no_body(speakers) -> None:  # noqa: ANN001
    text = ("Buses across the valley ran late for most of the week.\n"
            "\"Every route runs to the timetable again,\" the operator company said.")
    assert speakers(text)["Every route runs"] == "the operator company"


def test_a_name_found_with_a_word_it_ran_on_into_is_cut_there() -> None:
    assert _name_part("Paul Danner dies") == "Paul Danner"
    assert _name_part("Paul Danner\nPublished") == "Paul Danner"
    assert _name_part("Ana de la Cruz") == "Ana de la Cruz"


def test_a_headline_verb_after_a_name_is_not_part_of_it() -> None:
    articles = [make("Aide Paul Danner Dies at 75\nPaul Danner died on Monday, his son said.")]
    kinds = {("paul", "danner"): "person", ("paul", "danner", "dies"): "person",
             ("ana", "maria", "ruiz"): "person", ("ana", "maria"): "person"}
    kept = _without_headline_verbs(articles, kinds)
    assert ("paul", "danner", "dies") not in kept
    assert ("ana", "maria", "ruiz") in kept  # 'ruiz' is written in no lowercase form


def test_the_judge_is_the_judge_named_before(speakers) -> None:  # noqa: ANN001
    text = ("Imposing a sentence of 12 years, Judge Harold P. Winter of the district court "
            "reflected on Mr. Carbone's career.\n"
            "\"He is a faded copy of his younger self,\" the judge said, \"an old man brought "
            "to account at last.\"")
    got = speakers(text)
    assert got["He is a"] == got["an old man"] == "Harold P. Winter"


def test_quoted_y_as_saying_gives_y(speakers) -> None:  # noqa: ANN001
    text = ("Mark Dunne, a defector, testified that even the rival boss, Leo Fratta, admired "
            "Mr. Carbone.\n"
            "\"He's as sly as they come,\" Mr. Dunne quoted Mr. Fratta as saying of Mr. Carbone.")
    got = speakers(text)["He's as sly"]
    assert got is not None and got.endswith("Fratta")  # not Dunne, who relays the words


@pytest.mark.parametrize("heard", ["was heard saying", "can be heard saying"])
def test_words_heard_on_a_tape_are_the_speakers(heard: str) -> None:
    text = ("Prosecutors played tapes seized at the ranch.\n"
            f"\"A loyal servant obeys every order and never asks why,\" Carl Brandt {heard} "
            "on one tape.")
    articles = [make(text)]
    index = index_entities(articles, None)
    got = extract_quotes(articles[0], index.names[articles[0].id], index.resolve)
    assert got[0].claim.speaker == "Carl Brandt"


def test_a_journal_speaks_for_the_one_who_kept_it(speakers) -> None:  # noqa: ANN001
    text = ("Prosecutors showed jurors a page from one of Carl Brandt's personal journals.\n"
            "The 2005 entry says: \"If the world knew what I was doing, they would stop me.\"\n"
            "An excerpt from hundreds of pages of Brandt's journals said the girl was \"pure "
            "and willing to obey in all things.\"")
    got = speakers(text)
    assert got["If the world"] == "Carl Brandt"
    assert (got["pure and willing"] or "").endswith("Brandt")  # the journals' keeper


def test_an_unnamed_voice_on_a_tape_is_the_person_the_tape_was_said_to_hold(speakers) -> None:  # noqa: ANN001
    text = ("Tapes played for jurors depicted Carl Brandt giving orders to the young wives, "
            "according to prosecutors.\n"
            "\"You have to be ready for the time I need you,\" a man's voice says.\n"
            "\"Just don't think about the pain; you are going to heaven,\" the man says.")
    got = speakers(text)
    assert got["You have to"] == got["Just don't think"] == "Carl Brandt"


def test_an_unnamed_voice_with_no_tape_named_before_stays_unnamed(speakers) -> None:  # noqa: ANN001
    text = ("Carl Brandt walked into the hall at noon.\n"
            "The lights went out a minute later.\n"
            "\"Stay where you are and keep calm,\" a man's voice said.")
    assert speakers(text)["Stay where you"] in (None, "a man's voice")


def test_an_article_opening_the_sentence_is_no_speaker() -> None:
    text = ("Carlo Venti spent his days playing cards at the club on the corner.\n"
            "A sign hung on the wall warning his associates against loose talk: \"This place "
            "is bugged and watched.\"")
    articles = [make(text)]
    index = index_entities(articles, None)
    got = extract_quotes(articles[0], index.names[articles[0].id], index.resolve)
    assert got[0].claim.speaker != "A"


def test_a_noun_that_reports_speech_names_its_speaker(speakers) -> None:  # noqa: ANN001
    text = ("Carlo Venti pleaded guilty on Monday.\n"
            "His lawyer, Nathan Kessel, offered the explanation that \"you reach a point where "
            "you are too old and too tired to fight.\"")
    assert speakers(text)["you reach a"] == "Nathan Kessel"


@pytest.mark.parametrize("text", [
    "Zentor Systems issued a security advisory on Tuesday.\n\"The flaw could let an attacker "
    "run code on a machine,\" the advisory said.",
    "Zentor Systems posted a bulletin on its site.\nThe bulletin says: \"The flaw could let an "
    "attacker run code on a machine.\""])
def test_an_advisory_or_bulletin_speaks_for_the_body_that_issued_it(speakers, text: str) -> None:  # noqa: ANN001
    assert speakers(text)["The flaw could"] == "Zentor Systems"


def test_a_quote_ending_in_a_quote_within_it_closes_before_its_speaker() -> None:
    text = ("Ruiz took the call that morning.\n"
            "\"He said, 'That's Tom Berg.\n"
            "He wants me to go out to the base and talk on a safe phone,' \"Ana Ruiz, "
            "recalling his words, told the paper last year.\n"
            "\"I said, 'Go get the nearest pay phone.\n"
            "That's just as good, and find out what he wants.' \"\n"
            "Ruiz later left the campaign.\n")
    articles = [make(text)]
    index = index_entities(articles, None)
    got = {str(m.claim.value)[:10]: m.claim.speaker
           for m in extract_quotes(articles[0], index.names[articles[0].id], index.resolve)}
    assert got == {"He said, '": "Ana Ruiz", "I said, 'G": "Ana Ruiz"}


def test_a_quote_whose_closing_mark_was_left_out_before_its_speaker() -> None:
    text = ("Paul Hale, an analyst at Lumen, said the fix came fast.\n"
            "\u201cIt is important to say that all versions are affected, Tara Voss, head of "
            "research at Tripline, says.\n"
            "\"Since attacks are happening now, everyone should install the fix at once.\u201d\n"
            "She adds, \u201cFor most users another browser is the best choice for now.\u201d")
    articles = [make(text)]
    index = index_entities(articles, None)
    got = {str(m.claim.value)[:10]: m.claim.speaker
           for m in extract_quotes(articles[0], index.names[articles[0].id], index.resolve)}
    assert got == {"It is impo": "Tara Voss", "Since atta": "Tara Voss",
                   "For most u": "Tara Voss"}
