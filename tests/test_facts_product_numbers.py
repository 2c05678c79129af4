"""Quantities, round 11b: architecture widths ('32-bit', '32-and 64-bit') and lists of version
numbers after a product or 'versions' name a product, they measure nothing. Every text here is
written for the test."""

from __future__ import annotations

from test_facts_qcounts import figures


def test_architecture_widths_are_names() -> None:
    assert figures("The fix works only on 32-bit versions of the browser.") == []
    assert figures("Both 32-and 64-bit builds are covered, and 40 testers ran it.") == [
        (40.0, "testers", None)]


def test_lists_of_versions_are_names() -> None:
    assert figures("It runs on Zeta 6, 7, 8 and 9 and on Windows XP, Vista, 7 and 8.") == []
    assert figures("Versions 6, 7, 8, and 9 are hit; the new version has 40 fixes.") == [
        (40.0, "fixes", None)]
