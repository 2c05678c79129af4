"""Cleaning scraped text we wrote ourselves: each kind of boilerplate, metadata, other languages."""

from __future__ import annotations

import pytest

from storyweave.clean import CleaningError, clean_document, clean_documents
from storyweave.model import REMOVED_KINDS, RawDocument
from storyweave.settings import CleanSettings

BODY = [
    "The town council of Millbrook voted on Tuesday to close the old river bridge after "
    "engineers found deep cracks in two of its supporting piers during a routine inspection.",
    "Mayor Ruth Calder said the decision had not been taken lightly, because the bridge "
    "carries about 4,000 vehicles a day between the market square and the northern estates.",
    "“We cannot ask people to drive over a structure that our own engineers say may not "
    "hold,” she told reporters outside the town hall after the vote.",
    "Traffic will be diverted over the ring road, which the council expects to add up to "
    "twenty minutes to journeys at the busiest times of the morning and evening.",
    "It was the third bridge closure in the county this year.",
    "Local shop owners said they feared a fall in customers, and several asked the council "
    "to waive parking fees in the market square while the repairs are carried out.",
    "The council has applied for emergency funding from the regional government and hopes "
    "to reopen the bridge to light traffic before the end of the summer.",
    "A public meeting on the repair plans will be held at the library next Thursday evening.",
]


def scraped() -> str:
    """A page as a naive scraper saves it: headline, byline, captions, teasers, FAQ, comments."""
    parts = [
        "Skip to content",
        "Home | News | Sport | Weather",
        "Millbrook closes river bridge after cracks found in piers",
        "By Jane Roe and Tom Bell",
        "Valley Courier, Millbrook",
        "Published March 5, 2024",
        "Share this article",
        BODY[0],
        BODY[1],
        "The river bridge seen from the north bank on Monday (Alex Smith/Valley Courier)",
        BODY[2],
        BODY[3],
        "Image caption: Engineers inspect the cracked pier from a boat",
        BODY[4],
        BODY[5],
        BODY[5],
        BODY[6],
        BODY[7],
        "Frequently asked questions",
        "When will the bridge reopen?",
        "The council hopes to reopen it to light traffic before the end of the summer.",
        "Related stories",
        "Ring road works delayed again as contractor walks out...",
        "New library opening hours announced for the spring...",
        "Comments",
        "riverfan22 March 5, 2024 - 9:14 am",
        "About time they did something, that bridge has been shaking for years.",
        "oldtimer March 5, 2024 - 11:02 am",
        "My grandfather helped build it in the fifties, sad to see it like this.",
        "1,204 views",
        "© 2024 Valley Courier. All rights reserved.",
    ]
    return "\n\n".join(parts)


@pytest.fixture(scope="module")
def article():
    return clean_document(RawDocument(source="bridge.txt", text=scraped()))


def test_body_kept_whole_and_in_order(article):
    assert article.text.split("\n\n") == BODY


def test_every_kind_of_boilerplate_reported(article):
    kinds = {r.kind for r in article.removed}
    assert {
        "title",
        "byline",
        "caption",
        "duplicate",
        "faq",
        "related",
        "comments",
        "furniture",
    } <= kinds
    assert kinds <= set(REMOVED_KINDS)
    by_kind = {k: "\n".join(r.text for r in article.removed if r.kind == k) for k in kinds}
    assert "riverfan22" in by_kind["comments"] and "grandfather" in by_kind["comments"]
    assert "Ring road works" in by_kind["related"]
    assert "When will the bridge reopen?" in by_kind["faq"]
    assert "Engineers inspect" in by_kind["caption"] and "north bank" in by_kind["caption"]
    assert "views" in by_kind["furniture"] and "Share this article" in by_kind["furniture"]
    assert "©" in by_kind["other"]  # the contract files copyright lines under 'other'
    assert by_kind["duplicate"] == BODY[5]


def test_metadata(article):
    assert article.title == "Millbrook closes river bridge after cracks found in piers"
    assert article.byline == ("Jane Roe", "Tom Bell")
    assert article.outlet == "Valley Courier"
    assert article.published == "2024-03-05"
    assert article.language == "en"
    assert article.url is None


def test_removed_at_is_where_it_stood(article):
    dup = next(r for r in article.removed if r.kind == "duplicate")
    # the duplicate stood right after the first copy of its paragraph
    assert article.text[: dup.at].rstrip().endswith(BODY[5])
    caption = next(r for r in article.removed if "north bank" in r.text)
    assert article.text[caption.at :].startswith(BODY[2])


def test_sentences_point_into_the_text(article):
    assert article.sentences
    assert all(0 <= s.start < s.end <= len(article.text) for s in article.sentences)


def test_keep_captions_setting():
    kept = clean_document(
        RawDocument(source="b.txt", text=scraped()), CleanSettings(keep_captions=True)
    )
    assert "Engineers inspect the cracked pier from a boat" in kept.text
    assert "caption" not in {r.kind for r in kept.removed}


def test_raw_metadata_wins_over_text():
    raw = RawDocument(
        source="x.txt",
        text=scraped(),
        title="Given title",
        byline=("A. Writer",),
        outlet="Given Outlet",
        published="2024-03-06T10:00:00Z",
        url="https://e.x/a",
    )
    a = clean_document(raw)
    assert (a.title, a.byline, a.outlet, a.url) == (
        "Given title",
        ("A. Writer",),
        "Given Outlet",
        "https://e.x/a",
    )
    assert a.published == "2024-03-06T10:00:00+00:00"


def test_curated_text_is_kept_as_is():
    raw = RawDocument(
        source="c.json", text="First paragraph here.\n\n\nSecond one.  \n", clean=True, title="T"
    )
    a = clean_document(raw)
    assert a.text == "First paragraph here.\n\nSecond one."
    assert a.removed == ()


GERMAN = "\n".join(
    [
        "Startseite",
        "Politik",
        "Stadtrat schließt die alte Flussbrücke",
        "Von Anna Berger",
        "Der Stadtrat von Mühlfeld hat am Dienstag beschlossen, die alte Flussbrücke zu sperren, "
        "nachdem Ingenieure bei einer Prüfung tiefe Risse in zwei Pfeilern gefunden hatten.",
        "Die Bürgermeisterin sagte, die Entscheidung sei nicht leicht gefallen, denn über die "
        "Brücke fahren jeden Tag etwa 4000 Autos zwischen dem Markt und den nördlichen Vierteln.",
        "Der Verkehr wird über die Umgehungsstraße geleitet, was die Fahrt in den Stoßzeiten um "
        "bis zu zwanzig Minuten verlängern kann, wie die Stadt mitteilte.",
        "Die Stadt hat Nothilfe beim Land beantragt und hofft, die Brücke bis zum Ende des "
        "Sommers wieder für leichte Fahrzeuge zu öffnen.",
        "Kommentare",
        "max123 5. März 2024 - 09:14",
        "Das wurde auch Zeit, die Brücke wackelt seit Jahren bei jedem Lastwagen.",
        "brueckenfan 5. März 2024 - 11:02",
        "Schade um die schöne alte Brücke, hoffentlich wird sie gut repariert.",
        "© 2024 Mühlfelder Bote",
    ]
)

RUSSIAN = "\n".join(
    [
        "Главная",
        "Новости",
        "Городской совет закрыл старый мост через реку",
        "Городской совет Мельничного в четверг решил закрыть старый мост через реку, после того "
        "как инженеры нашли глубокие трещины в двух опорах во время плановой проверки.",
        "По словам мэра, решение далось нелегко, потому что по мосту каждый день проезжает около "
        "четырёх тысяч машин между рынком и северными районами города.",
        "Движение будет направлено по объездной дороге, и в часы пик поездка может занять на "
        "двадцать минут больше, сообщили в администрации.",
        "Читайте также",
        "В городе откроют новую библиотеку",
        "© 2024 Мельничный вестник",
    ]
)


@pytest.mark.parametrize(
    "text,language,kept,gone",
    [
        (
            GERMAN,
            "de",
            ("Der Stadtrat von Mühlfeld", "Die Stadt hat Nothilfe"),
            ("Das wurde auch Zeit", "Schade um", "Startseite"),
        ),
        (
            RUSSIAN,
            "ru",
            ("Городской совет Мельничного", "Движение будет"),
            ("В городе откроют", "Главная"),
        ),
    ],
)
def test_other_languages(text, language, kept, gone):
    a = clean_document(RawDocument(source="x.txt", text=text))
    assert a.language == language
    for start in kept:
        assert any(p.startswith(start) for p in a.text.split("\n\n"))
    for start in gone:
        assert start not in a.text


def test_german_byline_and_comments():
    a = clean_document(RawDocument(source="x.txt", text=GERMAN))
    assert a.byline == ("Anna Berger",)
    assert a.title == "Stadtrat schließt die alte Flussbrücke"
    assert "comments" in {r.kind for r in a.removed}


def test_japanese_text_is_kept():
    body = [
        "市議会は火曜日、定期点検で二本の橋脚に深いひびが見つかったことを受けて、川に架かる古い橋を閉鎖することを決めた。",
        "市長は、この橋を毎日約四千台の車が通っているため、決定は簡単ではなかったと記者団に語った。",
        "車は環状道路に迂回することになり、朝夕の混雑する時間帯には移動に最大二十分余計にかかる見込みだという。",
        "市は県に緊急の補助金を申請しており、夏の終わりまでに軽車両の通行を再開したい考えだ。",
    ]
    text = "\n".join(
        [
            "ホーム",
            "ニュース",
            "古い橋を閉鎖",
            *body,
            "関連記事",
            "新しい図書館が開館へ",
            "© 2024 川辺新聞",
        ]
    )
    a = clean_document(RawDocument(source="ja.txt", text=text))
    assert a.language == "ja"
    assert a.text.split("\n\n") == body


def test_batch_problems_do_not_stop_the_rest():
    raws = [
        RawDocument(source="empty.txt", text="   \n\n  "),
        RawDocument(source="good.txt", text=scraped()),
        RawDocument(source="menu.txt", text="Home\nNews\nSport"),
    ]
    seen = []
    articles, problems = clean_documents(raws, progress=lambda s, d, t: seen.append((s, d, t)))
    assert [a.source for a in articles] == ["good.txt"]
    assert [p.source for p in problems] == ["empty.txt", "menu.txt"]
    assert all(p.message for p in problems)
    assert seen[-1] == ("clean", 3, 3)


def test_empty_input_is_a_clear_error():
    with pytest.raises(CleaningError, match="empty"):
        clean_document(RawDocument(source="e.txt", text=""))


def test_lines_repeated_across_one_outlets_pages_are_furniture():
    promo = "Get the Valley Courier app for breaking news alerts on your phone today."
    pages = []
    for i in range(3):
        body = [f"Paragraph {j} of story {i}: " + BODY[j] for j in range(4)]
        pages.append(
            RawDocument(
                source=f"p{i}.txt",
                outlet="Valley Courier",
                text="\n\n".join([body[0], body[1], promo, body[2], body[3]]),
            )
        )
    other = RawDocument(
        source="q.txt",
        outlet="Other Paper",
        text="\n\n".join([BODY[0], BODY[1], promo, BODY[2], BODY[3]]),
    )
    articles, _ = clean_documents([*pages, other])
    for a in articles[:3]:
        assert promo not in a.text
        assert any(r.reason.startswith("repeated") and promo in r.text for r in a.removed)
    # a single page of another outlet gives no such evidence: whatever the classifier says
    assert not any(r.reason.startswith("repeated") for r in articles[3].removed)


def test_hard_wrapped_paragraphs_are_joined():
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in BODY)
    text = (
        f"Millbrook closes river bridge after cracks found in piers\n\nBy Jane Roe\n\n{wrapped}\n"
    )
    a = clean_document(RawDocument(source="wrapped.txt", text=text))
    assert a.text.split("\n\n") == BODY
    assert a.title.startswith("Millbrook") and a.byline == ("Jane Roe",)


def test_short_lines_of_a_list_are_not_joined():
    from storyweave.clean.lines import unwrap

    menu = "\n\n".join(["Home\nNews\nSport\nWeather"] * 4)
    assert unwrap(menu) == menu
