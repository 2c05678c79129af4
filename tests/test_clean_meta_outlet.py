"""The outlet named by a copyright line, whatever follows it on the line."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.metadata import _copyright_holder, find_outlet
from storyweave.model import RawDocument


@pytest.mark.parametrize(("line", "holder"), [
    ("Copyright 2025 Harbour Wire. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed without permission.", "Harbour Wire"),
    ("© 2025 Velmora Daily", "Velmora Daily"),
    ("(c) 2025 The Evening Lamp Media LLC", "The Evening Lamp Media"),  # no legal suffix
    ("Copyright © 2024 The Herald | All rights reserved", "The Herald"),
    ("All content © 2023 Acme News, Inc. Terms of use.", "Acme News"),
    ("© 2019 Vox Media, LLC. All Rights Reserved", "Vox Media"),
    ("The contents of this site are ©2019 Harbour Hill Publishing Corp., a subsidiary of "
     "Harbour News Communications, Inc.", "Harbour Hill Publishing"),  # the site's owner
    ("© 2024 Velmora Daily, part of the Harbour Media Group", "Velmora Daily"),
    ("© 2024 The Company of Players", "The Company of Players"),
    ("© 2019 The Velmora News, a Harbour Media Newspaper", "The Velmora News"),
    ("© 2018 Harbour Wire 2018", "Harbour Wire"),
    ("© 2019 Velmora Alert Pty Ltd", "Velmora Alert"),
    ("© Copyright 2019-2024 Daily Planet", "Daily Planet"),
    ("The Gazette © 2024. All rights reserved.", "The Gazette"),
    ("Copyright (c) 2021 N.Y. Post Co. All rights reserved", "N.Y. Post Co"),
    ("© 2025 GNX24 - all rights reserved - VAT 0123", "GNX24"),
])
def test_copyright_holder(line: str, holder: str) -> None:
    assert _copyright_holder(line) == holder


def test_a_wire_story_gets_its_outlet_from_the_copyright_notice() -> None:
    body = "\n\n".join(
        f"Paragraph {n} of the report says that the harbour flooded and that crews worked "
        f"through the night to pump water out of the old warehouses near the pier."
        for n in range(1, 6))
    text = (f"Harbour floods overnight\n\nBy Ada Lind\n\n{body}\n\n"
            "Copyright 2025 Harbour Wire. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission.\n")
    article = clean_document(RawDocument(source="wire.txt", text=text))
    assert article.outlet == "Harbour Wire"
    assert "Copyright" not in article.text


def _page(extra: str, foot: str = "") -> str:
    body = "\n\n".join(
        f"Paragraph {n} of the report says that the harbour flooded and that crews worked "
        f"through the night to pump water out of the old warehouses near the pier."
        for n in range(1, 5))
    return f"Harbour floods overnight\n\n{body}\n\n{extra}\n\n{body}\n\n{foot}\n"


def test_a_sentence_of_the_body_is_not_read_as_the_sites_blurb() -> None:
    line = ("In March 1961, he was the cover photographer of the town's small Harbour Gazette "
            "magazine, and he kept the prints in these warehouses.")
    article = clean_document(RawDocument(source="flood.txt", text=_page(line)))
    assert line in article.text  # a line of the body
    assert article.outlet is None  # not 'In March 1961, he'
    named = ("The Harbour Gazette was a small news magazine that the town printed until the "
             "warehouses closed, and its old presses still stand near the pier.")
    article = clean_document(RawDocument(source="flood.txt", text=_page(named)))
    assert named in article.text
    assert article.outlet is None  # a body sentence about a magazine, not the site's blurb


def test_a_site_blurb_outside_the_body_still_names_the_outlet() -> None:
    foot = "The Valley Ledger is a news site covering the harbour towns"
    article = clean_document(RawDocument(source="flood.txt", text=_page("", foot)))
    assert foot not in article.text
    assert article.outlet == "The Valley Ledger"


@pytest.mark.parametrize(("line", "outlet"), [
    ("The Valley Ledger is a news site covering the harbour towns", "The Valley Ledger"),
    ("Times of Harbourtown is one of the oldest news sites of the coast", "Times of Harbourtown"),
    ("In March 1961, he was the cover photographer of the Harbour magazine", None),
    ("She was a reporter for the local newspaper", None),
    ("Our site is a news portal for the valley", None),
    ("Last year it was the region's biggest news site", None),
])
def test_a_blurbs_subject_is_a_name_not_a_clause(line: str, outlet: str | None) -> None:
    assert find_outlet([line], []) == ((0, outlet) if outlet else (None, None))
