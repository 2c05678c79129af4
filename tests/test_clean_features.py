"""The vectorised page features equal a plain line-by-line reference implementation."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from storyweave.clean.evaluate import load_pages, page_lines, split_pages
from storyweave.clean.features import _CLASSES, _context, page_features
from storyweave.clean.lexicon import ALL_STOPWORDS
from storyweave.clean.lines import split_lines
from storyweave.clean.patterns import byline_names, caption_signal, section_kind

# The reference: one line at a time, as the cleaner first computed its features.
_STRIP = ".,;:!?\"'“”‘’«»()[]{}—–-…„*"
_DATE = re.compile(
    r"\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|"
    r"(?:19|20)\d\d年|\d{1,2}月\d{1,2}日|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d|"
    r"\d{1,2}\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}:\d\d\b|\b\d{1,2} ?[ap]\.?m\b|\b(?:ago|назад|前)\b", re.IGNORECASE)
_URL = re.compile(r"https?://|www\.|\.(?:com|net|org)\b|@\w")
_SEP = re.compile(r" [|»›/·•] | [-–] (?=\S)")


def _char_class_counts(line: str) -> list[int]:
    flags = [2 if ord(c) > 0xFFFF else int(_CLASSES[ord(c)]) for c in line]
    return [sum(1 for f in flags if f >> bit & 1) for bit in (0, 1, 2, 3, 4)]


def _reference_row(line: str, bullet: bool) -> list[float]:
    digits, punct, cjk, cjk_function, commas = _char_class_counts(line)
    words = [w.strip(_STRIP) for w in line.split()]
    n = sum(1 for w in words if w)
    stop = sum(1 for w in words if w.lower() in ALL_STOPWORDS)
    caps = sum(1 for w in words if w[:1].isupper())
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    units = n + cjk / 2.0
    core = line.rstrip("\"'”’»)]」』")
    last = core[-1:]
    ratio = cjk_function / cjk * 1.6 if cjk else stop / max(n, 1)
    lower = line.lower()
    sec = section_kind(line, units, counted=False) if units <= 8 else None
    breaks = sum(line.count(m) for m in (". ", "! ", "? ", "。", "！", "？"))
    breaks += sum(line.count(m + " ") for m in "।॥؟۔։።")
    return [
        math.log1p(units),
        math.log1p(len(line)),
        float(last in ".!?。！？…।॥؟۔։።"),
        float(core.endswith("...") or last == "…"),
        float(last in ":："),
        min(ratio, 1.0),
        caps / max(n, 1),
        digits / len(line),
        punct / len(line),
        commas / max(units, 1.0),
        math.log1p(breaks),
        float(n <= 20 and digits > 0 and bool(_DATE.search(line))),
        float(n <= 20 and bool(_TIME.search(line))),
        float(bool(_URL.search(lower))),
        min(len(_SEP.findall(line)), 3) / 3.0,
        float(bullet),
        float("©" in line or "(c)" in lower or "copyright" in lower),
        0.0,
        float(line[0] in '"“‘«„「『–—-'),
        0.0,
        float(sec == "comments"),
        float(sec == "related"),
        float(sec == "faq"),
        float(bool(byline_names(line))),
        float(caption_signal(line) is not None),
        upper / max(n, 1),
        0.0,
        float(line[0].islower()),
        (line.count("(") + line.count(")")) / max(units, 1.0),
    ]


def reference_features(lines) -> np.ndarray:
    base = np.array([_reference_row(t, b) for t, b in zip(lines.text, lines.bullet, strict=True)])
    base[:, 19] = [float(lines.text.count(t) > 1) for t in lines.text]
    return np.hstack([base, _context(base)])


@pytest.fixture(scope="module")
def dev_pages(shared):
    return split_pages(load_pages(shared / "eval" / "cleaning" / "pages.jsonl"), "dev")


def test_vectorised_features_equal_the_reference_on_dev_pages(dev_pages):
    for page in dev_pages:
        lines = page_lines(page)
        assert np.allclose(page_features(lines), reference_features(lines)), page["id"]


@pytest.mark.parametrize(
    "text",
    [
        "HOME | NEWS | SPORT\nBy Ann Lee and Bo Chu\nPosted 3 hours ago, 10:42 am\n"
        "The mayor said (left) that www.example.com had © 2024 rights... more\n"
        "İstanbul'da KELVIN sign K and ſ long s: 12.03.2024\n• a bullet item\n"
        "Comments\nSame line\nSame line\nStraße – die Zeitung, 3. März 2023",
        "東京で会議が開かれた。政府は新しい計画を発表した。\n関連記事\n写真：ロイター\n"
        "2024年3月1日 10:00\n😀 emoji line!",
        "x",
    ],
)
def test_vectorised_features_equal_the_reference_on_awkward_text(text):
    lines = split_lines(text)
    assert np.allclose(page_features(lines), reference_features(lines))


def test_features_are_right_once_the_token_cache_is_full(monkeypatch):
    from storyweave.clean import features

    monkeypatch.setattr(features, "_MAX_WORDS", len(features._WORD_IDS))
    lines = split_lines("Zyxwv Qwertz unseen-token-77 said the plan was ready.\nPlain words here")
    assert np.allclose(page_features(lines), reference_features(lines))


def test_features_computed_in_threads_equal_the_reference(dev_pages):
    from concurrent.futures import ThreadPoolExecutor

    pages = [page_lines(p) for p in dev_pages[:12]]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(page_features, pages))
    for lines, got in zip(pages, results, strict=True):
        assert np.allclose(got, reference_features(lines))
