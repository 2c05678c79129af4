"""Line-level evaluation of body extraction on labelled pages, beside jusText and a 10-word rule."""

from __future__ import annotations

import html
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import InputError
from .lines import Lines, split_lines

DEV_PREFIXES = frozenset("01234567")
TEST_PREFIXES = frozenset("89abcdef")
SPLITS = {"dev": DEV_PREFIXES, "test": TEST_PREFIXES, "all": DEV_PREFIXES | TEST_PREFIXES}

# jusText stoplists by our ISO 639-1 language code (jusText names languages in English).
_JUSTEXT_LANGUAGE = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "ru": "Russian",
    "uk": "Ukrainian",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "cs": "Czech",
    "tr": "Turkish",
    "id": "Indonesian",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
    "ar": "Arabic",
    "el": "Greek",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Score:
    """Precision, recall and F1 of body lines for one method, and its time per page."""

    method: str
    precision: float
    recall: float
    f1: float
    pages: int
    lines: int
    ms_per_page: float


def load_pages(path: str | Path) -> list[dict]:
    """The labelled pages of a JSONL file; an InputError names the line that is malformed."""
    pages = []
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read evaluation pages: {exc.strerror}") from exc
    with handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                page = json.loads(raw)
                assert isinstance(page["id"], str) and isinstance(page["lines"], list)
            except (ValueError, KeyError, TypeError, AssertionError) as exc:
                raise InputError(str(path), f"not a labelled page ({exc})", number) from exc
            pages.append(page)
    return pages


def split_pages(pages: Sequence[dict], split: str) -> list[dict]:
    """The pages of a split by id prefix; 'all' is every page, whatever its id (fresh pages
    built by scripts/build_fresh_cleaning_pages.py have ids such as 'rn-...')."""
    if split == "all":
        return list(pages)
    prefixes = SPLITS[split]
    return [p for p in pages if p["id"][:1].lower() in prefixes]


def by_source(pages: Sequence[dict]) -> dict[str, list[dict]]:
    """The pages grouped by their 'source' field (pages without one are 'eval'), in order."""
    groups: dict[str, list[dict]] = {}
    for page in pages:
        groups.setdefault(str(page.get("source") or "eval"), []).append(page)
    return groups


def page_text(page: dict) -> str:
    """A page as a scraper would save it: its lines joined with newlines."""
    return "\n".join(text for text, _ in page["lines"])


def page_lines(page: dict) -> Lines:
    lines = split_lines(page_text(page))
    if len(lines) != len(page["lines"]):
        raise InputError(page["id"], "page has empty lines; labels cannot be aligned")
    return lines


def storyweave_lines(page: dict) -> np.ndarray:
    from .decide import body_lines

    return body_lines(page_lines(page))


def ten_word_lines(page: dict) -> np.ndarray:
    return np.array([len(text.split()) >= 10 for text, _ in page["lines"]], dtype=np.bool_)


def justext_lines(page: dict) -> np.ndarray:
    """jusText on the page with each line as a <p>, its stoplist chosen by our language guess."""
    import justext

    from .language import detect_language

    texts = [text for text, _ in page["lines"]]
    language = _JUSTEXT_LANGUAGE.get(detect_language(" ".join(texts[:400])), "English")
    try:
        stoplist = justext.get_stoplist(language)
    except ValueError:
        stoplist = justext.get_stoplist("English")
    doc = "<html><body>" + "".join(f"<p>{html.escape(t)}</p>" for t in texts) + "</body></html>"
    paragraphs = justext.justext(doc.encode("utf-8"), stoplist, encoding="utf-8")
    good = [not p.is_boilerplate for p in paragraphs]
    if len(good) != len(texts):  # jusText merged or dropped something: align by text
        kept = {p.text.strip() for p in paragraphs if not p.is_boilerplate}
        good = [t.strip() in kept for t in texts]
    return np.array(good, dtype=np.bool_)


METHODS: dict[str, Callable[[dict], np.ndarray]] = {
    "storyweave": storyweave_lines,
    "jusText (lines as <p>)": justext_lines,
    "10-word rule": ten_word_lines,
}


def score(method: str, fn: Callable[[dict], np.ndarray], pages: Sequence[dict]) -> Score:
    tp = fp = fn_ = 0
    start = time.perf_counter()
    for page in pages:
        pred = fn(page)
        gold = np.array([label == 1 for _, label in page["lines"]], dtype=np.bool_)
        tp += int(np.sum(pred & gold))
        fp += int(np.sum(pred & ~gold))
        fn_ += int(np.sum(~pred & gold))
    elapsed = time.perf_counter() - start
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn_) if tp + fn_ else 0.0
    return Score(
        method=method,
        precision=p,
        recall=r,
        f1=2 * p * r / (p + r) if p + r else 0.0,
        pages=len(pages),
        lines=sum(len(pg["lines"]) for pg in pages),
        ms_per_page=1000 * elapsed / max(len(pages), 1),
    )


def evaluate(pages: Sequence[dict], methods: Sequence[str] | None = None) -> list[Score]:
    """Score each method on the same pages in the same run."""
    names = list(methods) if methods else list(METHODS)
    return [score(name, METHODS[name], pages) for name in names]
