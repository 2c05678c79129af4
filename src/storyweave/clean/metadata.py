"""Article metadata read from the lines around the body: title, bylines, outlet, date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from .patterns import (
    author_picture,
    byline_names,
    caption_signal,
    furniture_line,
    is_copyright,
    is_counter,
    section_kind,
    share_bar,
)

if TYPE_CHECKING:
    from .features import LineFacts

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january janvier januar enero janeiro gennaio",
            "feb february février februar febrero fevereiro febbraio",
            "mar march mars märz marzo março",
            "apr april avril abril aprile",
            "may mai mayo maio maggio",
            "jun june juin juni junio junho giugno",
            "jul july juillet juli julio julho luglio",
            "aug august août agosto",
            "sep sept september septembre septiembre setembro settembre",
            "oct october octobre oktober octubre outubro ottobre",
            "nov november novembre noviembre novembro",
            "dec december décembre dezember diciembre dezembro dicembre",
        )
    )
    for m in names.split()
}
_MONTH_RX = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATES = (
    (
        re.compile(
            r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d:\d\d(?::\d\d)?)(Z|[+-]\d\d:?\d\d)?)?"
        ),
        "ymd",
    ),
    (
        re.compile(rf"\b({_MONTH_RX})\.? (\d{{1,2}})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b", re.I),
        "mdy",
    ),
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\.? (?:de )?({_MONTH_RX})\.?,? (?:de )?"
            r"((?:19|20)\d\d)\b",
            re.I,
        ),
        "dmy",
    ),
    (re.compile(r"((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b"), "dmy_num"),
    # 'Updated 4/11/2007 1:26 PM': month first as US sites write it, unless it cannot be one
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b(?!/)"), "slash"),
)
#: 'Posted: 8/2/13 at 1:30 PM': a two-digit year, read only on a line that says it dates
_SHORT_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d\d)\b(?![/\d])")
_YEAR = re.compile(r"(?:19|20)\d\d")  # in every form _DATES reads
# What a form's match holds, found far faster than the form (a month-name alternation tried
# at every word): the day, its suffix, a comma, the year of "March 3rd, 2024"
_DATE_NEEDS = {"mdy": re.compile(r"\d(?:st|nd|rd|th)?,? (?:19|20)\d\d", re.I)}
_MONTH_REACH = max(map(len, _MONTHS)) + len(". 1")  # 'septiembre. 1' before a tail's digit
_PUBLISHED_WORDS = re.compile(
    r"publish|posted|updated|date|veröffentlicht|publié|publicado|pubblicato|опубликовано|公開|게시",
    re.I,
)
_STAMP_LINE = 160  # the longest line that may date the page as a 'published/updated' line
_DATELINE = re.compile(r"^([A-Z][\w&.'’ -]{1,40}),\s*[A-Z][\w .'’-]{1,30}$")
# _DESCRIPTION's verb and article, which it finds within a line's first 74 characters (the
# verb's space at 2-61, then at most ' are one of '): a quick look first
_VERB_ARTICLE = re.compile(r" (?:is|was|are) (?:a|an|the|one of) ", re.I)
_AUTHOR_OPENS = frozenset("waeWAE•·*- ")  # author_picture(): 'Writer's/Author's/Editor's ...'
_DESCRIPTION = re.compile(
    r"^([A-Z][^.!?]{1,60}?) (?:is|was|are) (?:a|an|the|one of) [^.]*"
    r"\b(?:news|site|website|portal|publication|magazine|newspaper|blog|outlet|media)\b",
    re.I,
)


#: a line that opens by saying it dates the page, the date right after the word: 'PUBLISHED:
#: 02:31 GMT, 12 March 2013 | UPDATED: ...', 'Last updated 4/11/2007 1:26 PM', 'Publié le 3
#: mars 2024'; not a sentence that opens so ('Updated rules published on March 3 say ...')
_STAMP = re.compile(
    r"^\s*(?:last\s+)?(?:published|updated|posted|modified|veröffentlicht|aktualisiert|"
    r"publié|mis à jour|publicado|actualizado|pubblicato|aggiornato)(?:\s+(?:on|le|am|el|il))?"
    r"\s*[:|-]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:\d|(?:{_MONTH_RX})\.?\s+\d).{{0,80}}$", re.IGNORECASE)


#: what a bare dateline holds besides its date: a label, a weekday, a clock time and its zone
#: ('Release: 03 / 08 / 2013', '8:56am Monday 10th June 2013', 'THURSDAY, APRIL 11, 2013, 9:53
#: PM'); a line with any other word is a headline or a sentence that holds a date
_DATELINE_REST = re.compile(
    r"\b(?:release[sd]?|published|posted|updated|modified|dated?|last|on|at|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d){1,2}\s*(?:[ap]\.?m\b\.?)?|"
    r"\d{1,2}\s*[ap]\.?m\b\.?|gmt|bst|utc|cet|cest|[ecmp][sd]?t|am|pm)\b|[\s,:;|.()\-–—]+",
    re.I,
)
_SPACED_SLASH = re.compile(r"(?<=\d) / (?=\d)")  # '03 / 08 / 2013' as some sites print it
DATELINE_WORDS = 12  # a dateline holds at most this many words


def stamp_date(line: str) -> str | None:
    """The date of a date stamp line: one that opens by saying it dates the page (`_STAMP`),
    or a bare dateline (a date with at most a label, weekday and clock time); else None."""
    if not _YEAR.search(line) or len(line.split()) > DATELINE_WORDS * 2:
        return None
    plain = _SPACED_SLASH.sub("/", line) if " / " in line else line
    if _STAMP.match(line):
        return parse_date(plain)
    if len(line.split()) > DATELINE_WORDS:
        return None
    for rx, order in _DATES:
        if (m := rx.search(plain)) is None:
            continue
        if _DATELINE_REST.sub("", plain[: m.start()] + " " + plain[m.end() :]):
            return None  # another word: a headline or a sentence with a date in it
        try:
            return _to_iso(m, order)
        except ValueError:
            return None
    return None


def date_stamp(line: str) -> bool:
    """Whether a line is the page's date stamp (`_STAMP`, or a bare dateline) holding a date
    that reads."""
    return stamp_date(line) is not None


def parse_date(text: str) -> str | None:
    """The first date in the text as ISO 8601 (date, or datetime when a time is given)."""
    for rx, order in _DATES:
        start = 0
        if (need := _DATE_NEEDS.get(order)) is not None:
            if (tail := need.search(text)) is None:
                continue  # (the same: that form's regex cannot match)
            # the form's first match holds a match of its tail (at or after the first one),
            # and a month name, its dot and a space and a digit stand at most
            # _MONTH_REACH characters before it: the search starts there (\b still sees
            # the character before the start)
            start = max(0, tail.start() - _MONTH_REACH)
        m = rx.search(text, start)
        if not m:
            continue
        try:
            return _to_iso(m, order)
        except ValueError:
            continue
    return None


def _to_iso(m: re.Match, order: str) -> str:
    g = m.groups()
    if order == "ymd":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
    elif order == "mdy":
        mo, d, y = _MONTHS[g[0].lower()], int(g[1]), int(g[2])
    elif order == "dmy":
        d, mo, y = int(g[0]), _MONTHS[g[1].lower()], int(g[2])
    elif order == "slash":
        first, second, y = int(g[0]), int(g[1]), int(g[2])
        y += 2000 if y < 100 else 0
        mo, d = (second, first) if first > 12 else (first, second)
    else:
        d, mo, y = int(g[0]), int(g[1]), int(g[2])
    day = date(y, mo, d)
    if order == "ymd" and len(g) > 3 and g[3]:
        t = g[3] if g[3].count(":") == 2 else g[3] + ":00"
        return datetime.fromisoformat(
            f"{day.isoformat()}T{t}{(g[4] or '').replace('Z', '+00:00')}"
        ).isoformat()
    return day.isoformat()


def normalise_date(value: str | None) -> str | None:
    """A date given by the input, as ISO 8601 when it can be read; as given otherwise."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        return parse_date(value) or value


def url_date(url: str | None) -> str | None:
    """The publication day a URL's path gives ('/2019/11/20/', '/2019-11-20-headline'), as
    htmldate reads it (trafilatura's date library); None when it gives none, or one after
    tomorrow or before 1990 (a number that only looks like a date)."""
    if not url:
        return None
    from datetime import timedelta

    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    latest = datetime.combine(date.today() + timedelta(days=1), datetime.min.time())
    options = Extractor(False, latest, datetime(1990, 1, 1), True, "%Y-%m-%d")
    return extract_url_date(url, options)


def find_title(
    lines: Sequence[str],
    body: Sequence[bool],
    kinds: Sequence[str | None] = (),
    facts: LineFacts | None = None,
) -> int | None:
    """Index of the headline: the headline-like line closest before the body starts.

    When a byline stands above the body, the headline is looked for above the byline
    first (a tag or a standfirst line often sits between byline and body). ``facts``: the
    page's features.LineFacts, when known (to skip tests that cannot match a line).
    """
    start = next((i for i, b in enumerate(body) if b), len(lines))
    low = max(0, start - 15)  # headlines stand within 15 lines of the body
    byline = next((i for i in range(start) if kinds[i] == "byline"), None) if kinds else None
    if byline is not None:  # above the first byline; below it only when nothing is above
        found = _last_headline(lines, kinds, low, min(byline, start), facts)
        if found is not None:
            return found
        low = max(low, byline)
    return _last_headline(lines, kinds, low, start, facts)


def _last_headline(
    lines: Sequence[str],
    kinds: Sequence[str | None],
    low: int,
    high: int,
    facts: LineFacts | None = None,
) -> int | None:
    """The last headline-like line in lines[low:high], looked for from the bottom up."""
    for i in range(high - 1, low - 1, -1):
        if _headline_like(lines[i], kinds, i, facts):
            return i
    return None


def _headline_like(
    line: str, kinds: Sequence[str | None], i: int, facts: LineFacts | None = None
) -> bool:
    if kinds and kinds[i] in ("caption", "byline", "comments", "related", "faq"):
        return False
    units = len(line.split()) + len(_CJK.findall(line)) / 2
    # with facts: a test is skipped on a line it cannot match (no digit, no hint of its words)
    digit = facts is None or facts.digit[i]
    if not 4 <= units <= 30 or len(line) > 250 or (digit and _CLOCK.search(line)):
        return False
    if (digit and is_counter(line)) or furniture_line(line) or share_bar(line):
        return False
    if units <= 12 and digit and _YEAR.search(line) and (parse_date(line) or stamp_date(line)):
        return False
    if line[-1:] in ".:,;" or is_copyright(line):
        return False
    if (facts is None or facts.byline[i]) and byline_names(line):
        return False
    if (facts is None or facts.caption[i]) and caption_signal(line):
        return False
    if (facts is None or facts.section[i]) and section_kind(line, units):
        return False
    return not line.lower().startswith(("http", "www"))


def find_bylines(
    lines: Sequence[str], limit: int, flagged: Sequence[bool] | None = None
) -> list[tuple[int, tuple[str, ...]]]:
    """Byline lines (index, names) among the first ``limit`` lines (``flagged``: per line,
    whether byline_names() finds names in it, when already known: only those are read)."""
    out = []
    for i, line in enumerate(lines[:limit]):
        if flagged is not None and not flagged[i]:
            continue
        names = byline_names(line)
        if names:
            out.append((i, names))
    return out


Outlet = tuple[int | None, str | None]  # (line index, outlet name), or (None, None)


def find_outlet(
    lines: Sequence[str],
    bylines: Sequence[int],
    known: Outlet | None = None,
    body: Sequence[bool] | None = None,
) -> Outlet:
    """(line index, outlet): dateline under a byline, blog author line, © holder, or site blurb.

    ``known``: find_outlet(lines, []) when already found (it does not depend on bylines).
    ``body``: per line, whether it is a line of the article's body, when known: a site's
    blurb is not read from the body ('In January 1955, she was the centerfold model in ...
    Playboy magazine' is a sentence of the article, not what the site says of itself).
    """
    for i in bylines:
        if i + 1 < len(lines) and (m := _DATELINE.match(lines[i + 1])):
            return i + 1, m.group(1).strip()
    if known is not None and (body is None or known[0] is None or not body[known[0]]):
        return known
    return _outlet_line(lines, body)


def _outlet_line(lines: Sequence[str], body: Sequence[bool] | None = None) -> Outlet:
    """A blog author line, the © holder, or a site blurb outside ``body`` (find_outlet
    without bylines)."""
    for i, line in enumerate(lines):
        if line[:1] in _AUTHOR_OPENS and (name := author_picture(line.lstrip("•·*- "))):
            return i, name
    for i in range(len(lines) - 1, -1, -1):
        if is_copyright(lines[i]) and (name := _copyright_holder(lines[i])):
            return i, name
    for i in range(len(lines) - 1, -1, -1):
        if body is not None and body[i]:
            continue
        if _VERB_ARTICLE.search(lines[i], 0, 74) and (m := _DESCRIPTION.match(lines[i])):
            if _site_name(name := m.group(1).strip()):
                return i, name
    return None, None


# what opens a sentence and never a site's name: 'In January 1955, she was ...', 'She was ...'
_NOT_A_NAME = frozenset(
    "in on at by for from to of after before since during until when while if as but and so "
    "then there this that these those it its he she they we i you his her their our my your "
    "who which what today yesterday tomorrow last next every each some many most".split()
) | frozenset(_MONTHS)
_CONNECTORS = frozenset("of and & de del des du la le el di da von van the for on".split())


def _site_name(subject: str) -> bool:
    """The subject of a site blurb names the site: 'The Daily Example', 'Times of Malta';
    not a clause ('In January 1955, she'), a pronoun or a lower-case phrase ('our site')."""
    if any(c in subject for c in ",;:()\"“”"):
        return False
    words = subject.split()
    if words[0].lower() in ("the", "a", "an") and len(words) > 1:
        words = words[1:]
    if words[0].lower().strip("'’") in _NOT_A_NAME:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _CONNECTORS for w in words)


_OWNED_BY = re.compile(r",\s+(?:(?:an?|the)\s+)?(?:subsidiary|division|unit|part|member|"
                       r"affiliate|brand|company)\s+(?:of|from)\b.*$"
                       r"|,\s+an?\s+[A-Z].*$", re.I)  # ', a Digital First Media Newspaper'
_HOLDER_END = re.compile(r"(?<!\b[A-Z])(?<!\bCo)\.\s|\s[|•·–-]\s|$")


def _copyright_holder(line: str) -> str | None:
    """The name after the © mark or year, up to the end of its sentence ('... . All rights
    reserved. This material may not be ...' and '| Terms of use' are not part of it)."""
    mark = re.search(r"©|\(c\)|copyright|\b(?:19|20)\d\d\b(?:\s*[-–]\s*\d{2,4})?", line, re.I)
    rest = line[mark.end() :] if mark else line
    if mark and not re.search(r"[^\W\d_]", re.sub(r"(?i)all rights reserved|copyright", "", rest)):
        rest = line[: mark.start()]  # 'The Gazette © 2024': the holder comes first
    rest = re.sub(
        r"^(?:\s|©|\(c\)|copyright|\b(?:19|20)\d\d\b(?:\s*[-–]\s*\d{2,4})?|,)+",
        "",
        rest,
        flags=re.I,
    )
    name = rest[: _HOLDER_END.search(rest).start()]
    owner = _OWNED_BY.search(name)  # '..., a subsidiary of Y': X is the site's own name
    name = name[: owner.start()] if owner else name
    name = re.sub(r"all rights reserved\.?", " ", name, flags=re.I)
    name = re.sub(r"\s+", " ", name).strip(" .,|-–")
    bare = _LEGAL_SUFFIX.sub("", re.sub(r",?\s+(?:19|20)\d\d$", "", name))  # 'Vox Media, LLC'
    #      -> 'Vox Media', 'Gannett 2018' -> 'Gannett': the outlet's name
    name = bare if len(bare) >= 2 else name
    return name if 2 <= len(name) <= 60 and len(name.split()) <= 8 else None


_LEGAL_SUFFIX = re.compile(r"(?:,?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|PLC|plc|Corp\.?|"
                           r"Co\.|GmbH|S\.A\.|AG|LP|L\.P\.|Pty|Pvt\.?|Private))+\.?$")


def find_date(
    lines: Sequence[str], candidates: Sequence[int], digit: Sequence[bool] | None = None
) -> str | None:
    """The publication date from the given lines (a 'published/updated' line wins).
    ``digit``: per line, whether it may hold a digit (a line that holds none has no date)."""
    first = None
    for i in candidates:
        if digit is not None and not digit[i]:
            continue
        line = lines[i]
        if not _YEAR.search(line):  # every date form has a year: most lines need no parsing
            short = _SHORT_SLASH.search(line) if _PUBLISHED_WORDS.search(line) else None
            if short:
                try:
                    return _to_iso(short, "slash")
                except ValueError:
                    pass
            continue
        found = parse_date(line) or stamp_date(line)  # or 'Release: 03 / 08 / 2013'
        if found and _PUBLISHED_WORDS.search(line) and len(line) <= _STAMP_LINE:
            return found  # not a cookie notice's '... has been updated and became effective
            #               May 23rd, 2018': a long line of prose dates no page
        first = first or found
    return first
