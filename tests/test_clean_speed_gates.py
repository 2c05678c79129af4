"""The cheap gates in front of the line rules skip a rule only where it would say no."""

from __future__ import annotations

import random

import numpy as np

from storyweave.clean import decide as dec
from storyweave.clean import split_lines
from storyweave.clean.decide import _Flags, _line_kind
from storyweave.clean.features import BASE_NAMES, page_features
from storyweave.clean.patterns import (
    COPYRIGHT_HINTS,
    OPENING_HEADER_UNITS,
    LowerPage,
    author_picture,
    bare_caption_label,
    caption_signal,
    contributor_line,
    furniture_line,
    is_copyright,
    is_counter,
    labelled_teaser,
    section_kind,
    share_bar,
    share_bar_lines,
    timestamp_line,
)

_SEEDS = (  # lines each rule takes, then padded until it no longer does
    "Jo Roe contributed reporting.",
    "Ana Ruiz and Li Wei contributed reporting from Port Aldine.",
    "12 comments",
    "3.4k views",
    "Updated 6:55 p.m. March 3, 2024",
    "Published: Tue 14 Oct 2025 09:12 EDT",
    "Advertisement",
    "Share this article",
    "Share on Facebook Share on X Email Print",
    "Related: The council votes on the budget",
    "READ MORE: Another story about roads",
    "Mayor says the plan is..",
    "© 2024 Example Media. All rights reserved.",
    "Copyright 2023 Example",
    "Related articles",
    "Comments",
    "Frequently asked questions about the plan and what it costs the city",
    "The council voted on Tuesday to extend the program, officials said.",
)
_TWINS = (
    "ſhare on Facebook ſhare on X",
    "ſhare: X Tweet Reddit",
    "İmprİnt Share Tweet",
    "©İ 2024 Example",
    "Kelvin (c) 2021",
)
_PADS = (" and more", " x", " Share", " 12", ":", " ago", " example.com", " Related", "..", "…")


def _lines(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        line = rng.choice(_SEEDS)
        for _ in range(rng.randint(0, 40)):
            line += rng.choice(_PADS) if rng.random() < 0.3 else " " + rng.choice(_SEEDS)
        out.append(line[: rng.randint(1, 260)].strip() or "x")
    return out + list(_SEEDS)


def test_gates_hold_no_rule_back() -> None:
    for line in _lines(1500, seed=5):
        size = len(line)
        if size > 160 or "contributed" not in line:
            assert not contributor_line(line)
        if size >= 60:
            assert not is_counter(line)
        if size > 80:
            assert not timestamp_line(line)
        if size >= 45:
            assert not furniture_line(line)
        if size > 120:
            assert not share_bar(line)
        if ":" not in line:
            assert not labelled_teaser(line)
        words = len(line.split())
        if words > OPENING_HEADER_UNITS:
            assert section_kind(line, words) is None
    # and the gates do pass lines each rule takes
    assert contributor_line(_SEEDS[0]) and is_counter(_SEEDS[2]) and timestamp_line(_SEEDS[4])
    assert furniture_line(_SEEDS[6]) and share_bar(_SEEDS[8]) and labelled_teaser(_SEEDS[9])


def test_source_end_finds_every_source_name() -> None:
    rng = random.Random(9)
    parts = ("news.example.com", "a-b.org", "x.CO", "www.site.news", ".com", "a.", "info", " ")
    parts += ("İt.İT", "dot.coms", "ſite.eſ", "Kelvin.uK", "é.fr", "\n", "wiki.de/page")
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 12)))
        assert len(dec._SOURCE_END.findall(text)) >= len(dec._SOURCE.findall(text))


def _reference_line_kind(line: str, i: int, lines, flags: _Flags):
    """_line_kind() without its gates: every rule asked in turn, as it was."""
    found = _head(line, i, lines, flags)
    if found is not None or len(line) >= 200:
        return found if found is not None else dec._cut_off(line)
    for rule, kind in (
        (contributor_line, ("byline", "credit for reporting")),
        (is_counter, ("furniture", "view/comment counter")),
        (timestamp_line, ("furniture", "when the page was updated or published")),
        (furniture_line, ("furniture", "page furniture")),
        (share_bar, ("furniture", "share buttons")),
        (labelled_teaser, ("related", "labelled link to another article")),
    ):
        if rule(line):
            return kind
    if (cut := dec._cut_off(line)) is not None:
        return cut
    return ("other", "copyright line") if is_copyright(line) else None


def _head(line: str, i: int, lines, flags: _Flags):
    """The first rules of _line_kind (captions, bylines), which have no gates."""
    if flags.caption[i] and (why := caption_signal(line)) is not None:
        return "caption", why
    nxt = lines.text[i + 1] if i + 1 < len(lines) else ""
    if nxt and flags.caption[i + 1] and line[-1:] not in '.!?"”':
        if caption_signal(nxt) == "caption label" and not bare_caption_label(nxt):
            return "caption", "image description before a caption"
    if i and flags.caption[i - 1] and bare_caption_label(lines.text[i - 1]):
        if len(line.split()) <= dec.CREDIT_WORDS:
            return "caption", "credit or caption after a bare caption label"
    if flags.byline[i] or author_picture(line.lstrip("•·*- ")):
        return "byline", "byline"
    return None


def test_line_kind_matches_the_ungated_chain() -> None:
    lines = split_lines("\n".join(_lines(800, seed=13) + list(_TWINS)))
    features, page = page_features(lines), LowerPage.of(lines.text)
    flags = _Flags(
        caption=(features[:, BASE_NAMES.index("caption")] > 0).tolist(),
        byline=(features[:, BASE_NAMES.index("byline")] > 0).tolist(),
        shares=set(share_bar_lines(lines.text, page)),
        marks=set(page.lines_holding(COPYRIGHT_HINTS)),
    )
    got = [_line_kind(t, i, lines, flags) for i, t in enumerate(lines.text)]
    want = [_reference_line_kind(t, i, lines, flags) for i, t in enumerate(lines.text)]
    assert got == want
    kinds = {g[0] for g in got if g is not None}
    assert {"byline", "furniture", "related", "other"} <= kinds  # every rule was reached
    assert np.mean([g is None for g in got]) > 0.2  # and many lines pass all of them
    twins = [g for g, t in zip(got, lines.text, strict=True) if t in _TWINS]
    assert ("furniture", "share buttons") in twins  # found although lower case hides them
