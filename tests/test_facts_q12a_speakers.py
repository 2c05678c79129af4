"""Speakers and quote marks of round 12a: a body named by what it is with an acronym or an
appositive ('the US software giant', 'X, the world's largest maker of Y, said'), 'it' on the
line after a body's quote, a fragment quoted in the sentence right after a speaker's quote
(text written one sentence a line), a closing mark followed by a quoted title, an unclosed
quote that does not swallow the narration after it, 'crowed', and 'X Jr., a lawyer, told'.
Texts written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader
from storyweave.facts.quote_marks import quote_spans


@pytest.fixture(scope="module")
def speakers():  # noqa: ANN201 - text -> {first three words: speaker}
    return speaker_reader()


def test_an_acronym_and_a_noun_name_the_body_that_headed_the_story(speakers) -> None:  # noqa: ANN001
    text = ("Kestrel Networks ships a fix for its mail client\n"
            "Kestrel Networks was due to ship an urgent fix for its mail client on Monday.\n"
            "The US software maker said in response to \"the danger to every customer\" it had "
            "put teams to work on a cure.")
    assert speakers(text)["the danger to"].startswith("Kestrel Networks")


def test_the_company_is_the_body_an_appositive_calls_a_maker(speakers) -> None:  # noqa: ANN001
    text = ("Analysts feared Norvik would lose work in the long run.\n"
            "Norvik, the largest maker of custom boards, said on Monday it will go on building "
            "for its client.\n"
            "\"Our business will continue with the same partners as before,\" the company said "
            "in a statement.")
    assert speakers(text)["Our business will"] == "Norvik"


def test_it_on_the_line_after_a_body_is_quoted_is_that_body(speakers) -> None:  # noqa: ANN001
    text = ("Ferrano has released an update for its browser.\n"
            "The flaws \"could have been used to run code on the machine,\" said Ferrano.\n"
            "It is also asking users to upgrade and said it is \"not planning any further "
            "fixes for the old version\".")
    assert speakers(text)["not planning any"] == "Ferrano"


def test_a_fragment_in_the_next_sentence_line_is_the_last_speakers(speakers) -> None:  # noqa: ANN001
    text = ("The vote split the party along old lines.\n"
            "\"There is nothing brave about walking out on your friends,\" said commentator "
            "Paul Danner, a former aide.\n"
            "Ruiz \"shamed himself and everyone who stood beside him in the hall.\"\n"
            "But others praised the move.")
    assert speakers(text)["shamed himself and"] == "Paul Danner"


def test_a_fragment_after_narration_in_prose_keeps_no_speaker(speakers) -> None:  # noqa: ANN001
    text = ("\"There is nothing brave about walking out on your friends,\" said commentator "
            "Paul Danner, a former aide, on a long day of meetings in the capital.\n\n"
            "The outcome was \"a quiet and careful end to a long run of talks.\"")
    assert speakers(text)["a quiet and"] is None


def test_crowed_reports_speech(speakers) -> None:  # noqa: ANN001
    text = ("The rivals found a lot to smile about on the day of the deal.\n"
            "\"I thought it was just too good to be true,\" crowed Tellar chief executive "
            "Mira Okafor, in an interview.")
    assert speakers(text)["I thought it"] == "Mira Okafor"


def test_a_name_with_jr_then_a_role_then_told(speakers) -> None:  # noqa: ANN001
    text = ("Letters of support arrived all that spring.\n"
            "\"He has the skill and the record to lead the bureau well,\" Harlan B. Voss Jr., "
            "an attache in Lisbon and a long-serving agent, told the president in a letter.")
    assert speakers(text)["He has the"] in ("Harlan B. Voss Jr", "Harlan B. Voss Jr.")


def test_a_close_followed_by_a_quoted_title_closes_the_quote_left_open() -> None:
    text = ("He pointed to a clerk as the source.\n"
            "\"I was impressed.\n"
            "My man knew his stuff,\" Ruiz wrote in \"The Long Watch: A Memoir\" (2006).\n"
            "\"The note was a perfect cover for him, the very best craft.\"\n")
    found = [text[s:e] for s, e in quote_spans(text)]
    assert found[0] == "I was impressed.\nMy man knew his stuff,"
    assert "The Long Watch: A Memoir" in found
    assert found[-1].startswith("The note was")


def test_an_unclosed_quote_stops_before_a_line_that_narrates() -> None:
    text = ("If that happens, analyst Ana Ruiz said, \"it will open the doors for new partners "
            "and new deals.\n"
            "However, Okafor said there will be no change to supply.\n"
            "\"Our partner stays our partner,\" he said.\n")
    found = [text[s:e] for s, e in quote_spans(text)]
    assert found[0].startswith("it will open") and "Okafor" not in found[0]
    assert found[1] == "Our partner stays our partner,"


def test_she_after_a_kin_word_sets_off_a_name_is_that_person(speakers) -> None:  # noqa: ANN001
    text = ("\"We kept it quiet for all those years,\" Carl Voss Sr. wrote in his memoir.\n"
            "In the end his daughter, Lena, persuaded him to speak; after all, Tom Becker "
            "was sure to profit from the story anyway.\n"
            "\"We could at least pay some of the bills we owe,\" she told her father.")
    assert speakers(text)["We could at"] == "Lena"


def test_a_name_suffix_does_not_hide_a_mans_gender() -> None:
    from storyweave.facts.gender import agrees

    text = "Carl Voss Sr. kept his secret. Mr. Voss said little, and he kept to himself."
    assert not agrees("she", "Carl Voss Sr", text)
    assert agrees("he", "Carl Voss Sr", text)


def test_an_initial_before_an_o_apostrophe_name_is_not_an_abbreviation() -> None:
    from storyweave.facts.entities import alias_key

    assert alias_key("John D. O'Hara") == ("john", "d", "o", "hara")
    assert alias_key("the U.S. Navy") == alias_key("U.S. Navy")  # "the" before a name: no part


def test_as_a_body_puts_it_credits_the_body(speakers) -> None:  # noqa: ANN001
    text = ("Kestrel Networks showed its new laptop on Tuesday.\n"
            "The laptop will be, as Kestrel Networks puts it, \"the thinnest and lightest "
            "laptop we have ever made,\" and it ships in May.")
    assert speakers(text)["the thinnest and"] == "Kestrel Networks"


def test_one_of_his_names_the_owner(speakers) -> None:  # noqa: ANN001
    text = ("Carl Voss left office in disgrace two years later, when, one of his key aides "
            "would later say, it was clear that \"the papers had worked the whole thing out "
            "long before we did.\"")
    assert speakers(text)["the papers had"] == "one of Carl Voss's key aides"


def test_a_long_opening_phrase_before_he_leaves_the_name_after_an_object(speakers) -> None:  # noqa: ANN001
    text = ("Carl Voss ran the bureau's second office for a decade.\n"
            "A master of quiet work from his years in the field, he secretly helped Daily "
            "Ledger reporters Ana Ruiz and Tom Becker pursue the story.\n"
            "It was years before he spoke, admitting at last: \"I am the one they used to call "
            "the Ghost.\"")
    assert speakers(text)["I am the"] == "Carl Voss"


def test_a_hyphened_title_is_the_person_so_titled_before(speakers) -> None:  # noqa: ANN001
    text = ("Vice-Chancellor Ana Ruiz visited the damaged hall on Monday.\n"
            "Two offices were hit by the storm as well.\n"
            "\"Every room of the old hall was known to the builders,\" the Vice-Chancellor "
            "said.\n"
            "\"I am deeply sorry that all our work has come to this,\" she said.")
    found = speakers(text)
    assert found["Every room of"] == "Ana Ruiz"
    assert found["I am deeply"] == "Ana Ruiz"


def test_an_attribution_on_the_line_after_a_quote_that_closes_on_a_comma(speakers) -> None:  # noqa: ANN001
    text = ("Traffic was moved to other routes on Friday.\n"
            "Most calls \"from the north to the coast now run through the hills, which may "
            "slow them down,\"\n"
            "Kestrel Networks said in an update to its customers.\n"
            "Repairs will take a week.")
    assert speakers(text)["from the north"] == "Kestrel Networks"


def test_an_attribution_on_a_line_opening_in_lower_case(speakers) -> None:  # noqa: ANN001
    text = ("Carl Voss was found at home under the shower, fully clothed.\n"
            "\"Carl? He is the king of the kitchen! \"\n"
            "his mother told a local columnist.\n"
            "Voss, meanwhile, kept working.")
    assert speakers(text)["Carl? He is"] == "Carl Voss's mother"


def test_a_statement_after_a_line_ending_x_said_is_xs(speakers) -> None:  # noqa: ANN001
    text = ("Cables cut\n"
            "Calls between the two coasts were cut on Friday after two cables broke, "
            "Kestrel Networks said.\n"
            "\"The cause of the break, far out at sea, is not yet known,\" a statement said.")
    assert speakers(text)["The cause of"] == "Kestrel Networks"


def test_he_after_an_opening_clause_naming_someone_else_is_the_subject(speakers) -> None:  # noqa: ANN001
    text = ("\"I was just happy to get it over with,\" Carl Voss says.\n"
            "The old ways have lasted, from Voss to Tom Becker.\n"
            "While offering his congratulations to Becker, Voss is quick to add that the "
            "scoring record is the least important mark at the school.\n"
            "\"We never cared who scored the points,\" he says.")
    assert speakers(text)["We never cared"] == "Carl Voss"


def test_the_body_official_is_the_person_given_that_bodys_title(speakers) -> None:  # noqa: ANN001
    text = ("Three shells landed near the school, according to Tom Becker, UNCA's director "
            "of operations.\n"
            "Another school was empty, a senior official said.\n"
            "The men who died were \"people who had fled their homes that very morning,\" the "
            "UNCA official said.")
    assert speakers(text)["people who had"] == "Tom Becker"
