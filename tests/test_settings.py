"""Settings load from TOML in the user's words, and typos are errors, not silence."""

from __future__ import annotations

import pytest

from storyweave.errors import SettingsError
from storyweave.settings import Settings


def test_defaults_are_documented_values() -> None:
    s = Settings()
    assert s.summary.words == 120
    assert s.fetch.allow_private is False


def test_from_toml_overrides_one_section(tmp_path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[summary]\nwords = 250\n", encoding="utf-8")
    s = Settings.from_toml(path)
    assert s.summary.words == 250
    assert s.ingest == Settings().ingest


def test_unknown_key_names_the_key_and_the_known_ones(tmp_path) -> None:
    path = tmp_path / "s.toml"
    path.write_text("[summary]\nwrods = 250\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="wrods.*known: .*words"):
        Settings.from_toml(path)


def test_unknown_section_is_an_error() -> None:
    with pytest.raises(SettingsError, match="unknown section"):
        Settings.from_dict({"summery": {}})


def test_replace_changes_one_value() -> None:
    s = Settings().replace("summary", words=42)
    assert s.summary.words == 42 and Settings().summary.words == 120
