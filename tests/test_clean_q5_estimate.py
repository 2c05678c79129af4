"""The site-grouped quality estimate of scripts/train_cleaner.py (--estimate): sites, rule
switches, and a small run on made-up pages."""

from __future__ import annotations

import re

import pytest

from cleaning_trainer import load_trainer, made_up_page, trainer_module
from storyweave.clean import decide as decide_module

estimates = trainer_module("estimates")
fitting = trainer_module("fitting")
rules = trainer_module("rules")
training_pages = trainer_module("pages")


def test_site_is_the_host_without_www():
    a = training_pages.site({"id": "1", "url": "https://www.Example.org/news/a-story?x=1"})
    b = training_pages.site({"id": "2", "url": "http://example.org/other"})
    assert a == b == "example.org"
    blog = training_pages.site({"id": "3", "url": "https://blog.example.org/p"})
    assert blog == "blog.example.org"


def test_a_page_without_url_is_its_own_site():
    assert training_pages.site({"id": "abc"}) == "abc"
    assert training_pages.site({"id": "abd", "url": None}) == "abd"


def test_every_dev_specific_rule_is_a_known_switch():
    assert set(rules.DEV_SPECIFIC) < set(rules.DEV_SPECIFIC_AND_LISTS) <= set(rules.RULES)


def test_rules_off_switches_and_restores():
    names = rules.DEV_SPECIFIC_AND_LISTS
    before = {n: getattr(decide_module, n.split(".")[1]) for n in names}
    with rules.rules_off(names):
        assert decide_module._stamps(("a",), [0.0], 1.0) == frozenset()
        assert decide_module._continue_list() == range(0)
        assert all(getattr(decide_module, n.split(".")[1]) is not before[n] for n in names)
    assert all(getattr(decide_module, n.split(".")[1]) is before[n] for n in names)
    with pytest.raises(RuntimeError), rules.rules_off(names):
        raise RuntimeError("inside")
    assert all(getattr(decide_module, n.split(".")[1]) is before[n] for n in names)


def test_estimate_prints_three_figures_on_made_up_pages(capsys, monkeypatch):
    monkeypatch.setattr(fitting, "SEEDS", (7,))
    pages = [made_up_page(k, f"site{k % 5}.example") for k in range(10)]
    xs, ys = training_pages.dataset(pages)
    estimates.estimate(pages, xs, ys, threshold=0.5)
    out = capsys.readouterr().out
    assert out.startswith("5 sites, 5 folds grouped by site")
    figures = [float(f) for f in re.findall(r"F1 (\d\.\d{4})", out)]
    assert len(figures) == 3
    assert all(0.9 <= f <= 1.0 for f in figures), out  # six plain paragraphs a page


def test_the_script_is_the_command_line_of_these_modules(capsys):
    script = load_trainer("train_cleaner_q5")
    with pytest.raises(SystemExit) as done:
        script.parser().parse_args(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    modes = ("rules", "estimate", "extra-pages", "operating-point", "ensembles", "learning-curve")
    assert all(f"--{mode} " in out for mode in modes), out
    defaults = script.parser().parse_args([])
    assert (defaults.seeds, defaults.alpha) == ("7,1,2", fitting.ALPHA)
