"""What an article says about its event: weighted words, names, numbers of title + lead; its day.

Two sparse TF-IDF vectors per article (plain words; names and numbers), L2-normalised,
built against document frequencies of the pile (batch) or of the active window (online).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import numpy as np
import xxhash
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ..model import Article

_WORD = re.compile(r"\b\w\w+\b", re.UNICODE)
# A run of capitalised words, allowing 'of'/'de' inside ('Bank of England').
_NAME = re.compile(r"\b[A-Z][\w'\-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'\-]*)*")
_NUMBER = re.compile(r"\b\d[\d,.]*\d\b|\b\d\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|[\"'“‘(]\s*)$")
_STOP = frozenset(ENGLISH_STOP_WORDS)
EMBED_WORDS = 40  # title + this many words of the lead go to the embedder (speed)


@dataclass(frozen=True, slots=True, kw_only=True)
class Terms:
    """Raw term counts of one article, before weighting."""

    id: str
    words: Mapping[int, int]  # hashed term -> count
    names: Mapping[int, int]
    day: float | None  # days since 1970-01-01, when the article is dated


@dataclass(frozen=True, slots=True, kw_only=True)
class Features:
    """Weighted, normalised vectors of one article, ready to compare."""

    id: str
    index: np.ndarray  # sorted hashed terms (int64): words and names in one space
    weight: np.ndarray  # float32; words and names each L2-normalised, so a dot is in [0, 2]
    day: float | None
    dense: np.ndarray | None = None  # unit vector from the embedder, when used
    quick: np.ndarray | None = None  # unit vector from the static embedder (online screen)

    def top(self, k: int) -> dict[int, float]:
        """The ``k`` heaviest terms and their weights (for candidate blocking)."""
        if len(self.weight) <= k:
            return dict(zip(self.index.tolist(), self.weight.tolist(), strict=True))
        keep = np.argpartition(-self.weight, k)[:k]
        return dict(zip(self.index[keep].tolist(), self.weight[keep].tolist(), strict=True))


class KeyArray(Mapping[int, int]):
    """The hashed terms of an article kept only to be forgotten later (document
    frequencies need the keys, not the counts): one int64 array instead of a dict."""

    __slots__ = ("array",)

    def __init__(self, keys: Iterable[int] | np.ndarray) -> None:
        self.array = np.asarray(keys if isinstance(keys, np.ndarray) else list(keys), np.int64)

    def __getitem__(self, key: int) -> int:
        return 1

    def __iter__(self):  # noqa: ANN204
        return iter(self.array.tolist())

    def __len__(self) -> int:
        return len(self.array)


def compact(terms: Terms) -> Terms:
    """The same terms with their counts dropped, stored compactly (for the active window)."""
    return Terms(
        id=terms.id,
        words=KeyArray(terms.words.keys()),
        names=KeyArray(terms.names.keys()),
        day=terms.day,
    )


def event_text(article: Article, lead_words: int) -> str:
    """Title and the first ``lead_words`` words of the body (line breaks kept)."""
    body = article.text
    if lead_words:
        body = body[: _nth_word_end(body, lead_words)]
    return f"{article.title}\n{body}" if article.title else body


def _nth_word_end(text: str, n: int) -> int:
    for i, m in enumerate(re.finditer(r"\S+", text)):
        if i == n - 1:
            return m.end()
    return len(text)


def names_of(text: str) -> Counter[str]:
    """Capitalised names (whole and by word) and numbers, lowercased; sentence-initial
    single words are skipped (they are capitalised for grammar, not because they name)."""
    out: Counter[str] = Counter()
    for line in text.split("\n"):
        for m in _NAME.finditer(line):
            name = m.group(0)
            if " " not in name and _SENTENCE_START.search(line[: m.start()]):
                continue
            parts = [w.lower() for w in name.split() if len(w) > 2]
            if len(parts) > 1:
                out["_".join(parts)] += 1
            out.update(p for p in parts if p not in _STOP)
        out.update("#" + n.replace(",", "") for n in _NUMBER.findall(line))
    return out


def _hash(term: str, name: bool) -> int:
    """A 62-bit hash; odd for names, even for words, so one vector holds both."""
    return ((xxhash.xxh64_intdigest(term.encode("utf-8")) >> 2) << 1) | int(name)


def terms_of(article: Article, lead_words: int) -> Terms:
    text = event_text(article, lead_words)
    counts = Counter(w for w in _WORD.findall(text.lower()) if w not in _STOP)
    words = {_hash(w, False): c for w, c in counts.items()}
    names = {_hash(n, True): c for n, c in names_of(text).items()}
    return Terms(id=article.id, words=words, names=names, day=day_of(article.published))


def day_of(published: str | None) -> float | None:
    """Days since 1970-01-01 of an ISO 8601 date or datetime; None if missing or unreadable."""
    if not published:
        return None
    text = published.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment - datetime(1970, 1, 1)).total_seconds() / 86400.0


class DocFreq:
    """Document frequencies of words and names: added and removed as articles come and go."""

    def __init__(self) -> None:
        self.n = 0
        self.words: Counter[int] = Counter()
        self.names: Counter[int] = Counter()

    def add(self, terms: Terms) -> None:
        self.n += 1
        self.words.update(terms.words.keys())
        self.names.update(terms.names.keys())

    def remove(self, terms: Terms) -> None:
        self.n -= 1
        self.words.subtract(terms.words.keys())
        self.names.subtract(terms.names.keys())
        for counter, keys in ((self.words, terms.words), (self.names, terms.names)):
            for k in keys:
                if counter[k] <= 0:
                    del counter[k]

    @classmethod
    def of(cls, all_terms: Iterable[Terms]) -> DocFreq:
        df = cls()
        for t in all_terms:
            df.add(t)
        return df

    def weigh(self, terms: Terms, max_terms: int = 0) -> Features:
        """TF-IDF vectors of words and of names, each cut to its ``max_terms`` heaviest
        terms (0: all) and L2-normalised."""
        vec = _tfidf(terms.words, self.words, self.n, max_terms)
        vec.update(_tfidf(terms.names, self.names, self.n, max_terms))
        index = np.fromiter(vec.keys(), dtype=np.int64, count=len(vec))
        weight = np.fromiter(vec.values(), dtype=np.float32, count=len(vec))
        order = np.argsort(index)
        return Features(id=terms.id, index=index[order], weight=weight[order], day=terms.day)


def _tfidf(
    counts: Mapping[int, int], df: Mapping[int, int], n: int, max_terms: int = 0
) -> dict[int, float]:
    vec = {
        t: (1.0 + math.log(c)) * (math.log((1 + n) / (1 + df.get(t, 0))) + 1.0)
        for t, c in counts.items()
    }
    if max_terms and len(vec) > max_terms:
        vec = dict(sorted(vec.items(), key=lambda kv: kv[1], reverse=True)[:max_terms])
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def dots(query: Features, others: Sequence[Features]) -> np.ndarray:
    """Sparse dot products of one article's vector with many: shape (len(others), 2),
    the word part and the name part (each a cosine in [0, 1])."""
    out = np.zeros((len(others), 2))
    if not others or not len(query.index):
        return out
    idx = np.concatenate([o.index for o in others])
    val = np.concatenate([o.weight for o in others])
    lengths = np.fromiter((len(o.index) for o in others), dtype=np.int64, count=len(others))
    pos = np.searchsorted(query.index, idx)
    pos[pos >= len(query.index)] = 0
    prod = np.where(query.index[pos] == idx, query.weight[pos] * val, 0.0)
    is_name = (idx & 1).astype(bool)
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    nonempty = lengths > 0
    if len(prod):
        out[nonempty, 0] = np.add.reduceat(np.where(is_name, 0.0, prod), starts[nonempty])
        out[nonempty, 1] = np.add.reduceat(np.where(is_name, prod, 0.0), starts[nonempty])
    return out
