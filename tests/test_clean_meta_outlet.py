"""The outlet named by a copyright line, whatever follows it on the line."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.clean.metadata import _copyright_holder
from storyweave.model import RawDocument


@pytest.mark.parametrize(("line", "holder"), [
    ("Copyright 2025 Harbour Wire. All rights reserved. This material may not be "
     "published, broadcast, rewritten or redistributed without permission.", "Harbour Wire"),
    ("© 2025 Velmora Daily", "Velmora Daily"),
    ("(c) 2025 The Evening Lamp Media LLC", "The Evening Lamp Media LLC"),
    ("Copyright © 2024 The Herald | All rights reserved", "The Herald"),
    ("All content © 2023 Acme News, Inc. Terms of use.", "Acme News, Inc"),
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
