"""Which lines of a page are the article body, and what every other line is (its removal kind)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from .classifier import LineModel, load_model
from .features import BASE_NAMES, LineFacts, page_features_facts, page_features_facts_many
from .lines import Lines
from .patterns import (
    COPYRIGHT_HINTS,
    OPENING_HEADER_UNITS,
    PROMO_WORDS_MAX,
    LowerPage,
    author_picture,
    bare_caption_label,
    byline_names,
    caption_signal,
    case_twins,
    comment_stamp,
    contributor_line,
    credit_line,
    furniture_line,
    is_copyright,
    is_counter,
    labelled_teaser,
    picture_description,
    promo_lines,
    section_kind,
    share_bar,
    share_bar_lines,
    timestamp_line,
)

EXTEND_UNITS = 10  # prose lines this long next to the body join it
TRIM_LINES = 3  # at most this many lines trimmed off each end
TRIM_UNITS = 20  # unpunctuated lines up to this long are trimmed off the body's ends
DUPLICATE_WORDS = 3  # a repeated line this long is a repeated paragraph, not a repeated label
TAIL_SHARE = 0.5  # a section header opens the tail once this share of the body lies above it
INLINE_TEASERS = 6  # a related header with at most this many teasers, then prose: inline block
RESUME_LINES = 2  # ... where this many body prose lines must follow the teasers
STAMP_SHARE = 0.2  # comment stamps below this share of the body may open the comments
STAMP_RUN = 3  # ... when at least this many of them follow
CAPTION_NEXT_WORDS = 15  # a described-and-credited picture sits before a paragraph this long
MIN_CARDS = 3  # this many teaser cards in a row below the body are a related list
CARD_SHORT_LINES = 8  # at most this many short lines open a card
CREDIT_WORDS = 12  # the line under a bare 'Photo:' label this short is its credit
LIST_MIN_LINES = 3  # a list continuing the body has at least this many items ...
LIST_DIGIT_SHARE = 1 / 3  # ... and this share of them hold a figure (amounts, prices, steps)
LIST_SAME_SHAPE = 0.5  # ... but not most of them the same line with other figures (a tally)
REJOIN_GAP = 4  # a run of prose this close (in lines) to the body ...
REJOIN_LINES = 2  # ... this long ...
REJOIN_P = 0.5  # ... the classifier this sure of each line ...
REJOIN_KINDS = (None, "related", "comments")  # ... removed by no line rule: body again
_SITE_BLURB = re.compile(
    r"^[A-Z][^.!?]{1,60}? (?:is|was) (?:a|an|the|one of) [^.]*\b(?:news|site|website|portal|"
    r"publication|magazine|newspaper|blog|outlet|media)\b",
    re.I,
)
_URL = re.compile(r"https?://|www\.")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_CUT_OFF = re.compile(r"\w(?:\.\.+|…)[\"'”’]?$")  # 'a title cut off mid-wo..'
_CUT_ENDS = tuple(e + q for e in ("..", "…") for q in ("", '"', "'", "”", "’"))
TEASER_WORDS = 15
_SECTION_COLUMNS = [BASE_NAMES.index(k) for k in ("sec_comments", "sec_related", "sec_faq")]
_SOURCE = re.compile(r"\b[\w-]+\.(?:com|org|net|co|io|news|info|tv|uk|de|fr|es|it)\b", re.I)
# the end of every _SOURCE match, found far faster (a regex that opens with a fixed '.')
_SOURCE_END = re.compile(r"\.(?:com|org|net|co|io|news|info|tv|uk|de|fr|es|it)\b", re.I)
_AUTHOR_OPENS = frozenset("waeWAE•·*- ")  # author_picture(): 'Writer's/Author's/Editor's ...'
_FURNITURE = re.compile(
    r"^(?:top of page|bottom of page|back to top|skip to|share|tweet|email|print|menu|search|"
    r"subscribe|sign in|log in|advertisement|loading|close|next|previous|home)\b",
    re.I,
)


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
    loose = (column["end"] == 0) & (column["len"] <= np.log1p(TRIM_UNITS)) | (column["url"] > 0)
    header = base[:, _SECTION_COLUMNS].any(axis=1)
    return prose, loose, header, column["sec_related"] > 0


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
    _mark_tail(lines.text, body, kinds, reasons, related, words, facts)
    _mark_cards(lines.text, body, kinds, reasons, words)
    _mark_credited_captions(lines.text, body, kinds, reasons, words)
    flags = _Flags(
        caption=facts.caption,
        byline=facts.byline,
        shares=set(bars),
        marks=set(page.lines_holding(COPYRIGHT_HINTS)),
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
    _mark_rest(lines, body, kinds, reasons, words)
    return Decisions(body=body, kinds=tuple(kinds), reasons=tuple(reasons), facts=facts)


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


def _extend(features: np.ndarray, body: np.ndarray, prose: Sequence[bool] | None = None) -> None:
    """Prose lines right next to the body join it (bodies are contiguous; last lines get lost).
    ``prose``: _masks()' first, when at hand."""
    if prose is None:
        prose = _masks(features[:, : len(BASE_NAMES)])[0].tolist()
    if not body.any():
        return
    inside, ok = body.tolist(), prose  # Python lists: no numpy scalar per line
    for order in (range(1, len(inside)), range(len(inside) - 2, -1, -1)):
        step = -1 if order.step == 1 else 1
        for i in order:
            if ok[i] and inside[i + step] and not inside[i]:
                inside[i] = True
    body[:] = inside


def _continue_list(
    text: tuple[str, ...],
    features: np.ndarray,
    body: np.ndarray,
    share_rows: list[int],
    header: Sequence[bool] | None = None,
) -> range:
    """Short items between the last paragraph and a tail header continue the body (a list).

    A recipe, a meal plan or a price list ends an article with short lines that look like
    a menu one by one. They are body when the run fills the whole gap down to the first
    comments/related/FAQ header or share-button row below the article's start, holds no
    byline, comment stamp, counter, labelled teaser or share row, repeats no line found
    above the article or below the header (menus come twice), and enough of its items
    carry figures. Returns the lines it added (empty if none). ``header``: per line, a
    section header (_masks()' third), when at hand.
    """
    inside = body.tolist()  # (list searches: no numpy call a step on a page's few lines)
    if True not in inside:
        return range(0)
    first = inside.index(True)
    if header is None:
        header = features[:, _SECTION_COLUMNS].any(axis=1).tolist()
    found = _index_of_true(header, first + 1)
    end = found if found is not None else len(text)
    bars = [j for j in share_rows if first < j < end]  # ends it too
    if not bars and found is None:
        return range(0)
    stop = bars[0] if bars else end
    start = stop - inside[stop - 1 :: -1].index(True)  # after the last body line above
    if stop - start < LIST_MIN_LINES:
        return range(0)
    outside = set(text[:first] + text[stop:])  # above the article, below the header
    if not _list_items(text[start:stop], outside):
        return range(0)
    body[start:stop] = True
    return range(start, stop)


def _mark_promos(text: tuple[str, ...], page: LowerPage, body, kinds: list, reasons: list):
    """Newsletter and subscription prompts go as furniture."""
    for i in promo_lines(text, page):
        if kinds[i] is None:
            body[i], kinds[i], reasons[i] = False, "furniture", "newsletter or subscription prompt"


def _fill_lists(
    text: tuple[str, ...],
    features: np.ndarray,
    body: np.ndarray,
    header: Sequence[bool] | None = None,
) -> None:
    """A run of short items between two parts of the body is a list inside the article
    (products with their prices, steps, a schedule) under the same conditions.
    ``header``: per line, a section header (_masks()' third), when at hand."""
    where = np.flatnonzero(body)
    if len(where) < 2:
        return
    wide = np.flatnonzero(np.diff(where) > LIST_MIN_LINES)  # gaps of LIST_MIN_LINES+ lines
    if len(wide) == 0:
        return
    outside = set(text[: int(where[0])] + text[int(where[-1]) + 1 :])
    if header is None:
        header = features[:, _SECTION_COLUMNS].any(axis=1).tolist()
    for a, b in zip(where[wide].tolist(), where[wide + 1].tolist(), strict=True):
        if not any(header[a + 1 : b]) and _list_items(text[a + 1 : b], outside):
            body[a + 1 : b] = True


def _index_of_true(flags: list[bool], start: int) -> int | None:
    """The first index from ``start`` on whose flag is True, or None (list.index: in C)."""
    try:
        return flags.index(True, start)
    except ValueError:
        return None


def _list_items(run: tuple[str, ...], outside: set[str]) -> bool:
    """No line that cannot stand in a list, none repeated outside, enough with figures."""
    if not outside.isdisjoint(run):  # cheapest test first
        return False
    if sum(bool(_DIGIT.search(t)) for t in run) < LIST_DIGIT_SHARE * len(run):
        return False
    shapes = Counter(_DIGITS.sub("#", t) for t in run)  # '% 12 votes' x 20: counters
    if shapes.most_common(1)[0][1] > LIST_SAME_SHAPE * len(run):
        return False
    return not any(_blocked(t) for t in run)


def _blocked(line: str) -> bool:
    """A line that cannot stand inside the article's own list (furniture, captions and
    copyright lines may: they are removed one by one by their own rules)."""
    return bool(
        share_bar(line)
        or is_counter(line)
        or comment_stamp(line)
        or labelled_teaser(line)
        or byline_names(line)
    )


def _rejoin(text, likely, body, kinds: list, reasons: list, words: list[int]) -> None:
    """A run of confident prose just past an interruption (a 'Read more' box, a caption,
    a teaser) continues the body: the article goes on after it."""
    ok = [
        i
        for i in np.flatnonzero((likely >= REJOIN_P) & ~body).tolist()
        if kinds[i] in REJOIN_KINDS and _prose(text[i], words[i])
    ]
    if len(ok) < REJOIN_LINES:  # no run of them is long enough (most pages)
        return
    where = np.flatnonzero(body).tolist()
    if not where:
        return
    runs: list[list[int]] = []
    for i in ok:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        k = bisect_left(where, run[0])  # body lines before the run: where[:k]
        near = (k and run[0] - where[k - 1] <= REJOIN_GAP + 1) or (
            k < len(where) and where[k] - run[-1] <= REJOIN_GAP + 1
        )
        if len(run) >= REJOIN_LINES and near:
            for j in run:
                body[j], kinds[j], reasons[j] = True, None, ""
            where = sorted(where + run)  # a run below may continue this one


def _trim_edges(
    features: np.ndarray,
    body: np.ndarray,
    listed: range = range(0),
    loose: Sequence[bool] | None = None,
) -> None:
    """Unpunctuated lines and links cannot open or close the body (a headline, 'bottom of page').

    Items of a list that continues the body (``listed``) are not trimmed. ``loose``: per
    line, _masks()' second, when at hand.
    """
    if loose is None:
        loose = _masks(features[:, : len(BASE_NAMES)])[1].tolist()
    where = np.flatnonzero(body).tolist()  # the body lines left: where[lo : hi + 1]
    lo, hi = 0, len(where) - 1
    for _ in range(TRIM_LINES):
        if hi - lo < 2 or not loose[where[lo]] or where[lo] in listed:
            break
        body[where[lo]] = False
        lo += 1
    for _ in range(TRIM_LINES):
        if hi - lo < 2 or not loose[where[hi]] or where[hi] in listed:
            break
        body[where[hi]] = False
        hi -= 1


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
) -> None:
    """After the body, a comments/related/FAQ header (or comment stamps) ends the article.

    A related-articles header followed by a few teaser lines and then more body prose
    sits inside the article: only the header and its teasers go, and the body goes on.
    ``facts``: the page's LineFacts, to skip lines no header or stamp test can match.
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
            kinds[i], reasons[i] = _tail_kind(line, kind, digit[i]), reason
    return


def _mass_above(text: tuple[str, ...], body: np.ndarray) -> tuple[list[float], float]:
    """Per line, the characters of body lines above it; and those of the whole body (sums of
    whole numbers, exact: the cumulative sums of the line sizes times the body mask)."""
    above, total = [], 0.0
    for line, inside in zip(text, body.tolist(), strict=True):
        above.append(total)
        if inside:
            total += len(line)
    return above, total


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


def _prose(line: str, words: int) -> bool:
    """A paragraph of running text: long enough, ends a sentence, not a teaser."""
    stripped = line.rstrip(" ”\"'’)")
    # (no section header is this long: section_kind() is None past 8 words)
    return (
        stripped[-1:] in ".!?"
        and not stripped.endswith("...")
        and words >= EXTEND_UNITS  # the line's words
    )


def _mark_cards(text: tuple[str, ...], body: np.ndarray, kinds: list, reasons: list, words: list):
    """A run of teaser cards in the lower half of the page goes as 'related'.

    A card is a few short lines (kicker, title, source or tags) and one or two lines of
    prose (the teaser); article paragraphs come in runs, cards alternate. Three or more
    cards back to back below half of the body, most of them naming their source site
    ('example.com Science'), are a list of other articles; product lists and
    subheaded sections of an article name none.
    """
    half = _middle(text, body)
    if half is None:
        return
    lower = "\n".join(text[half:])
    if len(_SOURCE_END.findall(lower)) < 2 or len(_SOURCE.findall(lower)) < 2:  # 3+ cards,
        return  # half of them sourced; every source name holds its own _SOURCE_END
    prose = [False] * half + [_prose(t, k) for t, k in zip(text[half:], words[half:], strict=True)]
    ends: dict[int, int | None] = {}  # card start -> its end (each computed once)
    named: dict[int, bool] = {}  # card start -> a short line of it names a source site
    i = half
    while i < len(text):
        end, cards, sourced = i, 0, 0
        while (nxt := ends.get(end, -1)) is not None:
            if nxt == -1:  # not computed yet
                nxt = ends[end] = _card_end(prose, end)
                if nxt is None:
                    break
            if end not in named:
                named[end] = any(_SOURCE.search(text[j]) for j in range(end, nxt) if not prose[j])
            sourced += named[end]
            end, cards = nxt, cards + 1
        if cards >= MIN_CARDS and sourced * 2 >= cards:
            for j in range(i, end):
                if kinds[j] is None:
                    body[j], kinds[j] = False, "related"
                    reasons[j] = "a list of teaser cards (titles and summaries of other articles)"
            i = end
        else:
            i += 1


def _middle(text: tuple[str, ...], body: np.ndarray) -> int | None:
    """The first line where the body mass up to and including it reaches TAIL_SHARE of the
    body's (None without a body)."""
    above, total = _mass_above(text, body)
    if total == 0:
        return None
    inside = body.tolist()
    return next(
        (
            i
            for i, (a, t, b) in enumerate(zip(above, text, inside, strict=True))
            if a + (len(t) if b else 0) >= TAIL_SHARE * total
        ),
        len(text),
    )


def _card_end(prose: list[bool], start: int) -> int | None:
    """Where a card starting at ``start`` ends (short lines, then 1-2 prose lines), or None."""
    j = start
    while j < len(prose) and not prose[j] and j - start < CARD_SHORT_LINES:
        j += 1
    if j - start < 2 or j >= len(prose) or not prose[j]:
        return None
    j += 1
    if j < len(prose) and prose[j]:
        j += 1
    if j < len(prose) and prose[j]:  # three prose lines in a row: paragraphs, not a card
        return None
    return j


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


def _tail_kind(line: str, section: str | None, digit: bool = True) -> str:
    """The kind of a line in a tail section (``digit``: the line may hold a digit)."""
    if digit and is_counter(line):
        return "furniture"
    if is_copyright(line) or (" is " in line and _SITE_BLURB.match(line)):
        return "other"  # as the JSON contract files copyright lines and site descriptions
    return section or "other"


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
