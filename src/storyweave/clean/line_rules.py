"""Line rules: captions, bylines, counters, furniture, promos, duplicates and the default kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .lines import Lines
from .patterns import (
    LowerPage,
    author_picture,
    bare_caption_label,
    caption_signal,
    case_twins,
    contributor_line,
    credit_line,
    furniture_line,
    is_copyright,
    is_counter,
    labelled_teaser,
    picture_description,
    promo_lines,
    share_bar,
    timestamp_line,
)

DUPLICATE_WORDS = 3  # a repeated line this long is a repeated paragraph, not a repeated label
CAPTION_NEXT_WORDS = 15  # a described-and-credited picture sits before a paragraph this long
CREDIT_WORDS = 12  # the line under a bare 'Photo:' label this short is its credit
_SITE_BLURB = re.compile(
    r"^[A-Z][^.!?]{1,60}? (?:is|was) (?:a|an|the|one of) [^.]*\b(?:news|site|website|portal|"
    r"publication|magazine|newspaper|blog|outlet|media)\b",
    re.I,
)
_URL = re.compile(r"https?://|www\.")
_CUT_OFF = re.compile(r"\w(?:\.\.+|…)[\"'”’]?$")  # 'a title cut off mid-wo..'
_CUT_ENDS = tuple(e + q for e in ("..", "…") for q in ("", '"', "'", "”", "’"))
TEASER_WORDS = 15
_AUTHOR_OPENS = frozenset("waeWAE•·*- ")  # author_picture(): 'Writer's/Author's/Editor's ...'
_FURNITURE = re.compile(
    r"^(?:top of page|bottom of page|back to top|skip to|share|tweet|email|print|menu|search|"
    r"subscribe|sign in|log in|advertisement|loading|close|next|previous|home)\b",
    re.I,
)


def _mark_promos(text: tuple[str, ...], page: LowerPage, body, kinds: list, reasons: list):
    """Newsletter and subscription prompts go as furniture."""
    for i in promo_lines(text, page):
        if kinds[i] is None:
            body[i], kinds[i], reasons[i] = False, "furniture", "newsletter or subscription prompt"


def _mark_credited_captions(
    text: tuple[str, ...], body: np.ndarray, kinds: list, reasons: list, words: list[int]
):
    """A one-sentence description, then a bare credit line, then a paragraph: a caption."""
    for i in range(len(text) - 2):
        # the word counts credit_line() (1-4) and picture_description() (6-30) ask, first
        if kinds[i] is not None or words[i + 1] > 4 or not 6 <= words[i] <= 30:
            continue
        if words[i + 2] < CAPTION_NEXT_WORDS:
            continue
        if credit_line(text[i + 1]) and picture_description(text[i]):
            for j in (i, i + 1):
                body[j], kinds[j] = False, "caption"
                reasons[j] = "picture description and its credit between paragraphs"


@dataclass(frozen=True, slots=True, kw_only=True)
class _Flags:
    """Per line, from the features: caption_signal() and byline_names() found something;
    the share-button rows of the page, and the lines holding a COPYRIGHT_HINTS word."""

    caption: list[bool]
    byline: list[bool]
    shares: set[int]
    marks: set[int]
    digit: list[bool] | None = None  # LineFacts.digit: counters and time stamps hold one


def _line_kind(line: str, i: int, lines: Lines, flags: _Flags) -> tuple[str, str] | None:
    """Lines removed whatever the classifier says: captions, bylines, counters, copyright."""
    if flags.caption[i] and (why := caption_signal(line)) is not None:
        return "caption", why
    nxt = lines.text[i + 1] if i + 1 < len(lines.text) else ""
    if nxt and flags.caption[i + 1] and line[-1:] not in '.!?"”':
        if caption_signal(nxt) == "caption label" and not bare_caption_label(nxt):
            return "caption", "image description before a caption"
    if i and flags.caption[i - 1] and bare_caption_label(lines.text[i - 1]):
        if len(line.split()) <= CREDIT_WORDS:
            return "caption", "credit or caption after a bare caption label"
    if flags.byline[i] or (line[:1] in _AUTHOR_OPENS and author_picture(line.lstrip("•·*- "))):
        return "byline", "byline"
    size = len(line)
    if size >= 200:  # too long for any of the rules below but a cut-off title
        return _cut_off(line) if line.endswith(_CUT_ENDS) else None
    # each test below is skipped where its own first check (length, a required word or
    # character) already says no: the same answers without a call per line and rule
    if size <= 160 and "contributed" in line and contributor_line(line):
        return "byline", "credit for reporting"
    digit = flags.digit is None or flags.digit[i]
    if size < 60 and digit and is_counter(line):
        return "furniture", "view/comment counter"
    if size <= 80 and digit and timestamp_line(line):
        return "furniture", "when the page was updated or published"
    if size < 45 and furniture_line(line):
        return "furniture", "page furniture"
    if size <= 120 and (i in flags.shares or (case_twins(line) and share_bar(line))):
        return "furniture", "share buttons"  # (share_bar_lines() finds lines by lower case)
    if ":" in line and labelled_teaser(line):  # 'Label: title' (the regex needs the colon)
        return "related", "labelled link to another article"
    if line.endswith(_CUT_ENDS) and (found := _cut_off(line)) is not None:
        return found
    if i in flags.marks and is_copyright(line):
        return "other", "copyright line"
    return None


def _cut_off(line: str) -> tuple[str, str] | None:
    if line.endswith(_CUT_ENDS) and _CUT_OFF.search(line) and len(line.split()) <= TEASER_WORDS:
        return "related", "title of another article, cut off"
    return None


def _mark_duplicates(text: tuple[str, ...], body: np.ndarray, kinds: list, reasons: list) -> None:
    seen: set[str] = set()
    for i, (line, inside) in enumerate(zip(text, body.tolist(), strict=True)):
        if not inside:
            continue
        if line in seen and len(line.split()) >= DUPLICATE_WORDS:
            body[i] = False
            kinds[i], reasons[i] = "duplicate", "the same paragraph appears earlier"
        seen.add(line)


def _default_kind(
    line: str, i: int, lines: Lines, span: tuple[int, int], words: int
) -> tuple[str, str]:
    """The kind of a line the classifier left out, from its shape and where it stands
    (``words``: how many it holds)."""
    stripped = line.rstrip(" ”\"'")
    if (" is " in line or " was " in line) and _SITE_BLURB.match(line):
        return "other", "site description"
    if stripped.endswith(("...", "…")):
        return "related", "teaser of another article"
    if words <= 30 and _URL.search(line):
        return "furniture", "link to a site"
    if words <= 6 and _FURNITURE.match(line):
        return "furniture", "page furniture"
    inside = span[0] < i < span[1]  # body lines above and below
    if inside and words >= 8 and stripped[-1:] not in ".!?":
        return "caption", "unpunctuated description between paragraphs"
    if lines.bullet[i]:
        return "furniture", "link list"
    if words < 8:
        return "furniture", "short line outside the body"
    return "other", "outside the article body"
