"""People's names as the entity index keeps and shows them: a job word before a name is no
part of it, an entity is shown by the full name its articles write most, a body that speaks
stays a body, and 'al-' and 'el-' belong to the name they open."""

from __future__ import annotations

import pytest

from facts_story import MODEL, make, quote_speakers
from storyweave.facts.entities import alias_key, index_entities


def _shown(index, name: str) -> str:  # noqa: ANN001 - an EntityIndex
    return index.display[index.canon[alias_key(name)]]


@pytest.mark.slow
@pytest.mark.parametrize("job", ["Comedian", "General Manager", "Chief Executive", "Filmmaker",
                                 "Super-agent", "GM", "Attorney", "Undersheriff",
                                 "Senior Trooper"])
def test_a_job_word_before_a_name_is_no_part_of_it(job: str) -> None:
    text = (f"{job} Rita Okafor said the club would not sell the ground.\n\n"
            f"\u201cWe have had offers before and we turned them all down,\u201d {job} Rita "
            f"Okafor said.\n\nThe club has played there since 1921.")
    index = index_entities([make(text)], MODEL)
    assert alias_key(f"{job} Rita Okafor") not in index.kinds
    assert index.kinds[alias_key("Rita Okafor")] == "person"
    assert _shown(index, "Rita Okafor") == "Rita Okafor"
    assert index.resolve(f"{job} Rita Okafor") == "Rita Okafor"
    assert quote_speakers(text, MODEL) == {"We have had": "Rita Okafor"}


def test_a_job_word_is_cut_without_a_model_too() -> None:
    text = "Filmmaker Rita Okafor said the festival would go ahead in June."
    index = index_entities([make(text)], None)
    assert alias_key("Filmmaker Rita Okafor") not in index.kinds
    assert index.resolve("Filmmaker Rita Okafor") == "Rita Okafor"


@pytest.mark.slow
def test_a_trooper_named_by_a_nickname_later_is_one_person() -> None:
    text = ("Senior Trooper William Kessel said the device was found under a bench at noon.\n\n"
            "Later, bomb technician Bill Kessel told reporters it had been made safe.")
    index = index_entities([make(text)], MODEL)
    assert index.resolve("Bill Kessel") == index.resolve("William Kessel") == "William Kessel"


@pytest.mark.slow
def test_a_film_title_word_before_a_name_is_no_part_of_it() -> None:
    text = ("The Notorious Lettie Vane opened in cinemas on Friday.\n\n"
            "Lettie Vane said she had not seen the film. Vane said she had no plans to.")
    index = index_entities([make(text)], MODEL)
    assert alias_key("The Notorious Lettie Vane") not in index.kinds
    assert _shown(index, "Vane") == "Lettie Vane"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["Will Danton", "Rose Barrow", "Grant Hollis", "Hope Sorensen",
                                  "Christian Bayle", "Hunter J. Maddox", "Dean Carver Lowe"])
def test_a_given_name_that_is_also_a_word_stays(name: str) -> None:
    text = (f"{name} said the team would train on Sunday.\n\n"
            f"\u201cWe are ready for the final and we know it,\u201d {name} said.")
    index = index_entities([make(text)], MODEL)
    assert index.kinds.get(alias_key(name)) == "person"
    assert index.resolve(name) == name
    assert quote_speakers(text, MODEL) == {"We are ready": name}


def test_an_entity_is_shown_by_the_full_name_its_articles_write_most() -> None:
    a = make("Marta Ruiz Ortega said the port would reopen.", "a")
    b = make("Marta Ruiz said the port would reopen on Monday. Ruiz said ships were waiting.",
             "b")
    c = make("Marta Ruiz said the port had been closed for a week.", "c")
    index = index_entities([a, b, c], None)
    assert index.resolve("Ruiz") == "Marta Ruiz"
    assert index.resolve("Marta Ruiz Ortega") == "Marta Ruiz"
    assert index.resolve("Marta Ruiz") == "Marta Ruiz"
    text = "\u201cThe ships have waited long enough for this,\u201d Ruiz said."
    speakers = quote_speakers(a.text + "\n\n" + b.text + "\n\n" + c.text + "\n\n" + text)
    assert speakers == {"The ships have": "Marta Ruiz"}


def test_a_surname_alone_is_no_full_name_to_show() -> None:
    a = make("President José Antonio Núñez García said the talks went well.", "a")
    b = make("Núñez García said on Friday that more talks would follow. Núñez García said "
             "so again on Saturday.", "b")
    index = index_entities([a, b], None)
    assert index.resolve("Núñez García") == "José Antonio Núñez García"


@pytest.mark.parametrize("body", ["Human Rights Watch", "Coastal Safety Board",
                                  "Valdera Organizing Committee", "Regional Transit Agency"])
def test_a_body_that_speaks_is_no_person(body: str) -> None:
    text = f"The {body} said the inquiry would take a year.\n\n{body} said it had no comment."
    for model in (None, MODEL):
        index = index_entities([make(text)], model)
        assert index.kinds.get(alias_key(body)) != "person", model


@pytest.mark.slow
def test_an_airline_that_speaks_keeps_out_the_country_it_ends_with() -> None:
    text = ("Air France said the jet had flown from Lima to Paris, France, on Sunday.\n\n"
            "Passengers from France and Brazil were on board, Air France said.")
    index = index_entities([make(text)], MODEL)
    assert index.canon.get(alias_key("France")) == alias_key("France")


@pytest.mark.slow
def test_a_place_is_no_alias_of_a_person_with_its_name() -> None:
    text = ("Tom Lisbon said the jet had flown from Lima to Paris, France, on Sunday.\n\n"
            "Passengers from Lisbon and Madrid were on board, Tom Lisbon said.")
    index = index_entities([make(text)], MODEL)
    assert index.kinds.get(alias_key("Tom Lisbon")) == "person"
    assert index.canon.get(alias_key("Lisbon")) != alias_key("Tom Lisbon")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["Nabil al-Rashidi", "Hamid el-Nouri", "Abdel Karim al-Zein"])
def test_a_hyphened_arabic_particle_belongs_to_the_name(name: str) -> None:
    last = name.split("-")[-1]
    text = (f"{name}, a Yemeni journalist, told Reuters the city was calm.\n\n"
            f"\u201cThe shops opened again this morning and people came out,\u201d {last} said.")
    index = index_entities([make(text)], MODEL)
    assert index.kinds.get(alias_key(name)) == "person"
    assert index.resolve(last) == name
    assert quote_speakers(text, MODEL) == {"The shops opened": name}



@pytest.mark.slow
def test_a_surname_two_people_share_is_the_one_named_just_before() -> None:
    text = ("General Manager Tony Marrow said he would coach the club himself.\n\n"
            "Marrow has spent 19 seasons with the club.\n\n"
            "His son, T.J. Marrow, plays for Temple and said he was glad for his father.\n\n"
            "\u201cI think my dad is ready to step in and lead the team,\u201d Marrow said.")
    assert quote_speakers(text, MODEL) == {"I think my": "T.J. Marrow"}

