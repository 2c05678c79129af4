"""Ingest: every format, folders, stdin, and each kind of bad input as one located problem."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from storyweave.ingest import read_inputs
from storyweave.model import InputProblem, RawDocument
from storyweave.settings import IngestSettings


def _read(*paths, settings=None, stdin=None):
    items = list(read_inputs([str(p) for p in paths], settings, stdin=stdin))
    docs = [i for i in items if isinstance(i, RawDocument)]
    problems = [i for i in items if isinstance(i, InputProblem)]
    return docs, problems


def _one_problem(*paths, **kw) -> InputProblem:
    docs, problems = _read(*paths, **kw)
    assert not docs and len(problems) == 1, (docs, problems)
    assert "\n" not in str(problems[0])
    return problems[0]


def test_plain_text_is_scraped_text_with_normalised_line_ends(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"Headline\r\n\r\nBody line one.\rBody two.\n")
    (doc,), problems = _read(f)
    assert not problems
    assert doc.text == "Headline\n\nBody line one.\nBody two.\n"
    assert doc.html is None and doc.clean is False and doc.source == str(f)


def test_markdown_reads_like_text(tmp_path: Path) -> None:
    f = tmp_path / "b.MD"
    f.write_text("# Title\n\nSome body.", encoding="utf-8")
    (doc,), _ = _read(f)
    assert doc.text.startswith("# Title")


def test_html_goes_to_the_html_field(tmp_path: Path) -> None:
    f = tmp_path / "page.htm"
    f.write_text("<html><body><p>Hello there.</p></body></html>", encoding="utf-8")
    (doc,), _ = _read(f)
    assert doc.html and "<p>Hello there.</p>" in doc.html and doc.text is None


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfCaf\xc3\xa9 news.")
    (doc,), _ = _read(f)
    assert doc.text == "Café news."


def test_non_utf8_text_is_detected_and_decoded(tmp_path: Path) -> None:
    body = (
        "Le maître d'école a parlé à la presse. Les élèves sont rentrés très tôt, "
        "après une journée à la piscine municipale, déçus mais sereins."
    )
    f = tmp_path / "latin.txt"
    f.write_bytes(body.encode("cp1252"))
    (doc,), problems = _read(f)
    assert not problems and doc.text == body


def test_utf16_with_bom_is_text_not_binary(tmp_path: Path) -> None:
    f = tmp_path / "wide.txt"
    f.write_bytes("Wide text, saved by an old editor.".encode("utf-16"))
    (doc,), _ = _read(f)
    assert doc.text == "Wide text, saved by an old editor."


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    f = tmp_path / "old.html"
    html = '<html><head><meta charset="iso-8859-1"></head><body><p>Señor Gómez</p></body></html>'
    f.write_bytes(html.encode("latin-1"))
    (doc,), _ = _read(f)
    assert "Señor Gómez" in doc.html


def test_json_object_with_metadata(tmp_path: Path) -> None:
    f = tmp_path / "one.json"
    obj = {
        "text": "Body.",
        "title": " T ",
        "url": "https://x.test/a",
        "published": "2025-03-01",
        "outlet": "X Daily",
        "byline": "Ann Lee",
    }
    f.write_text(json.dumps(obj), encoding="utf-8")
    (doc,), _ = _read(f)
    assert (doc.source, doc.text, doc.title, doc.url) == (str(f), "Body.", "T", obj["url"])
    assert (doc.published, doc.outlet, doc.byline, doc.clean) == (
        "2025-03-01",
        "X Daily",
        ("Ann Lee",),
        False,
    )


def test_json_text_line_ends_and_metadata_whitespace_are_normalised(tmp_path: Path) -> None:
    f = tmp_path / "crlf.jsonl"
    f.write_bytes(b'{"text": "One.\\r\\n\\r\\nTwo.", "title": " A\\n title "}\r\n')
    (doc,), _ = _read(f)
    assert doc.text == "One.\n\nTwo." and doc.title == "A title"


def test_json_array_names_each_element_and_reports_bad_ones(tmp_path: Path) -> None:
    f = tmp_path / "many.json"
    f.write_text(
        json.dumps(
            [
                {"html": "<p>A</p>", "byline": ["A One", "B Two"]},
                {"title": "no body", "date": "2025"},
                {"text": "C", "clean": True},
                "not an object",
            ]
        ),
        encoding="utf-8",
    )
    docs, problems = _read(f)
    assert [d.source for d in docs] == [f"{f}#1", f"{f}#3"]
    assert docs[0].byline == ("A One", "B Two") and docs[1].clean is True
    assert [p.source for p in problems] == [f"{f}#2", f"{f}#4"]
    assert "no 'text' or 'html'" in problems[0].message and "date" in problems[0].message
    assert "expected a JSON object" in problems[1].message


def test_json_articles_wrapper_is_read(tmp_path: Path) -> None:
    f = tmp_path / "dump.json"
    f.write_text(json.dumps({"articles": [{"text": "A"}, {"text": "B"}]}), encoding="utf-8")
    docs, _ = _read(f)
    assert [d.text for d in docs] == ["A", "B"]


def test_malformed_json_reports_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('{\n  "text": "x",\n  "title": oops\n}', encoding="utf-8")
    p = _one_problem(f)
    assert p.source == str(f) and p.line == 3
    assert "column 12" in p.message and str(p).startswith(f"{f}:3: malformed JSON")


def test_wrong_field_types_are_reported(tmp_path: Path) -> None:
    f = tmp_path / "types.json"
    f.write_text(
        json.dumps([{"text": 5}, {"text": "x", "byline": [1]}, {"text": "x", "clean": "yes"}]),
        encoding="utf-8",
    )
    docs, problems = _read(f)
    assert not docs
    assert [
        "'text'" in problems[0].message,
        "'byline'" in problems[1].message,
        "'clean'" in problems[2].message,
    ] == [True, True, True]


def test_jsonl_lines_named_by_line_and_bad_lines_do_not_stop_the_rest(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"text": "one"}\n\n{"text": "three", "outlet": "O"}\n{"text": broken\n'
        '{"title": "no body"}\n[1]\n{"html": "<p>seven</p>"}\n',
        encoding="utf-8",
    )
    docs, problems = _read(f)
    assert [d.source for d in docs] == [f"{f}#1", f"{f}#3", f"{f}#7"]
    assert [(p.source, p.line) for p in problems] == [(str(f), 4), (str(f), 5), (str(f), 6)]
    assert "malformed JSON line" in problems[0].message


def test_jsonl_in_another_encoding_is_decoded(tmp_path: Path) -> None:
    f = tmp_path / "latin.jsonl"
    lines = [
        json.dumps({"text": "Dépêche numéro un, très longue à écrire."}, ensure_ascii=False),
        json.dumps({"text": "Deuxième dépêche, reçue à l'aube."}, ensure_ascii=False),
    ]
    f.write_bytes("\n".join(lines).encode("cp1252"))
    docs, problems = _read(f)
    assert not problems and docs[1].text == "Deuxième dépêche, reçue à l'aube."


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text(
        json.dumps({"text": "x" * 3000}) + "\n" + json.dumps({"text": "small"}) + "\n",
        encoding="utf-8",
    )
    docs, problems = _read(f, settings=IngestSettings(max_file_mb=0.001))
    assert [d.text for d in docs] == ["small"]
    assert problems[0].line == 1 and "limit" in problems[0].message


@pytest.mark.parametrize("content", [b"", b"  \n\n\t ", b"\xef\xbb\xbf"])
def test_empty_files_are_problems(tmp_path: Path, content: bytes) -> None:
    for name in ("e.txt", "e.json", "e.jsonl", "e.html"):
        f = tmp_path / name
        f.write_bytes(content)
        p = _one_problem(f)
        assert p.source == str(f) and "empty" in p.message


def test_binary_files_are_problems(tmp_path: Path) -> None:
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert "binary" in _one_problem(png).message
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(1, 4000) if (i * 7919 + 13) % 256))
    assert "binary" in _one_problem(noise).message or "encoding" in _one_problem(noise).message
    jl = tmp_path / "bin.jsonl"
    jl.write_bytes(b'{"text": "\x00\x01\x02"}\x00\x00')
    assert "binary" in _one_problem(jl).message


def test_oversize_file_is_refused_naming_the_limit(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text("word " * 1000, encoding="utf-8")
    p = _one_problem(f, settings=IngestSettings(max_file_mb=0.001))
    assert "too large" in p.message and "max_file_mb" in p.message


def test_missing_path_and_non_regular_files(tmp_path: Path) -> None:
    p = _one_problem(tmp_path / "nope.txt")
    assert "no such file" in p.message
    inner = tmp_path / "file.txt"
    inner.write_text("x", encoding="utf-8")
    assert "not a directory" in _one_problem(inner / "child.txt").message
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert "not a regular file" in _one_problem(fifo).message
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    assert "no such file" in _one_problem(broken).message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text("x", encoding="utf-8")
    f.chmod(0)
    assert "permission denied" in _one_problem(f).message


def test_explicit_unsupported_file_is_reported_but_skipped_silently_in_folders(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    p = _one_problem(pdf)
    assert "unsupported file type '.pdf'" in p.message
    (tmp_path / "ok.txt").write_text("fine", encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert [Path(d.source).name for d in docs] == ["ok.txt"] and not problems


def test_folder_walk_is_recursive_sorted_and_skips_hidden_and_readmes(tmp_path: Path) -> None:
    for rel in [
        "b.txt",
        "a/z.json",
        "a/c.txt",
        "A.md",
        ".hidden.txt",
        ".git/x.txt",
        "README.md",
        "sub/LICENSE.txt",
        "notes.docx",
        "sub/deeper/d.html",
    ]:
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text('{"text": "j"}' if rel.endswith(".json") else "<p>t</p>", encoding="utf-8")
    docs, problems = _read(tmp_path)
    assert not problems
    names = [str(Path(d.source).relative_to(tmp_path)) for d in docs]
    assert names == ["A.md", "a/c.txt", "a/z.json", "b.txt", "sub/deeper/d.html"]


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("text", encoding="utf-8")
    docs, _ = _read(f, tmp_path, f, tmp_path / "." / "a.txt")
    assert len(docs) == 1


def test_folder_with_thousands_of_files_is_streamed_and_capped(tmp_path: Path) -> None:
    for i in range(3000):
        (tmp_path / f"{i:05d}.txt").write_text(f"article {i}", encoding="utf-8")
    stream = read_inputs([str(tmp_path)], IngestSettings(max_files=2500))
    first = next(stream)  # a generator: the first document comes before the walk ends
    assert isinstance(first, RawDocument) and first.text == "article 0"
    rest = list(stream)
    assert len(rest) == 2500 and isinstance(rest[-1], InputProblem)
    assert "more than 2500 files" in rest[-1].message and rest[-1].source == str(tmp_path)


def test_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text("good one", encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.json").write_text("{", encoding="utf-8")
    (tmp_path / "4.txt").write_text("good two", encoding="utf-8")
    docs, problems = _read(tmp_path, tmp_path / "missing.txt")
    assert [d.text for d in docs] == ["good one", "good two"]
    assert [Path(p.source).name for p in problems] == ["2.txt", "3.json", "missing.txt"]


@pytest.mark.parametrize(
    ("data", "field", "expected"),
    [
        (b"Just scraped text.\nMore.", "text", "Just scraped text.\nMore."),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "html", "<p>Hi</p>"),
        (b'{"text": "from json"}', "text", "from json"),
    ],
)
def test_stdin_is_sniffed(data: bytes, field: str, expected: str) -> None:
    (doc,), _ = _read("-", stdin=io.BytesIO(data))
    assert doc.source == "-" and expected in getattr(doc, field)


def test_stdin_json_array_and_jsonl() -> None:
    docs, _ = _read("-", stdin=io.BytesIO(b'[{"text": "a"}, {"text": "b"}]'))
    assert [d.source for d in docs] == ["-#1", "-#2"]
    docs, problems = _read("-", stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n{"x": 1}\n'))
    assert [d.source for d in docs] == ["-#1", "-#2"] and problems[0].line == 3


def test_stdin_oversize_and_empty() -> None:
    p = _one_problem("-", stdin=io.BytesIO(b"x" * 5000), settings=IngestSettings(max_file_mb=0.001))
    assert p.source == "-" and "too large" in p.message
    assert "empty" in _one_problem("-", stdin=io.BytesIO(b"")).message


def test_file_without_ending_is_sniffed(tmp_path: Path) -> None:
    f = tmp_path / "article"
    f.write_text('{"text": "sniffed", "title": "T"}', encoding="utf-8")
    (doc,), _ = _read(f)
    assert doc.title == "T"


def test_truncated_html_is_passed_on_for_the_cleaner(tmp_path: Path) -> None:
    f = tmp_path / "cut.html"
    f.write_text(
        "<html><head><title>Cut</title></head><body><p>First para.</p><p>Unfini", encoding="utf-8"
    )
    (doc,), problems = _read(f)
    assert not problems and doc.html.endswith("<p>Unfini")


def test_permission_errors_become_problems_even_for_root(tmp_path: Path, monkeypatch) -> None:
    """The OS refusing a read or a listing is one problem line; the rest is still read."""
    import storyweave.ingest as ingest

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("hidden away", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "z.txt").write_text("readable", encoding="utf-8")
    real_open, real_scandir = open, os.scandir

    def guarded_open(path, *args, **kwargs):
        if Path(path).name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    def guarded_scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(ingest, "open", guarded_open, raising=False)
    monkeypatch.setattr(os, "scandir", guarded_scandir)
    docs, problems = _read(tmp_path)
    assert [d.text for d in docs] == ["readable"]
    assert [(Path(p.source).name, p.message) for p in problems] == [
        ("locked", "cannot list folder: permission denied"),
        ("secret.txt", "cannot read: permission denied"),
    ]


def test_a_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    f = tmp_path / "saved.txt"
    f.write_text("\n  <!DOCTYPE html>\n<html><body><p>Body.</p></body></html>", encoding="utf-8")
    (doc,), _ = _read(f)
    assert doc.html and doc.text is None
    g = tmp_path / "prose.txt"
    g.write_text("<b>Not</b> a page, just text that starts with a tag.", encoding="utf-8")
    (doc,), _ = _read(g)
    assert doc.text and doc.html is None


def test_storyweave_output_reads_back_as_clean_articles(tmp_path: Path) -> None:
    out = {
        "schema": "storyweave.analysis/1",
        "articles": [
            {
                "id": "x",
                "path": "a.txt",
                "text": "Clean body.",
                "title": "T",
                "byline": ["A B"],
                "outlet": "O",
                "published": "2025-01-02",
                "url": None,
                "removed": [],
            },
            {"id": "y", "path": "b.txt", "text": "Body two.", "clean": False},
        ],
        "stories": [],
        "problems": [],
        "duplicates": [],
    }
    f = tmp_path / "out.json"
    f.write_text(json.dumps(out), encoding="utf-8")
    docs, problems = _read(f)
    assert not problems
    assert [(d.source, d.clean) for d in docs] == [(f"{f}#1", True), (f"{f}#2", False)]
    assert docs[0].title == "T" and docs[0].byline == ("A B",) and docs[0].url is None
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps({"articles": [{"text": "Scraped."}]}), encoding="utf-8")
    assert _read(plain)[0][0].clean is False


def test_other_dumps_field_names_are_read_when_ours_are_absent(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    rows = [{"id": "a1", "date": "2013-03-14", "content": "The quake struck at dawn.",
             "author": ["Ana Ruiz"]},
            {"text": "Ours wins.", "published": "2020-01-02", "date": "1999-01-01"},
            {"body": "A body.", "pubDate": "Thu, 14 Mar 2013 09:00:00 GMT"},
            {"text": "Bad date.", "date": 20130314}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs, problems = _read(f)
    assert [(d.text, d.published, d.byline) for d in docs] == [
        ("The quake struck at dawn.", "2013-03-14", ("Ana Ruiz",)),
        ("Ours wins.", "2020-01-02", ()),
        ("A body.", "Thu, 14 Mar 2013 09:00:00 GMT", ())]
    assert len(problems) == 1 and "field 'date' must be a string" in problems[0].message
