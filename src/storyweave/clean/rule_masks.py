"""Per-line masks the body rules read from the base features; the prose and mass tests."""

from __future__ import annotations

import numpy as np

from .features import BASE_NAMES

EXTEND_UNITS = 10  # prose lines this long next to the body join it
TRIM_UNITS = 20  # unpunctuated lines up to this long are trimmed off the body's ends
TAIL_SHARE = 0.5  # a section header opens the tail once this share of the body lies above it
_SECTION_COLUMNS = [BASE_NAMES.index(k) for k in ("sec_comments", "sec_related", "sec_faq")]


def _masks(base: np.ndarray) -> tuple[np.ndarray, ...]:
    """Per line, read from the base features (of a whole batch at once) for the rules:
    prose that joins the body next to it (_extend), a loose line trimmed off the body's
    ends (_trim_edges), a section header (the list rules), a related-articles header."""
    column = {k: base[:, i] for i, k in enumerate(BASE_NAMES)}
    prose = (
        (column["len"] >= np.log1p(EXTEND_UNITS))
        & (column["end"] > 0)
        & (column["stop"] >= 0.15)
        & (column["ellipsis"] == 0)
        & (column["caption"] == 0)
        & (column["url"] == 0)
    )
    # a link is loose; a paragraph of sentences that names a site ('... said on Example.com,
    # a news website: "..."') is not
    paragraph = (column["len"] > np.log1p(TRIM_UNITS)) & (column["end"] > 0) & (
        column["stop"] >= 0.15
    )
    loose = (column["end"] == 0) & (column["len"] <= np.log1p(TRIM_UNITS)) | (
        (column["url"] > 0) & ~paragraph
    )
    header = base[:, _SECTION_COLUMNS].any(axis=1)
    return prose, loose, header, column["sec_related"] > 0


def _prose(line: str, words: int) -> bool:
    """A paragraph of running text: long enough, ends a sentence, not a teaser."""
    stripped = line.rstrip(" ”\"'’)")
    # (no section header is this long: section_kind() is None past 8 words)
    return (
        stripped[-1:] in ".!?"
        and not stripped.endswith("...")
        and words >= EXTEND_UNITS  # the line's words
    )


def _mass_above(text: tuple[str, ...], body: np.ndarray) -> tuple[list[float], float]:
    """Per line, the characters of body lines above it; and those of the whole body (sums of
    whole numbers, exact: the cumulative sums of the line sizes times the body mask)."""
    above, total = [], 0.0
    for line, inside in zip(text, body.tolist(), strict=True):
        above.append(total)
        if inside:
            total += len(line)
    return above, total
