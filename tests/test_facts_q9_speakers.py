"""Speakers of round 9a: a role noun or an acronym glued before a surname, and other
attributions found on unseen stories. Texts written for the test."""

from __future__ import annotations

import pytest

from facts_story import quote_speakers, speaker_reader

speakers = quote_speakers


def test_role_noun_glued_before_a_surname_is_the_named_person() -> None:
    text = ("Festival director Marta Kowalczyk said the line-up was the strongest yet.\n"
            "Director Kowalczyk, who founded the event, is sure that the crowds will come.\n"
            "\"When you see the stage at night you know it was worth the wait,\" she said.\n"
            "On the radio the ITV Kowalczyk interview ran twice.\n"
            "In a live interview with the ITV Kowalczyk admitted she had been nervous.\n"
            "\"I could not sleep for a week before the opening night,\" she said.")
    got = speakers(text)
    assert got["When you see"] == "Marta Kowalczyk"
    assert got["I could not"] == "Marta Kowalczyk"


def test_a_given_name_before_a_surname_is_not_a_label() -> None:
    text = ("Carl Brandt and his brother Peter Brandt ran the bakery for twenty years.\n"
            "\"We never closed a single day, not even in the flood,\" Peter Brandt said.")
    assert speakers(text)["We never closed"] == "Peter Brandt"


def test_an_unnamed_voice_overheard_speaks_once() -> None:
    text = ("Lena Marsh said she heard someone say, \"Get down, everybody, get down now,\" "
            "before the lights went out.\n"
            "\"I pulled my daughter under the table and waited,\" Marsh said.\n"
            "\"The noise went on for what felt like an hour.\"")
    got = speakers(text)
    assert got["Get down, everybody,"] == "someone"
    assert got["I pulled my"] == "Lena Marsh"
    assert got["The noise went"] == "Lena Marsh"  # not the voice


def test_the_judge_is_the_judge_named_before() -> None:
    text = ("County Judge Harold Okafor delayed the hearing after a witness fell ill.\n"
            "The witness had arrived early, Okafor said when the court reopened.\n"
            "\"The man is in no state to answer questions today,\" the judge said.")
    assert speakers(text)["The man is"] == "Harold Okafor"


def test_a_quote_after_said_colon_is_not_the_paper_that_relayed_it() -> None:
    text = ("Police Chief Dana Whitfield said: \"We are certainly pleased with how quickly "
            "the team worked,\" the Evening Courier reported.")
    assert speakers(text)["We are certainly"] == "Dana Whitfield"


def test_a_short_answer_makes_its_speaker_the_next_quotes() -> None:
    text = ("\"I saw the smoke first and then the flames,\" testified Rosa Lindqvist.\n"
            "When defence lawyer Tom Bakker asked whether she ran, Lindqvist quietly "
            "answered, \"Yes.\"\n"
            "\"I ran to the corner and called my brother from there.\"")
    assert (speakers(text)["I ran to"] or "").endswith("Lindqvist")  # not the lawyer



@pytest.fixture(scope="module")
def modelled():  # noqa: ANN201 - text -> {first three words: speaker}
    return speaker_reader()


def test_the_subject_of_the_clause_a_colon_ends_speaks(modelled) -> None:  # noqa: ANN001
    text = ("Chef Anton Weiss posted: \"A fine choice for the kitchen, well deserved\" "
            "whilst his former colleague Mira Solberg was more than happy with the news:\n"
            "\"BRILLIANT!\nBest choice they could have made for this place...\"\n"
            "Gallery owner Jonas Ekberg, one of the names tipped for the post, managed a joke "
            "amid all the fuss: \"Well, if it is me, my taxi is very late.\"")
    got = modelled(text)
    assert (got["A fine choice"] or "").endswith("Anton Weiss")
    assert (got["BRILLIANT! Best choice"] or "").endswith("Mira Solberg")
    assert (got["Well, if it"] or "").endswith("Jonas Ekberg")


def test_he_after_a_person_who_hinted_is_that_person(modelled) -> None:  # noqa: ANN001
    text = ("Tom Harris has chaired the chess club committee since 2009.\n"
            "\"The rules were written long ago and nobody reads them now,\" said Paul Brenner, "
            "an editor of the club magazine.\n"
            "The hope of a new format was dashed again, though Harris quietly hinted that "
            "change would come.\n"
            "\"The committee can change the rules, so it is not forbidden,\" he said.")
    got = modelled(text)
    assert got["The rules were"] == "Paul Brenner"
    assert (got["The committee can"] or "").endswith("Harris")


def test_a_name_after_a_comma_closed_quote_with_any_past_verb_speaks() -> None:
    text = ("The big reveal was promoted for a whole week.\n"
            "\"The votes are counted and the time has come to name the winner,\" CityRadio "
            "promoted on its website.\n"
            "\"For the last of the finalists, the clock is striking nine.\"")
    got = speakers(text)
    assert got["The votes are"] == "CityRadio"
    assert got["For the last"] == "CityRadio"


def test_the_aged_descriptor_is_the_person_named_last(modelled) -> None:  # noqa: ANN001
    text = ("Maria Lindgren, a long-time member of the choir, revealed that she had been "
            "chosen while touring in Spain.\n"
            "In a statement, the 48-year-old said: \"Being asked to lead this choir is an "
            "honour I never expected.\"")
    assert modelled(text)["Being asked to"] == "Maria Lindgren"


def test_he_after_an_opening_phrase_is_the_subject_not_the_object(modelled) -> None:  # noqa: ANN001
    text = ("\"It has been a long wait, but it has been worth it,\" Daniel Forsberg said.\n"
            "It is not the first time Forsberg has sung at the hall.\n"
            "At 60, he is the same age as Henrik Malm when he first conducted there.\n"
            "\"Standing on that stage again is a gift.\nI cannot wait to begin,\" he said.")
    assert (modelled(text)["Standing on that"] or "").endswith("Forsberg")


def test_he_in_a_clause_the_colon_ends_is_its_sentence_subject(modelled) -> None:  # noqa: ANN001
    text = ("Writer Anna Kovacs added to the messages:\n"
            "\"Thrilling and moving, the perfect choice for the part.\"\n"
            "Self confessed film geek Tom Blake from Riverside was the envy of his followers "
            "as he heard the news live, sitting among fellow fans as he tweeted:\n"
            "\"That was tense, I was sweating waiting for the big reveal!\"")
    got = modelled(text)
    assert (got["Thrilling and moving,"] or "").endswith("Anna Kovacs")
    assert (got["That was tense,"] or "").endswith("Tom Blake")


def test_a_paper_that_quoted_him_is_not_the_speaker() -> None:
    text = ("According to Lisa Grant, producer of the show, the host was picked \"because we "
            "want the evening to be fun and he can hold a stage,\" Variety quoted her as "
            "saying.")
    assert speakers(text)["because we want"] != "Variety"


def test_a_name_inside_a_quote_on_the_colon_line_is_not_its_subject(modelled) -> None:  # noqa: ANN001
    text = ("Author Jane Porter wrote to her readers.\n"
            "\"I'm sad that Catherine is not staying on with us,\" she wrote in a letter, "
            "but then noted that, with the new director:\n"
            "\"Torches and pitchforks are not going to be necessary.\"")
    assert modelled(text)["Torches and pitchforks"] != "Catherine"


def test_a_role_or_pronoun_subject_of_a_colon_line_speaks(modelled) -> None:  # noqa: ANN001
    text = ("Circuit Judge Helen Marsh handed down the longest sentence the law allows.\n"
            "The robbery had left the night guard, Judge Peter Vance's brother, badly hurt.\n"
            "The judge had advice for anyone who deals with the defendant in the future:\n"
            "\"Do not trust this man ever again, because he cannot be trusted.\"\n"
            "Singer Rosa Delgado was named host of the awards on Monday.\n"
            "In typical fashion, she released a jokey response to the news: \"I am so excited "
            "to be hosting the show for the second time.\"")
    got = modelled(text)
    assert (got["Do not trust"] or "").endswith("Helen Marsh")  # who acts, not who is named
    assert (got["I am so"] or "").endswith("Rosa Delgado")


def test_an_abbreviated_constable_title_is_read_through() -> None:
    text = ("\"Nobody could have prepared for a morning like this one,\" Harbour police "
            "Const. Ellen Brandt told a news conference.\n"
            "\"It is something no shop can ever plan for,\" Const. Brandt said.")
    got = speakers(text)
    assert (got["Nobody could have"] or "").endswith("Ellen Brandt")
    assert (got["It is something"] or "").endswith("Brandt")
    assert not (got["It is something"] or "").startswith("Const")
