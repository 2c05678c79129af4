"""Seventeenth facts pass: won-lost records written 'a record of 43-39' and a winning
percentage in brackets after a record ('182-158 (.535)'), and the evaluator's choice between
two predicted figures of one value in one article."""

from storyweave.facts.quantities import extract_quantities
from storyweave.model import Article, Claim, Fact

TEXT = ("The coach posted a record of 21-14 in his first year with the Owls. Overall, in six "
        "seasons he recorded a mark of 201-170 (. 542), including a record of 98-80 (.551) "
        "with the Hawks. He owns a 77-90 (. 461) record in college. The trip took between "
        "10-12 days.")


def _figures(text: str) -> list[tuple[float, str, int | None]]:
    return [(m.claim.value, m.claim.unit, m.link)
            for m in extract_quantities(Article(id="a", source="s", text=text))]


def test_record_of_is_a_record_not_a_range():
    got = _figures(TEXT)
    assert (21.0, "record") in [(v, u) for v, u, _ in got]
    assert (14.0, "record") in [(v, u) for v, u, _ in got]
    assert (98.0, "record") in [(v, u) for v, u, _ in got]


def test_winning_percentage_in_brackets_joins_its_record():
    got = _figures(TEXT)
    shares = [i for i, (_, u, _) in enumerate(got) if u == "winning percentage"]
    assert [got[i][0] for i in shares] == [0.542, 0.551, 0.461]
    for i in shares:
        assert got[i - 1][1] == "record" and got[i - 1][2] is not None  # linked to it


def test_counted_range_after_between_stays_a_range():
    got = _figures(TEXT)
    assert [(v, u) for v, u, _ in got if u == "days"] == [(10.0, "days"), (12.0, "days")]


def test_bracketed_decimal_without_record_is_no_winning_percentage():
    got = _figures("The bottle held 12 ounces (.35 litres) of water.")
    assert all(u != "winning percentage" for _, u, _ in got)


def _fact(fid: str, values: tuple[float, ...], start: int) -> Fact:
    claims = tuple(Claim(article="a", text="t", span=(start + i, start + i + 1), value=v,
                         unit="record") for i, v in enumerate(values))
    return Fact(id=fid, kind="quantity", label="record", status="single",
                independent_accounts=1, claims=claims)


def test_evaluator_gives_a_shared_value_to_the_fact_holding_its_partners():
    from storyweave.facts.evaluate import _match_quantities
    first = _fact("f1", (62.0, 39.0), 0)   # listed first, holds the other '39'
    second = _fact("f2", (39.0, 19.0), 10)
    gold = [{"doc": "d", "value": v, "unit": "record", "fact": name}
            for name, v in (("x", 39.0), ("x", 19.0), ("y", 62.0), ("y", 39.0))]
    pairs, scores = _match_quantities(gold, [first, second], {"d": "a"})
    assert scores["quantity_f1"] == 1.0
    facts_of = {}
    for g, f in pairs:
        facts_of.setdefault(g["fact"], set()).add(f.id)
    assert facts_of == {"x": {"f2"}, "y": {"f1"}}


def test_release_as_a_verb_is_no_version_name():
    got = _figures("The label plans to release 14 to 16 albums next year.")
    assert [(v, u) for v, u, _ in got] == [(14.0, "albums"), (16.0, "albums")]
    assert _figures("The team shipped release 14 of the tool.") == []
