"""Which lines of a page are the article body, and what every other line is (its removal kind)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from ..post_credits import is_credit_line
from .classifier import LineModel, load_model
from .edge_rules import (
    REJOIN_GAP,
    REJOIN_KINDS,
    REJOIN_LINES,
    REJOIN_P,
    TRIM_LINES,
    _extend,
    _rejoin,
    _trim_edges,
)
from .features import BASE_NAMES, LineFacts, page_features_facts, page_features_facts_many
from .line_rules import (
    _AUTHOR_OPENS,
    _CUT_ENDS,
    _CUT_OFF,
    _FURNITURE,
    _SITE_BLURB,
    _URL,
    CAPTION_NEXT_WORDS,
    CREDIT_WORDS,
    DUPLICATE_WORDS,
    TEASER_WORDS,
    _cut_off,
    _default_kind,
    _Flags,
    _line_kind,
    _mark_credited_captions,
    _mark_duplicates,
    _mark_promos,
)
from .lines import Lines
from .list_rules import (
    _DIGIT,
    _DIGITS,
    LIST_DIGIT_SHARE,
    LIST_MIN_LINES,
    LIST_SAME_SHAPE,
    _blocked,
    _continue_list,
    _fill_lists,
    _index_of_true,
    _list_items,
)
from .patterns import (
    COPYRIGHT_HINTS,
    OPENING_HEADER_UNITS,
    PROMO_WORDS_MAX,
    LowerPage,
    comment_stamp,
    is_copyright,
    is_counter,
    section_kind,
    share_bar_lines,
)
from .rule_masks import (
    _SECTION_COLUMNS,
    EXTEND_UNITS,
    TAIL_SHARE,
    TRIM_UNITS,
    _masks,
    _mass_above,
    _prose,
)
from .teaser_rules import (
    _SOURCE,
    _SOURCE_END,
    CARD_SHORT_LINES,
    MIN_CARDS,
    _card_end,
    _mark_cards,
    _middle,
)

# re-exported: the rules' names, imported from here by tests, bench and scripts
__all__ = [
    "Decisions",
    "body_lines",
    "decide",
    "decide_many",
    "EXTEND_UNITS",
    "TRIM_UNITS",
    "TAIL_SHARE",
    "_SECTION_COLUMNS",
    "_masks",
    "_prose",
    "_mass_above",
    "LIST_MIN_LINES",
    "LIST_DIGIT_SHARE",
    "LIST_SAME_SHAPE",
    "_DIGIT",
    "_DIGITS",
    "_continue_list",
    "_fill_lists",
    "_index_of_true",
    "_list_items",
    "_blocked",
    "TRIM_LINES",
    "REJOIN_GAP",
    "REJOIN_LINES",
    "REJOIN_P",
    "REJOIN_KINDS",
    "_extend",
    "_rejoin",
    "_trim_edges",
    "MIN_CARDS",
    "CARD_SHORT_LINES",
    "_SOURCE",
    "_SOURCE_END",
    "_mark_cards",
    "_middle",
    "_card_end",
    "DUPLICATE_WORDS",
    "CAPTION_NEXT_WORDS",
    "CREDIT_WORDS",
    "_SITE_BLURB",
    "_URL",
    "_CUT_OFF",
    "_CUT_ENDS",
    "TEASER_WORDS",
    "_AUTHOR_OPENS",
    "_FURNITURE",
    "_mark_promos",
    "_mark_credited_captions",
    "_Flags",
    "_line_kind",
    "_cut_off",
    "_mark_duplicates",
    "_default_kind",
]

INLINE_TEASERS = 6  # a related header with at most this many teasers, then prose: inline block
RESUME_LINES = 2  # ... where this many body prose lines must follow the teasers
STAMP_SHARE = 0.2  # comment stamps below this share of the body may open the comments
STAMP_RUN = 3  # ... when at least this many of them follow


@dataclass(frozen=True, slots=True, kw_only=True)
class Decisions:
    """Per line: body or not, and for removed lines a kind (model.REMOVED_KINDS) and a reason."""

    body: np.ndarray  # bool, one per line
    kinds: tuple[str | None, ...]
    reasons: tuple[str, ...]
    facts: LineFacts | None = None  # what the features read of each line (for the metadata)


def decide(
    lines: Lines,
    boilerplate: Collection[str] = (),
    dedupe: bool = True,
    model: LineModel | None = None,
) -> Decisions:
    """Classify every line, then apply the structural rules (tail sections, captions, ...).

    With ``dedupe`` a repeated paragraph is kept once (the rest become 'duplicate');
    ``model`` replaces the shipped line model (cross-validation while training).
    """
    if len(lines) == 0:
        return Decisions(body=np.zeros(0, dtype=np.bool_), kinds=(), reasons=())
    features, facts = page_features_facts(lines, _masks)
    return _decide(lines, features, facts, boilerplate, dedupe, model or load_model())


def decide_many(
    pages: Sequence[Lines],
    boilerplates: Sequence[Collection[str]] | None = None,
    dedupe: bool = True,
) -> list[Decisions]:
    """decide() for each page, the same answers, with the features of all pages computed
    at once (``boilerplates``: one collection per page, or none)."""
    model = load_model()
    found = page_features_facts_many(pages, _masks)
    # the line model over the batch (the same values as page by page)
    shown = [features for lines, (features, _) in zip(pages, found, strict=True) if len(lines)]
    likely = model.probabilities_many(shown) if shown else []
    scores = iter(zip(likely, model.emissions_many(likely) if likely else (), strict=True))
    out = []
    for k, (lines, (features, facts)) in enumerate(zip(pages, found, strict=True)):
        if not len(lines):
            out.append(decide(lines))
            continue
        shared = boilerplates[k] if boilerplates else ()
        out.append(_decide(lines, features, facts, shared, dedupe, model, next(scores)))
    return out


def _decide(
    lines: Lines,
    features: np.ndarray,
    facts: LineFacts,
    boilerplate: Collection[str],
    dedupe: bool,
    model: LineModel,
    scores: tuple | None = None,
) -> Decisions:
    """decide() with the features (and the line model's probabilities and the smoothing's
    per-line scores, when known) given."""
    n = len(lines)
    likely, emitted = scores or (model.probabilities(features), None)
    body = model.smooth(likely, emitted)
    masks = facts.masks or [m.tolist() for m in _masks(features[:, : len(BASE_NAMES)])]
    prose, loose, header, related = masks  # per line, as lists
    _extend(features, body, prose)
    words = facts.tokens  # per line, len(line.split()): counted once for the rules
    page = _word_page(lines.text, words, facts.page_words)
    bars = share_bar_lines(lines.text, page)  # once: the list and line rules both ask
    listed = _continue_list(lines.text, features, body, bars, header)
    _fill_lists(lines.text, features, body, header)
    kinds: list[str | None] = [None] * n
    reasons = [""] * n
    marks = set(page.lines_holding(COPYRIGHT_HINTS))  # the only lines is_copyright() may take
    _mark_tail(lines.text, body, kinds, reasons, related, words, facts, marks)
    _mark_cards(lines.text, body, kinds, reasons, words)
    _mark_credited_captions(lines.text, body, kinds, reasons, words)
    flags = _Flags(
        caption=facts.caption,
        byline=facts.byline,
        shares=set(bars),
        marks=marks,
        digit=facts.digit,
    )
    for i, line in enumerate(lines.text):
        if kinds[i] is None and (found := _line_kind(line, i, lines, flags)) is not None:
            kinds[i], reasons[i] = found
            body[i] = False
        elif kinds[i] is None and line in boilerplate:
            kinds[i], reasons[i] = "furniture", "repeated on other pages of the same outlet"
            body[i] = False
    _rejoin(lines.text, likely, body, kinds, reasons, words)
    _trim_edges(features, body, listed, loose)
    _mark_promos(lines.text, page, body, kinds, reasons)  # after trimming: neighbours stay
    if dedupe:
        _mark_duplicates(lines.text, body, kinds, reasons)
    _keep_embedded_posts(lines.text, body, kinds, reasons)
    _mark_rest(lines, body, kinds, reasons, words)
    return Decisions(body=body, kinds=tuple(kinds), reasons=tuple(reasons), facts=facts)


POST_REACH = 3  # lines between an embedded post's credit line and the body it sits in


def _keep_embedded_posts(text: tuple[str, ...], body: np.ndarray, kinds: list,
                         reasons: list) -> None:
    """A post embedded in the article ('Who are we as a nation ...' / '— Ana Ruiz (@anaruiz)
    November 19, 2019') is part of it: when its credit line comes at most POST_REACH lines
    after a body line, the credit line and the post's lines between are body, though at the
    body's end they look like a list of links."""
    for i, line in enumerate(text):
        if body[i] or not is_credit_line(line):
            continue
        last = next((j for j in range(i - 1, max(-1, i - 1 - POST_REACH), -1) if body[j]), None)
        if last is None:
            continue
        for j in range(last + 1, i + 1):
            body[j], kinds[j], reasons[j] = True, None, ""


def _mark_rest(lines: Lines, body: np.ndarray, kinds: list, reasons: list, words: list) -> None:
    """The kind of every removed line no rule named (_default_kind)."""
    inside = body.tolist()  # (a list: no numpy scalar per line)
    where = [i for i, b in enumerate(inside) if b]
    span = (where[0], where[-1]) if where else (len(inside), -1)  # first, last body line
    for i, line in enumerate(lines.text):
        if not inside[i] and kinds[i] is None:
            kinds[i], reasons[i] = _default_kind(line, i, lines, span, words[i])


def _word_page(
    text: tuple[str, ...], words: list[int], hinted: list[bool] | None = None
) -> LowerPage:
    """The lines that promo, share-row and copyright words (patterns.PAGE_WORDS) are looked
    for in, lower-cased (str.find scans the page once per word): the rest are too long for
    those rules (``hinted``: LineFacts.page_words, when known: the rest hold no such word)."""
    if hinted is None:
        return LowerPage.of(text, [i for i, k in enumerate(words) if _wordy(text[i], k)])
    return LowerPage.of(text, [i for i, k in enumerate(words) if hinted[i] and _wordy(text[i], k)])


def _wordy(line: str, words: int) -> bool:
    """A line that promo_lines(), share_bar() or _line_kind()'s copyright test may take:
    a prompt has up to PROMO_WORDS_MAX words, a share row up to 120 characters, and lines
    of 200+ characters are no copyright lines (nor do they reach that test)."""
    return words <= PROMO_WORDS_MAX or len(line) < 200


def body_lines(lines: Lines) -> np.ndarray:
    """The line-level answer: True for each line that belongs to the article body.

    Repeats are not folded here: this says what is body, and a body may repeat a line
    (the evaluation's gold bodies do); folding repeats is a later step of cleaning.
    """
    return decide(lines, dedupe=False).body


def _mark_tail(
    text: tuple[str, ...],
    body: np.ndarray,
    kinds: list,
    reasons: list,
    related: list[bool],
    words: list[int],
    facts: LineFacts | None = None,
    marks: Collection[int] | None = None,
) -> None:
    """After the body, a comments/related/FAQ header (or comment stamps) ends the article.

    A related-articles header followed by a few teaser lines and then more body prose
    sits inside the article: only the header and its teasers go, and the body goes on.
    ``facts``: the page's LineFacts, to skip lines no header or stamp test can match;
    ``marks``: the lines holding a COPYRIGHT_HINTS word (lower-cased), when known: no
    other line is a copyright line.
    """
    hint = facts.section if facts is not None else [True] * len(text)
    digit = facts.digit if facts is not None else [True] * len(text)
    above, total = _mass_above(text, body)
    if total == 0:
        return
    start, kind, reason = None, None, ""
    stamps = _stamps(text, above, total, digit)
    resume = -1
    for i, line in enumerate(text):
        if i < resume:
            continue
        if start is None and above[i] < TAIL_SHARE * total and i not in stamps:
            if related[i] and (end := _inline_teasers(text, body, i, words)):
                for j in range(i, end):
                    body[j], kinds[j] = False, "related"
                    reasons[j] = f"teasers inside the article after '{line[:40]}'"
                resume = end
            continue
        sec = section_kind(line, words[i]) if words[i] <= OPENING_HEADER_UNITS and hint[i] else None
        if sec == "related" and start is None and (end := _inline_teasers(text, body, i, words)):
            for j in range(i, end):
                body[j], kinds[j] = False, "related"
                reasons[j] = f"teasers inside the article after '{line[:40]}'"
            resume = end
            continue
        if sec is not None:
            start = i if start is None else start
            kind, reason = sec, f"in the {sec} section after '{line[:40]}'"
        elif i in stamps:
            start = i if start is None else start
            kind, reason = "comments", "a comment (user name and time stamp)"
        if start is not None:
            body[i] = False
            mark = marks is None or i in marks
            kinds[i], reasons[i] = _tail_kind(line, kind, digit[i], mark), reason
    return


def _stamps(
    text: tuple[str, ...], above: list[float], total: float, digit: list[bool] | None = None
) -> set[int]:
    """Comment stamps that open a comment section: two below half of the body, or a run.

    The classifier often takes long comments for body, so the body mass above a comment
    section can be small; a run of STAMP_RUN stamps below a fifth of it is enough.
    ``digit``: per line, LineFacts.digit (a comment stamp holds a digit).
    """
    floor = STAMP_SHARE * total
    maybe = digit if digit is not None else [True] * len(text)
    late = [
        i
        for i, (t, a, d) in enumerate(zip(text, above, maybe, strict=True))
        if d and a >= floor and comment_stamp(t)
    ]
    if len(late) >= STAMP_RUN:
        return set(late)
    late = [i for i in late if above[i] >= TAIL_SHARE * total]
    return set(late) if len(late) >= 2 else set()


def _inline_teasers(text: tuple[str, ...], body: np.ndarray, header: int, words: list) -> int:
    """End of the teaser block under a related header when body prose follows it, else 0."""
    j = header + 1
    while j < len(text) and j - header <= INLINE_TEASERS and not _prose(text[j], words[j]):
        j += 1
    if j == header + 1 or j - header > INLINE_TEASERS:
        return 0
    after = [k for k in range(j, min(j + RESUME_LINES, len(text)))]
    if len(after) < RESUME_LINES or not all(body[k] and _prose(text[k], words[k]) for k in after):
        return 0
    return j


def _tail_kind(line: str, section: str | None, digit: bool = True, mark: bool = True) -> str:
    """The kind of a line in a tail section (``digit``: the line may hold a digit; ``mark``:
    it may hold a COPYRIGHT_HINTS word, lower-cased)."""
    if digit and is_counter(line):
        return "furniture"
    if (mark and is_copyright(line)) or (" is " in line and _SITE_BLURB.match(line)):
        return "other"  # as the JSON contract files copyright lines and site descriptions
    return section or "other"
