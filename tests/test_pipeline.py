"""The main job keeps going when one input breaks a stage unexpectedly."""

from __future__ import annotations

from pathlib import Path

import storyweave.clean as clean_mod
from storyweave import pipeline
from storyweave.settings import Settings

TEXT = (
    "Harbour pilots end strike after overnight talks\n\n"
    "Pilots at the port of Calder agreed on Sunday to return to work after a four-day "
    "strike that left 31 cargo ships waiting offshore, the harbour authority said.\n\n"
    "The agreement raises night-shift pay by 9 percent and adds a second pilot on the "
    "largest vessels, according to the union's statement.\n"
)


def test_an_unexpected_cleaning_failure_costs_only_that_input(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "poison.txt").write_text(TEXT.replace("Calder", "POISON"), encoding="utf-8")
    real = clean_mod.clean_documents

    def flaky(raws, settings=None, progress=None):
        if any("POISON" in (r.text or "") for r in raws):
            raise RuntimeError("boom")
        return real(raws, settings, progress)

    monkeypatch.setattr(clean_mod, "clean_documents", flaky)
    articles, problems, _ = pipeline.read_and_clean([tmp_path], Settings())
    assert [Path(a.source).name for a in articles] == ["good.txt"]
    assert len(problems) == 1
    assert "poison.txt" in str(problems[0]) and "RuntimeError: boom" in str(problems[0])
