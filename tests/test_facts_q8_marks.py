"""Quote marks of British and wire copy (single marks, '' closing), a new opening mark that
starts a new quote, headline quotes, and grouping renderings of a quote across outlets.
Texts written for the test."""

from __future__ import annotations

from facts_story import quote_speakers
from storyweave.facts.entities import index_entities
from storyweave.facts.quote_marks import find_quote_spans, marked
from storyweave.facts.quotes import extract_quotes, group_quotes
from storyweave.ids import article_id
from storyweave.model import Article
from storyweave.sentences import split_sentences


def quotes(text: str) -> list[str]:
    return [" ".join(text[s:e].split()) for s, e in find_quote_spans(text)]


speakers = quote_speakers


def make(text: str, outlet: str = "x") -> Article:
    return Article(id=article_id(text + outlet), source=f"{outlet}.txt", text=text,
                   outlet=outlet, sentences=split_sentences(text))


def test_single_marks_quote_outside_double_marks() -> None:
    text = ("A neighbour heard the boats at dawn.\n"
            "'I was coming back from the harbour when the engines started,' he said.\n"
            "The girls' mother said 'we will all stay at home tonight'.\n"
            "He wrote \"the 'storm season' starts early this year\" on Monday.")
    got = quotes(text)
    assert "I was coming back from the harbour when the engines started," in got
    assert "we will all stay at home tonight" in got  # not closed at the possessive
    assert "the 'storm season' starts early this year" in got  # a quote inside a quote
    assert len(marked(text)) == len(text)


def test_apostrophes_are_not_quote_marks() -> None:
    text = "They can't say it's over, the fishermen's union said of the '90s rules.\n"
    assert quotes(text) == []
    assert marked(text) == text


def test_a_single_quote_over_lines_closes_at_its_mark() -> None:
    text = ("One friend said: 'He loved the sea.\n"
            "He sailed every weekend with his brother.\n"
            "He never missed a race.'\n"
            "The club closed on Sunday.")
    got = quotes(text)
    assert len(got) == 1 and got[0].startswith("He loved the sea.")
    assert got[0].endswith("never missed a race.")


def test_two_apostrophes_close_a_double_quote() -> None:
    text = ("\"Our crews are struggling to reach the flooded valley villages,'' said Mara "
            "Velden, the head of the rescue service.\n"
            "\"I hope we find them all alive before nightfall,'' she added.")
    got = speakers(text)
    assert got["Our crews are"] == "Mara Velden"
    assert got["I hope we"] == "Mara Velden"


def test_a_line_opening_a_new_mark_starts_a_new_quote() -> None:
    text = ("Mara Velden, a friend of the family, said: \"I can't take it in.\n"
            "We saw them every single week.\n"
            "\"Tomas was a quiet boy who loved his boat.\n"
            "He helped everyone in the street. \"\n"
            "The funeral is on Friday.")
    got = quotes(text)
    assert got[0].startswith("I can't take it in.") and got[0].endswith("every single week.")
    assert got[1].startswith("Tomas was a quiet boy") and len(got) == 2
    found = speakers(text)
    assert found["Tomas was a"] == found["I can't take"] == "Mara Velden"  # the same speaker


def test_blank_line_paragraphs_still_run_on() -> None:
    text = ("\"The water came in the night and we had no warning of any kind.\n\n"
            "\"We lost everything we owned,\" said Mayor Tomas Ferreira.")
    assert len(quotes(text)) == 1


def test_a_closing_mark_before_a_capitalised_name() -> None:
    text = ("Governor Lena Brandt accused the company of negligence.\n"
            "\"These people should answer for the spill.\n"
            "They ignored every warning, \"Brandt told reporters in Aldham.\n"
            "\"The river needs to be cleaned and the farms need help.\n"
            "They have lost a season, \"she said.")
    got = speakers(text)
    assert got["These people should"] == "Lena Brandt"
    assert got["The river needs"] == "Lena Brandt"


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_it_repeats() -> None:
    text = ("The mayor thanked the volunteers, Mayor Iris Kalm said.\n\n"
            "'We stayed because the boats were safe': Villagers ride out the storm\n\n"
            "\"We stayed because the boats were safe. Nobody wanted to leave,\" fisherman "
            "Olli Varga told the Vellmar Courier.")
    a = make(text)
    index = index_entities([a], None)
    found = extract_quotes(a, index.names[a.id], index.resolve)
    assert len(found) == 2
    assert {m.claim.speaker for m in found} == {"Olli Varga"}  # not the mayor before it


def mentions(*texts: str) -> list:
    out = []
    for i, text in enumerate(texts):
        a = make(text, f"o{i}")
        index = index_entities([a], None)
        out += extract_quotes(a, index.names[a.id], index.resolve)
    return out


def test_a_long_rendering_joins_the_quote_it_opens_with() -> None:
    found = mentions(
        "\"The dam held through the night and the spillway was opened at six in the morning,"
        "\" said Ana Ruiz. \"Nobody in the lower valley needs to leave their home today,\" "
        "she added.",
        "\"The dam held through the night and the spillway was opened at six in the morning. "
        "Nobody in the lower valley needs to leave their home today,\" Ana Ruiz said.")
    groups = group_quotes(found, 85.0)
    assert len(groups) == 2  # the two quotes of the first outlet stay apart
    opening = next(g for g in groups if len(g) == 2)
    assert all(str(m.claim.value).startswith("The dam held") for m in opening)


def test_two_excerpts_sharing_a_long_run_of_words_are_one_quote() -> None:
    found = mentions(
        "\"We were friends for years. He loved his mother and his sister more than anything "
        "in the whole world and he looked after them,\" one friend said.",
        "\"He loved his mother and his sister more than anything in the whole world and he "
        "looked after them. He was never in trouble at school or in town,\" a neighbour said.")
    assert len(group_quotes(found, 85.0)) == 1


def test_inch_marks_are_not_quote_marks() -> None:
    text = ("The new 17'' laptop is, as the maker puts it, ``the thinnest 17-inch notebook "
            "on sale,'' and ships in May with a 15'' model.")
    assert quotes(text) == ["the thinnest 17-inch notebook on sale,"]


def test_a_title_in_single_marks_left_open_is_no_quote() -> None:
    text = ("Ross Will Not Direct 'Harbour Tales' Sequel\n"
            "The director says he cannot commit to the schedule for 'Storm Season'\n"
            "The studio said talks had ended.")
    assert quotes(text) == ["Storm Season"]


def test_a_turned_closing_mark() -> None:
    text = ("“It is official: I am hosting the awards again this year!\n"
            "I would like to thank everyone “, the comedian wrote on Monday.")
    got = quotes(text)
    assert len(got) == 1 and got[0].endswith("thank everyone")


def test_two_single_mark_titles_on_one_line_are_not_one_quote() -> None:
    text = "Ross in talks to direct 'Harbour Tales' sequel 'Storm Season'\nMore to come."
    assert quotes(text) == ["Storm Season"]


def test_a_quote_inside_a_single_mark_quote_stays_inside() -> None:
    text = ("One friend told the Courier: 'As the boat turned, he was shouting, ‘Stop!\n"
            "I am not going back!’\nThe harbour was closed.")
    got = quotes(text)
    assert len(got) == 1 and got[0].startswith("As the boat turned")


def test_a_times_seconds_mark_opens_no_quote() -> None:
    text = ("He won the stage in a time of 3h 51' 03\". The last climb saw \"a real fight "
            "between the leaders\" at the end.\n\nShe led by 1' 37\", and more on the rest.")
    assert [text[s:e] for s, e in find_quote_spans(text)] == [
        "a real fight between the leaders"]
