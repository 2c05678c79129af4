"""Facts, session 9 (speakers): web-style attribution forms (bodies and unnamed people, a
person named only after the quote, statements, tweets, emails, letters and court filings, an
outlet told something, quotes over several paragraphs) and the readings added for those that
failed: a body called 'the company' that no sentence opens with, a description naming a person
titled only after the quote, a person shown as one by a role noun before the name, a body's
name opened by a possessive, documents of the courts as speakers, and a 'she' that the
sentence before the quote gives to someone else. Every text here is written for the test."""

from __future__ import annotations

import pytest

from facts_story import speaker_reader
from storyweave.facts.evaluate import same_speaker

_read = speaker_reader()

# (text, the quote's first words, the speaker the text gives)
FORMS = [
    pytest.param("Coworking firm Brightdesk cut 900 jobs on Tuesday.\n\n“We are focused on "
                 "building a sustainable business,” a Brightdesk spokesperson said.",
                 "We are focused", "a Brightdesk spokesperson", id="body-spokesperson"),
    pytest.param("The actor left the set early.\n\n“He was exhausted and needed a break,” an "
                 "insider told Glimmer News.", "He was exhausted", "an insider",
                 id="unnamed-told-outlet"),
    pytest.param("Mara Lindqvist runs the bakery on Elm Street.\n\n“We never expected this many "
                 "customers,” Lindqvist told the Daily Courier.", "We never expected",
                 "Mara Lindqvist", id="surname-told-outlet"),
    pytest.param("The label denied the claim.\n\n“At no point did we block the release of the "
                 "album,” Northgate Records said in a statement.", "At no point",
                 "Northgate Records", id="body-in-a-statement"),
    pytest.param("The airline grounded two jets on Monday. “The safety of our passengers comes "
                 "first,” according to a statement from Skyline Air.", "The safety of",
                 "Skyline Air", id="according-to-a-statement"),
    pytest.param("Singer Tovah Brennan reacted quickly.\n\n“I am heartbroken by the news and "
                 "thinking of the families,” Brennan wrote on Twitter.", "I am heartbroken",
                 "Tovah Brennan", id="wrote-on-twitter"),
    pytest.param("Senator Dale Ormond weighed in late on Friday.\n\n“This bill will cost working "
                 "families thousands of dollars,” he tweeted.", "This bill will", "Dale Ormond",
                 id="he-tweeted"),
    pytest.param("“We played with real courage tonight,” Harlow said after the match.\n\nCoach "
                 "Devin Harlow has led the club since 2017.", "We played with", "Devin Harlow",
                 id="surname-before-full-name"),
    pytest.param("Two men were arrested after the robbery.\n\n“The suspects fled on foot toward "
                 "the river,” officers said.", "The suspects fled", "officers", id="officers"),
    pytest.param("A teenager was stabbed outside a cinema on Saturday night.\n\n“My son did "
                 "nothing wrong, he was just walking home,” the victim's mother said.",
                 "My son did", "the victim's mother", id="victims-mother"),
    pytest.param("The watchdog published its findings on Thursday.\n\n“Oversight of the "
                 "programme was inadequate at every level,” the report said.", "Oversight of the",
                 "the report", id="the-report"),
    pytest.param("Peller Motors did not reply to questions. “We do not comment on rumours or "
                 "speculation,” spokeswoman Ines Varga said in an email.", "We do not",
                 "Ines Varga", id="in-an-email"),
    pytest.param("“Prices will keep rising through the winter,” said Lena Park, an analyst at "
                 "Corvid Capital.", "Prices will keep", "Lena Park", id="said-name-role"),
    pytest.param("Mayor Ruth Calder spoke at the opening.\n\n“This bridge took ten years to "
                 "build. It connects two halves of our town.\n\n“We owe the workers a great debt "
                 "of thanks,” Calder said.", "This bridge took", "Ruth Calder",
                 id="quote-over-two-paragraphs"),
    pytest.param("In a letter to shareholders, chairman Felix Tran wrote: “Our results this "
                 "quarter fell short of what we promised.”", "Our results this", "Felix Tran",
                 id="letter-colon"),
    pytest.param("Professor Ada Whitcombe studies volcanoes. “The eruption could come within "
                 "weeks,” she told Radio Meridian.", "The eruption could", "Ada Whitcombe",
                 id="she-told-outlet"),
    pytest.param("A woman, 34, was charged with arson.\n\n“We are grateful to the public for "
                 "their help,” Ferris County police said in a statement.", "We are grateful",
                 "Ferris County police", id="county-police"),
    pytest.param("Rapper Kobi Vance was released on bail.\n\n“My client is innocent and will be "
                 "cleared,” his lawyer, Nadia Burke, said.", "My client is", "Nadia Burke",
                 id="his-lawyer-name"),
    pytest.param("“We made mistakes and we are sorry,” Corbin Lyle, the founder of Beacon Labs, "
                 "wrote in a blog post.", "We made mistakes", "Corbin Lyle", id="blog-post"),
    pytest.param("“The vaccine was safe in all age groups,” according to Dr. Priya Nandan, who "
                 "led the trial.", "The vaccine was", "Priya Nandan", id="according-to-doctor"),
    pytest.param("Floodwater reached the first floor of many houses.\n\n“We lost everything in "
                 "one night,” one resident said.", "We lost everything", "one resident",
                 id="one-resident"),
    pytest.param("Kara Jensen told the Morning Post: “The plant should never have been "
                 "approved.”", "The plant should", "Kara Jensen", id="told-outlet-colon"),
    pytest.param("Dunmore Council said in a statement: “The road will stay closed until repairs "
                 "are complete.”", "The road will", "Dunmore Council", id="statement-colon"),
    pytest.param("“A turning point for the industry”\n\nAnalyst Rosa Kim was upbeat.\n\n“This is "
                 "a turning point for the industry,” Kim said.", "A turning point", "Rosa Kim",
                 id="sub-heading-repeats-body-quote"),
    pytest.param("“We are reviewing the footage and will act on what we find,” a Lakeshore "
                 "University spokesman said in an emailed statement.", "We are reviewing",
                 "a Lakeshore University spokesman", id="emailed-statement"),
    pytest.param("The man faces three counts of fraud. “He stole from people who trusted him,” "
                 "prosecutors said in court papers.", "He stole from", "prosecutors",
                 id="prosecutors-court-papers"),
    pytest.param("“Demand for chips is slowing in every market,” Vikram Desai, chief executive "
                 "of Orbis Semiconductor, told Reuters.", "Demand for chips", "Vikram Desai",
                 id="name-role-told-agency"),
    pytest.param("Police arrested a 19-year-old man on Sunday.\n\n“He was calm when we found "
                 "him,” Sgt. Luis Ortega told reporters. “He did not resist.”", "He did not",
                 "Luis Ortega", id="second-quote-same-paragraph"),
    pytest.param("Wendell Park, 71, has lived on the street for forty years.\n\n“I have never "
                 "seen a fire like this,” Park said.\n\n“The whole sky was orange. We grabbed "
                 "the dog and ran.”", "The whole sky", "Wendell Park",
                 id="quote-paragraph-goes-on"),
    pytest.param("In a statement, the Royal Ballet Company said: “We are deeply saddened by the "
                 "news.”", "We are deeply", "Royal Ballet Company", id="in-a-statement-colon"),
    pytest.param("“I am not going anywhere,” Kessler insisted on Monday.\n\nCoach Tom Kessler "
                 "has lost six games in a row.", "I am not", "Tom Kessler", id="named-later"),
    pytest.param("One Twitter user wrote: “This is the worst update the app has ever had.”",
                 "This is the", "One Twitter user", id="one-user-colon"),
    pytest.param("“We have never stopped her from performing,” Corvane Records said in a "
                 "statement to Glimmer News.", "We have never", "Corvane Records",
                 id="statement-to-outlet"),
    pytest.param("“He was a loving father and a hard worker,” the victim's family said in a "
                 "statement.", "He was a", "the victim's family", id="victims-family"),
    pytest.param("When asked about the lawsuit, Dana Kowalczyk replied: “I have nothing to say "
                 "about that.”", "I have nothing", "Dana Kowalczyk", id="replied-colon"),
    pytest.param("“I was shocked when I saw the pictures,” a neighbour, who asked not to be "
                 "named, told the Courier.", "I was shocked", "a neighbour",
                 id="unnamed-neighbour"),
]

FIXED = [  # forms the tool got wrong before this pass
    pytest.param("Quillon Inc. reported a loss of $2 million.\n\n“We remain confident in our "
                 "long-term strategy,” the company said.", "We remain confident", "Quillon Inc",
                 id="the-company-after-abbreviated-name"),
    pytest.param("Shares of Pallas Corp. fell 8% on Thursday after the chipmaker cut its "
                 "forecast.\n\n“Demand has weakened faster than we expected,” the company said.",
                 "Demand has weakened", "Pallas Corp", id="the-company-not-a-subject"),
    pytest.param("The tech giant Orvane unveiled a 16-inch laptop on Wednesday.\n\n“This is our "
                 "most powerful notebook ever,” the company said.", "This is our", "Orvane",
                 id="the-company-after-a-description"),
    pytest.param("Pop star Lina Vey, 29, cancelled her tour on Friday.\n\n“I need time to "
                 "heal,” the singer wrote on Instagram.", "I need time", "Lina Vey",
                 id="the-singer-named-before"),
    pytest.param("Lina Vey, 29, was seen in Paris on Friday with her husband.\n\n“I need time "
                 "to heal,” the star said.", "I need time", "Lina Vey", id="the-star"),
    pytest.param("“This was a cowardly act,” the senator tweeted on Saturday.\n\nSenator Hal "
                 "Brunner, a Republican, has called for tougher gun laws.", "This was a",
                 "Hal Brunner", id="the-senator-titled-after"),
    pytest.param("The firm was sued. “The defendants knowingly misled investors about the "
                 "risks,” the complaint says.", "The defendants knowingly", "the complaint",
                 id="the-complaint-says"),
    pytest.param("The suit, filed in Ventura County, seeks $5 million in damages.\n\n“The "
                 "company ignored repeated warnings about the faulty brakes,” the lawsuit says.",
                 "The company ignored", "the lawsuit", id="the-lawsuit-says"),
    pytest.param("The app's new rules drew anger online.\n\n“Why should I hand over my phone "
                 "number just to post a comment?” one Weibo user wrote.", "Why should I",
                 "one Weibo user", id="one-platform-user"),
    pytest.param("Talk show host Dana Quell just announced she will host the awards.\n\nIt "
                 "will be her second time in the job.\n\n“It is official: I am hosting! I "
                 "would like to thank my wife,” the comedian and talk show host wrote on "
                 "Twitter.", "It is official", "Dana Quell", id="the-comedian-and-host"),
    pytest.param("Voting will open in March, a message from the Central Electoral Board said "
                 "on Monday.\n\n“Two parties will compete for the seats,” the message said.",
                 "Two parties will", "Central Electoral Board", id="the-message-from-a-body"),
    pytest.param("The Coastal Transit Administration grounded the ferries on Wednesday.\n\n"
                 "“Safety is our top priority,” the agency said.", "Safety is our",
                 "Coastal Transit Administration", id="the-agency-as-the-body-before"),
    pytest.param("Actors Mia Torres and Leo Grant have split after three years.\n\n“We remain "
                 "close friends and ask for privacy,” the couple said in a joint statement.",
                 "We remain close", "the couple", id="the-couple"),
    pytest.param("Northgate Records denied the claim in a statement on Friday.\n\n“At no point "
                 "did we refuse permission for the songs to be played,” the label said.",
                 "At no point", "Northgate Records", id="the-label"),
    pytest.param("Brightwater Academy closed on Monday after a gas leak.\n\n“The safety of our "
                 "students comes first,” the school said in a letter to parents.",
                 "The safety of", "Brightwater Academy", id="the-school"),
    pytest.param("“This is the best phone we have ever made,” the executive said on stage.\n\n"
                 "Tarek Mansell, head of devices at Plumtree, unveiled the handset in Austin.",
                 "This is the", "Tarek Mansell", id="the-executive-introduced-after"),
    pytest.param("The director denied reports that his talks with the studio had stalled.\n\n"
                 "“Contrary to what has been reported, negotiations went smoothly from the "
                 "start.”\n\nDirector Paul Lenner will not return for the sequel.",
                 "Contrary to what", "Paul Lenner", id="a-description-reported-before"),
    pytest.param("“Our hearts go out to the family,” the school district said.",
                 "Our hearts go", "the school district", id="the-school-district"),
]


@pytest.mark.parametrize(("text", "opening", "speaker"), FORMS + FIXED)
def test_the_speaker_of_a_web_attribution_form(text: str, opening: str, speaker: str) -> None:
    found = _read(text)
    said = next(v for k, v in found.items() if k.startswith(opening) or opening.startswith(k))
    assert same_speaker(speaker, said), (speaker, said)


@pytest.mark.parametrize("verb", ["hit back", "shot back", "revealed to Glimmer News",
                                  "shared on Instagram", "gushed"])
def test_the_speech_verbs_of_web_copy(verb: str) -> None:
    text = ("Singer Lina Vey celebrated her birthday on Sunday.\n\n“This has been the best "
            f"year of my life so far,” Vey {verb}.")
    assert list(_read(text).values()) == ["Lina Vey"]


def test_a_letter_penned_before_a_quote_paragraph_is_the_writers() -> None:
    text = ("Author Dana Quell sent fans a note on Friday.\n\nQuell penned a letter that "
            "sought to calm readers upset by the news.\n\n“I am sad that the series is "
            "ending, but I promise the last book is worth the wait.”")
    assert list(_read(text).values()) == ["Dana Quell"]


def test_told_an_outlet_is_never_the_outlet() -> None:
    text = ("Actor Bram Okafor was seen leaving the studio.\n\n“He is doing great and looks "
            "forward to the premiere,” a rep for the actor told Glimmer News.")
    (said,) = _read(text).values()
    assert said and "Glimmer" not in said


def test_the_company_is_never_an_outlet_that_reported() -> None:
    text = ("Shares of Pallas Corp. fell 8% on Thursday, Bloomberg reported.\n\n“Demand has "
            "weakened faster than we expected,” the company told Reuters.")
    assert list(_read(text).values()) == ["Pallas"]  # shown without its legal suffix


def test_the_company_with_no_body_named_stays_as_written() -> None:
    text = "Profits fell.\n\n“We remain confident in our long-term strategy,” the company said."
    assert list(_read(text).values()) == ["the company"]


def test_a_description_titled_after_needs_one_person_so_titled() -> None:
    text = ("“This was a cowardly act,” the senator said on Saturday.\n\nSenator Hal Brunner "
            "and Senator Ida Moss have called for tougher gun laws.")
    assert list(_read(text).values()) == ["the senator"]


def test_a_person_introduced_after_someone_else_is_not_the_description() -> None:
    text = ("“This is the best phone we have ever made,” the executive said on stage.\n\n"
            "Rivals were unimpressed. Tarek Mansell, head of devices at Plumtree, said so.")
    assert list(_read(text).values()) == ["the executive"]


def test_a_body_name_opened_by_a_possessive_is_whole() -> None:
    text = "“He did not resist,” the Harlan County Sheriff's Office said."
    assert list(_read(text).values()) == ["Harlan County Sheriff's Office"]


def test_a_possessive_person_is_no_body_name() -> None:
    text = "“We have a great team,” Quillon's Tom Baker said."
    assert list(_read(text).values()) == ["Tom Baker"]


def test_she_goes_to_the_woman_the_sentence_before_writes_of() -> None:
    text = ("Dana Quell has said she will rest in May.\nThe band's manager Hal Ruddock said "
            "the tour was a success.\n“She drew the "
            "biggest crowds we have seen,” Ruddock said.\nThe best shows of Dana Quell were "
            "her late sets, which she said were all improvised.\n“I never planned a single "
            "one of them,” she later said.")
    found = _read(text)
    assert found["I never planned"] == "Dana Quell"
