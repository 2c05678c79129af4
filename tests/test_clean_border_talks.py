"""The reference case: the five scraped border-talks files, cleaned as a batch.

Expectations come from reading the files: which (1-based) line numbers hold the article
body, which hold comments, teasers, FAQ blocks, captions and furniture, and where the
headline and byline stand. The text itself is read from the files at test time.
"""

from __future__ import annotations

import pytest

from storyweave.clean import clean_documents
from storyweave.clean.lines import normalise_line
from storyweave.model import RawDocument

# file prefix -> what the lines are (1-based line numbers in the file, inclusive ranges)
READING = {
    "000": {
        "body": [(6, 38)],
        "gone": {
            "faq": [(42, 70)],
            "related": [(72, 85), (122, 124)],
            "comments": [(88, 117)],
            "other": [(120, 120), (126, 126)],  # site description, copyright line
        },
        "title": 1,
        "byline": 3,
    },
    "001": {"body": [(3, 23)], "gone": {"related": [(25, 42)]}, "title": 1, "byline": None},
    "002": {
        "body": [(10, 33), (37, 48), (52, 56)],
        "gone": {"caption": [(3, 4), (34, 35), (49, 50)], "comments": [(58, 60)]},
        "title": 1,
        "byline": 6,
    },
    # 003 has no headline, no byline, and captions without any marker between paragraphs;
    # only the one naming people by position is required to go.
    "003": {
        "body": [(1, 17), (20, 26), (28, 29), (31, 40)],
        "gone": {"caption": [(27, 27)]},
        "title": None,
        "byline": None,
    },
    "004": {
        "body": [(10, 58)],
        "gone": {"furniture": [(1, 1), (60, 63)], "byline": [(2, 2), (8, 8)], "caption": [(6, 6)]},
        "title": 4,
        "byline": 8,
    },
}


@pytest.fixture(scope="module")
def cleaned(border_talks):
    files = sorted(border_talks.glob("*.txt"))
    assert len(files) == 5
    raws = [RawDocument(source=str(f), text=f.read_text(encoding="utf-8")) for f in files]
    articles, problems = clean_documents(raws)
    assert problems == []
    return {
        f.name[:3]: (f.read_text(encoding="utf-8").split("\n"), a)
        for f, a in zip(files, articles, strict=True)
    }


def _lines(file_lines, ranges):
    out = []
    for lo, hi in ranges:
        out += [normalise_line(x) for x in file_lines[lo - 1 : hi] if x.strip()]
    return out


@pytest.mark.parametrize("prefix", sorted(READING))
def test_every_body_paragraph_kept_in_order(cleaned, prefix):
    file_lines, article = cleaned[prefix]
    body = _lines(file_lines, READING[prefix]["body"])
    paragraphs = article.text.split("\n\n")
    missing = [b[:60] for b in body if b not in paragraphs]
    assert missing == []
    positions = [paragraphs.index(b) for b in body]
    assert positions == sorted(positions)
    assert paragraphs[0] == body[0]
    assert paragraphs[-1] == body[-1]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "004"])
def test_nothing_but_the_body_is_left(cleaned, prefix):
    file_lines, article = cleaned[prefix]
    body = _lines(file_lines, READING[prefix]["body"])
    assert len(article.text.split("\n\n")) == len(body)


@pytest.mark.parametrize("prefix", sorted(READING))
def test_boilerplate_removed_with_its_kind(cleaned, prefix):
    file_lines, article = cleaned[prefix]
    paragraphs = set(article.text.split("\n\n"))
    for kind, ranges in READING[prefix]["gone"].items():
        removed_text = "\n".join(r.text for r in article.removed if r.kind == kind)
        for line in _lines(file_lines, ranges):
            assert line not in paragraphs, f"{kind} line kept: {line[:60]}"
            assert line in removed_text, f"line not reported as {kind}: {line[:60]}"


@pytest.mark.parametrize("prefix", sorted(READING))
def test_title_and_byline(cleaned, prefix):
    file_lines, article = cleaned[prefix]
    title_at, byline_at = READING[prefix]["title"], READING[prefix]["byline"]
    if title_at is None:
        assert article.title is None
    else:
        assert article.title == normalise_line(file_lines[title_at - 1])
    if byline_at is None:
        assert article.byline == ()
    else:
        assert article.byline, "byline not found"
        for name in article.byline:
            assert name in file_lines[byline_at - 1]


def test_removed_offsets_point_into_the_text(cleaned):
    for _, article in cleaned.values():
        for r in article.removed:
            assert 0 <= r.at <= len(article.text)
            assert r.at == 0 or r.at == len(article.text) or article.text[r.at - 2 : r.at] == "\n\n"


def test_outlets_where_the_text_shows_one(cleaned):
    # 000 ends with a copyright line, 002 has an 'outlet, place' line under its byline,
    # 004 a blog platform's author line; each outlet name must come from that line
    for prefix, line_no in (("000", 126), ("002", 8), ("004", 2)):
        file_lines, article = cleaned[prefix]
        assert article.outlet and article.outlet in file_lines[line_no - 1]
    assert all(a.language == "en" for _, a in cleaned.values())
