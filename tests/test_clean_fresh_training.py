"""scripts/train_cleaner.py with extra (fresh) pages: the dev-and-fresh site-grouped estimate
and the held-out-source rotation, on made-up pages."""

from __future__ import annotations

import re

import pytest

from cleaning_trainer import trainer_module

extra_pages = trainer_module("extra_pages")
fitting = trainer_module("fitting")
rule_value = trainer_module("rule_value")
rules = trainer_module("rules")
dataset = trainer_module("pages").dataset


def _page(k: int, site: str, source: str | None = None) -> dict:
    menu = [[w, 0] for w in ("Home", "World", "Sport", "Weather", "Contact us")]
    body = [
        [
            f"Paragraph {j} of report {k}: the inquiry sat on a cold morning, heard "
            "four witnesses and agreed, after a long debate, to publish what it found.",
            1,
        ]
        for j in range(6)
    ]
    tail = [["Share this", 0], ["Copyright 2021 The Example Post", 0], ["Privacy", 0]]
    page = {"id": f"{k:02d}", "url": f"https://www.{site}/story-{k}", "lines": menu + body + tail}
    return page | ({"source": source} if source else {})


def _pages():
    dev = [_page(k, f"site{k % 5}.example") for k in range(10)]
    fresh = [_page(20 + k, f"fresh{k}.example", f"src{k % 2}") for k in range(6)]
    return dev + fresh, len(dev)


@pytest.mark.slow  # ten small fits, 2-8 s on a busy machine
def test_estimate_with_extra_scores_dev_and_fresh_pages_apart(capsys, monkeypatch):
    monkeypatch.setattr(fitting, "SEEDS", (7,))
    pages, n_dev = _pages()
    xs, ys = dataset(pages)
    extra_pages.estimate_with_extra(pages, xs, ys, n_dev, threshold=0.5)
    out = capsys.readouterr().out
    assert out.startswith("11 sites, 5 folds grouped by site")
    assert out.count("trained on dev only") == 3 and out.count("trained on dev + fresh") == 3
    assert out.count("dev pages") == 6 and out.count("fresh pages") == 6
    figures = [float(f) for f in re.findall(r"F1 (\d\.\d{4})", out)]
    assert len(figures) == 12 and all(0.9 <= f <= 1.0 for f in figures), out


def test_held_out_source_rotates_over_the_fresh_sources(capsys, monkeypatch):
    monkeypatch.setattr(fitting, "SEEDS", (7,))
    pages, n_dev = _pages()
    xs, ys = dataset(pages)
    fits = []
    real_fit = extra_pages.fit
    monkeypatch.setattr(extra_pages, "fit", lambda x, *a: fits.append(len(x)) or real_fit(x, *a))
    extra_pages.held_out_sources(pages, xs, ys, n_dev, threshold=0.5)
    out = capsys.readouterr().out
    # one dev-only model, then per source one on dev + the other source's three pages
    assert fits == [10, 13, 13]
    assert re.findall(r"held out (src\d)", out) == ["src0"] * 6 + ["src1"] * 6
    figures = [float(f) for f in re.findall(r"F1 (\d\.\d{4})", out)]
    assert len(figures) == 12 and all(0.9 <= f <= 1.0 for f in figures), out


def test_on_extra_scores_each_source_and_all(capsys, monkeypatch):
    monkeypatch.setattr(fitting, "SEEDS", (7,))
    pages, n_dev = _pages()
    xs, ys = dataset(pages)
    extra_pages.score_on_extra(pages, xs, ys, n_dev, threshold=0.5)
    out = capsys.readouterr().out
    assert out.startswith("trained on dev, alpha 0.3, seeds (7,)")
    rows = re.findall(r"^(\(\w+\)).*? (src0|src1|all extra pages) .*F1 (\d\.\d{4})", out, re.M)
    assert [(setup, where) for setup, where, _ in rows] == [
        (setup, where)
        for setup in ("(a)", "(b4)", "(b)")
        for where in ("src0", "src1", "all extra pages")
    ]
    assert all(0.9 <= float(f) <= 1.0 for *_, f in rows), out


def test_extra_pages_get_their_weight(monkeypatch):
    assert fitting.page_weights([0, 5, 12], n_dev=10) is None  # all 1: sklearn's default
    monkeypatch.setattr(fitting, "EXTRA_WEIGHT", 0.25)
    assert fitting.page_weights([0, 5, 12, 10], n_dev=10) == [1.0, 1.0, 0.25, 0.25]


def test_rule_value_on_fresh_pages_lists_every_rule(capsys):
    from storyweave.clean.classifier import load_model

    pages, n_dev = _pages()
    _, ys = dataset(pages[n_dev:])
    rule_value.rule_value_on(pages[n_dev:], ys, load_model())
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("all rules: F1 ") and out[0].endswith("on 6 pages")
    assert [line.split()[0] for line in out[1:]] == list(rules.RULES)
    assert all(re.search(r"F1 without it \d\.\d{4}", line) for line in out[1:])
