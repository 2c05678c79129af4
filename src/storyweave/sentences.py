"""Sentence and paragraph segmentation with character offsets into the clean text.

Each place a sentence may end (terminal punctuation plus closing quotes) is judged from
the characters around it by abbreviation-aware rules: no boundary after 'Gov.', 'Mr.',
'J.' or before '"... she asked'; a boundary after a plain word before a capital or a
number ('... agreed. Sen. Ted Cruz ...', 'noon.The'); after 'U.S.', 'p.m.', 'Inc.' only
when the next word usually starts sentences. Where the rules are unsure (about 2% of
candidates on news text), blingfire's boundary decides; it runs only on those lines.
These repairs fix what blingfire alone gets wrong ('Dr.' and 'Lt. Gen.' at a sentence
start, initials, '"Will you?" she asked', missed boundaries before titles).

A sentence never crosses a line break, and so never a paragraph break ('\\n\\n');
``Sentence.paragraph`` is the 0-based index of the paragraph it sits in.
"""

from __future__ import annotations

import re
import threading
from ctypes import byref, c_char_p, c_int, c_int32, create_string_buffer, memset
from enum import Enum

import blingfire

from .model import Sentence

# One pass over the text: a paragraph break (a blank line) or one line of a paragraph.
_PIECE = re.compile(r"(\n[ \t\r\f\v]*\n\s*)|[^\n]+")
# A place where a sentence may end: terminal punctuation, then closing quotes/brackets.
# (The same matches as "(?:\.\.\.|[.!?…])+..." and four times as fast: it opens with one
# character class, not a repeat, so the regex engine skips to the marks: "[x][x]*" = "[x]+".)
# A match never starts right after a mark: the run's first mark matches the whole run or no
# mark of it does (a match ends where no mark follows), so the look-behind changes no match
# and keeps a long run of marks ('.' x 20,000) linear instead of quadratic.
# The scripts with their own full stops (Devanagari '।' '॥', Arabic '؟', Urdu '۔', Armenian
# '։', Ethiopic '።') end sentences as '.!?' do, before a space; the CJK full stops '。！？'
# need none after them, and may be followed by CJK closing brackets ('。」').
_STOPS = ".!?…।॥؟۔։።"
_WIDE_STOPS = "。！？"
_CLOSERS = "\"'”’»)\\]"  # (regex class text)
_WIDE_CLOSERS = _CLOSERS + "」』）】"
_CANDIDATE = re.compile(
    rf"(?<![{_STOPS}])[{_STOPS}][{_STOPS}]*[{_CLOSERS}]*(?=\s|[\"“‘«]?[A-Z][a-z])"
    rf"|(?<![{_WIDE_STOPS}])[{_WIDE_STOPS}]+[{_WIDE_CLOSERS}]*(?=[^\s{_WIDE_CLOSERS}{_WIDE_STOPS}]|\s)"
)
# The same, run once over a whole text: a line's end is no candidate (as in the line alone).
_CANDIDATE_IN_TEXT = re.compile(
    rf"(?<![{_STOPS}])[{_STOPS}][{_STOPS}]*[{_CLOSERS}]*(?=[^\S\n]|[\"“‘«]?[A-Z][a-z])"
    rf"|(?<![{_WIDE_STOPS}])[{_WIDE_STOPS}]+[{_WIDE_CLOSERS}]*(?=[^\s{_WIDE_CLOSERS}{_WIDE_STOPS}]|[^\S\n])"
)
_MARKS = _STOPS + _WIDE_STOPS  # what every _CANDIDATE match opens with
_CLOSE_QUOTES = "\"'”’»"
# A quotation's attribution: 'Marsh said', 'Gov. Elena Marsh asked', 'the mayor told'.
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|"
    r"shouted|explained|continued|insisted|recalled|warned|noted|answered)\b"
)
_OPEN_QUOTES = "\"'“‘«([—–-"
_NEXT_WORD = re.compile(r"[\"“‘«(]?([A-Za-z]+)")
# blingfire's C entry point, called directly: its Python wrapper maps offsets byte by byte.
_BLINGFIRE_SENTENCES = blingfire.blingfire.TextToSentencesWithOffsets

# Titles before a name: never the end of a sentence.
_TITLES = frozenset(
    "mr mrs ms mx dr gov sen rep gen lt col sgt capt cmdr adm maj prof rev hon pres supt "
    "det insp fr atty cpl pvt gens sens reps messrs mmes msgr brig e.g i.e cf vs ca approx "
    "spc pfc sgts spcs lcpl ssgt sfc cpt lieut const".split()
)
# Abbreviations followed by a number inside a sentence ('No. 10', 'Jan. 5', 'pp. 3-4').
_BEFORE_NUMBER = frozenset(
    "no nos vol vols pp p fig figs art sec ch jan feb mar apr jun jul aug sep sept oct nov "
    "dec".split()
)
# Abbreviations that end sentences often enough that only the next word can tell.
_AMBIGUOUS = frozenset(
    "inc corp co ltd llc plc jr sr bros etc st mt ft ave blvd dept univ assn est".split()
)
# Words that begin sentences but rarely follow an abbreviation inside one.
_STARTERS = frozenset(
    "the a an he she it they we i you his her its their our this that these those there "
    "but and or so yet in on at for as if when while after before since although though "
    "because however meanwhile still then now also despite during last next many most "
    "some several officials police authorities what who why how where mr mrs ms dr".split()
)


class _Verdict(Enum):
    SPLIT = 1
    MERGE = 2
    UNSURE = 3


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of ``text`` as character offsets; paragraphs are separated by blank lines."""
    paragraphs = text.split("\n\n")
    if all(p and "\n" not in p and not p[0].isspace() and not p[-1].isspace() for p in paragraphs):
        return _split_plain(text, paragraphs)  # a clean text: one line a paragraph
    out: list[Sentence] = []
    paragraph = 0
    candidates = _candidates(text)
    candidates.append((len(text) + 1, 0))  # a sentinel: no line reaches it
    k = 0
    for piece in _PIECE.finditer(text):
        if piece.lastindex:  # a blank line: the next paragraph begins
            paragraph += 1
            continue
        base, stop = piece.span()
        line = piece.group()
        if candidates[k][0] >= stop:  # no place to split: the line is one sentence
            trimmed = line.strip()
            if trimmed:
                lead = base + len(line) - len(line.lstrip())
                out.append(Sentence(start=lead, end=lead + len(trimmed), paragraph=paragraph))
            continue
        first = k
        while candidates[k][0] < stop:
            k += 1
        inside = [(a - base, b - base) for a, b in candidates[first:k]]
        for s, e in _split_line(line, inside):
            out.append(Sentence(start=base + s, end=base + e, paragraph=paragraph))
    return tuple(out)


def _split_plain(text: str, paragraphs: list[str]) -> tuple[Sentence, ...]:
    """split_sentences() of a text whose paragraphs are single lines without whitespace at
    their ends, joined by blank lines ('\\n\\n'), as a cleaned article is: the same
    sentences, without a regex pass for the paragraphs nor trimming each line.

    With the compiled module (storyweave.clean._fastlines) its loop runs in C: the
    candidates, the common case and the trimming there, every other candidate judged by
    _cut() here; the code below is the reference and the fallback."""
    if (fast := _FAST if _FAST_READY else _load_fast()) is not None:
        spans = fast.plain_spans(text, _NOT_PLAIN, _cutter())
        if spans is not None:
            return tuple([Sentence(start=a, end=b, paragraph=p) for a, b, p in spans])
    out: list[Sentence] = []
    candidates = _candidates(text)
    candidates.append((len(text) + 1, 0))  # a sentinel: no line reaches it
    k, base = 0, 0
    for paragraph, line in enumerate(paragraphs):
        stop = base + len(line)
        if candidates[k][0] >= stop:  # no place to split: the line is one sentence
            out.append(Sentence(start=base, end=stop, paragraph=paragraph))
        else:
            first = k
            while candidates[k][0] < stop:
                k += 1
            inside = [(a - base, b - base) for a, b in candidates[first:k]]
            for a, b in _split_line(line, inside):
                out.append(Sentence(start=base + a, end=base + b, paragraph=paragraph))
        base = stop + 2
    return tuple(out)


_FAST = None  # storyweave.clean._fastlines, or None (the pure-Python path)
_FAST_READY = False  # _FAST is set (loaded on first use: the clean package imports this one)


def _load_fast():
    global _FAST, _FAST_READY
    from .clean.compiled import fastlines

    _FAST, _FAST_READY = fastlines, True
    return _FAST


def _cutter():
    """The judge _split_line() is for a candidate that is not the common case: cut(line,
    start, end) -> whether a sentence ends there (blingfire's ends found once a line)."""
    seen: list = [None, None]  # the line (kept alive, so never another at its address), ends

    def cut(line: str, start: int, end: int) -> bool:
        verdict = boundary_verdict(line, start, end)
        if verdict is _Verdict.UNSURE:
            if seen[0] is not line:
                seen[0], seen[1] = line, _blingfire_ends(line)
            return any(e in seen[1] for e in range(start + 1, end + 1))
        return verdict is _Verdict.SPLIT

    return cut


def _candidates(text: str) -> list[tuple[int, int]]:
    """The spans of _CANDIDATE_IN_TEXT.finditer(text), found from where the marks stand.

    Every match opens with one of the marks '.!?…': str.find finds them (far faster than
    the regex engine stepping through every character), the pattern is tried at each one
    in order, and a mark inside the last match is skipped, as finditer goes on from
    where a match ends (a match is never empty)."""
    at = []
    for mark in _MARKS:
        k = text.find(mark)
        while k >= 0:
            at.append(k)
            k = text.find(mark, k + 1)
    at.sort()
    out: list[tuple[int, int]] = []
    reached = 0
    match = _CANDIDATE_IN_TEXT.match
    for k in at:
        if k >= reached and (m := match(text, k)) is not None:
            out.append(m.span())
            reached = m.end()
    return out


def _split_line(
    line: str, candidates: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans inside one line: the repair rules, and blingfire where they are unsure.

    ``candidates``: the (start, end) of each _CANDIDATE match in the line, if known.
    """
    if candidates is None:
        candidates = [m.span() for m in _CANDIDATE.finditer(line)]
    cuts, proposed = [], None
    tabs = "\t" in line
    for start, end in candidates:
        # the common case first, what boundary_verdict() says of it without the call: a
        # lone period after a plain word (2+ ASCII letters, some lower-case, not a title nor
        # an ambiguous abbreviation), then a space and an ASCII capital: 'agreed. The'
        if end - start == 1 and line[start] == "." and line[end : end + 1] == " " and not tabs:
            word = line[line.rfind(" ", 0, start) + 1 : start]  # (from the start if no space)
            if "A" <= line[end + 1 : end + 2] <= "Z" and _plain_ascii_word(word):
                cuts.append(end)
                continue
        verdict = boundary_verdict(line, start, end)
        if verdict is _Verdict.UNSURE:
            if proposed is None:  # blingfire runs only on lines that need it
                proposed = _blingfire_ends(line)
            if not any(e in proposed for e in range(start + 1, end + 1)):
                continue
        elif verdict is _Verdict.MERGE:
            continue
        cuts.append(end)
    spans, start = [], 0
    for cut in [*cuts, len(line)]:
        piece = line[start:cut]
        trimmed = piece.strip()
        if trimmed:
            lead = start + len(piece) - len(piece.lstrip())
            spans.append((lead, lead + len(trimmed)))
        start = cut
    return spans


# Words boundary_verdict() does not call plain whatever follows them (lower-cased).
_NOT_PLAIN = _TITLES | _AMBIGUOUS


def _plain_ascii_word(word: str) -> bool:
    """2+ ASCII letters, at least one lower-case, neither a title nor an ambiguous
    abbreviation: after such a word, a period before a capital ends a sentence."""
    return (
        len(word) >= 2
        and word.isascii()
        and word.isalpha()
        and not word.isupper()
        and word.lower() not in _NOT_PLAIN
    )


def _blingfire_ends(line: str) -> set[int]:
    """Where blingfire ends sentences in ``line`` (character offsets).

    The same set as ``{e for _, e in blingfire.text_to_sentences_and_offsets(line)[1]}``:
    the same C call, with its UTF-8 offsets mapped to characters per offset rather than
    per byte (the wrapper's loop over every byte cost ~0.1 ms a line). Anything unusual
    goes back to the wrapper itself.
    """
    data = line.encode("utf-8")
    size = len(data) * 2
    buffer, starts, ends = _buffers(size)
    n = _BLINGFIRE_SENTENCES(
        c_char_p(data), c_int(len(data)), byref(buffer), byref(starts), byref(ends), c_int(size)
    )
    if n == -1 or n > size:
        return set()
    count = buffer.value.count(b"\n") + 1
    targets = [t for pair in zip(starts[:count], ends[:count], strict=True) for t in pair]
    offsets = _char_offsets(data, targets, ascii_only=len(data) == len(line))
    if len(offsets) < 2 * count:
        offsets.append(len(line))
    if len(offsets) != 2 * count:
        return {e for _, e in blingfire.text_to_sentences_and_offsets(line)[1]}
    return set(offsets[1::2])


_LOCAL = threading.local()  # per thread: blingfire's output buffers, reused while big enough


def _buffers(size: int):
    """A text buffer and two int32 arrays of at least ``size`` items for blingfire's output,
    zeroed as new ones are (allocating them cost as much as the call)."""
    got = getattr(_LOCAL, "buffers", None)
    if got is None or len(got[1]) < size:
        n = max(size, 1024)
        got = _LOCAL.buffers = (create_string_buffer(n), (c_int32 * n)(), (c_int32 * n)())
        return got
    memset(got[0], 0, len(got[0]))  # all of it: a full output reads on to the first zero
    memset(got[1], 0, 4 * size)
    memset(got[2], 0, 4 * size)
    return got


def _char_offsets(data: bytes, targets: list[int], *, ascii_only: bool) -> list[int]:
    """blingfire's (first byte, last byte) pairs as character (start, end) offsets, in order,
    while each falls on the start of a character at or after the previous one (the
    wrapper's rule; an end is the byte after the last one)."""
    out: list[int] = []
    at = 0
    for k, t in enumerate(targets):
        t += k % 2
        if t < at or t >= len(data) or data[t] & 0xC0 == 0x80:
            break
        out.append(t if ascii_only else len(data[:t].decode("utf-8")))
        at = t
    return out


def boundary_verdict(line: str, punct_start: int, end: int) -> _Verdict:
    """Whether a sentence ends at ``end`` (just after the punctuation and closing quotes)."""
    rest = line[end:].lstrip()
    if not rest:
        return _Verdict.SPLIT
    first = rest.lstrip(_OPEN_QUOTES)[:1]
    if not first or first.islower() or first in ",;:":
        return _Verdict.MERGE  # '"Will you?" she asked', 'U.S. officials', '... and then'
    mark = line[punct_start:end]
    if mark[-1] in _CLOSE_QUOTES and _ATTRIBUTION.match(rest):
        return _Verdict.MERGE  # '"Why now?" Marsh asked.'
    if mark[-1] in "」』" and first == "と":
        return _Verdict.MERGE  # '「計画だ。」と述べた': the quotation's particle goes on
    if mark[0] != "." or mark.startswith(".."):
        return _after_other_mark(mark, first)
    if mark == "." and (_WIRE.match(rest) or end == punct_start + 1 and _DOMAIN_END.match(rest)):
        return _Verdict.MERGE  # 'SALEM, Ore. (AP) — Crews ...', 'GlobalWire.Net - Footage'
    space = max(line.rfind(" ", 0, punct_start), line.rfind("\t", 0, punct_start))
    word = line[space + 1 : punct_start].lstrip(_OPEN_QUOTES)
    if mark == "." and word.lower() in _STATES and rest[0] in "(—–-":
        if line[: max(space, 0)].rstrip().endswith(","):
            return _Verdict.MERGE  # a dateline: 'TROY, Ala. — The mayor resigned'
    if len(word) == 1 and word.isupper() and _lone_capital_ends(line[: max(space, 0)], rest):
        return _Verdict.SPLIT  # 'to win Group D. The day before', 'vitamin C. Doctors'
    if space < 0:  # the word opens the line (what 'line[: space + 1].strip()' is empty says)
        at_line_start = True
    elif not line[:1].isspace():  # a character before the word is not whitespace
        at_line_start = False
    else:
        at_line_start = not line[: space + 1].strip()
    return _after_period(word, rest, first, at_line_start=at_line_start)


# A wire service's credit after a dateline: 'SALEM, Ore. (AP)'.
_WIRE = re.compile(r"\((?:AP|Reuters|AFP|CNN|UPI|Bloomberg|dpa|DPA|Xinhua|AFX|PA|CP|TASS)\)")
# A domain's ending right after the period: 'GlobalWire.Net', 'Example.Com'.
_DOMAIN_END = re.compile(r"(?:com|net|org|info|io|tv|co\.uk|gov|edu)(?![\w.])", re.IGNORECASE)
# US state abbreviations (AP style) that a dateline writes before a dash or '(AP)'.
_STATES = frozenset(
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo "
    "mont neb nev okla ore pa tenn tex vt va wash wis wyo".split()
)
# Words before a single capital that name it (not a person's initial): 'Group D', 'Plan B'.
_LETTER_NAMES = frozenset("group plan vitamin type class phase grade".split())
_LETTER_STARTERS = _STARTERS | frozenset("doctors researchers scientists experts".split())


def _lone_capital_ends(before: str, rest: str) -> bool:
    """Whether a period after a single capital ends a sentence: the capital follows a
    lower-case word or a word that names letters ('Group', 'Plan', 'vitamin'), and the next
    word opens sentences ('The', 'It', 'Doctors'); initials ('J. R. Smith') stay."""
    previous = before.rsplit(None, 1)[-1] if before.strip() else ""
    if not previous.isalpha():
        return False
    if not (previous.islower() or previous.lower() in _LETTER_NAMES):
        return False
    next_word = _NEXT_WORD.match(rest)
    return (
        next_word is not None
        and next_word.group(1)[:1].isupper()
        and next_word.group(1).lower() in _LETTER_STARTERS
    )


def _after_other_mark(mark: str, first: str) -> _Verdict:
    if mark[0] in _OTHER_ENDS or first.isupper() or first in '"“‘«':
        return _Verdict.SPLIT
    return _Verdict.UNSURE


_OTHER_ENDS = "!?" + _STOPS[4:] + _WIDE_STOPS  # a sentence ends at them before a non-lower word


def _after_period(word: str, rest: str, first: str, *, at_line_start: bool) -> _Verdict:
    key = word.lower().rstrip(".")
    if key in _TITLES:
        return _Verdict.MERGE
    if key in _BEFORE_NUMBER and first.isdigit():
        return _Verdict.MERGE
    if len(word) == 1 and word.isalpha() and word.isupper():
        return _Verdict.MERGE  # an initial: 'J. R. R. Tolkien'
    if key.isdigit() and len(key) <= 2 and at_line_start:
        return _Verdict.MERGE  # a list number: '1. First item'
    if key in _AMBIGUOUS or ("." in word.rstrip(".") and _is_dotted_acronym(word)):
        next_word = _NEXT_WORD.match(rest)
        starter = next_word is not None and next_word.group(1).lower() in _STARTERS
        return _Verdict.SPLIT if starter else _Verdict.MERGE
    if _is_plain_word(word) or word.endswith(("”", '"', "’", ")")):
        return _Verdict.SPLIT  # also before a number: 'by Friday. 12,000 donors gave'
    return _Verdict.UNSURE


def _is_dotted_acronym(word: str) -> bool:
    """'U.S', 'D.C', 'a.m': single letters joined by dots."""
    parts = word.rstrip(".").split(".")
    return len(parts) >= 2 and all(len(p) == 1 and p.isalpha() for p in parts)


def _has_lower(text: str) -> bool:
    """Some character of the text is lower-case (ASCII: upper-casing changes it)."""
    return text != text.upper() if text.isascii() else any(c.islower() for c in text)


def _is_plain_word(word: str) -> bool:
    core = word.strip("\"'”’“‘()[]")
    if len(core) >= 2 and "." not in core and _has_lower(core):
        return True
    return core.replace(",", "").replace("%", "").isdigit() and len(core) >= 3
