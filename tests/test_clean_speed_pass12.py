"""Twelfth speed pass: each faster path equals a plain computation of the same thing."""

from __future__ import annotations

import random
import re

import pytest

from storyweave.clean import clean_document, clean_documents, features, language
from storyweave.clean.cleaner import _sample
from storyweave.clean.lexicon import STOPWORDS
from storyweave.model import RawDocument
from storyweave.settings import CleanSettings

# function words of every language (several in a token: 'it’s', "l'on"), plain words,
# accented and upper-case ones, marks the language guess treats as spaces, and characters
# that send a text down its other paths (the Kelvin sign, 'İ', Greek, CJK, U+2028)
_FUNCTION = sorted(w for words in STOPWORDS.values() for w in words)
_LATIN = [w for w in _FUNCTION if max(map(ord, w)) < 256]  # the Latin-1 path's own words
_PLAIN = ["Council", "vote", "budget", "river", "école", "Straße", "naïve", "OVER", "x", "12"]
_MARKS = ["’", "“", "”", "—", "–", "…", "©", "\u00a0", "\u200b", "«", "»"]
_ODD = ["\u212a", "İ", "ζωή", "東京", "\u2028", "ſ", "ß", "Ω", "ø"]


def _token(rng: random.Random, odd: float, function: list[str]) -> str:
    roll = rng.random()
    if roll < odd:
        return rng.choice(_ODD) + rng.choice(_PLAIN)
    if roll < 0.45:
        word = rng.choice(function)
    elif roll < 0.8:
        word = rng.choice(_PLAIN)
    else:
        word = rng.choice(function) + rng.choice(["’", "'", "-", "\u200b"]) + rng.choice(function)
    if rng.random() < 0.15:
        word = word.capitalize() if rng.random() < 0.7 else word.upper()
    if rng.random() < 0.15:
        word = rng.choice(_MARKS) + word + rng.choice(_MARKS + ["", ".", ","])
    return word


def _page(rng: random.Random, latin: bool = False) -> str:
    odd = 0.0 if latin else rng.choice([0.0, 0.0, 0.0, 0.01, 0.2])
    function = _LATIN if latin or rng.random() < 0.6 else _FUNCTION
    lines = []
    for _ in range(rng.randint(1, 45)):
        size = rng.choice([1, 3, 8, 30, 60, 120])
        words = (_token(rng, odd, function) for _ in range(rng.randint(1, size)))
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def _pages(seed: int, n: int) -> list[RawDocument]:
    rng = random.Random(seed)
    return [RawDocument(source=f"p{k}.txt", text=_page(rng)) for k in range(n)]


@pytest.mark.parametrize("seed", range(3))
def test_language_from_the_tokens_equals_the_guess_on_the_text(seed: int) -> None:
    raws = _pages(seed, 70)
    articles, _ = clean_documents(raws)
    assert len(articles) > 30
    languages = {a.language for a in articles}
    assert len(languages) > 3  # the pages reach several languages and paths
    for article in articles:
        assert article.language == language.detect_language(article.text), article.source
    kept, _ = clean_documents(raws[:30], CleanSettings(keep_captions=True))  # body changed
    for article in kept:  # after the decisions: the sample follows it
        assert article.language == language.detect_language(article.text), article.source
    for raw in raws[:12]:  # one page alone (page by page the guess reads the text itself)
        try:
            article = clean_document(raw)
        except ValueError:
            continue
        assert article.language == language.detect_language(article.text)


def test_language_when_the_token_cache_is_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "_MAX_WORDS", len(features._WORD_IDS))
    raws = [
        RawDocument(source=f"n{k}.txt", text=raw.text.replace("e", "ë").replace("o", "q"))
        for k, raw in enumerate(_pages(7, 30))
    ]
    articles, _ = clean_documents(raws)
    assert articles
    for article in articles:
        assert article.language == language.detect_language(article.text)


@pytest.mark.parametrize("seed", range(4))
def test_counted_samples_equal_counting_the_sample_text(seed: int) -> None:
    rng = random.Random(100 + seed)
    lines = tuple(_page(rng, latin=True).split("\n"))
    tokens = [t for line in lines for t in line.split()]
    packed = features.np.array([language.token_words(t) for t in tokens], dtype=features.np.int64)
    ends = features.np.cumsum([len(line.split()) for line in lines])
    samples = []
    for _ in range(20):
        body = [rng.random() < 0.7 for _ in lines]
        samples.append((body, _sample(lines, body)))
    got = language.counted_samples(packed, ends, [s for _, s in samples])
    flagged = {
        i
        for i, line in enumerate(lines)
        if any(p & (1 << 16) for p in (language.token_words(t) for t in line.split()))
    }
    known = 0
    for (body, (rows, cut)), counted in zip(samples, got, strict=True):
        text = "\n\n".join(line for line, b in zip(lines, body, strict=True) if b)
        sample = text[: language.SAMPLE]
        read = "\n\n".join([*(lines[i] for i in rows), *([cut] if cut else [])])
        assert read == sample.rstrip("\n")
        groups = [0] * language.N_GROUPS
        letters = language.counted_words(sample, groups)
        if letters is not None and not flagged & set(rows):
            assert counted is not None
        if counted is not None:
            known += 1
            assert counted[0] == letters and counted[1][1:] == groups[1:]  # (0: none)
    assert known >= 5


def test_token_words_counts_what_the_latin1_path_reads() -> None:
    for token in [
        "the",
        "It’s",
        "l'homme",
        "naïve",
        "ÉCOLE",
        "—and—",
        "a\u200bthe",
        "12",
        "",
        "\u212aelvin",
        "东京",
        "x" * 50,
        "of-the-in-a",
    ]:
        packed = language.token_words(token)
        groups = [0] * language.N_GROUPS
        letters = language.counted_words(token, groups)
        if letters is None:
            assert packed & (1 << 16)
            continue
        found = [g for g, k in enumerate(groups) for _ in range(k)]
        if len(found) > 2:
            assert packed & (1 << 16)
            continue
        assert packed >> 17 == letters
        assert sorted([packed & 255, (packed >> 8) & 255]) == sorted(found + [0] * (2 - len(found)))


def test_line_facts_compare_and_print_without_the_words() -> None:
    from storyweave.clean.lines import split_lines

    page = split_lines("A headline here\nThe council voted on the budget today, as it said.")
    _, with_words = features.page_features_facts_many([page])[0]
    assert with_words.words is not None
    assert features.page_features_facts(page)[1].words is None  # page by page: not read
    plain = features.LineFacts(
        tokens=with_words.tokens,
        section=with_words.section,
        digit=with_words.digit,
        byline=with_words.byline,
        caption=with_words.caption,
        page_words=with_words.page_words,
        masks=with_words.masks,
    )
    assert plain == with_words and repr(plain) == repr(with_words)


def test_the_mark_table_equals_replacing_each_mark() -> None:
    text = "".join(language._PUNCTUATION) + "a’b“c”—d e\u200bf «g» ©h naïve École x—y"
    assert text.translate(language._MARKS_TO_SPACE) == language._without_punctuation(text)
    for mark in language._PUNCTUATION:  # each mark parts words as a space does
        packed = language.token_words(f"the{mark}of")
        assert packed == language.token_words("the of")


def test_compiled_patterns_match_as_the_pattern_strings_did() -> None:
    from storyweave.clean import patterns

    rng = random.Random(12)
    bits = [
        "jane_d",
        "March",
        "3,",
        "2024",
        "-",
        "9:08",
        "am",
        "|",
        "Share",
        "on",
        "X",
        "e-mail",
        "By",
        "Ann",
        "Lee",
        "•",
        "Sept.",
        "said",
        "a.m.",
        "@ann",
        "İ",
        "ſ",
        "K",
    ]
    stamp = (
        r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:at|on|says|said|"
        r"wrote|am|pm|a\.m\.|p\.m\.)\b|[-–—|,:@]"
    )
    for _ in range(3000):
        line = " ".join(rng.choice(bits) for _ in range(rng.randint(1, 12)))
        assert patterns._STAMP_WORDS.sub(" ", line) == re.sub(stamp, " ", line, flags=re.I)
        assert patterns._SHARE_TOKENS.findall(line.lower()) == re.findall(r"[\w-]+", line.lower())
        want = re.split(r"\s+[|•·—–-]\s+|\s*\|\s*", line)
        assert patterns._BYLINE_END.split(line) == want
