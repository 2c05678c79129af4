"""Content-hash ids: the same content always gets the same id, so duplicates collapse."""

from __future__ import annotations

import hashlib
import unicodedata

# The whitespace (str.isspace) other than ' ' and '\n' that NFKC and case folding can leave
# in a text: every other space character becomes ' ' (a test checks all of Unicode).
KEPT_SPACES = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"


def normalise(text: str) -> str:
    """Text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    # a clean body (single spaces, paragraphs apart by blank lines) needs no split: its
    # newlines turned into spaces give what the split and join would, when no other
    # whitespace, no double space and no space at either end is left
    joined = folded.replace("\n\n", " ").replace("\n", " ")
    if "  " in joined or joined[:1] == " " or joined[-1:] == " ":
        return " ".join(folded.split())
    for space in KEPT_SPACES:
        if space in joined:
            # str.split() splits on exactly what regex \s matches (str.isspace), twice as fast
            return " ".join(folded.split())
    return joined


def content_id(*parts: str, length: int = 16) -> str:
    """A hex digest of the normalised parts (joined with a separator)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(normalise(part).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def article_id(text: str) -> str:
    """The id of an article: a hash of its normalised clean body."""
    return content_id(text)


def story_id(article_ids: list[str] | tuple[str, ...]) -> str:
    """A story id from its first (earliest) article, stable as the story grows."""
    return "s" + content_id(*article_ids[:1], length=12)
