"""Quotation marks: where each quote opens and closes (curly, straight, single, '' closes).

``marked`` rewrites a text, keeping its length, so that every quote is written with double
marks: British single marks ('...' and ‘...’) outside double-quoted text become “ and ”,
and a closing pair of apostrophes ('' in wire copy), or of right single marks (’’) closing an
open “, becomes a double mark. Offsets into the
rewritten text are offsets into the article, so the speaker patterns read it instead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .name_keys import SPEECH

MIN_WORDS = 4  # shorter quoted phrases are scare quotes or titles, not statements
_LINES_AHEAD = 6  # a quote of one sentence a line (ECB+ style) closes this many lines on at most
_CLOSES = re.compile(r"[ \t]*(?:\n|$|[,.;:!?]|[ \t]*[a-z])")  # what follows a closing mark
_OPENS_LINE = re.compile(r"[ \t]*(?:“|[\"«](?=[^\W_]|[(\[])(?![a-z]))")  # '"We', not '" he said'
_AFTER_WORD = re.compile(r"[^\W\d_][ \t]+$")
_TURNED = re.compile(r"(?<=[\w.,!?] )“(?=[ \t]*[,.;:]|[ \t]*$)", re.MULTILINE)
_NARRATED = re.compile(r"\n[^\n“”\"]*\b[A-Z][\w’'-]+[ \t]+(?:said|says|told|added)\b")
_AFTER_WORDS = re.compile(r"(?<=[,.!?;])(?:['’][ \t]?)?[ \t]?$")  # '..., "Ana Ruiz told': a
#   close, not an open; also after a quote within it ('... phone,' "Ana Ruiz told')

_ATTRIBUTION_START = r"(?:he|she|they|it|we|i|said|says|told|added|asked)\b"
_SECONDS = re.compile(r"\d['’′][ \t]?\d{1,2}(?:\.\d+)?\"")  # minutes' seconds" (or feet' inches")
_INCHES = re.compile(  # 'The 13" Macbook Air', 'a 27" display': inches, no quotation mark
    rf"(?<![\w.,\"“-])\d{{1,3}}(?:\.\d)?\"(?=\+|[ \t]+(?!{_ATTRIBUTION_START})[A-Za-z(]"
    r"|[ \t]+\d{3,4}(?:x|p\b))")  # also 'a 34" 3440x1440 panel', '15" 1080p', '70"+ TV'
_PAIR_CLOSE = re.compile(r"(?<=[^\s'`\d])''(?!')")  # 'rubble,'' said X' (not 17'': inches)
_CURLY_PAIR_CLOSE = re.compile(r"(?<=[^\s'‘’`\d])’’(?![’'\w])")  # '“... voters,’’ X told'
_PAIR_OPEN = re.compile(r"(?:^|(?<=[\s(]))(?:``|'')(?=[^\W_])")  # ``Text'' (TeX, old wires)
_ATTRIBUTION = (  # 'said', 'he said', 'the officer said', 'police said', 'Dorn told'
    r"(?:(?:he|she|they|it|police|officials|authorities|(?:the|a|an|his|her|their|its)"
    r"(?:[ \t]+[\w’'-]+){1,3}?"
    r"|(?!(?:He|She|They|We|It|I|You|The|A|An|This|That|There|My|Our|His|Her)\b)"
    r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]+"
    rf"(?:(?:has|had|also|later|then)[ \t]+)?)?(?:{SPEECH})\b")
_PAIR_SHUT = re.compile(  # '..., ``Dorn told X.', '... parties. ``' (line end): `` closing
    rf"(?<=[,.!?…][ \t])``(?={_ATTRIBUTION})|(?<=\S[ \t])``(?=[ \t]*(?:\n|$))")
_SHUT = re.compile(  # '... I am happy, "said the 34-year-old X': a mark closing, space-less
    rf"(?<=[,.!?…][ \t])\"[ \t]?(?={_ATTRIBUTION})")
_SINGLE_OPEN = re.compile(  # an opening single mark: at a word's start, not an elision
    r"(?:^|(?<=[\s(\[:—–]))['‘](?=[^\W_]|\()"
    r"(?!(?i:em|n|s|tis|twas|til|cause|round|\d0s)\b)")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'‘’`\d])['’](?![^\W_])")  # after a word or punctuation
_POSSESSIVE = re.compile(r"(?<=s)['’][ \t]+[^\W\d_]")  # "the girls' mother": an apostrophe


def marked(text: str) -> str:
    """The text with every quotation mark written as a double mark, same length."""
    return _marked(text)


@lru_cache(maxsize=256)
def _marked(text: str) -> str:
    seconds = {m.end() - 1 for m in _SECONDS.finditer(text)} | {
        m.end() - 1 for m in _INCHES.finditer(text)}
    if seconds:  # '3h 51' 03"', 'by 1' 37"': a time's seconds mark opens no quote
        text = "".join(" " if i in seconds else c for i, c in enumerate(text))
    if "'" not in text and "‘" not in text and "`" not in text and "’’" not in text:
        return text
    chars = list(text)
    for m in _PAIR_CLOSE.finditer(text):
        chars[m.start()], chars[m.start() + 1] = '"', " "
    for m in _CURLY_PAIR_CLOSE.finditer(text):
        if _opened(text, m.start()):
            chars[m.start()], chars[m.start() + 1] = "”", " "
    for m in _PAIR_SHUT.finditer(text):
        if _unpaired_backticks(text, m.end()):
            chars[m.start()], chars[m.start() + 1] = '"', " "
    for m in _PAIR_OPEN.finditer(text):
        if chars[m.start()] == m.group(0)[0]:
            chars[m.start()], chars[m.start() + 1] = " ", '"'
    doubled = "".join(chars)
    inside = _double_spans(doubled)
    for at, mark in _single_marks(doubled, inside):
        chars[at] = mark
    return "".join(chars)


def _unpaired_backticks(text: str, at: int) -> bool:
    """Whether the `` ending at ``at`` opens nothing: the next pair mark after it is another
    `` (or there is none), not a '' closing it; it closes the quote before it."""
    shut = text.find("''", at)
    return shut < 0 or 0 <= text.find("``", at) < shut


def _opened(text: str, at: int) -> bool:
    """Whether a curly double quote is open at ``at`` in its paragraph (a “ after the last ”):
    two right single marks there close it, as some copy writes a closing mark."""
    para = text[text.rfind("\n", 0, at) + 1 : at]
    return para.rfind("“") > para.rfind("”")


def _double_spans(text: str) -> list[tuple[int, int]]:
    return [(s - 1, e + 1) for s, e in _find(text)]


def _single_marks(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(offset, “ or ”) of the single marks that quote: an opening mark at a word's start
    and the first closing mark after it (not a plural possessive) within a few lines; a
    line opening a new mark while one is open starts a new quote (the open one ends there).
    Marks inside double-quoted text are quotes within quotes and stay as they are."""
    found: list[tuple[int, str]] = []
    run: list[tuple[int, str]] = []  # the openings waiting for their closing mark
    lines_open = 0
    for line in re.finditer(r"[^\n]*", text):
        if not line.group(0):
            continue
        if run:
            lines_open += 1
            if lines_open > _LINES_AHEAD:
                run, lines_open = [], 0
        marks = sorted(
            [(m.start(), "“") for m in _SINGLE_OPEN.finditer(text, line.start(), line.end())]
            + [(m.start(), "”") for m in _SINGLE_CLOSE.finditer(text, line.start(), line.end())
               if not _POSSESSIVE.match(text, m.start())])
        for at, mark in marks:
            if any(s <= at < e for s, e in inside):
                continue
            if mark == "“":
                if run and text[line.start() : at].strip() and (
                        run[-1][0] < line.start() or _AFTER_WORD.search(text, max(0, at - 40), at)):
                    run = []  # a title left open before a new opening mid-line ('the
                    #           'X' sequel 'Y'': not ', ‘Stop!', a quote inside a quote)
                run.append((at, mark))
                lines_open = 0
            elif run and at > run[-1][0] + 1:
                found.extend(run + [(at, mark)])
                run = []
    return found


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks; a paragraph left
    open continues into the next paragraph that opens with a mark."""
    return _find(marked(text))


def _find(text: str) -> list[tuple[int, int]]:
    spans = []
    i = 0
    while True:
        m = re.compile(r"[“\"«]").search(text, i)
        if not m:
            return spans
        if m.group(0) == '"' and _SHUT.match(text, m.start()) and _unpaired(text, m.start()):
            i = m.end()  # a closing mark whose opening mark is missing opens nothing
            continue
        close = {"“": "”\"", '"': '"”', "«": "»"}[m.group(0)]
        start = m.end()
        end = _closing(text, start, close)
        if end is None:
            i = start
            continue
        spans.append((start, end))
        i = end + 1


def _unpaired(text: str, at: int) -> bool:
    """Whether the straight mark at ``at`` is left over when the straight marks from it to
    its paragraph's end pair up (an odd number of them)."""
    para_end = text.find("\n", at)
    return text.count('"', at, para_end if para_end >= 0 else len(text)) % 2 == 1


def _closing(text: str, start: int, close: str) -> int | None:
    """Where the quote opened at ``start`` closes (any of the ``close`` marks: writers mix
    straight and curly marks). A quote left open at the end of its paragraph goes on into
    the next paragraph when that opens with a mark after a blank line; when the text writes
    one sentence a line, a line opening a new mark starts a new quote."""
    pos = start
    while True:
        para_end = text.find("\n", pos)
        para_end = len(text) if para_end < 0 else para_end
        found = min((i for i in (text.find(c, pos, para_end) for c in close) if i >= 0),
                    default=-1)
        if close.startswith("”"):  # '... the orchestra “, the host said': a turned close
            turned = _TURNED.search(text, pos, para_end)
            found = turned.start() if turned and (found < 0 or turned.start() < found) else found
        if found >= 0:
            return found
        nxt = re.compile(r"\n+\s*[“\"«]").match(text, para_end)
        if nxt and "\n\n" not in nxt.group(0) and _OPENS_LINE.match(text, para_end + 1):
            return para_end if len(text[start:para_end].split()) >= MIN_WORDS else None
            #                a new line opening a new quote ends this one
        if not nxt:  # an unclosed mark: the quote runs to the end of its paragraph
            closed = _closed_lines_later(text, para_end, close)
            if closed is None:
                closed = _closed_next_paragraph(text, para_end, close)
            if closed is not None:
                return closed
            return para_end if para_end - start > 40 else None
        pos = nxt.end()


def _closed_lines_later(text: str, para_end: int, close: str) -> int | None:
    """Where a quote left open at the end of its line closes when the text writes one
    sentence a line: the first mark within a few short lines that holds no other mark and
    is followed by an attribution or the line's end ('“... hardworking.' / 'They ...' /
    '... at times, ” she told X.'), or the end of the line before a line that opens a new
    quote; None when there is none."""
    pos = para_end
    for _ in range(_LINES_AHEAD):
        if not text.startswith("\n", pos) or text.startswith("\n\n", pos):
            return None  # a blank line ends a paragraph: paragraphs are not sentences here
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos + 1 : line_end]
        marks = [i for i, c in enumerate(line) if c in "“”\"«»"]
        if len(line) > 400:
            return None
        if marks:
            at = pos + 1 + marks[0]
            if _OPENS_LINE.match(line):  # the next line opens a new quote: this one ends
                return pos if pos > para_end and not _NARRATED.search(  # before it, unless
                    text, para_end, pos) else None  # a line between narrates ('X said Y')
            closing = text[at] in close or close.startswith("”") and _TURNED.match(text, at)
            good = closing and (_CLOSES.match(text, at + 1)
                                or _AFTER_WORDS.search(line, 0, marks[0]))
            return at if good and len(marks) % 2 == 1 else None  # the marks after it pair:
            #   '... stuff,” X wrote in “Title”' closes, and the title is a quote of its own
        pos = line_end
    return None


_SAID_AFTER = re.compile(rf"[ \t]*{_ATTRIBUTION}")


def _closed_next_paragraph(text: str, para_end: int, close: str) -> int | None:
    """Where a quote left open at the end of its paragraph closes when the next paragraph
    goes on with its words without an opening mark and closes them before an attribution
    ('“I am so thrilled ... time.', a blank line, 'They do say ...,” said X.'); None
    otherwise."""
    gap = re.compile(r"\n[ \t]*\n\s*").match(text, para_end)
    if not gap:
        return None
    end = text.find("\n", gap.end())
    para = text[gap.end() : len(text) if end < 0 else end]
    marks = [i for i, c in enumerate(para) if c in "“”\"«»"]
    if not marks or marks[0] == 0 or len(marks) % 2 == 0 or len(para) > 600:
        return None
    at = gap.end() + marks[0]
    closing = text[at] in close and text[at - 1] in ",.!?…"
    return at if closing and _SAID_AFTER.match(text, at + 1) else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quotes of at least MIN_WORDS words (shorter ones are scare quotes)."""
    return [(s, e) for s, e in find_quote_spans(text) if len(text[s:e].split()) >= MIN_WORDS]
