"""Hand-written tricky cases for the sentence splitter (also read by bench/bench_sentences.py).

Each case is a paragraph and the sentences a careful reader would cut it into. They were
written for this project, not taken from any corpus, and cover what news text throws at a
splitter: titles before names, initials, dotted acronyms, times, decimals, quotes with
attributions, ellipses and missing spaces.
"""

from __future__ import annotations

import pytest

from storyweave.sentences import split_sentences

CASES: list[tuple[str, ...]] = [
    ("Gov. Maria Lentz signed the bill on Friday.", "The law takes effect in March."),
    ("The vote passed.", "Sen. Ada Quint called it a win."),
    ("Mr. Okafor and Mrs. Byrne arrived late.", "Dr. Hale spoke first."),
    ("The U.S. Coast Guard joined the search.", "Crews worked through the night."),
    ("Aid was flown in from the U.S.", "The first plane landed at dawn."),
    ("Officials in the U.S. said little.",),
    ("The meeting began at 9 a.m. on Tuesday.", "It ended at noon."),
    ("Divers resumed at 6 p.m.", "They found nothing."),
    ("J. R. R. Tolkien wrote the book.", "It sold millions."),
    ("The river rose 2.5 meters overnight.", "Another 0.8 is expected."),
    ("“We will help,” he said.", "“Nobody will be left behind.”"),
    ('"Will it hold?" she asked.', '"We hope so."', "Then she left."),
    ('"Why now?" Marsh asked.', '"Because the water is rising," Gov. Elena Marsh said.'),
    ("“Leave now!” Fire Chief Ana Ruiz shouted.", "Most did."),
    ("He paused... then went on.", "The room was silent."),
    ("Wait...", "What happened next?", "Nobody knew."),  # an ellipsis before a capital ends one
    ("The firm, Brightwater Corp., declined to comment.",),
    ("Shares of Halden Inc. fell 4% on Monday.", "Analysts were surprised."),
    ("Lt. Gen. Ruth Amsel led the review.",),
    ("A court found Army Spc. Dale Ortmann guilty.", "Pfc. Lena Voss testified."),
    ("Sgts. Ivo Park and Rae Lind were cleared.",),
    ("The report, on pp. 3-4, lists No. 7 as the worst site.",),
    ("Flights resumed on Jan. 5 after the storm.",),
    ("The meeting ended at noon.", "The next began at two."),
    ("He moved to St. Albans in 2019.", "He never left."),
    ("Talks resumed in Washington, D.C. on Monday.",),
    ("She holds a Ph.D. in hydrology.", "She led the survey."),
    ("The levee failed at 2:40 a.m. Thursday, officials said.",),
    ("Prices rose 12% in 2023.", "In 2024 they fell."),
    ("Donations passed $5 million by Friday.", "12,000 donors gave online."),
    ("Is the bridge safe?", "Engineers say yes!", "Traffic resumed."),
    ("He said: “It is over.”", "The crowd cheered."),
    ("The E. coli count was high.", "Beaches were closed."),
    ("Residents (about 400 of them) left.", "Some stayed."),
]


@pytest.mark.parametrize("expected", CASES, ids=lambda c: c[0][:30])
def test_tricky_case(expected: tuple[str, ...]) -> None:
    text = " ".join(expected)
    got = tuple(text[s.start : s.end] for s in split_sentences(text))
    assert got == expected
