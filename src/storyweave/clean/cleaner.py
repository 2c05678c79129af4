"""One RawDocument -> one Article: body paragraphs, metadata, and every removal with its kind."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

from ..ids import article_id
from ..model import Article, RawDocument, Removed
from ..sentences import split_sentences
from ..settings import CleanSettings
from . import metadata
from .decide import Decisions, body_lines, decide, decide_many
from .html import dropped_by_trafilatura, extract_html
from .language import SAMPLE, counted_samples, detect_language
from .lines import Lines, normalise_line, split_lines
from .patterns import byline_names
from .quote_pairs import curl_pairs

__all__ = ["body_lines", "clean_batch", "clean_document", "CleaningError"]


class CleaningError(ValueError):
    """A document with nothing to keep (empty, or no article found)."""


def clean_document(
    raw: RawDocument,
    settings: CleanSettings | None = None,
    boilerplate: Collection[str] = (),
) -> Article:
    """Clean one input. ``boilerplate``: lines known to repeat across the outlet's pages."""
    settings = settings or CleanSettings()
    if raw.html is not None and raw.text is None:
        return _from_html(raw)
    text = raw.text or ""
    if not text.strip():
        raise CleaningError("no text to clean (empty input)")
    if raw.clean:
        paragraphs = [p for p in (normalise_line(x) for x in text.split("\n")) if p]
        return _article(
            raw,
            paragraphs,
            (),
            title=raw.title,
            byline=raw.byline,
            outlet=raw.outlet,
            published=metadata.normalise_date(raw.published),
        )
    lines = split_lines(text)
    return _from_scraped(raw, lines, settings, decide(lines, boilerplate))


def clean_batch(
    raws: Sequence[RawDocument],
    settings: CleanSettings | None = None,
    boilerplate: Sequence[Collection[str]] | None = None,
    split: Sequence[Lines | None] | None = None,
    outlets: Sequence[metadata.Outlet | None] | None = None,
) -> list[Article | CleaningError]:
    """clean_document() of each input, the same results (an error in place of an article
    that cannot be cleaned), the line decisions of the scraped texts made all at once.

    ``boilerplate``: per input, the lines known to repeat across its outlet's pages;
    ``split``: per input, split_lines() of its text where already done (else None);
    ``outlets``: per input, metadata.find_outlet(lines, []) where already done (else None).
    """
    settings = settings or CleanSettings()
    shared = boilerplate or [()] * len(raws)
    todo = [k for k, raw in enumerate(raws) if scraped(raw)]
    lines = {k: (split[k] if split else None) or split_lines(raws[k].text or "") for k in todo}
    found = decide_many([lines[k] for k in todo], [shared[k] for k in todo])
    decisions = dict(zip(todo, found, strict=True))
    out: list[Article | CleaningError | None] = [None] * len(raws)
    made = {}  # the body and metadata of each scraped input, before its Article
    for k, raw in enumerate(raws):
        try:
            if k in decisions:
                known = outlets[k] if outlets else None
                made[k] = body_and_metadata(raw, lines[k], decisions[k], settings, known)
            else:
                out[k] = clean_document(raw, settings, shared[k])
        except CleaningError as exc:
            out[k] = exc
    for k, counted in zip(made, _counted(list(made.values())), strict=True):
        paragraphs, removed, meta = made[k]
        try:
            out[k] = _article(raws[k], paragraphs, removed, counted=counted, **meta)
        except CleaningError as exc:
            out[k] = exc
    return out  # type: ignore[return-value]  (every input has its answer)


def scraped(raw: RawDocument) -> bool:
    """The input goes through the line decisions (scraped text with something in it)."""
    if raw.html is not None and raw.text is None:
        return False
    return bool((raw.text or "").strip()) and not raw.clean


def _from_scraped(
    raw: RawDocument,
    lines: Lines,
    settings: CleanSettings,
    dec: Decisions,
    outlet: metadata.Outlet | None = None,
) -> Article:
    found = body_and_metadata(raw, lines, dec, settings, outlet)
    paragraphs, removed, meta = found
    return _article(raw, paragraphs, removed, counted=_counted([found])[0], **meta)


def body_and_metadata(
    raw: RawDocument,
    lines: Lines,
    dec: Decisions,
    settings: CleanSettings,
    known_outlet: metadata.Outlet | None = None,
) -> tuple[list[str], list[Removed], dict]:
    """The kept paragraphs, the removed runs and the metadata, from the line decisions
    (``known_outlet``: metadata.find_outlet(lines, []) when already found)."""
    body = dec.body.tolist()
    kinds, reasons = list(dec.kinds), list(dec.reasons)
    if settings.keep_captions:
        for i, kind in enumerate(kinds):
            if kind == "caption":
                body[i], kinds[i] = True, None
    if not any(body):
        body = _brief(lines.text, kinds)
        if not any(body):
            raise CleaningError("no article body found in the text")
        reasons = [None if b else r for b, r in zip(body, reasons, strict=True)]
        kinds = [None if b else k for b, k in zip(body, kinds, strict=True)]
    text = lines.text
    # a 'PUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: ...' line the line model kept
    stamps = [i for i, kept in enumerate(body) if kept and metadata.date_stamp(text[i])]
    for i in stamps if sum(body) > len(stamps) else ():
        body[i], kinds[i], reasons[i] = False, "other", "publication date stamp"
    facts = dec.facts
    title_at = metadata.find_title(text, body, kinds, facts)
    if title_at is not None:
        kinds[title_at], reasons[title_at] = "title", "the headline"
    last = len(body) - 1 - body[::-1].index(True)  # the last body line
    bylines = metadata.find_bylines(text, last + 1, facts.byline if facts else None)
    outlet_at, outlet = metadata.find_outlet(text, [i for i, _ in bylines], known_outlet, body)
    if outlet_at is not None and outlet_at - 1 in {i for i, _ in bylines}:
        kinds[outlet_at], reasons[outlet_at] = "byline", "outlet and place"
    header = [i for i in range(last + 1) if not body[i]]  # above the body's end, not in it
    published = metadata.normalise_date(raw.published) or metadata.find_date(
        text, sorted({*header, *stamps}), facts.digit if facts else None
    )
    paragraphs, removed = _assemble(text, body, kinds, reasons)
    return (
        paragraphs,
        removed,
        {
            "sample": (facts.words, *_sample(text, body)) if facts and facts.words else None,
            "title": raw.title or (text[title_at] if title_at is not None else None),
            "byline": raw.byline or (bylines[0][1] if bylines else ()),
            "outlet": raw.outlet or outlet,
            "published": published,
        },
    )


_PROSE_END = ('.', '!', '?', '"', '”', '’', "'")
_BRIEF_LINES = 4  # a brief: at most this many non-empty lines, title and credits included


def _brief(text: Sequence[str], kinds: Sequence[str | None]) -> list[bool]:
    """The body of a brief, when the line decisions found none: a wire brief of one paragraph
    ('A bomb exploded Friday at a bank branch ..., authorities said.'), alone or under its
    headline, is all article. Its prose lines (12 words or more, ending as a sentence ends,
    not marked as furniture of a kind) are the body; a longer page without a body stays
    without one."""
    if sum(1 for line in text if line.strip()) > _BRIEF_LINES:
        return [False] * len(text)
    return [kinds[i] in (None, "other") and len(line.split()) >= 12
            and line.rstrip().endswith(_PROSE_END) and not line.isupper()
            for i, line in enumerate(text)]


def _assemble(
    text: tuple[str, ...], body: list[bool], kinds: list, reasons: list
) -> tuple[list[str], list[Removed]]:
    """Body paragraphs, and removed runs merged by kind with the offset where they stood."""
    paragraphs = [line for line, b in zip(text, body, strict=True) if b]
    end = max(sum(map(len, paragraphs)) + 2 * len(paragraphs) - 2, 0)  # the clean text's length
    offset = 0  # where the next paragraph starts in the clean text
    removed: list[Removed] = []
    run: list[str] = []  # the removed lines of the same kind and reason just before
    key: tuple = ()
    at = 0
    for line, is_body, kind, reason in zip(text, body, kinds, reasons, strict=True):
        if is_body:
            offset += len(line) + 2
        elif run and key == (kind, reason):
            run.append(line)
            continue
        if run:  # what was removed after the last paragraph stood at the end of the text
            removed.append(Removed(text="\n".join(run), kind=key[0], reason=key[1], at=at))
            run = []
        if not is_body:
            run, key, at = [line], (kind, reason), min(offset, end)
    if run:
        removed.append(Removed(text="\n".join(run), kind=key[0], reason=key[1], at=at))
    return paragraphs, removed


def _curled(paragraphs: list[str], removed: Sequence[Removed]) -> tuple[list[str], list]:
    """The paragraphs with ``...'' pairs written as curly marks (quote_pairs), and the removed
    blocks' offsets (each at a paragraph's start or the text's end) moved with them."""
    curled = [curl_pairs(p) for p in paragraphs]
    if curled == paragraphs:
        return paragraphs, list(removed)
    moved, old, new = {}, 0, 0
    for before, after in zip(paragraphs, curled, strict=True):
        moved[old] = new
        old, new = old + len(before) + 2, new + len(after) + 2
    moved[old - 2] = new - 2  # the end of the text
    return curled, [replace(r, at=moved.get(r.at, min(r.at, new - 2))) for r in removed]


def _sample(text: tuple[str, ...], body: list[bool]) -> tuple[list[int], str]:
    """The lines the language guess reads of the clean text (the body lines joined by blank
    lines, its first SAMPLE characters): those read whole, and the text of the line cut
    short ("" if none)."""
    rows, start = [], 0
    for i, is_body in enumerate(body):
        if not is_body:
            continue
        if start >= SAMPLE:
            break
        end = start + len(text[i])
        if end > SAMPLE:
            return rows, text[i][: SAMPLE - start]
        rows.append(i)
        start = end + 2  # the blank line between paragraphs
    return rows, ""


def _counted(found: Sequence[tuple]) -> list:
    """Per (paragraphs, removed, meta) of body_and_metadata(): detect_language()'s
    ``counted`` of its text, from the tokens the features read (None where not known),
    the samples sharing a batch's tokens counted at once."""
    out: list = [None] * len(found)
    groups: dict[int, list[int]] = {}
    for k, (_, _, meta) in enumerate(found):
        if meta.get("sample") is not None:
            groups.setdefault(id(meta["sample"][0].packed), []).append(k)
    for ks in groups.values():
        words = found[ks[0]][2]["sample"][0]
        samples = []
        for k in ks:
            part, rows, cut = found[k][2]["sample"]
            samples.append(([part.first + i for i in rows], cut))
        for k, counted in zip(ks, counted_samples(words.packed, words.ends, samples), strict=True):
            out[k] = counted
    return out


def _from_html(raw: RawDocument) -> Article:
    found = extract_html(raw.html or "", raw.url)
    if found is None or not found.paragraphs:
        raise CleaningError("no article body found in the HTML")
    removed = list(found.removed)
    note = dropped_by_trafilatura(raw.html or "", sum(len(p) for p in found.paragraphs))
    if note is not None:
        removed.append(note)
    return _article(
        raw,
        list(found.paragraphs),
        removed,
        title=raw.title or found.title,
        byline=raw.byline or found.byline,
        outlet=raw.outlet or found.outlet,
        published=metadata.normalise_date(raw.published or found.published),
        url=raw.url or found.url,
    )


def _article(raw: RawDocument, paragraphs: list[str], removed, **meta) -> Article:
    if not paragraphs:
        raise CleaningError("no article body found")
    paragraphs, removed = _curled(paragraphs, removed)
    if meta.get("title"):
        meta["title"] = curl_pairs(meta["title"])
    text = "\n\n".join(paragraphs)
    meta.pop("sample", None)
    counted = meta.pop("counted", None)  # the language guess's words, when counted
    url = meta.pop("url", None) or raw.url
    if not meta.get("published"):  # no date given or printed: the one the URL's path gives
        meta["published"] = metadata.url_date(url)
    byline = tuple(meta.pop("byline") or ())
    if len(byline) == 1 and byline_names("By " + byline[0]):  # 'A and B' given as one string
        byline = byline_names("By " + byline[0])
    return Article(
        id=article_id(text),
        source=raw.source,
        text=text,
        byline=byline,
        language=detect_language(text, counted=counted),
        url=url,
        removed=tuple(removed),
        sentences=split_sentences(text),
        **meta,
    )
