"""Quote-marked text that names something rather than reports words: the title of a book,
film, show, song, event or award ('won a Tony for “The Boy From Oz”') and a label given to
someone ('was voted “Most Likely to Succeed”', 'known as “the King of the Market”').

Such text is no quote (the gold tables leave titles out), unless a speech verb attributes it
('“We Will Rebuild,” the mayor said': a headline-like phrase someone said is a quote).
"""

from __future__ import annotations

import re

from .name_keys import SPEECH
from .quote_patterns import AFTER_VERB_WHO, AFTER_WHO_VERB

_SMALL = frozenset(  # the words a title leaves in lower case
    "a an the of in on at to for and or but nor with by from as into onto vs via per "
    "de del la le el y et".split())
_WORK = (r"book|novel|memoir|biography|autobiography|film|movie|musical|play|song|album|"
         r"single|show|series|sitcom|episode|special|documentary|poem|essay|article|column|"
         r"exhibition|exhibit|campaign|project|programme|program|opera|painting|award|prize|"
         r"category|slogan|motto|hymn|anthem|track|expos[eé]|event|festival|conference|"
         r"subtitle|title|headline|hit|ballad|sequel|play")
#   'the 2005 book “...”', 'in his memoir, “...”', 'the song “...”'
_WORK_BEFORE = re.compile(rf"\b(?:{_WORK})s?[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
#   also 'launched a campaign: “...”'; any other colon introduces words ('X asks: “...”')
_LABEL_BEFORE = re.compile(  # 'was voted “...”', 'known as “...”', 'a poem called “...”'
    r"(?:\b(?:voted|dubbed|nicknamed|crowned|titled|entitled|billed\s+as|known\s+as|"
    r"referred\s+to\s+as|so-called|so\s+called)"
    r"(?:\s+(?:her|him|them|it|herself|himself|themselves|itself))?"
    r"|(?:\b(?:is|was|are|were|be|been|being)|\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}[a-z-]+)"
    r"\s+called)[ \t]*,?[ \t]*$", re.IGNORECASE)
_TITLE_CUE = re.compile(  # a title-case name after a word that takes a name, not words said
    r"\b(?:for|in|on|from|during|of|the|a|an|his|her|their|its|starred|starring|appeared|"
    r"appearing|sang|sung|singing|played|playing|performed|performing|released|promote|"
    r"promoted|held|launched|staged|hosted|won|wins|winning|'s|’s)[ \t]*,?[ \t]*$",
    re.IGNORECASE)
_SPOKEN_BEFORE = re.compile(  # 'said: “...”', 'told reporters, “...”', 'banners reading “...”'
    rf"(?:\b(?:{SPEECH}|asks|reading|reads|read|demand|demands|demanded|saying|chanting)\b"
    r"(?:[ \t]+[\w’'.-]+){0,4}?[ \t]*,?|:)[ \t]*$")
_SAYING_BEFORE = re.compile(  # 'a saying that goes “...”', 'an old proverb that says “...”'
    r"\b(?:an?|the|that|this)[ \t]+(?:[a-z]+[ \t]+)?(?:saying|proverb|adage|maxim|idiom)\b"
    r"(?:[ \t]+(?:that|which)[ \t]+(?:goes|says|runs|"
    r"reads|holds))?[ \t]*[,:]?[ \t]*$", re.IGNORECASE)
_NAMES_AFTER = re.compile(  # a name of a page or feature: '“...” site', '“...” button'
    r"[ \t]+(?:web[ \t]?)?(?:site|page|app|tool|feature|button|form|hashtag|section|tab|"
    r"portal|link)s?\b")
_SPEECH_AFTER = re.compile(rf"[^.!?\n]*?\b(?:{SPEECH})\b")
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")


def is_title(text: str, start: int, end: int) -> bool:
    """Whether the quote-marked ``text[start:end]`` (marks at start - 1 and end, as
    ``marked`` writes them) is a name or a label rather than words someone said or wrote."""
    if _attributed(text, start, end):
        return False
    para = text.rfind("\n", 0, start - 1) + 1
    before = text[max(para, start - 81) : start - 1]
    if _LABEL_BEFORE.search(before):
        return _short(text[start:end])
    if _SAYING_BEFORE.search(before):
        return True  # "There's a saying that goes “...”": nobody in the story says it
    if _NAMES_AFTER.match(text, end + 1) and _TITLE_CUE.search(before):
        return True  # "reported to USGS's “Did you feel it?” site": the site's name
    shaped = title_shaped(text[start:end])
    if _WORK_BEFORE.search(before) or _TITLE_CUE.search(before):
        return shaped
    return shaped and not _SPOKEN_BEFORE.search(before)


def spoken_after(text: str, end: int) -> bool:
    """Whether a speech verb follows a quote's closing mark in its sentence ('..., X, author
    of “T,” said'): a title there sits inside the attribution of the quote before it."""
    return bool(_SPEECH_AFTER.match(text, end + 1))


def title_shaped(quoted: str) -> bool:
    """Whether words are written as a title: every word but the small ones ('of', 'the')
    opens with a capital, with at least two capitalised words and no sentence inside."""
    if re.search(r"[.!?][ \t]+\S", quoted.strip()):
        return False  # 'Meth. We are on it.': two sentences
    words = _WORD.findall(quoted)
    if all(w.isupper() for w in words):
        return False  # copy written in capitals is no title case
    capital = [w for w in words if w[0].isupper()]
    return len(capital) >= 2 and all(w[0].isupper() or w.lower() in _SMALL for w in words)


def _short(quoted: str) -> bool:
    """A label is a short phrase: a dozen words at most, one sentence."""
    return len(quoted.split()) <= 12 and not re.search(r"[.!?][ \t]+\S", quoted.strip())


def _attributed(text: str, start: int, end: int) -> bool:
    """Whether a speech verb right after the closing mark attributes the quote ('“We Will
    Rebuild,” the mayor said', '“...,” said X')."""
    if text[start:end].rstrip().endswith("."):
        return False  # '... for “The Boy From Oz.” Critics said': a new sentence
    after = text[end + 1 : end + 200]
    return bool(AFTER_WHO_VERB.match(after) or AFTER_VERB_WHO.match(after))
