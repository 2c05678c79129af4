"""Full stops of other scripts (the danda '।' '॥', '؟', '۔', '։', '።', and CJK '。！？'):
sentence ends for the cleaner's features and for the sentence splitter, on the compiled and
the pure-Python path alike (ninth quality pass)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.clean import compiled
from storyweave.clean.feature_names import BASE_NAMES
from storyweave.clean.features import page_features
from storyweave.clean.lines import split_lines
from storyweave.clean.patterns import section_kind
from storyweave.sentences import split_sentences

_STOPS = "।॥؟۔։።"


def _columns(text: str) -> dict:
    x = page_features(split_lines(text))
    return {name: x[:, k].tolist() for k, name in enumerate(BASE_NAMES)}


@pytest.mark.parametrize("stop", [*_STOPS, "。", "！", "？"])
def test_a_line_ending_in_a_full_stop_ends_a_sentence(stop: str) -> None:
    col = _columns(f"alpha beta gamma{stop}\nalpha beta gamma")
    assert col["end"] == [1.0, 0.0]


@pytest.mark.parametrize("stop", _STOPS)
def test_a_spaced_full_stop_inside_a_line_is_a_break(stop: str) -> None:
    col = _columns(f"one two{stop} three four{stop} five\none two{stop}three")
    assert col["sentences"][0] > col["sentences"][1] == 0.0


def test_cjk_stops_are_breaks_without_a_space() -> None:
    col = _columns("会議が開かれた。本当？そうだ！終わり\n会議が開かれた")
    assert col["sentences"][0] > 0.0 == col["sentences"][1]


@pytest.mark.parametrize("stop", _STOPS)
def test_a_line_ending_in_a_full_stop_is_no_section_header(stop: str) -> None:
    assert section_kind("Comments", 1) == "comments"
    assert section_kind(f"Comments{stop}", 1) is None


def _both_paths(text: str):
    got = split_sentences(text)
    was = compiled.switch(False)
    try:
        return got, split_sentences(text)
    finally:
        compiled.switch(was)


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("राम घर गया। वह खुश था॥ फिर", ["राम घर गया।", "वह खुश था॥", "फिर"]),
        ("هل أنت هنا؟ نعم", ["هل أنت هنا؟", "نعم"]),
        ("یہ کتاب ہے۔ وہ قلم ہے۔", ["یہ کتاب ہے۔", "وہ قلم ہے۔"]),
        ("Այո։ Ոչ։", ["Այո։", "Ոչ։"]),
        ("ሰላም። እንዴት ነህ።", ["ሰላም።", "እንዴት ነህ።"]),
        ("会議が開かれた。本当？そうだ！", ["会議が開かれた。", "本当？", "そうだ！"]),
        ("彼は「終わりだ。」と述べた。次に", ["彼は「終わりだ。」と述べた。", "次に"]),
        ("「終わりだ。」次に", ["「終わりだ。」", "次に"]),
        ("The end. 東京。", ["The end.", "東京。"]),
    ],
)
def test_sentences_end_at_the_full_stops_of_other_scripts(text: str, want: list) -> None:
    got, pure = _both_paths(text)
    assert got == pure
    assert _pieces(text) == want
    paragraphs = f"{text}\n\nSecond paragraph here."  # the same inside a clean text
    got, pure = _both_paths(paragraphs)
    assert got == pure and [paragraphs[s.start : s.end] for s in got][:-1] == want


_PIECES = [
    *_STOPS,
    *"。！？」』）】.!?…\"'”)",
    " ",
    "\n",
    "\n\n",
    "と",
    "A",
    "Ab",
    "ab",
    "語",
    "ग",
    "ب",
    "\u3000",
]
_paragraphs = (
    st.lists(st.sampled_from([p for p in _PIECES if "\n" not in p]), min_size=1, max_size=25)
    .map(lambda p: "".join(p).strip())
    .filter(bool)
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(_paragraphs, min_size=1, max_size=4))
def test_clean_texts_with_the_new_stops_split_alike_on_both_paths(paragraphs) -> None:
    got, pure = _both_paths("\n\n".join(paragraphs))
    assert got == pure


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_any_text_with_the_new_stops_splits_alike_on_both_paths(text: str) -> None:
    got, pure = _both_paths(text)
    assert got == pure
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in got)
