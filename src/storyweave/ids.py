"""Content-hash ids: the same content always gets the same id, so duplicates collapse."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise(text: str) -> str:
    """Text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    # str.split() splits on exactly the characters regex \s matches (str.isspace), twice as fast
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


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
