"""The batched line decisions (features of many pages at once) give what page by page gives."""

from __future__ import annotations

import random
import re

import numpy as np
import pytest

from conftest import BORDER_TALKS, EXAMPLES
from storyweave.clean import clean_document, clean_documents, patterns, split_lines
from storyweave.clean.batch_context import contexts
from storyweave.clean.cleaner import CleaningError, clean_batch
from storyweave.clean.decide import decide, decide_many
from storyweave.clean.features import (
    BASE_NAMES,
    N_BASE,
    SHORT_UNITS,
    _context,
    page_features,
    page_features_many,
)
from storyweave.clean.repetition import outlet_boilerplate
from storyweave.model import InputProblem, RawDocument
from storyweave.settings import CleanSettings

_PROSE = (
    "The council voted on Tuesday to extend the program for another two years, officials said.",
    "Residents who spoke at the meeting asked for more money for roads, schools and parks.",
    "“We have waited long enough,” said one of them, a retired teacher who lives nearby.",
    "The plan, which costs about 4.5 million dollars, still needs approval from the state.",
    "Der Stadtrat hat am Dienstag beschlossen, das Programm um zwei Jahre zu verlängern.",
    "İstanbul'da yapılan toplantıda belediye başkanı yeni planı açıkladı ve destek istedi.",
    "市议会周二投票决定将该计划再延长两年，官员们表示这是必要的。",
)
_SHORT = (
    "Home",
    "News | Sport | Weather",
    "By Jane Doe and John Roe",
    "Photo: Jane Doe/Agency",
    "12 comments",
    "Share this article",
    "Updated 6:55 p.m. March 3, 2024",
    "Related articles",
    "Comments",
    "Frequently asked questions",
    "© 2024 Example Media. All rights reserved.",
    "Visit https://www.example.com for more",
    "• 2 cups of flour",
    "• 1 teaspoon of salt, $3.50",
    "Top of page",
    "A council member speaks during the meeting (Jane Doe/Example Times)",
    "Posted by reader42 on 03/04/2024 at 10:12",
    "Sign up for our newsletter to get the news in your inbox",
    "Mayor says the plan is..",
    "ǅemal Example",
)


def _page(rng: random.Random) -> str:
    """A synthetic scraped page: furniture, a body of prose, a tail, lines shuffled in runs."""
    head = rng.sample(_SHORT, rng.randint(0, 6))
    body = [rng.choice(_PROSE) for _ in range(rng.randint(0, 12))]
    for _ in range(rng.randint(0, 3)):  # captions, lists, bylines inside the body
        body.insert(rng.randint(0, len(body)), rng.choice(_SHORT))
    tail = rng.sample(_SHORT, rng.randint(0, 8)) + [rng.choice(_PROSE) for _ in range(2)]
    return "\n".join(head + body + tail)


def _pages(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [_page(rng) for _ in range(n)] + ["", "one line only", "Ǉ\n\nİİİ"]


def _corpus() -> list[str]:
    files = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in files]


@pytest.mark.parametrize("chunk", [1, 5, 1000])
def test_batched_features_are_bit_identical(chunk: int) -> None:
    lines = [split_lines(t) for t in _pages(60) + _corpus()]
    one = [page_features(x) for x in lines]
    many = []
    for k in range(0, len(lines), chunk):
        many += page_features_many(lines[k : k + chunk])
    assert len(many) == len(one)
    for a, b in zip(one, many, strict=True):
        assert a.shape == b.shape
        assert a.tobytes() == b.tobytes()


def test_batched_decisions_match_one_by_one() -> None:
    lines = [split_lines(t) for t in _pages(80, seed=3) + _corpus()]
    boilerplate = [frozenset(x.text[:2]) for x in lines]  # some lines told as the outlet's
    many = decide_many(lines, boilerplate)
    for x, bp, got in zip(lines, boilerplate, many, strict=True):
        want = decide(x, bp)
        assert np.array_equal(got.body, want.body)
        assert got.kinds == want.kinds and got.reasons == want.reasons
    assert any(d.body.any() for d in many) and any((~d.body).any() for d in many)


def test_clean_documents_matches_clean_document() -> None:
    texts = _pages(70, seed=11) + _corpus()
    raws = [RawDocument(source=f"site{k % 3}/p{k}.txt", text=t) for k, t in enumerate(texts)]
    raws += [
        RawDocument(source="clean.json", text="Already clean.\nSecond paragraph.", clean=True),
        RawDocument(source="page.html", html="<html><body><p>short</p></body></html>"),
        RawDocument(source="blank.txt", text="  \n "),
    ]
    articles, problems = clean_documents(raws)  # more inputs than one batch of features
    shared = outlet_boilerplate(raws, CleanSettings().repeated_min_pages)
    assert any(shared.values())  # the synthetic pages of a site share lines
    expected, failed = [], []
    for raw in raws:
        try:
            expected.append(clean_document(raw, None, shared.get(raw.source, frozenset())))
        except CleaningError as exc:
            failed.append(InputProblem(source=raw.source, message=str(exc)))
    assert list(map(repr, articles)) == list(map(repr, expected))
    assert problems == failed
    assert "blank.txt" in {p.source for p in problems}


def test_clean_batch_reports_errors_in_place() -> None:
    raws = [
        RawDocument(source="a.txt", text=_PROSE[0] + "\n" + _PROSE[1]),
        RawDocument(source="b.txt", text=""),
        RawDocument(source="c.txt", text="Home\nMenu"),
    ]
    got = clean_batch(raws)
    assert len(got) == 3 and not isinstance(got[0], CleaningError)
    assert isinstance(got[1], CleaningError)
    assert repr(got[0]) == repr(clean_document(raws[0]))


def _reference_share_bar(line: str) -> bool:
    """share_bar() as it was before its ASCII shortcut: the regex on every line."""
    if len(line) > 120 or not patterns._SHARE_ANY.search(line):
        return False
    words = re.findall(r"[\w-]+", line.lower())
    if not 2 <= len(words) <= 14:
        return False
    hits = sum(1 for w in words if w in patterns._SHARE_WORDS)
    return hits >= 2 and hits >= len(words) / 3


def test_share_bar_shortcut_matches_the_regex() -> None:
    lines = [
        *_SHORT,
        *_PROSE,
        "Share on Facebook  Share on X  Email  Print",
        "SHARE | TWEET | E-MAIL",
        "Facebook Twitter LinkedIn",
        "ſhare facebook twitter",  # a long s folds to 's' only in the case-blind regex
        "Email Print",
        "Mail Print Tweet",
        "Teilen: Facebook WhatsApp E-Mail",
    ]
    lines += [x for t in _corpus() for x in split_lines(t).text]
    assert any(patterns.share_bar(x) for x in lines)
    for line in lines:
        assert patterns.share_bar(line) == _reference_share_bar(line), line


def test_long_cut_off_title_is_still_a_teaser() -> None:
    title = "Supercalifragilistic" * 12 + " headline cut off mid-wo.."  # 200+ characters
    text = "\n".join([*_PROSE[:4], title, *_PROSE[:2]])
    dec = decide(split_lines(text))
    at = split_lines(text).text.index(title)
    assert len(title) >= 200 and dec.kinds[at] == "related"


def test_batched_context_matches_page_by_page_on_random_pages() -> None:
    rng = np.random.default_rng(5)
    sizes = [1, 2, 3, 1, 40, 7, 8, 2, 120, 5]
    base = rng.random((sum(sizes), N_BASE)) * 4.0
    base[:, BASE_NAMES.index("end")] = rng.random(sum(sizes)) < 0.5
    base[:, BASE_NAMES.index("url")] = rng.random(sum(sizes)) < 0.1
    base[:3, BASE_NAMES.index("len")] = 0.0  # a page with no prose line
    where = {k: BASE_NAMES.index(k) for k in ("len", "end", "stop", "url", "punct", "chars")}
    got = contexts(base, sizes, 12, SHORT_UNITS, where)
    starts = np.cumsum([0, *sizes])
    want = np.vstack([_context(base[a:b]) for a, b in zip(starts[:-1], starts[1:], strict=True)])
    assert got.shape == want.shape
    assert got.tobytes() == want.tobytes()
