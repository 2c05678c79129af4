"""How the facts evaluation matches gold quotes and speakers: punctuation at a quote's edges and
a leading article in a speaker do not decide a match."""

from __future__ import annotations

from storyweave.facts.evaluate import quote_key, same_speaker


def test_a_gold_start_keeping_its_full_stop_still_prefixes_the_quote() -> None:
    assert quote_key("The lights are on.").startswith(quote_key("The lights are on"))
    assert quote_key("The lights are on").startswith(quote_key("The lights are on."))


def test_a_leading_ellipsis_and_spacing_do_not_count() -> None:
    assert quote_key("…and then  the river rose") == "and then the river rose"
    assert quote_key("...and then the river rose") == "and then the river rose"


def test_different_words_still_differ() -> None:
    assert not quote_key("The lights are off").startswith(quote_key("The lights are on."))


def test_a_leading_article_does_not_decide_a_speaker() -> None:
    assert same_speaker("a fire service spokesman", "Tarnow Fire Service spokesman")
    assert same_speaker("the county prosecutor", "county prosecutor in the Vell case")


def test_a_bare_role_after_an_article_still_names_no_one_in_particular() -> None:
    assert not same_speaker("the prosecutor", "prosecutor in the Vell case")
    assert not same_speaker("Radio Lumen reporter", "a reporter")


def test_one_description_matches_under_either_article() -> None:
    assert same_speaker("the witness", "a witness")
    assert same_speaker("An officer", "the officer")
    assert not same_speaker("the witness", "a neighbour")


def test_speakers_that_differ_still_differ() -> None:
    assert not same_speaker("a fire service spokesman", "a police spokesman")
    assert not same_speaker("the prosecutor", "the defence lawyer")
    assert not same_speaker("Ana Ruiz", None)


def test_a_role_for_a_body_is_the_body_s_role() -> None:
    gold = "Harbour Authority spokesperson"
    assert same_speaker(gold, "a spokesperson for the Harbour Authority")
    assert same_speaker("a spokesman of the Port Board", "Port Board spokesman")
    assert not same_speaker(gold, "a spokesperson for the Port Board")
