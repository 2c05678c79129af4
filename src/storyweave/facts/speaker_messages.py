"""Speakers of quotes that no verb of saying attributes, read from the message the text says
the words come from, or from the lines around a quote that is its own paragraph.

- The quote's sentence names a message and its author right next to it, with no verb of
  saying: 'orders from Ana Ruiz to “...”', 'a letter by the Velora Group: “...”', 'Ruiz's
  post: “...”', "Ruiz's reply was short: “...”", 'In the words of Ruiz, “...”', '“...,” Ruiz's
  statement read.', '“...,” reads a letter from Ruiz.' The words between link the quote to
  the message ('to', 'for', 'that', a colon), so "Ruiz's reply to the “...”" (someone else's
  words) is not read. A sentence that is only a name before a colon credits its quote to
  that name: 'Ruiz, in an interview with the Courier: “...”', 'Ruiz on the delay: “...”'.
- A quote that is its own paragraph takes a source from the lines around it: a credit right
  after it ('“...” (Daily Courier article)', an embedded post's credit line '— Ana Ruiz
  (@anaruiz) May 2, 2019'); the paragraph before, whose last sentence has a person as its
  subject going on to a verb of saying or to issuing a message ('Ruiz visited the site and
  her office later released a statement.', 'In a post, Ruiz thanked fans and noted ...') or
  opens with a message and its author ('The statement from Ruiz was brief.'); a paragraph
  after it that opens with 'She said' or 'He added'. (Not the subject of any last sentence
  before: 'X was defiant.' / '“...”' was tried again here and dropped, see docs/facts.md.)
- A statement quoted over several paragraphs goes on across a post embedded in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .entities import Name
from .name_keys import SPEECH
from .quote_patterns import _BOUNDARY, _NAME
from .speaker_context import pronoun_after

_MESSAGE = (r"(?:statement|message|letter|note|memo|e-?mail|tweet|post|caption|order|directive|"
            r"instruction|call|appeal|plea|warning|pledge|promise|vow|announcement|speech|"
            r"remarks|words|comment|reply|response|answer|verdict|demand|advice|request|"
            r"command)s?")
_LINK = (r"(?:[ \t]*[:,]|[ \t]+(?:to|for|that|of|reading|read|reads|saying|says|stating)"
         r"(?:[ \t]*[:,])?|[ \t]+[^“”\"\n.!?:]{1,60}:)?[ \t]*(?:``|[“\"‘'])")
#        'orders from X to “', 'X's post: “', 'X's message to the town was clear: “'
_FROM = re.compile(rf"\b{_MESSAGE}[ \t]+(?:from|by|of)[ \t]+(?:the[ \t]+)?(?P<who>\S.*?){_LINK}$")
_OWNED = re.compile(rf"(?P<who>\S.*?)(?:[’']s|(?<=s)[’'])[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
                    rf"{_MESSAGE}{_LINK}$")
_NAME_COLON = re.compile(  # 'Ruiz, in an interview with the Courier: “', 'Ruiz on the delay: “'
    r"[ \t]*(?P<who>[A-Z][^,:\n“”\"]*?)(?:,[^,:\n“”\"]{2,80},?|[ \t]+(?:on|about|in|at|to)"
    r"[ \t][^:\n“”\"]{1,60})?[ \t]*:[ \t]*(?:``|[“\"‘'])$")
_READ = r"(?:read|reads|said|says|stated|states)"
_AFTER = re.compile(  # '“...,” Ruiz's statement read.' / '“...,” reads a letter from Ruiz.'
    rf"[”\"'’]*,?[ \t]+(?:(?P<owner>{_NAME})(?:[’']s|(?<=s)[’'])[ \t]+(?:[\w-]+[ \t]+)?"
    rf"{_MESSAGE}[ \t]+{_READ}|{_READ}[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+)?{_MESSAGE}"
    rf"[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?(?P<by>{_NAME}))\b")
_AUTHORS = ("person", "organisation", "")  # a name typed as a place or event writes nothing


def message_author(text: str, span: tuple[int, int], names: Sequence[Name],
                   people: Sequence[Name] = ()) -> str | None:
    """The author, as written, of the message a quote's sentence says it comes from (see the
    module's docstring); None when there is none or no name of a person or body stands as
    its author (a name of ``names``, or the surname of one of ``people``: "Ruiz's post"
    where NER missed the possessive)."""
    start, end = span
    line = text.rfind("\n", 0, start) + 1
    lo = max(line, start - 200)
    cuts = [m.end() for m in _BOUNDARY.finditer(text, lo, start)]
    lo = cuts[-1] if cuts else lo
    head = text[lo:start]  # the quote's opening mark ends it
    for pattern in (_FROM, _OWNED, _NAME_COLON):
        m = pattern.match(head) if pattern is _NAME_COLON else pattern.search(head)
        if m is not None:
            return _author(m.group("who"), lo + m.start("who"), lo + m.end("who"), names, people)
    m = _AFTER.match(text, end)
    if m is not None:
        group = "owner" if m.group("owner") else "by"
        return _author(m.group(group), m.start(group), m.end(group), names, people)
    return None


def _author(who: str, at: int, end: int, names: Sequence[Name], people: Sequence[Name],
            ) -> str | None:
    """The name of ``names`` of a person or body that ends where the author's words end, or
    the surname of one of ``people`` written alone there; None otherwise."""
    for n in names:
        if n.kind in _AUTHORS and n.end == end and at <= n.start:
            return n.text
    last = who.split()[-1] if who.split() else ""
    return last if any(p.text.split()[-1] == last for p in people if " " in p.text) else None


_ISSUES = (rf"(?:(?:{SPEECH})\b(?![ \t]+to[ \t])"  # not 'vowed to build'
           rf"|(?:released|issued|put[ \t]+out|published|sent|shared|posted)[ \t]+"
           rf"(?:an?|the|his|her|its|their)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_MESSAGE}\b)")
_PLAIN = r"(?:[^“”\"\n]|[“\"][^“”\"\n]{1,30}[”\"])"  # words, or a scare quote: 'no “shame”'
_AND_SAID = re.compile(  # '... Ruiz visited the site and her office later released a statement'
    rf"(?:{_PLAIN}*?\b(?:and|then))?[ \t]+(?P<owner>(?:his|her|their)[ \t]+(?:office|"
    rf"spokes(?:man|woman|person)|lawyer|attorney|publicist|representative|rep|team|family))?"
    rf"[ \t]*(?:(?:also|later|then|quickly|even)[ \t]+)*{_ISSUES}{_PLAIN}*[.!]$")
_OPENS_WITH = re.compile(  # 'Below is the full statement from Ruiz.', "Ruiz's letter was brief."
    rf"(?:(?:Below|Here)[ \t]+(?:is|are)[ \t]+)?(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|"
    rf"[Tt]heir)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_MESSAGE}[ \t]+(?:from|by)[ \t]+(?:the[ \t]+)?"
    rf"(?P<by>{_NAME})|(?P<owner>{_NAME})(?:[’']s|(?<=s)[’'])[ \t]+(?:[\w-]+[ \t]+){{0,2}}?"
    rf"{_MESSAGE})\b[^\n“”\"]*[.:!]$")
_TITLES = re.compile(r"(?:[A-Z][\w.’'-]*[ \t]+)*")  # 'Governor Ana Ruiz', 'Dr. Ana Ruiz'
_LEAD_IN = re.compile(r"(?:(?:In|On|At|With|After)\b[^,“”\"\n]{2,80},[ \t]*)?")


def issued_before(text: str, start: int, end: int, people: Sequence[Name],
                  names: Sequence[Name]) -> str | None:
    """The speaker, as written, of a quote that is its own paragraph, from the last sentence
    of the paragraph right before it: its person subject going on to say something or to
    issue a message ('X visited the site and her office later released a statement.' -> 'her
    office'; 'In a post, X thanked fans and noted ...' -> X), or a message of a person or
    body it opens with ('Below is the statement from X.', "X's letter was brief.")."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    p_end = len(text) if p_end < 0 else p_end
    if re.search(r"\w", text[p_start:start]) or re.search(r"\w", text[end:p_end]):
        return None
    prev_end = len(text[: max(0, p_start - 1)].rstrip())
    prev_start = text.rfind("\n", 0, prev_end) + 1
    if prev_end <= 0:
        return None
    cuts = [m.end() for m in _BOUNDARY.finditer(text, prev_start, prev_end - 1)]
    s_start = cuts[-1] if cuts else prev_start
    opens = _OPENS_WITH.match(text, s_start, prev_end)
    if opens:  # the sentence is about a message and its author
        group = "owner" if opens.group("owner") else "by"
        return _author(opens.group(group), opens.start(group), opens.end(group), names, people)
    lead = _LEAD_IN.match(text, s_start, prev_end)
    subject = next((p for p in people if p.start >= lead.end() and (p.kind == "person" or p.titled)
                    and _TITLES.fullmatch(text, lead.end(), p.start)), None)
    if subject is None:
        return None
    said = _AND_SAID.match(text, subject.end, prev_end)
    if said is None:
        return None
    return said.group("owner") or subject.text


_CREDIT = re.compile(r"[ \t]*[—–-]+[ \t]*[^\n“”\"]{1,80}\(@\w{1,30}\)[^\n“”\"]{0,40}")
#          '— Ana Ruiz (@anaruiz) May 2, 2019': the credit line of an embedded post


def without_embeds(lines: list[str]) -> list[str]:
    """The lines between two quotes (the first the rest of the earlier quote's line) with each
    embedded post taken out: its credit line, and the post's own text, the one or two lines
    right before it that hold no quote mark, blanked; so a statement quoted over several
    paragraphs goes on across a post embedded in it."""
    out: list[str] = []
    for line in lines:
        if not _CREDIT.fullmatch(line):
            out.append(line)
            continue
        taken = 0
        for i in range(len(out) - 1, 0, -1):
            if taken == 2 or re.search(r"[“”\"]", out[i]):
                break
            if out[i].strip():
                out[i], taken = "", taken + 1
    return out


_CREDITED = re.compile(  # '“...” (Daily Courier article)', '“...” (via Daily Courier)'
    r"[”\"'’]*[ \t]*\((?:[Vv]ia[ \t]+|[Ss]ource:[ \t]*)?(?P<who>[A-Z][^()\n“”\"]{1,50}?)"
    r"(?:[ \t]+(?i:news[ \t]+)?(?i:article|report|story|statement|release))?\)")


def credited_after(text: str, end: int) -> str | None:
    """The source a quote is credited to right after it: a parenthesis naming the article or
    outlet it is copied from ('“...” (Daily Courier article)', '(via Daily Courier)'), or the
    credit line of an embedded post on the line after a quote that is its own paragraph
    ('“...”' / '— Ana Ruiz (@anaruiz) May 2, 2019'); None when there is none. A parenthesis
    that only names ('“...” (CBS)', a show's network) credits nothing."""
    found = _CREDITED.match(text, end)
    if found and (re.search(r"\((?:[Vv]ia|[Ss]ource:)", found.group(0))
                  or found.end("who") < found.end() - 1):
        return found.group("who").strip()
    nxt = text.find("\n", end)
    if nxt < 0 or re.search(r"\w", text[end:nxt]):
        return None
    while text.startswith("\n", nxt + 1):
        nxt += 1
    line_end = text.find("\n", nxt + 1)
    line = text[nxt + 1 : line_end if line_end >= 0 else len(text)]
    post = _CREDIT.fullmatch(line)
    return re.sub(r"^[ \t—–-]+", "", line[: line.index("(@")]).strip() if post else None


def source_around(text: str, span: tuple[int, int], people: Sequence[Name],
                  names: Sequence[Name]) -> str | None:
    """The speaker, as written, of a quote nothing else attributes, from the lines around it
    (see the module's docstring)."""
    start, end = span
    return credited_after(text, end) or issued_before(text, start, end, people, names) or (
        pronoun_after(text, start, end))
