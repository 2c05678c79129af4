"""The facts scorer leaves a figure out (None) where a table has nothing to score, and the
mean over tables skips it, so a story with no quotes does not count as speaker accuracy 0."""

from storyweave.facts.evaluate import _grouping, _match_quantities, _match_quotes, _mean
from storyweave.model import Claim, Fact


def _quote(fid: str, words: str, speaker: str | None) -> Fact:
    claim = Claim(article="a", text=words, span=(0, len(words)), value=words, speaker=speaker)
    return Fact(id=fid, kind="quote", label="quote", status="single", independent_accounts=1,
                claims=(claim,))


def test_no_gold_quotes_gives_no_quote_figures():
    _, scores = _match_quotes([], [_quote("q", "we will rebuild the bridge", "Ann Lee")],
                              {"d": "a"})
    assert scores["quote_recall"] is None and scores["speaker_accuracy"] is None


def test_gold_quotes_none_found_still_count_as_misses():
    gold = [{"doc": "d", "starts": "we will rebuild", "speaker": "Ann Lee", "fact": "q"}]
    _, scores = _match_quotes(gold, [], {"d": "a"})
    assert scores["quote_recall"] == 0.0 and scores["speaker_accuracy"] == 0.0


def test_found_quote_scored_as_before():
    gold = [{"doc": "d", "starts": "we will rebuild", "speaker": "Ann Lee", "fact": "q"}]
    _, scores = _match_quotes(gold, [_quote("q", "we will rebuild the bridge", "Ann Lee")],
                              {"d": "a"})
    assert scores["quote_recall"] == 1.0 and scores["speaker_accuracy"] == 1.0


def test_no_figures_anywhere_gives_no_quantity_figures_but_false_ones_count():
    _, empty = _match_quantities([], [], {"d": "a"})
    assert empty["quantity_f1"] is None
    claim = Claim(article="a", text="t", span=(0, 1), value=3.0, unit="boats")
    fact = Fact(id="f", kind="quantity", label="boats", status="single",
                independent_accounts=1, claims=(claim,))
    _, false = _match_quantities([], [fact], {"d": "a"})
    assert false["quantity_precision"] == 0.0 and false["quantity_f1"] == 0.0


def test_grouping_undefined_only_without_any_pair():
    assert _grouping([])["grouping_f1"] is None


def test_mean_skips_undefined_tables():
    assert _mean([1.0, None, 0.5]) == 0.75
    assert _mean([None, None]) is None


def test_pooled_weighs_claims_not_tables():
    from storyweave.facts.evaluate import _pooled
    small = {"quantities_gold": 0, "quantities_found": 0, "quantities_predicted": 0,
             "quotes_gold": 2, "quotes_found": 2, "speakers_right": 0,
             "facts_scored": 2, "statuses_right": 1}
    large = {"quantities_gold": 10, "quantities_found": 8, "quantities_predicted": 8,
             "quotes_gold": 20, "quotes_found": 18, "speakers_right": 18,
             "facts_scored": 8, "statuses_right": 8}
    pooled = _pooled([small, large])
    assert pooled["speaker_accuracy"] == 0.9  # 18 of 20 found quotes; the table mean is 0.5
    assert pooled["quote_recall"] == 20 / 22
    assert pooled["quantity_precision"] == 1.0 and pooled["quantity_recall"] == 0.8
    assert pooled["status_accuracy"] == 0.9
