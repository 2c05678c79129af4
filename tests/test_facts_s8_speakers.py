"""Facts, session 8 (speakers): broad readings of who speaks, each a form any news story
can take: a person NER typed as something else, a name with an apostrophe, a pronoun that
cannot mean a role noun of the other gender. Every text here is written for the test."""

from __future__ import annotations

from facts_story import make, speaker_reader
from storyweave.facts.entities import alias_key, find_names
from storyweave.facts.entity_kinds import _gendered_people
from storyweave.facts.gender import agrees, gender_of

_read = speaker_reader()


def _speakers(text: str) -> list[str | None]:
    return list(_read(text).values())


def test_a_name_with_an_apostrophe_is_found() -> None:
    text = "The film surprised Velora Films' Sean O'Malley.\nO’Malley said so."
    kinds = {alias_key("Sean O'Malley"): "person", ("o", "malley"): "person"}
    found = [n.text for n in find_names(make(text), kinds)]
    assert found == ["Sean O'Malley", "O’Malley"]


def test_a_possessive_is_no_part_of_a_name() -> None:
    text = "Kestrel's Moreau said the plant would close."
    kinds = {("kestrel", "s", "moreau"): "person", ("moreau",): "person"}
    assert [n.text for n in find_names(make(text), kinds)] == ["Moreau"]


def test_a_speaking_name_written_of_as_she_is_a_person() -> None:
    text = ("The singer Lark Ambery died on Friday.\nAmbery said she would never sing again "
            "after her last tour.\nThe Ambery Trust closed in May.")
    kinds = {("lark", "ambery"): "organisation", ("ambery",): "organisation",
             ("ambery", "trust"): "organisation", ("the", "ambery"): "organisation"}
    out = _gendered_people([make(text)], kinds)
    assert out[("lark", "ambery")] == "person" and out[("ambery",)] == "person"
    assert out[("ambery", "trust")] == "organisation"  # no 'she' for the trust's name
    assert out[("the", "ambery")] == "organisation"  # a title, not a name


def test_a_silent_name_keeps_its_type() -> None:
    text = "Her Southern charm won the town.\nSouthern said the line would reopen."
    assert _gendered_people([make(text)], {("southern",): "group"}) == {("southern",): "group"}


def test_a_role_noun_has_the_gender_of_its_noun() -> None:
    assert gender_of("The stage actress", "") == "she"
    assert not agrees("he", "the stage actress", "")
    assert agrees("she", "a police spokeswoman", "") and agrees("he", "the lawyer", "")


def test_he_skips_an_actress_for_her_publicist() -> None:
    text = ("Actress enters rehab\n\nThe stage actress has checked into a clinic in Malibu, "
            "according to her publicist, Tom Ruiz.\n\n“We ask you to respect her privacy at "
            "this time,” he said.")
    assert _speakers(text) == ["Tom Ruiz"]


def test_two_bare_roles_before_a_name_title_the_name() -> None:
    text = ("Coach fired\n\n“Decisions of this kind are never easy for any of us,” team "
            "president and general manager Ana Ruiz said.\n\n“We did what had to be done,” "
            "said harbour businessman and blogger Tom Aldous, a critic of the board.")
    assert _speakers(text) == ["Ana Ruiz", "Tom Aldous"]


def test_a_source_between_the_quote_and_its_verb() -> None:
    text = ("Coach fired\n\n“It is not all on the coach this season,” a source with knowledge "
            "of the club's thinking said Saturday afternoon.")
    assert _speakers(text) == ["a source with knowledge"]


def test_a_chain_of_abbreviated_titles_before_the_name() -> None:
    text = ("Killer sentenced\n\n“This is the kind of crime that calls for the most severe "
            "sentence,” said Dist. Atty. Ana Ruiz.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_quoted_someone_as_saying_gives_the_one_quoted() -> None:
    text = ("Shooting\n\n“The officers just jumped out of the car so fast,” the Daily Courier "
            "quoted witness Tom Aldous as saying.")
    assert _speakers(text) == ["Tom Aldous"]


def test_a_title_cut_from_its_name_by_a_line_break() -> None:
    text = ("Church fire\nFire crews worked through the night at the old church.\n“We have no "
            "idea what caused it yet,” the Rev.\nTom Aldous of the Harbour Church said "
            "Saturday.\nThe building was empty.")
    assert _speakers(text) == ["Tom Aldous"]


def test_the_official_is_the_one_introduced_with_three_words_before_the_role() -> None:
    text = ("Fire deaths\n\nA senior fire department official said crews were held back.\n\n"
            "“Several crucial minutes were lost at the gate,” the official said.")
    assert _speakers(text) == ["a senior fire department official"]


def test_a_pattern_cut_noun_phrase_is_read_whole() -> None:
    text = ("Strike\n\nA government official downplayed the unrest saying that “for years "
            "there have been strikes and protests in this country” without result.")
    assert _speakers(text) == ["A government official"]


def test_a_persons_name_is_capitalised_in_every_word() -> None:
    text = "Ruiz overturns the rule\nAna Ruiz said the rule was wrong. Ruiz Overturns it."
    kinds = {("ruiz", "overturns"): "person", ("ana", "ruiz"): "person", ("ruiz",): "person"}
    found = [n.text for n in find_names(make(text), kinds)]
    assert found == ["Ana Ruiz", "Ruiz Overturns"]  # not 'Ruiz overturns' in lower case


def test_a_headline_verb_after_a_name_is_no_part_of_it() -> None:
    from storyweave.facts.entity_kinds import _without_headline_verbs

    text = "Ruiz Reverses Lane On Harbour Rule\nThe mayor reversed the harbour rule on Monday."
    kinds = {("ruiz", "reverses", "lane"): "person", ("ruiz",): "person",
             ("tom", "mattes"): "person", ("tom",): "person"}
    assert set(_without_headline_verbs([make(text + " Tom Mattes won.")], kinds)) == {
        ("ruiz",), ("tom", "mattes"), ("tom",)}  # 'Mattes' is never written in lower case


def test_no_speaker_from_there_or_this() -> None:
    text = ("Fires\n\nThere is an old saying that “once is chance and twice is coincidence” "
            "in these parts.\n\nIn a statement, producers had this to say about their choice, "
            "“Tom Aldous is a consummate entertainer and a fine host.”")
    assert _speakers(text) == [None, "producers"]


def test_initials_are_found_with_or_without_their_stops() -> None:
    text = "T.J. Ruiz spoke first. TJ Ruiz spoke again."
    found = [n.text for n in find_names(make(text), {alias_key("T.J. Ruiz"): "person"})]
    assert found == ["T.J. Ruiz", "TJ Ruiz"]


def test_a_quote_after_a_short_quotes_attribution_continues_it() -> None:
    text = ("Barbershop talk\nTwo men talked outside the shop.\n“See that guy?” said Tom "
            "Aldous, 39, a telemarketer who was there for a haircut.\n“He can ride on the "
            "sidewalk all day and nobody stops him.”\nThe barber agreed.")
    assert _speakers(text) == ["Tom Aldous"]


def test_reported_speech_with_a_long_apposition_introduces_the_quote() -> None:
    text = ("Office shooting\nThe victim was 33.\nTom Aldous, another retired harbour "
            "journalist who knew the victim's father from their days working on the coast, "
            "said he met the family years ago.\n“They are a very close family and always "
            "were.”\nThe funeral is on Friday.")
    assert _speakers(text) == ["Tom Aldous"]


def test_a_person_introduced_right_before_a_quote_paragraph_speaks_it() -> None:
    text = ("Bank blast\nA bomb went off at the bank on Friday.\nTom Aldous, 17, who works at "
            "the petrol station across the road, also heard the blast.\n“At first I thought "
            "it was thunder, until I saw the smoke.”\nPolice closed the road.")
    assert _speakers(text) == ["Tom Aldous"]


def test_a_person_named_before_is_not_introduced_again() -> None:
    text = ("Bank blast\nTom Aldous runs the petrol station across the road.\nA bomb went off "
            "at the bank on Friday.\nTom Aldous, the owner, also heard the blast.\n“At first "
            "I thought it was thunder, until I saw the smoke.”\nPolice closed the road.")
    assert _speakers(text) == [None]


def test_a_description_means_the_person_just_named_as_subject() -> None:
    text = ("Navy action\nThe navy had sunk a trawler in November.\nThough the navy was "
            "criticised for it, Admiral Tom Aldous had declared that his force did nothing "
            "wrong.\n“The flag of the owner does not change what the crew were doing,” said "
            "the navy chief.\nThe ministry agreed.")
    assert _speakers(text) == ["Tom Aldous"]


def test_a_description_after_an_unnamed_event_stays_as_written() -> None:
    text = ("Looting\nA crowd gathered after the vigil.\nThe crowd looted a shop on the "
            "avenue.\nThe manager said, “They poured in here like forty or fifty at a time.”\n"
            "Police arrived later.")
    assert _speakers(text) == ["the manager"]


def test_a_name_after_a_personal_title_is_a_person() -> None:
    from storyweave.facts.entity_kinds import _titled_people

    text = "Tom Aldous runs the harbour.\nProfessor Aldous said so. The Harbour Trust agreed."
    a = make(text)
    names = [n for n in find_names(a, {("aldous",): "organisation"})]
    kinds = {("tom", "aldous"): "organisation", ("aldous",): "organisation",
             ("harbour", "trust"): "organisation"}
    assert _titled_people([a], names, kinds) == {("tom", "aldous"): "person",
                                                 ("aldous",): "person",
                                                 ("harbour", "trust"): "organisation"}


def test_he_on_the_next_line_goes_on_with_the_speaker_just_quoted() -> None:
    text = ("Strike\nThe finance minister, Paul Henry, defended the cuts on Monday.\n"
            "“We will be on the streets every day until they listen to us,” said farmer Tom "
            "Aldous, who gets a small pension.\n“It is our fault too, all the mistakes of "
            "thirty years,” he said.\nThe strike goes on.")
    assert _speakers(text) == ["Tom Aldous", "Tom Aldous"]


def test_a_speech_verb_opening_the_quote_gives_its_own_speaker() -> None:
    text = ("Plant shooting\n\nShe walked in again, firing at an employee who had followed "
            "her in and had yelled, “Hide, she has got a gun in her bag!” Lt. Tom Aldous said."
            "\n\nThe shot missed.")
    assert _speakers(text) == ["an employee"]


def test_an_ex_wife_is_a_woman() -> None:
    text = "The body of Ana Ruiz, 48, Tom Aldous' ex-girlfriend, was found on Monday."
    assert gender_of("Ana Ruiz", text) == "she"


def test_she_of_a_woman_who_said_she_stays_hers() -> None:
    text = ("Flood\n\nMs. Lena Vos runs the shop.\nAna Ruiz, 58, who has lived on the street for "
            "years, said she left with her two dogs. “By the time I got to the end of the "
            "road the water was at my knees,” she said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_name_set_off_before_said_she_is_a_woman() -> None:
    assert gender_of("Ana Ruiz", "Tom's mother, Ana Ruiz, said she cares for them.") == "she"
    assert gender_of("FBI", "He was a source in the FBI, said he was right.") is None
