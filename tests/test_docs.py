"""Docs that cannot rot: every CLI verb teaches in --help, every setting is documented,
and the README's commands name verbs that exist."""

from __future__ import annotations

import dataclasses
import re

import pytest
import typer
from typer.main import get_command
from typer.testing import CliRunner

from conftest import REPO
from storyweave.cli import app
from storyweave.settings import Settings

runner = CliRunner()


def _commands() -> list[tuple[str, ...]]:
    root = get_command(app)
    found: list[tuple[str, ...]] = []

    def walk(cmd, path: tuple[str, ...]) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, (*path, name))
        else:
            found.append(path)

    walk(root, ())
    return found


COMMANDS = _commands()


def test_the_main_verbs_exist() -> None:
    names = {c[0] for c in COMMANDS}
    assert {"analyze", "add", "eval"} <= names


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_command_has_help_that_teaches(command: tuple[str, ...]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    words = re.sub(r"[│╭╮╰╯─]", " ", result.output).split()
    # a usage line plus at least a sentence of explanation
    assert "Usage:" in result.output
    assert len(words) > 25, result.output


def test_settings_md_is_up_to_date() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", REPO / "scripts" / "gen_settings_doc.py")
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    doc = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    assert doc == gen.render(), "run: .venv/bin/python scripts/gen_settings_doc.py"


def test_every_setting_is_documented_in_settings_md() -> None:
    doc = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    for section in dataclasses.fields(Settings):
        assert f"[{section.name}]" in doc, f"docs/settings.md lacks section [{section.name}]"
        section_cls = type(section.default_factory())  # type: ignore[misc]
        for f in dataclasses.fields(section_cls):
            assert re.search(rf"\b{f.name}\b", doc), (
                f"docs/settings.md lacks [{section.name}] {f.name}"
            )


def test_readme_opens_with_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    lines = [ln.split("#")[0].strip() for ln in first_block.splitlines()[1:] if ln.strip()]
    assert lines == ["make demo", "make test"]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_verbs_exist() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    code = "\n".join(readme.split("```")[1::2])
    verbs = set(re.findall(r"^storyweave ([\w-]+)", code, flags=re.M))
    names = {c[0] for c in COMMANDS}
    assert verbs - {"--help"} <= names, verbs - names


def test_app_is_a_typer_app() -> None:
    assert isinstance(app, typer.Typer)
