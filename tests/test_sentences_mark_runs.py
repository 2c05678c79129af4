"""A long run of sentence marks ('.' x 200,000 in a scraped page) is split in linear time on
the pure-Python path too, with the same candidates as the pattern without its look-behind."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave.sentences import _CANDIDATE, _candidates, _split_plain

# the patterns as they were before the look-behind: the reference
_PLAIN = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=\s|[\"“‘«]?[A-Z][a-z])")
_PLAIN_IN_TEXT = re.compile(r"[.!?…][.!?…]*[\"'”’»)\]]*(?=[^\S\n]|[\"“‘«]?[A-Z][a-z])")

_PIECES = st.sampled_from([".", "!", "?", "…", '"', "”", ")", " ", "\n", "A", "b", "Th", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_look_behind_changes_no_candidate(text):
    assert [m.span() for m in _CANDIDATE.finditer(text)] == \
        [m.span() for m in _PLAIN.finditer(text)]
    assert _candidates(text) == [m.span() for m in _PLAIN_IN_TEXT.finditer(text)]


def test_a_long_run_of_marks_is_one_candidate_or_none():
    # quadratic before: 20,000 marks took 36 s in the pure-Python splitter
    run = "." * 200_000
    assert _candidates("Word" + run + " Next") == [(4, 200_004)]
    assert _candidates("Word" + run) == []
    spans = _split_plain("Word" + run + " Next one", ["Word" + run + " Next one"])
    assert spans[0].start == 0 and spans[-1].end == 200_013
