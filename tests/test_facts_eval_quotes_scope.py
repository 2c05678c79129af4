"""A gold table of ``"scope": "quotes"`` (the quotes of single web pages, no figures) scores
quote recall and speaker accuracy only: its article's figures are not counted as false
positives, and it adds nothing to the pooled quantity or status figures."""

from __future__ import annotations

from storyweave.facts.evaluate import _pooled, evaluate
from storyweave.model import Article
from storyweave.sentences import split_sentences
from storyweave.settings import FactSettings

TEXT = ("Harbor officials counted 4,200 visitors on Sunday, twice last year's crowd.\n\n"
        "\u201cWe have never seen a weekend like this one,\u201d said Dana Whitlock, the "
        "harbor master.\n\n"
        "\u201cThe ferries ran full from morning to night,\u201d said Omar Reyes, a deckhand.")


def _article() -> Article:
    return Article(id="p1", source="p1", text=TEXT, published="2024-05-01",
                   sentences=split_sentences(TEXT))


def _table(speaker: str) -> dict:
    return {"name": "webq-harbor", "split": "dev", "scope": "quotes",
            "source": {"cleaning": "x", "pages": ["p1"]}, "quantities": [],
            "quotes": [{"doc": "p1", "starts": "We have never seen a weekend",
                        "speaker": "Dana Whitlock", "fact": "q-never-seen"},
                       {"doc": "p1", "starts": "The ferries ran full from",
                        "speaker": speaker, "fact": "q-ferries"}],
            "facts": {"q-never-seen": "single", "q-ferries": "single"}}


def test_a_quotes_table_scores_its_quotes_and_leaves_figures_out():
    scores = evaluate(_table("Omar Reyes"), [_article()], FactSettings())
    assert scores["quote_recall"] == 1.0
    assert scores["speaker_accuracy"] == 1.0
    # 4,200 visitors is read, but the table lists no figures: no quantity precision of 0
    assert scores["quantity_precision"] is None and scores["quantity_f1"] is None
    assert scores["status_accuracy"] is None and scores["grouping_f1"] is None
    assert scores["quantities_predicted"] == 0 and scores["facts_scored"] == 0


def test_a_wrong_speaker_counts_against_the_quotes_table():
    scores = evaluate(_table("Dana Whitlock"), [_article()], FactSettings())
    assert scores["quotes_found"] == 2 and scores["speakers_right"] == 1


def test_a_quotes_table_leaves_pooled_quantities_and_status_alone():
    full = evaluate({**_table("Omar Reyes"), "scope": "all",
                     "quantities": [{"doc": "p1", "value": 4200, "unit": "visitors",
                                     "qualifier": None, "fact": "visitors"}],
                     "facts": {"q-never-seen": "single", "q-ferries": "single",
                               "visitors": "single"}}, [_article()], FactSettings())
    quotes_only = evaluate(_table("Omar Reyes"), [_article()], FactSettings())
    assert set(quotes_only) == set(full)  # the same keys, so the mean over tables keeps them
    pooled = _pooled([full, quotes_only])
    assert pooled["quantity_recall"] == _pooled([full])["quantity_recall"]
    assert pooled["status_accuracy"] == _pooled([full])["status_accuracy"]
    assert pooled["speaker_accuracy"] == 1.0


def test_speaker_accuracy_is_broken_down_by_how_the_speaker_was_found():
    scores = evaluate(_table("Dana Whitlock"), [_article()], FactSettings())
    assert scores["speaker_bases"] == {"named": [2, 1]}  # both 'said X'; one gold disagrees
    pooled = _pooled([scores, evaluate(_table("Omar Reyes"), [_article()], FactSettings())])
    assert pooled["speaker_bases"] == {"named": [4, 3]}


def test_the_breakdown_is_printed_under_the_figures():
    from io import StringIO

    from rich.console import Console

    from storyweave.facts.show import print_eval

    scores = evaluate(_table("Dana Whitlock"), [_article()], FactSettings())
    out = StringIO()
    print_eval({"t": scores, "pooled": _pooled([scores])}, Console(file=out, width=200))
    printed = out.getvalue()
    assert "by how the speaker was found" in printed
    row = next(line for line in printed.splitlines() if "named" in line)
    assert [cell.strip() for cell in row.split("│")[2:6]] == ["2", "1.000", "1", "0.500"]
