"""Whether a predicted quote speaker names the gold one (the facts evaluation's rule)."""

from __future__ import annotations

from .entities import alias_key
from .given_names import with_given_of
from .text import STOPWORDS


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Speakers match when one name is the other or an alias of it ('Peña' ~ 'David Peña',
    'Josh Apte' ~ 'Joshua Apte'), or the initials of its words ('UN' ~ 'United Nations'); a
    leading article does not count before two or more words ('a police spokesman' ~ 'Cumbria
    Police spokesman'), and a role 'for' or 'of' a body is the body's role ('a spokesperson
    for the Foreign Office' ~ 'Foreign Office spokesperson')."""
    if not gold or not predicted:
        return not gold and not predicted
    a, b = _unarticled(alias_key(gold)), _unarticled(alias_key(predicted))
    if not a or not b:
        return False
    return any(_same(x, y) for x in _forms(a) for y in _forms(b))


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a[0] in _ARTICLES and b[0] in _ARTICLES and a[1:] == b[1:]:
        return True  # 'the witness' ~ 'a witness': one description, either article
    short, long = sorted((a, b), key=len)
    if len(short) == 1 and len(long) > 1 and short[0] == "".join(
            w[0] for w in long if w not in STOPWORDS):  # 'UN' ~ 'United Nations'
        return True
    short = with_given_of(short, long)  # 'josh apte' as 'joshua apte'
    it = iter(long)
    return all(w in it for w in short)


def _forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A speaker's words, and for a role of one or two words 'for' or 'of' a body the body's
    role ('spokesperson for the foreign office' -> 'foreign office spokesperson')."""
    forms = [words]
    for i, w in enumerate(words[1:3], start=1):
        if w in ("for", "of"):
            body = words[i + 1 :]
            body = body[1:] if body[:1] == ("the",) else body
            if body and words[0] not in _ARTICLES:
                forms.append((*body, *words[:i]))
            break
    return forms


def _unarticled(words: tuple[str, ...]) -> tuple[str, ...]:
    """Without a leading article when two or more words stay: 'a police spokesman' may be the
    'Cumbria Police spokesman', but 'a reporter' alone names no one in particular."""
    return words[1:] if len(words) > 2 and words[0] in _ARTICLES else words


_ARTICLES = ("a", "an", "the")
