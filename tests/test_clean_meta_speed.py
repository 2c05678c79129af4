"""The faster metadata search and assembly give what the plain versions gave: title, date and
the removed runs, on real scraped pages and on hand-made layouts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conftest import BORDER_TALKS, EXAMPLES, SHARED
from storyweave.clean.cleaner import _assemble
from storyweave.clean.decide import decide
from storyweave.clean.evaluate import load_pages
from storyweave.clean.lines import split_lines
from storyweave.clean.metadata import _PUBLISHED_WORDS as PUBLISHED
from storyweave.clean.metadata import _headline_like, find_date, find_title, parse_date
from storyweave.model import Removed

# ---- the references: every candidate line checked, as the cleaner first did it ----


def _reference_title(lines, body, kinds=()):
    start = next((i for i, b in enumerate(body) if b), len(lines))
    bylines = [i for i in range(start) if kinds and kinds[i] == "byline"]
    candidates = [i for i in range(max(0, start - 15), start) if _headline_like(lines[i], kinds, i)]
    above = [i for i in candidates if bylines and i < bylines[0]]
    if above:
        return above[-1]
    return candidates[-1] if candidates else None


def _reference_date(lines, candidates):
    found = [(i, parse_date(lines[i])) for i in candidates]
    found = [(i, d) for i, d in found if d]
    for i, d in found:
        if PUBLISHED.search(lines[i]) and len(lines[i]) <= 160:  # not a long notice's date
            return d
    return found[0][1] if found else None


def _reference_assemble(text, body, kinds, reasons):
    paragraphs, removed, run, offset = [], [], [], 0
    for i, line in enumerate(text):
        if body[i] or (run and (kinds[run[0]], reasons[run[0]]) != (kinds[i], reasons[i])):
            if run:
                joined = "\n".join(text[j] for j in run)
                removed.append(
                    Removed(text=joined, kind=kinds[run[0]], reason=reasons[run[0]], at=offset)
                )
                run = []
        if body[i]:
            paragraphs.append(line)
            offset += len(line) + 2
        else:
            run.append(i)
    if run:
        joined = "\n".join(text[j] for j in run)
        removed.append(Removed(text=joined, kind=kinds[run[0]], reason=reasons[run[0]], at=offset))
    end = max(offset - 2, 0)
    return paragraphs, [r if r.at <= end else replace(r, at=end) for r in removed]


def _pages() -> list[str]:
    paths = sorted(BORDER_TALKS.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    pages = load_pages(str(SHARED / "eval" / "cleaning" / "pages.jsonl"))
    return texts + ["\n".join(t for t, _ in page["lines"]) for page in pages[::6]]


@pytest.fixture(scope="module")
def decided() -> list[tuple]:
    out = []
    for text in _pages():
        lines = split_lines(text)
        dec = decide(lines)
        out.append((lines.text, dec.body.tolist(), list(dec.kinds), list(dec.reasons)))
    return out


def test_title_date_and_assembly_equal_the_references_on_real_pages(decided) -> None:
    for text, body, kinds, reasons in decided:
        assert find_title(text, body, kinds) == _reference_title(text, body, kinds)
        assert find_title(text, body) == _reference_title(text, body)
        header = [i for i in range(len(text)) if not body[i]]
        assert find_date(text, header) == _reference_date(text, header)
        assert find_date(text, range(len(text))) == _reference_date(text, range(len(text)))
        assert _assemble(text, body, kinds, reasons) == _reference_assemble(
            text, body, kinds, reasons
        )


HEAD = "Council votes to rebuild the old harbour wall this spring"
OTHER_HEAD = "A second line that also looks like a headline here"
PROSE = "The council voted on Tuesday to rebuild the wall, officials said after the meeting."


@pytest.mark.parametrize(
    ("lines", "kinds"),
    [
        ([HEAD, "By Ann Lee", OTHER_HEAD, PROSE], [None, "byline", None, None]),
        ([OTHER_HEAD, "By Ann Lee", PROSE], ["byline", "byline", None]),
        (["By Ann Lee", HEAD, OTHER_HEAD, PROSE], ["byline", None, None, None]),
        ([HEAD] + ["Menu"] * 16 + [PROSE], [None] * 18),
        (
            [HEAD, OTHER_HEAD, "Photo: a caption of the scene here", PROSE],
            [None, None, "caption", None],
        ),
        ([PROSE], [None]),
        ([HEAD, OTHER_HEAD], [None, None]),
    ],
)
def test_title_equals_the_reference_on_layouts(lines, kinds) -> None:
    body = [line == PROSE for line in lines]
    assert find_title(lines, body, kinds) == _reference_title(lines, body, kinds)


def test_date_equals_the_reference_on_date_shapes() -> None:
    lines = [
        "Menu",
        "March 3, 2024",
        "Updated 2024-03-05T10:12:00Z",
        "31.02.2024 is not a day",
        "Published 5 mars 2023",
        "2024年3月7日",
        "in 1999 there was a flood",
    ]
    for lo in range(len(lines)):
        for hi in range(lo, len(lines) + 1):
            order = list(range(lo, hi))
            assert find_date(lines, order) == _reference_date(lines, order)
            assert find_date(lines, order[::-1]) == _reference_date(lines, order[::-1])


def test_every_date_parse_date_reads_holds_a_year(decided) -> None:
    """What lets find_date and the title search skip lines without a year."""
    from storyweave.clean.metadata import _YEAR

    lines = [line for text, *_ in decided for line in text]
    lines += ["March 3, 2024", "3 mars 2023", "2024-03-05", "05.03.2024", "2024年3月7日"]
    dated = [line for line in lines if parse_date(line)]
    assert len(dated) >= 5
    assert all(_YEAR.search(line) for line in dated)
    assert all(parse_date(line) is None for line in lines if not _YEAR.search(line))
