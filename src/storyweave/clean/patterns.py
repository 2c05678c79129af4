"""Line-shape detectors: section headers, bylines, captions, comment stamps, counters, copyright."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .lexicon import (
    BYLINE_WORDS,
    CAPTION_WORDS,
    FURNITURE_WORDS,
    PROMO_WORDS,
    SECTION_WORDS,
    TEASER_LABELS,
    unspaced,
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _trie(words) -> str:
    """A regex matching exactly the given words, their shared prefixes written once
    ('com(?:ments|mentaires)'): the same matches as their alternation, found faster."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[None] = None  # a word ends here
    return _trie_node(root)


def _trie_node(node: dict) -> str:
    branches = [re.escape(ch) + _trie_node(node[ch]) for ch in sorted(k for k in node if k)]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if None in node else alt


# Non-ASCII letters that a case-blind regex takes for ASCII ones ('İ' and 'ı' for 'i', 'ſ' for
# 's', 'K' for 'k'): a line without them, lower-cased, shows every word such a regex finds.
_CASE_TWIN = re.compile("[\u0130\u0131\u017f\u212a]")


def _section_rx(words: tuple[str, ...]) -> re.Pattern:
    """A word at a word start; a word of a script without spaces (lexicon.unspaced) also
    where it ends the line ('この記事へのコメント', '网友评论')."""
    ends = tuple(w for w in words if unspaced(w))
    tail = rf"|(?:{_trie(ends)})\W*$" if ends else ""
    return re.compile(rf"(?:^|[^\w])(?:{_trie(words)}){tail}", re.IGNORECASE)


_SECTION = {kind: _section_rx(words) for kind, words in SECTION_WORDS.items()}
_ANY_SECTION = re.compile(
    _trie([w for words in SECTION_WORDS.values() for w in words]), re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class _LowerSections:
    """The section words for lines already lower-cased (a line without case twins: the
    words are lower case, so lower() shows each one IGNORECASE would find), matched without
    IGNORECASE: the same answers, found several times faster. ``ascii``: only the ASCII
    words (all an ASCII line can hold: no word holds a case twin; fewer words to try)."""

    any: re.Pattern
    starts: dict[str, re.Pattern]  # a word at a word start
    ends: dict[str, tuple[str, ...]]  # unspaced words, also where they end the line
    opening: dict[str, re.Pattern]  # a word opening the line

    @classmethod
    def of(cls, ascii: bool) -> _LowerSections:
        kinds = {
            k: tuple(w.lower() for w in ws if w.isascii() or not ascii)
            for k, ws in SECTION_WORDS.items()
        }
        return cls(
            any=re.compile(_trie([w for ws in kinds.values() for w in ws])),
            starts={k: re.compile(rf"(?:^|[^\w])(?:{_trie(ws)})") for k, ws in kinds.items()},
            ends={k: tuple(w for w in ws if unspaced(w)) for k, ws in kinds.items()},
            opening={k: re.compile(rf"^\W*(?:{_trie(ws)})") for k, ws in kinds.items()},
        )


_ASCII_SECTIONS = _LowerSections.of(ascii=True)
_LOWER_SECTIONS = _LowerSections.of(ascii=False)
_ANY_SECTION_LOWER = _ASCII_SECTIONS.any  # the section words, for ASCII lines lower-cased
_TRAILING_NON_WORD = re.compile(r"\W+$")
_DIGIT = re.compile(r"\d")
# The full stops of scripts that have their own: Devanagari danda and double danda, the
# Arabic question mark, the Urdu full stop, the Armenian and the Ethiopic full stop
FULL_STOPS = "।॥؟۔։።"
HEADER_ENDS = ".!?。！？" + FULL_STOPS  # no section header ends with one of these
# A section header may carry a count of what it holds, in brackets or bare, before or after
# its words ('Comments (5)', '12 Comments', '댓글 3', '评论（12）', 'Comments: 1,024')
_NUMBER = r"\d{1,7}(?:[.,\u00a0\u202f ]\d{3})?"
_COUNT = re.compile(
    rf"^\s*(?:[(\[（【]\s*{_NUMBER}\s*[)\]）】]|{_NUMBER})\s*(?=\w)"
    rf"|(?<=\w)\s*(?:[(\[（【]\s*{_NUMBER}\s*[)\]）】]|[:：]?\s+{_NUMBER})\W*$"
)
_PROMO_LOWER = tuple(w.lower() for w in PROMO_WORDS)
# A character that is neither ASCII nor punctuation or a symbol: most English pages hold
# none ('’', '—', '©' are not letters), and then only the prompt words without one can be
# on the page.
_NON_ASCII_LETTER = re.compile(
    "[^\x00-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u2100-\u214f\u2190-\u23ff\u25a0-\u25ff]"
)


def _words_rx(words) -> re.Pattern:
    """The words as one pattern (a trie; never matching when there are none): a regex finds
    them in a page's lower-cased lines faster than a str.find per word, with this many."""
    return re.compile(_trie(words) or "(?!)")


# The prompt words at word starts; those without a non-ASCII letter (all a page without
# one can hold); the words of scripts without spaces (lexicon.unspaced), anywhere.
_PROMO_SPACED = _words_rx([w for w in _PROMO_LOWER if not unspaced(w)])
_PROMO_PLAIN = _words_rx(
    [w for w in _PROMO_LOWER if not unspaced(w) and not _NON_ASCII_LETTER.search(w)]
)
_PROMO_UNSPACED = _words_rx([w for w in _PROMO_LOWER if unspaced(w)])
PROMO_WORDS_MAX = 40  # a prompt is a line or two, not a paragraph about newsletters
_QUOTES = re.compile('["“”]')
_BYLINE = re.compile(rf"^(?:{_alternation(BYLINE_WORDS)})\s+(.+)$", re.IGNORECASE)
_BYLINE_AFTER = re.compile(  # 'Outlet | By Name'
    rf"^[^|•·—–]{{2,50}}?\s*[|•·—–]\s*(?:{_alternation(BYLINE_WORDS)})\s+(.+)$", re.IGNORECASE
)
_SHARE_ANY = re.compile(r"share|facebook|twitter|whatsapp|linkedin|e-?mail|print", re.I)
_SHARE_ANY_LOWER = ("share", "facebook", "twitter", "whatsapp", "linkedin", "mail", "print")
_CREDIT_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*\.?$")
BYLINE_STARTS = frozenset(w.split()[0] for w in BYLINE_WORDS)
_SHARE_WORDS = frozenset(
    "share facebook twitter x email e-mail print whatsapp linkedin pinterest reddit telegram "
    "copy link tweet messenger flipboard".split()
)
_AUTHOR_PICTURE = re.compile(
    r"^(?:writer|author|editor)['’]?s? (?:picture|photo|avatar|image)\s*(.+)$", re.IGNORECASE
)
# compiled once (re.sub/findall/split with a pattern string look it up in re's cache
# on every call: ~0.4-1.2 µs each)
_SHARE_TOKENS = re.compile(r"[\w-]+")
_STAMP_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:at|on|says|said|"
    r"wrote|am|pm|a\.m\.|p\.m\.)\b|[-–—|,:@]",
    re.IGNORECASE,
)
_BYLINE_END = re.compile(r"\s+[|•·—–-]\s+|\s*\|\s*")  # a separator after the names
_NAME_SPLIT = re.compile(r"\s*(?:,|&| and | und | et | y | e | и | en | och | og )\s*")
_NAME_PARTICLES = frozenset("de da del della di van von der den le la du dos das bin al el".split())
_CAPTION_PREFIX = re.compile(
    rf"^(?:{_trie(CAPTION_WORDS)})(?:\s*\w{{0,12}})?\s*[:,|–-]", re.IGNORECASE
)
_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|[^()]*\b(?:via|photo|getty|reuters|afp|ap|epa|shutterstock|file)\b"
    r"[^()]*)\)\s*\.?$",
    re.IGNORECASE,
)
_CREDIT_WORD = r"(?:[A-Z][\w&.'’-]*|of|the|and|for|de|du|del|la|le)"
_TRAILING_CREDIT = re.compile(  # 'A rendering shows the station. (City of Port Aldine)'
    rf"[.!?][\"”’]?\s+\({_CREDIT_WORD}(?:\s+{_CREDIT_WORD}){{0,6}}\)$"
)
CREDIT_LINE_WORDS = 40  # a line with a trailing credit this short is a caption
_POSITION = re.compile(
    r"\((?:left|right|centre|center|c|l|r|c-l|c-r|l-r|second from (?:left|right)|"
    r"from left|top|bottom|front)\)",
    re.IGNORECASE,
)
_COUNTER = re.compile(
    r"^\W*\d[\d.,kKmM]*\s*(?:views?|comments?|shares?|likes?|reads?|replies|votes?|"
    r"просмотр\w*|коммент\w*|aufrufe|vues|visitas)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved", re.IGNORECASE)
# Matches somewhere in a line exactly when _COPYRIGHT does, opening with a class of the
# forms' first characters (the engine skips to them; the leading alternation with a \b
# made it try every form at every position), each form then told by a look-behind at that
# character: about twice as fast in is_copyright(). A test checks they agree.
_COPYRIGHT_SOMEWHERE = re.compile(
    r"[©(ca](?:(?<=©)|(?<=\()c\)\s*\d{4}|(?<!\wc)(?<=c)opyright\b|(?<=a)ll rights reserved)",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?|\b\d{1,2}(?:st|nd|rd|th)?,? \d{4}\b|\d{4}-\d\d-\d\d|"
    r"\b\d+ (?:minutes?|hours?|days?|weeks?|months?) ago\b",
    re.IGNORECASE,
)
# Matches somewhere in a line exactly when _STAMP does (its answer to search() as a bool),
# each form opening with the digit it starts with, so the regex engine skips to digits
# (a leading \b stops that; '\b' before a digit is '(?<!\w)' just before it): about
# 2.5 times as fast on the lines comment_stamp() searches. A test checks they agree.
_STAMP_SOMEWHERE = re.compile(
    r"\d(?:\d?:\d\d|(?<!\w\d)\d?(?:st|nd|rd|th)?,? \d{4}\b|\d{3}-\d\d-\d\d|"
    r"(?<!\w\d)\d* (?:minutes?|hours?|days?|weeks?|months?) ago\b)",
    re.IGNORECASE,
)


_RELATIVE_OR_CLOCK = re.compile(r"\d{1,2}:\d\d|\bago\b", re.IGNORECASE)
_FURNITURE_LINE = re.compile(
    r"^(?:advertisement|advertising|ad|sponsored|share|share this(?: article| story)?|"
    r"share it with friends|print(?: this article)?|e-?mail|tweet|more|read more|see more|"
    r"subscribe|sign up|sign in|log in|back to top|top of page|bottom of page|loading|close|"
    r"skip to (?:main )?content|print this article share it with friends|"
    r"anzeige|werbung|publicité|publicidad|pubblicità|реклама|広告|광고)\W*$",
    re.IGNORECASE,
)
_LABELLED_TEASER = re.compile(
    r"^(?:related|see more|more|read more|see also|also read|read also|read next|watch|"
    r"listen|recommended|more in|more on|lesen sie auch|mehr|à lire aussi|lea también|"
    r"leia também|leggi anche|читайте также)\s*:\s*\S",
    re.IGNORECASE,
)
_SLASH_CREDIT_END = re.compile(  # '... on Thursday. Jo Roe / Velmora Public Media'
    r"[.!?][\"”’)]?\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*/\s*"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}$"
)
_BARE_CREDIT = re.compile(r"^[A-Z][\w.'’ -]{1,40}(?:/[A-Z][\w.'’ -]{1,40}){1,3}$")


# The whole-line furniture words: _FURNITURE_LINE's forms spelled out, then
# lexicon.FURNITURE_WORDS (other languages), and lexicon.TEASER_LABELS: looked up whole,
# casefolded (a set lookup costs the same however many words there are; a regex
# alternation does not). A test checks furniture_line() agrees with _FURNITURE_LINE.
_FURNITURE_FORMS = (
    *"advertisement advertising ad sponsored share print email e-mail tweet more".split(),
    *"subscribe loading close anzeige werbung publicité publicidad pubblicità".split(),
    *("реклама", "広告", "광고", "share this", "share this article", "share this story"),
    *("share it with friends", "print this article", "read more", "see more", "sign up"),
    *("sign in", "log in", "back to top", "top of page", "bottom of page", "skip to content"),
    *("skip to main content", "print this article share it with friends"),
)
_FURNITURE_SET = frozenset(w.casefold() for w in (*_FURNITURE_FORMS, *FURNITURE_WORDS))
_TRAILING_MARKS = " »«›‹>→|·•*:;,.!?…-–—()[]{}\"'“”‘’/"  # what often trails a button's word
_TRAILING_NON_WORD = re.compile(r"\W+$")
_LABELS_MORE = frozenset(w.casefold() for w in TEASER_LABELS)


def furniture_line(line: str) -> bool:
    """The whole line is a piece of page furniture ('Advertisement', 'Share', 'Print')."""
    if len(line) >= 45:
        return False
    if case_twins(line) and _FURNITURE_LINE.match(line):  # ('İ': casefold() is not the regex's)
        return True
    low = line.casefold()
    core = low.rstrip(_TRAILING_MARKS)  # 'Teilen »': the word
    if core in _FURNITURE_SET:
        return True
    if core[-1:].isalnum():  # no word ends in one of _TRAILING_MARKS: no other split
        return False
    # another non-word character trails the word ('Teilen ➤'), or the word ends in one
    # ('शेयर करें': a vowel sign): each split of the line's non-word tail
    rest = len(_TRAILING_NON_WORD.sub("", low))
    return any(low[:k] in _FURNITURE_SET for k in range(rest, len(low) + 1))


def share_bar(line: str) -> bool:
    """A row of share buttons ('Share on Facebook  Share on X  Email  Print')."""
    if len(line) > 120:
        return False
    if line.isascii() or not _CASE_TWIN.search(line):  # lower-cased, it shows every share
        if not _holds_share_word(line.lower()):  # word: most lines have none (no regex)
            return False
    if not _SHARE_ANY.search(line):
        return False
    words = _SHARE_TOKENS.findall(line.lower())
    if not 2 <= len(words) <= 14:
        return False
    hits = sum(1 for w in words if w in _SHARE_WORDS)
    return hits >= 2 and hits >= len(words) / 3


def _holds_share_word(low: str) -> bool:
    """One of _SHARE_ANY_LOWER is in the lower-cased line (spelled out: no generator)."""
    return (
        "share" in low
        or "mail" in low
        or "print" in low
        or "facebook" in low
        or "twitter" in low
        or "whatsapp" in low
        or "linkedin" in low
    )


def labelled_teaser(line: str) -> bool:
    """'Related: Another story', 'SEE MORE: ...': a link to another article with its label."""
    if len(line) >= 200:
        return False
    if _LABELLED_TEASER.match(line):
        return True
    label, colon, title = line.partition(":")
    return bool(colon) and bool(title.strip()) and label.rstrip().casefold() in _LABELS_MORE


_SECTION_OPENING = {  # the header's words open the line ('Frequently asked questions about X')
    kind: re.compile(rf"^\W*(?:{_alternation(words)})", re.IGNORECASE)
    for kind, words in SECTION_WORDS.items()
}
HEADER_UNITS = 8  # a section header is at most this long ...
OPENING_HEADER_UNITS = 14  # ... or this long when its section's words open it


def section_kind(line: str, units: float, counted: bool = True) -> str | None:
    """'comments', 'related' or 'faq' when the line is a header opening such a section
    (``counted``: also one that carries a count, 'Comments (5)': the rules take those, the
    feature columns do not)."""
    if units > HEADER_UNITS:
        if units > OPENING_HEADER_UNITS or len(line) > 120 or line[-1:] in HEADER_ENDS:
            return None
        if case_twins(line):
            return next((k for k, rx in _SECTION_OPENING.items() if rx.search(line)), None)
        words, low = _ASCII_SECTIONS if line.isascii() else _LOWER_SECTIONS, line.lower()
        return next((k for k, rx in words.opening.items() if rx.search(low)), None)
    if len(line) > 80 or line[-1:] in HEADER_ENDS:
        return None
    if _DIGIT.search(line) and (not counted or (line := without_count(line)) is None):
        return None
    if line[0] in "•·▪►▸◦‣∙●○■□*-–—":  # an item of a list, not the list's header
        return None
    if case_twins(line):
        if not _ANY_SECTION.search(line):
            return None
        return next((k for k, rx in _SECTION.items() if rx.search(line)), None)
    words, low = _ASCII_SECTIONS if line.isascii() else _LOWER_SECTIONS, line.lower()
    if not words.any.search(low):
        return None
    core = None  # the line without what trails its last word, for the unspaced words
    for kind, rx in words.starts.items():
        if rx.search(low):
            return kind
        if words.ends[kind]:
            core = _TRAILING_NON_WORD.sub("", low) if core is None else core
            if core.endswith(words.ends[kind]):
                return kind
    return None


def without_count(line: str) -> str | None:
    """The header line without the one count it carries before or after its words
    ('Comments (5)' -> 'Comments'), or None when a digit is left (a date, a title)."""
    rest = _COUNT.sub("", line, count=1)
    return None if rest == line or not rest or _DIGIT.search(rest) else rest


def byline_names(line: str) -> tuple[str, ...]:
    """The author names of a byline line ('By A and B'), or () if it is not one."""
    first = line[:16].split(" ", 1)[0].lower()
    if len(line) > 120 or not (first in BYLINE_STARTS or " by " in line.lower()):
        return ()
    m = _BYLINE.match(line) or (_has_separator(line) and _BYLINE_AFTER.match(line))
    if not m:
        return ()
    rest = _BYLINE_END.split(m.group(m.lastindex or 1))[0]
    rest = _STAMP.split(rest)[0].strip(" ,;:-")
    rest = rest.split(";")[0]  # 'Reporting by A in Rome; Editing by B': the reporters
    rest = _CREDIT_PLACE.sub("", rest).strip(" ,.")
    names = [n.strip(" .") for n in _NAME_SPLIT.split(rest) if n.strip(" .")]
    if not names or len(names) > 6 or not all(_is_name(n) for n in names):
        return ()
    return tuple(names)


def _has_separator(line: str) -> bool:
    """The line holds one of the separators _BYLINE_AFTER needs (none has a case twin)."""
    return "|" in line or "•" in line or "·" in line or "—" in line or "–" in line


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5:
        return False
    caps = [w for w in words if w.lower() not in _NAME_PARTICLES]
    return bool(caps) and all(w[0].isupper() or not w[0].isalpha() for w in caps)


def author_picture(line: str) -> str | None:
    """The name in a blog platform's 'Writer's picture NAME' line."""
    m = _AUTHOR_PICTURE.match(line)
    return m.group(1).strip() if m else None


def bare_caption_label(line: str) -> bool:
    """A caption label standing alone ('Photo:'): the credit or caption is the next line."""
    return len(line) < 30 and line.strip(" :,|–-").lower() in CAPTION_WORDS


def caption_signal(line: str) -> str | None:
    """Why the line looks like an image caption or photo credit, or None."""
    if _CAPTION_PREFIX.match(line):
        return "caption label"
    if "/" in line and len(line) < 90 and _BARE_CREDIT.match(line):
        return "photo credit"
    if "/" in line and len(line.split()) <= CREDIT_LINE_WORDS and _SLASH_CREDIT_END.search(line):
        return "description with a photographer / agency credit"
    if "(" not in line:
        return None
    if _CREDIT.search(line):
        return "photo credit"
    if _POSITION.search(line):
        return "names people in a picture by position"
    if (
        line.endswith(")")
        and len(line.split()) <= CREDIT_LINE_WORDS
        and _TRAILING_CREDIT.search(line)
    ):
        return "description with a credit in parentheses"
    return None


def is_counter(line: str) -> bool:
    """A view/comment/share counter ('21 views', '3 comments')."""
    return bool(_COUNTER.match(line)) and len(line) < 60


COPYRIGHT_HINTS = ("©", "(", "ight")  # is_copyright() is False on lines holding none
# Every word the rules look for in a page's lower-cased lines (LowerPage): share buttons,
# copyright hints, newsletter prompts.
PAGE_WORDS = (*_SHARE_ANY_LOWER, *COPYRIGHT_HINTS, *_PROMO_LOWER)


def is_copyright(line: str) -> bool:
    if len(line) >= 200 or not ("©" in line or "(" in line or "ight" in line.lower()):
        return False
    return _COPYRIGHT_SOMEWHERE.search(line) is not None


def case_twins(line: str) -> bool:
    """The line holds a character a case-blind regex takes for an ASCII letter ('İ', 'K'):
    lower-cased, it may not show every word such a regex finds."""
    return not line.isascii() and _CASE_TWIN.search(line) is not None


def comment_stamp(line: str) -> bool:
    """A comment's header: a user name with a date or time ('jane_d March 3, 2024 - 9:08 am')."""
    if len(line) > 80 or line[-1:] in ".!?" or not _DIGIT.search(line):
        return False
    if _STAMP_SOMEWHERE.search(line) is None:
        return False
    rest = _STAMP.sub(" ", line)
    rest = _STAMP_WORDS.sub(" ", rest)
    tokens = rest.split()
    if not tokens:  # a bare '2 days ago at 08:12 am' under a user name line
        return bool(_RELATIVE_OR_CLOCK.search(line))
    return len(tokens) <= 3 and not tokens[0].endswith(":")


def credit_line(line: str) -> bool:
    """A bare credit under a picture: 1-4 capitalised words, no digits, no final stop
    ('Berkeley Earth', 'NASA Worldview'); all-caps lines are subheadings instead."""
    words = line.split()
    return (
        1 <= len(words) <= 4
        and not line.isupper()
        and all(w[0].isupper() for w in words)
        and line[-1:] not in ".!?:"
        and not _DIGIT.search(line)
    )


def picture_description(line: str) -> bool:
    """One plain sentence of 6-30 words with no quotation (what a caption looks like)."""
    words = len(line.split())
    return 6 <= words <= 30 and line.rstrip('”"')[-1:] in ".!?" and not _QUOTES.search(line)


@dataclass(frozen=True, slots=True)
class LowerPage:
    """A page's lines lower-cased and joined, with where each line starts (for str.find);
    ``index``: when only some lines are held, the page's number of each (else None)."""

    joined: str
    starts: list[int]
    index: list[int] | None = None

    @classmethod
    def of(cls, text: tuple[str, ...], only: list[int] | None = None) -> LowerPage:
        """The page's lines, or only the lines numbered in ``only`` (in order): words are
        then looked for in those lines alone (str.find scans less text)."""
        lowered = [t.lower() for t in text] if only is None else [text[i].lower() for i in only]
        starts = list(accumulate((len(t) + 1 for t in lowered), initial=0))
        return cls("\n".join(lowered), starts, only)

    def lines_holding(self, words: tuple[str, ...], word_start: bool = False) -> list[int]:
        """Indexes of the lines holding one of the lower-case ``words`` (with ``word_start``
        only where it starts a word), found by str.find: far faster than a regex alternation."""
        joined, at = self.joined, []
        for w in words:
            k = joined.find(w)
            while k >= 0:
                if not word_start or k == 0 or not joined[k - 1].isalnum():
                    at.append(k)
                k = joined.find(w, k + 1)
        found = sorted({bisect_right(self.starts, a) - 1 for a in at})
        return found if self.index is None else [self.index[k] for k in found]


def promo_lines(text: tuple[str, ...], page: LowerPage | None = None) -> set[int]:
    """Lines that prompt for a newsletter or a subscription (one pass over the page)."""
    page = page or LowerPage.of(text)
    if page.joined.isascii() or not _NON_ASCII_LETTER.search(page.joined):
        found = _lines_matching(page, _PROMO_PLAIN, word_start=True)
        return {i for i in found if len(text[i].split()) <= PROMO_WORDS_MAX}
    found = _lines_matching(page, _PROMO_SPACED, word_start=True)
    out = {i for i in found if len(text[i].split()) <= PROMO_WORDS_MAX}
    # without spaces a line is one token: its length in characters, two to a word, instead
    near = _lines_matching(page, _PROMO_UNSPACED, word_start=False)
    return out | {i for i in near if len(text[i]) <= 2 * PROMO_WORDS_MAX}


def _lines_matching(page: LowerPage, rx: re.Pattern, word_start: bool) -> list[int]:
    """The lines of the page where ``rx`` matches (with ``word_start``, only where the match
    starts a word): the same lines as page.lines_holding(its words), one search a line hit."""
    joined, starts, found = page.joined, page.starts, []
    m = rx.search(joined)
    while m is not None:
        k = m.start()
        if word_start and k and joined[k - 1].isalnum():
            m = rx.search(joined, k + 1)
            continue
        line = bisect_right(starts, k) - 1
        found.append(line)
        m = rx.search(joined, starts[line + 1])  # the rest of the line cannot add to it
    return found if page.index is None else [page.index[i] for i in found]


def share_bar_lines(text: tuple[str, ...], page: LowerPage | None = None) -> list[int]:
    """Indexes of the share-button rows of the page, in order (one pass over the page)."""
    found = (page or LowerPage.of(text)).lines_holding(_SHARE_ANY_LOWER)
    return [i for i in found if share_bar(text[i])]


_STAMP_LABEL = re.compile(
    r"^(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|mis à jour|"
    r"publié|actualizado|publicado|atualizado|aggiornato|pubblicato)\b[:\s]*",
    re.IGNORECASE,
)
_STAMP_PARTS = re.compile(
    r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s?[ap]\.?\s?m\b\.?|\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?|"
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b\.?|"
    r"\b[ap]\.?\s?m\b\.?|\b(?:minutes?|mins?|hours?|hrs?|days?)\s+ago\b|"
    r"\b(?:on|at|um|uhr|le|el|a las)\b|\b(?-i:[A-Z]{2,4})\b|[,|/·•()+\-–]",
    re.IGNORECASE,
)


def timestamp_line(line: str) -> bool:
    """A line that only says when the page was updated or published ('Updated 6:55 p.m.',
    'Published: Tue 14 Oct 2025 09:12 EDT'): a label and date/time parts, nothing else."""
    if len(line) > 80 or not _STAMP_LABEL.match(line):
        return False
    rest = _STAMP_LABEL.sub("", line, count=1)
    return bool(_DIGIT.search(rest)) and not _STAMP_PARTS.sub(" ", rest).strip(" .:")


_CONTRIBUTED = re.compile(
    r"^[A-Z][\w’'.,-]*(?:\s+(?:and\s+)?[\w’'.,-]+){0,9}\s+contributed"
    r"(?:\s+(?:reporting|research|to\s+this\s+(?:report|story|article)"
    r"|from\s+[A-Z][\w .’'-]*))+\.?$"
)


def contributor_line(line: str) -> bool:
    """A credit line after the article ('Herald reporter Sam Roe contributed to this report.',
    'Ana Ruiz contributed reporting from Madrid.')."""
    return len(line) <= 160 and "contributed" in line and bool(_CONTRIBUTED.match(line))
