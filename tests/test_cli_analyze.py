"""`storyweave analyze` and `add`: bad inputs, exit codes, stdin, duplicates, the store."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from storyweave import contract
from storyweave.cli import app

runner = CliRunner()
GOOD = ("portaldinecourier.txt", "valleydigest.txt")


def _good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "pile"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(EXAMPLES / GOOD[0], folder / GOOD[0])
    shutil.copy(EXAMPLES / GOOD[1], folder / "sub" / GOOD[1])
    return folder


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error ")]


def test_mixed_folder_reports_each_bad_input_on_one_line_and_goes_on(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (folder / "broken.json").write_text('{"text": "a",\n "title": }', encoding="utf-8")
    (folder / "sub" / "feed.jsonl").write_text('{"title": "no body"}\n{bad\n', encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF")  # unsupported in a folder: skipped silently
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["analyze", str(folder), "--json", str(out), "-q"])
    assert result.exit_code == 1, result.output
    lines = _error_lines(result.stderr)
    assert len(lines) == 5, result.stderr
    for name in ("empty.txt", "binary.txt", "broken.json:2", "feed.jsonl:1", "feed.jsonl:2"):
        assert sum(name in line for line in lines) == 1, (name, lines)
    assert "notes.pdf" not in result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(Path(a["path"]).name for a in doc["articles"]) == sorted(GOOD)
    assert len(doc["problems"]) == 5


def test_all_good_exits_0_and_json_to_stdout_follows_the_schema(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    result = runner.invoke(app, ["analyze", str(folder), "--json", "-"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, contract.json_schema())
    assert len(doc["articles"]) == 2 and not _error_lines(result.stderr)


def test_explicit_missing_and_unsupported_files_are_errors(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF")
    result = runner.invoke(
        app, ["analyze", str(folder), str(tmp_path / "gone.txt"), str(pdf), "-q"]
    )
    assert result.exit_code == 1
    lines = _error_lines(result.stderr)
    assert len(lines) == 2
    assert "gone.txt" in lines[0] and "no such file" in lines[0]
    assert "report.pdf" in lines[1] and "unsupported" in lines[1]


@pytest.mark.parametrize(
    "args",
    [
        ["analyze"],
        ["analyze", "x.txt", "--no-such-option"],
        ["add", "x.txt"],
        ["analyze", "x.txt", "--words", "abc"],
        ["frobnicate"],
    ],
    ids=["missing-path", "unknown-option", "add-without-db", "bad-value", "unknown-verb"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


def test_nothing_to_read_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-q"])
    assert result.exit_code == 1 and "no articles found" in result.stderr


def test_dash_reads_standard_input() -> None:
    data = (EXAMPLES / GOOD[0]).read_bytes()
    result = runner.invoke(app, ["analyze", "-", "--json", "-"], input=data)
    assert result.exit_code == 0, result.output
    (article,) = json.loads(result.stdout)["articles"]
    assert article["path"] == "-" and article["words"] > 100


def test_duplicate_inputs_collapse(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    copy = tmp_path / "copy-of-courier.txt"
    shutil.copy(folder / GOOD[0], copy)
    same = folder / GOOD[0]
    result = runner.invoke(app, ["analyze", str(folder), str(same), str(copy), "--json", "-", "-q"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert len(doc["articles"]) == 2  # the same file twice is read once, the copy collapses
    (dup,) = doc["duplicates"]
    assert dup["path"] == str(copy)
    original = next(a for a in doc["articles"] if a["path"] == str(same))
    assert dup["duplicate_of"] == original["id"]


def test_add_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    db = tmp_path / "news.db"
    first = runner.invoke(
        app, ["add", "--db", str(db), str(folder), "--json", str(tmp_path / "1.json")]
    )
    assert first.exit_code == 0, first.output
    assert len(json.loads((tmp_path / "1.json").read_text())["added"]) == 2
    second = runner.invoke(
        app, ["add", "--db", str(db), str(folder), "--json", str(tmp_path / "2.json")]
    )
    assert second.exit_code == 0, second.output
    report = json.loads((tmp_path / "2.json").read_text())
    assert report["added"] == [] and report["already_stored"] == 2
    assert "added 0 new article(s), 2 already stored" in second.stdout


def test_add_with_a_bad_input_keeps_what_was_stored(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    (folder / "bad.json").write_text("[", encoding="utf-8")
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["add", "--db", str(db), str(folder)])
    assert result.exit_code == 1 and len(_error_lines(result.stderr)) == 1
    from storyweave.store import Store

    with Store(db) as store:
        assert store.count() == 2


def test_analyze_db_then_add_is_incremental(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    db = tmp_path / "news.db"
    assert (
        runner.invoke(app, ["analyze", str(folder / GOOD[0]), "--db", str(db), "-q"]).exit_code == 0
    )
    result = runner.invoke(app, ["add", "--db", str(db), str(folder)])
    assert result.exit_code == 0
    assert "added 1 new article(s), 1 already stored" in result.stdout


def test_a_database_that_is_not_one_is_a_clear_error(tmp_path: Path) -> None:
    folder = _good_folder(tmp_path)
    db = tmp_path / "notes.db"
    db.write_text("not a database\n" * 200, encoding="utf-8")
    result = runner.invoke(app, ["add", "--db", str(db), str(folder)])
    assert result.exit_code == 1 and "cannot open as a storyweave database" in result.stderr


def test_help_of_each_verb_names_its_inputs() -> None:
    for verb in ("analyze", "add"):
        result = runner.invoke(app, [verb, "--help"])
        assert result.exit_code == 0 and ".jsonl" in result.stdout


@pytest.mark.slow
def test_installed_command_end_to_end_with_stdin(tmp_path: Path) -> None:
    """The real entry point in a fresh interpreter: stdin, exit status and one-line errors."""
    exe = Path(sys.executable).with_name("storyweave")
    bad = tmp_path / "[odd] name.json"
    bad.write_text("{", encoding="utf-8")
    proc = subprocess.run(
        [str(exe), "analyze", "-", str(bad), "--json", "-"],
        input=(EXAMPLES / GOOD[1]).read_bytes(),
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr.decode()
    assert json.loads(proc.stdout)["articles"][0]["path"] == "-"
    (line,) = _error_lines(proc.stderr.decode())
    assert line.startswith(f"error {bad}:1: malformed JSON")
