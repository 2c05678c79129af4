"""Every gold fact table the facts evaluation ships (quotes-only tables too) is well-formed: the
keys the scorer reads, statuses it knows, each claim's fact listed and each listed fact used,
each claim's document one of the table's source; a web page's quotes are on that page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED

DATA = Path(__file__).parent / "data"
TABLES = [path for folder in ("facts", "facts_web", "facts_quotes")
          for path in sorted((DATA / folder).glob("*.json"))]
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
    if table.get("scope") == "quotes":  # one page's quotes: no figures, nothing shared
        assert table["quantities"] == [] and set(table["facts"].values()) == {"single"}
    else:
        assert table.get("scope", "all") == "all"
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


WEB = [p for p in TABLES if "pages" in json.loads(p.read_text(encoding="utf-8"))["source"]]


@pytest.mark.skipif(not (SHARED / "eval/cleaning/pages.jsonl").is_file(),
                    reason="shared cleaning eval not present")
@pytest.mark.parametrize("path", WEB, ids=[p.stem for p in WEB])
def test_a_web_tables_quotes_start_as_written_on_its_pages(path: Path):
    table = json.loads(path.read_text(encoding="utf-8"))
    bodies = _bodies(tuple(table["source"]["pages"]))
    for quote in table.get("quotes", []):
        assert _squeezed(quote["starts"]) in _squeezed(bodies[quote["doc"]]), quote["starts"]


def _squeezed(text: str) -> str:
    return " ".join(text.split())


def _bodies(pages: tuple[str, ...]) -> dict[str, str]:
    found = {}
    for line in (SHARED / "eval/cleaning/pages.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        found.update({p: d["gold_body"] for p in pages if d["id"].startswith(p)})
    return found
