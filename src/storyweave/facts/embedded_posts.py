"""Posts embedded in an article ('I urge all residents to use them' / '— Ana Ruiz (@anaruiz)
November 1, 2019'): quotes of the account that signed them, though no quotation marks set
them off.

An embedded tweet reaches the clean text as its own lines followed by a credit line: a dash,
the account's display name, its handle in brackets and the day it was posted. The post is
the one to three lines right before the credit line that are not another post's credit line
and, above the last, read like a post (no full stop at the end, a hashtag or handle, the first
person), introduce nothing (':') and report no speech ('Another wondered why ...': the
article's own line). Together they fit in a post
(280 characters, a link counted as 23 and an attached picture's link as nothing, as the
service counts them). A post already set off by
quotation marks is left to the quote reader, which credits it by the same line
(``speaker_messages.credited_after``); a quoted phrase inside a post stays part of it.
Trailing links ('pic.twitter.com/...') are no part of the words quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Claim
from ..post_credits import CREDIT_LINE
from .mention import Mention
from .name_keys import SPEECH
from .quote_marks import MIN_WORDS
from .quote_patterns import Resolver
from .text import fold, sentence_at, sentences_of

POST_LIMIT = 280  # characters a post may hold
LINK_LENGTH = 23  # what a link counts for in that limit
MAX_LINES = 3

_LINK = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+")
_TRAILING_LINKS = re.compile(r"(?:[ \t]*(?:https?://|pic\.twitter\.com/|www\.)\S+)+[ \t]*$")
_PAST_SPEECH = "|".join(v for v in SPEECH.split("|") if v.endswith("ed") or v in (
    "said", "told", "wrote", "put it"))
_NARRATION = re.compile(rf"\b(?:{_PAST_SPEECH}|pointed[ \t]+\w+[ \t]+out)\b"
                        r"|\b(?i:on[ \t]+twitter|tweet(?:s|ed)|retweet\w*)\b")
#            the article's own line before the post ('Another wondered why ...', 'a lot of
#            people on Twitter pointed it out.'): a post's earlier lines never report speech
_POST_LIKE = re.compile(r"[^.!?…”’\"')]$|[#@]\w"
                        r"|\b(?i:I|I[’']m|my|me|we|we[’'](?:re|ve|ll)|our|us)\b")
#            what a post's earlier line reads like and an article's rarely does: no full stop
#            at its end, a hashtag or handle, the first person ('We must apply ...')
_DISPLAY_JUNK = re.compile(r"[^\w\s.,'’&-]+")  # emoji and flags in a display name


def post_length(text: str) -> int:
    """Characters as the service counts them: a link as LINK_LENGTH, an attached picture's
    link ('pic.twitter.com/...') as nothing."""
    text = re.sub(r"\s*pic\.twitter\.com/\S+", "", text)
    return len(_LINK.sub("x" * LINK_LENGTH, text))


def embedded_posts(article: Article, resolve: Resolver,
                   taken: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """A quote mention for each embedded post whose words are not inside a quote already
    found (``taken``: the spans of the article's marked quotes)."""
    text = article.text
    sentences = sentences_of(article)
    out: list[Mention] = []
    previous_end = 0
    for credit in CREDIT_LINE.finditer(text):
        lines = _post_lines(text, previous_end, credit.start())
        previous_end = credit.end()
        if not lines:
            continue
        start, end = lines[0][0], lines[-1][1]
        trailing = _TRAILING_LINKS.search(text, start, end)
        if trailing and trailing.start() > start:
            end = trailing.start()
        end = len(text[:end].rstrip())
        if sum(max(0, min(end, e) - max(start, s)) for s, e in taken) * 2 >= end - start:
            continue  # the post is set off as a quote: the quote reader credits it
        words = " ".join(text[start:end].split())
        if len(words.split()) < MIN_WORDS:
            continue
        who = " ".join(_DISPLAY_JUNK.sub(" ", credit.group("who")).split())
        if not who:
            continue
        speaker = resolve(who) or who
        first, last = sentence_at(sentences, start), sentence_at(sentences, end - 1)
        s_span = (min(sentences[first].start, start), max(sentences[last].end, end))
        claim = Claim(article=article.id, text=" ".join(text[s_span[0] : s_span[1]].split()),
                      span=(start, end), value=words.strip(" ,."), speaker=speaker,
                      sentence_span=s_span, speaker_basis="named",
                      speaker_span=credit.span("who"))
        short = " ".join(words.split()[:8]) + ("…" if len(words.split()) > 8 else "")
        out.append(Mention(kind="quote", claim=claim, sentence=first, key=fold(claim.value),
                           label=f"{speaker}: “{short}”", context=claim.value))
    return out


def _post_lines(text: str, floor: int, credit_start: int) -> list[tuple[int, int]]:
    """The (start, end) of the lines of the post a credit line at ``credit_start`` signs, in
    text order; none when the line right before it cannot be a post ('See the tweets:', the
    post's words lost). A line above the last is the post's only when it reads like one."""
    lines: list[tuple[int, int]] = []
    end = credit_start
    while len(lines) < MAX_LINES:
        while end > floor and text[end - 1] in "\n \t":
            end -= 1
        if end <= floor:
            break
        start = max(text.rfind("\n", floor, end) + 1, floor)
        line = text[start:end]
        words = _TRAILING_LINKS.sub("", line).rstrip()
        if not words or CREDIT_LINE.search(line) or words.endswith(":") and (
                lines or words == line.rstrip()):
            break
        settled = sum(len(_TRAILING_LINKS.sub("", text[s:e]).split()) for s, e in lines)
        if settled >= MIN_WORDS and (_NARRATION.search(line) or not _POST_LIKE.search(words)):
            break  # the article's own line before the post (a last line of a few words,
            #        '⬇️⬇️⬇️' or '*min. 25 snaps', is the post's tail: its body comes first)
        if post_length(" ".join(text[s:e] for s, e in [(start, end), *lines])) > POST_LIMIT:
            break
        lines.insert(0, (start, end))
        end = start
    return lines
