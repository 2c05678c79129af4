"""Every gold fact table the facts evaluation ships is well-formed: the keys the scorer reads,
statuses it knows, each claim's fact listed and each listed fact used, each claim's document
one of the table's source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
TABLES = sorted((DATA / "facts").glob("*.json")) + sorted((DATA / "facts_web").glob("*.json"))
STATUSES = {"agree", "conflict", "single"}


def _belongs(doc: str, source: dict) -> bool:
    if "pages" in source:
        return doc in source["pages"]
    if "docs" in source:
        return doc in source["docs"]
    if "cluster" in source:
        number, kind = source["cluster"].split("_", 1)
        return doc.startswith(number + "_") and doc.endswith(kind)
    return doc.startswith(source["topic"])


def test_there_are_gold_tables():
    assert len(TABLES) >= 90


@pytest.mark.parametrize("path", TABLES, ids=[p.stem for p in TABLES])
def test_a_gold_table_is_well_formed(path: Path):
    table = json.loads(path.read_text(encoding="utf-8"))
    assert set(table) >= {"name", "split", "about", "source", "quantities", "facts"}
    assert table["split"] in {"dev", "test"}
    assert set(table["facts"].values()) <= STATUSES
    claims = table["quantities"] + table.get("quotes", [])
    used = {claim["fact"] for claim in claims}
    assert used == set(table["facts"]), "a claim's fact is unlisted, or a listed fact unused"
    for quantity in table["quantities"]:
        value = quantity["value"]
        assert isinstance(value, int | float) and not isinstance(value, bool)
    for quote in table.get("quotes", []):
        assert quote["starts"].strip()
        assert quote["speaker"] is None or quote["speaker"].strip()  # None: no speaker given
    accounts = [doc for account in table["source"].get("accounts", []) for doc in account]
    assert len(accounts) == len(set(accounts)), "a document sits in two accounts"
    for claim in claims:
        assert _belongs(claim["doc"], table["source"]), claim["doc"]
