"""Score the facts stage against gold fact tables (tests/data/facts/*.json).

A gold table names its articles (the example corpus, or a TAC 2011 topic) and lists every
quantity (doc, value, fact), every quote (doc, its first words, speaker, fact) and each
fact's status. Scores: quantity precision/recall/F1 (matched by article and value),
quote speaker accuracy, pairwise fact grouping F1 across articles, and status accuracy.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Claim, Fact
from ..settings import FactSettings
from .speaker_match import same_speaker
from .text import fold

REPO = Path(__file__).resolve().parents[3]


def default_gold_dir() -> Path | None:
    for candidate in (Path.cwd() / "tests/data/facts", REPO / "tests/data/facts"):
        if candidate.is_dir():
            return candidate
    return None


def default_shared_dir() -> Path:
    env = os.environ.get("STORYWEAVE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


def load_articles(gold: dict[str, Any], gold_path: Path, shared: Path) -> list[Article]:
    """The articles a gold table is about, sorted by date then id."""
    source = gold["source"]
    if "tac" in source:
        articles = _tac_articles(shared / source["tac"], source["topic"])
    elif "ecbplus" in source:
        articles = _ecbplus_articles(shared / source["ecbplus"], source["cluster"])
    elif "pages" in source:
        articles = _page_articles(shared / source["cleaning"], source["pages"])
    else:
        from ..pipeline import read_and_clean
        from ..settings import Settings

        base = REPO / source["corpus"]
        paths = sorted({base / doc.split("#")[0] for doc in source["docs"]})
        found, problems, _ = read_and_clean(paths, Settings())
        if problems:
            raise InputError(str(problems[0].source), problems[0].message)
        articles = [a for a in found if _doc_name(a) in source["docs"]]
    return sorted(articles, key=lambda a: (a.published or "9999", a.id))


def _doc_name(article: Article) -> str:
    return article.source.replace("\\", "/").rsplit("/", 1)[-1]


def _tac_articles(path: Path, topic: str) -> list[Article]:
    from ..sentences import split_sentences

    if not path.is_file():
        raise InputError(str(path), "TAC 2011 data not found (set --shared or STORYWEAVE_SHARED)")
    for line in path.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["id"] == topic:
            return [Article(id=d["id"], source=d["id"], text=d["text"], title=d["title"],
                            published=d["date"] or _dateline(d["text"]),
                            sentences=split_sentences(d["text"]))
                    for d in data["documents"]]
    raise InputError(str(path), f"no topic {topic!r}")


def _ecbplus_articles(path: Path, cluster: str) -> list[Article]:
    """The documents of one ECB+ story (e.g. '34_ecbplus'), as the clustering eval reads them."""
    from ..sentences import split_sentences

    if not path.is_file():
        raise InputError(str(path), "ECB+ data not found (set --shared or STORYWEAVE_SHARED)")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if d["cluster"] == cluster:
            out.append(Article(id=d["id"], source=d["id"], text=d["text"],
                               title=d.get("title") or None, published=d.get("date") or None,
                               sentences=split_sentences(d["text"])))
    if not out:
        raise InputError(str(path), f"no ECB+ story {cluster!r}")
    return out


def _page_articles(path: Path, pages: Sequence[str]) -> list[Article]:
    """Web articles of the cleaning eval (pages.jsonl), each its gold body, named by the
    first characters of its page id ('9cb8224b'); the date comes from the URL when it has
    one ('/2019/11/18/', '/2019-11-18-slug'), as cleaning reads it."""
    from ..clean.metadata import url_date
    from ..sentences import split_sentences

    if not path.is_file():
        raise InputError(str(path), "cleaning eval pages not found (set --shared or "
                         "STORYWEAVE_SHARED)")
    found: dict[str, Article] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        name = next((p for p in pages if d["id"].startswith(p)), None)
        if name is not None:
            found[name] = Article(id=name, source=d.get("url") or name, text=d["gold_body"],
                                  published=url_date(d.get("url")),  # as cleaning reads it
                                  sentences=split_sentences(d["gold_body"]))
    missing = [p for p in pages if p not in found]
    if missing:
        raise InputError(str(path), f"no page with an id starting {missing[0]!r}")
    return list(found.values())


def _dateline(text: str) -> str | None:
    """'Monday, June 1, 2009' on a TAC document's first line -> '2009-06-01'."""
    from datetime import datetime

    m = re.search(r"(?:\w+day, )?((?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December) \d{1,2}, \d{4})", text[:200])
    if not m:
        return None
    try:
        return datetime.strptime(m.group(1), "%B %d, %Y").date().isoformat()
    except ValueError:
        return None


def evaluate(gold: dict[str, Any], articles: Sequence[Article],
             settings: FactSettings) -> dict[str, float | None]:
    """Scores of the facts stage on one gold table. A table whose ``scope`` is ``"quotes"``
    lists only the quotes of its pages (no figures, nothing shared across documents): it
    scores quote recall and speaker accuracy, and leaves the other figures out (None)."""
    _, by_doc, facts = _predict(gold, articles, settings)
    s_pairs, s_scores = _match_quotes(gold.get("quotes", []), facts, by_doc)
    if gold.get("scope") == "quotes":
        return dict.fromkeys(_UNSCORED, None) | _NO_FIGURES | s_scores
    q_pairs, q_scores = _match_quantities(gold["quantities"], facts, by_doc)
    pairs = q_pairs + s_pairs
    return q_scores | s_scores | _grouping(pairs) | _status(pairs, gold["facts"])


# what a quotes-only table leaves out: figures None, counts 0 (so 'pooled' skips them)
_UNSCORED = ("quantity_precision", "quantity_recall", "quantity_f1", "qualifier_accuracy",
             "grouping_precision", "grouping_recall", "grouping_f1", "status_accuracy")
_NO_FIGURES = {"quantities_gold": 0, "quantities_found": 0, "quantities_predicted": 0,
               "facts_gold": 0, "facts_scored": 0, "statuses_right": 0}


def _predict(gold: dict[str, Any], articles: Sequence[Article],
             settings: FactSettings) -> tuple[dict[str, str], dict[str, str], tuple[Fact, ...]]:
    """(article id -> doc name, doc name -> article id, the predicted facts)."""
    from . import cross_check

    names = {a.id: (_doc_name(a) if "corpus" in gold["source"] else a.id) for a in articles}
    by_doc = {names[a]: a for a in names}
    accounts = [tuple(by_doc[d] for d in acc if d in by_doc)
                for acc in gold["source"].get("accounts", [])]
    listed = {a for acc in accounts for a in acc}
    accounts += [(a.id,) for a in articles if a.id not in listed]
    return names, by_doc, cross_check(articles, accounts, settings)


def fact_errors(gold: dict[str, Any], articles: Sequence[Article],
                settings: FactSettings) -> list[dict[str, Any]]:
    """Each gold fact the stage gets wrong: its status is wrong, its claims are split over
    several predicted facts, its predicted fact also holds claims of another gold fact, or a
    quote of it is credited to the wrong speaker (named with how that speaker was found).
    Each error lists the predicted facts holding its claims, with every claim they hold."""
    names, by_doc, facts = _predict(gold, articles, settings)
    q_pairs, _ = _match_quantities(gold["quantities"], facts, by_doc)
    s_pairs, _ = _match_quotes(gold.get("quotes", []), facts, by_doc)
    pairs = q_pairs + s_pairs
    wrong = [(g, hit) for g, hit in _quote_hits(gold.get("quotes", []), facts, by_doc)
             if not same_speaker(g.get("speaker"), hit[1].speaker)]
    held: dict[str, set[str]] = {}
    for g, f in pairs:
        held.setdefault(f.id, set()).add(g["fact"])
    by_fact: dict[str, list[Fact]] = {}
    for g, f in pairs:
        by_fact.setdefault(g["fact"], []).append(f)
    out = []
    for name, found in by_fact.items():
        votes = Counter(f.id for f in found)
        main = next(f for f in found if f.id == votes.most_common(1)[0][0])
        problems = [p for p, bad in (
            (f"status {main.status}, gold {gold['facts'][name]}",
             main.status != gold["facts"][name]),
            (f"split over {len(votes)} facts", len(votes) > 1),
            ("merged with " + ", ".join(sorted(held[main.id] - {name})),
             len(held[main.id]) > 1)) if bad]
        problems += [f"{g['doc']}: speaker {c.speaker!r} ({c.speaker_basis or 'none'}), gold "
                     f"{g.get('speaker')!r}" for g, (_, c) in wrong if g["fact"] == name]
        if problems:
            shown = {f.id: f for f in found}
            out.append({"fact": name, "gold_status": gold["facts"][name],
                        "problems": problems,
                        "predicted": [_fact_view(f, names) for f in shown.values()]})
    return out


def _fact_view(fact: Fact, names: dict[str, str]) -> dict[str, Any]:
    return {"id": fact.id, "status": fact.status, "label": fact.label, "note": fact.note,
            "claims": [{"doc": names.get(c.article, c.article), "value": c.value,
                        "unit": c.unit, "qualifier": c.qualifier, "speaker": c.speaker,
                        "sentence": c.text} for c in fact.claims]}


def _claims(facts: Sequence[Fact], kind: str) -> list[tuple[Fact, Any]]:
    return [(f, c) for f in facts if f.kind == kind for c in f.claims]


def _match_quantities(gold: list[dict], facts: Sequence[Fact],
                      by_doc: dict[str, str]) -> tuple[list[tuple[dict, Fact]], dict]:
    predicted = [(f, c) for f, c in _claims(facts, "quantity")
                 if c.article in by_doc.values()]
    free = list(predicted)
    pairs = []
    qualifier_ok = 0
    done: set[int] = set()
    # 'two people' and '2 meters' in one article: by unit first, then by qualifier too, so
    # two '50 percent' of one article are told apart by 'at least'
    for same_unit, same_qual in ((True, True), (True, False), (False, False)):
        for n, g in enumerate(gold):
            article = by_doc.get(g["doc"])
            hits = [] if n in done else [
                p for p in free if p[1].article == article
                and abs(float(p[1].value) - g["value"]) < 1e-6
                and (not same_unit or _unit_key(p[1].unit) == _unit_key(g.get("unit")))
                and (not same_qual or (p[1].qualifier or None) == g.get("qualifier"))]
            hit = max(hits, key=lambda p: _kin(p, g, gold)) if hits else None
            if hit is not None:
                done.add(n)
                free.remove(hit)
                pairs.append((g, hit[0]))
                qualifier_ok += (hit[1].qualifier or None) == g.get("qualifier")
    tp = len(pairs)
    if not gold and not predicted:  # nothing to find and nothing found: no figures to score
        return pairs, {"quantity_precision": None, "quantity_recall": None,
                       "quantity_f1": None, "qualifier_accuracy": None, "quantities_gold": 0,
                       "quantities_found": 0, "quantities_predicted": 0}
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return pairs, {"quantity_precision": precision, "quantity_recall": recall,
                   "quantity_f1": f1, "qualifier_accuracy": qualifier_ok / tp if tp else None,
                   "quantities_gold": len(gold), "quantities_found": tp,
                   "quantities_predicted": len(predicted)}


def _kin(p: tuple[Fact, Claim], g: dict, gold: list[dict]) -> int:
    """Of two predicted figures of one value in one article, the one whose fact also holds the
    gold fact's other figures there ('139-119' against '162-139'): how many it holds."""
    values = {round(float(c.value), 6) for c in p[0].claims
              if c.article == p[1].article and isinstance(c.value, (int, float))}
    return sum(1 for o in gold if o is not g and o.get("fact") == g.get("fact")
               and o["doc"] == g["doc"] and round(o["value"], 6) in values)


def _unit_key(unit: str | None) -> str:
    return fold(unit or "").rstrip("s")


def _match_quotes(gold: list[dict], facts: Sequence[Fact],
                  by_doc: dict[str, str]) -> tuple[list[tuple[dict, Fact]], dict]:
    pairs = []
    right = 0
    bases: dict[str, list[int]] = {}  # how the speaker was found -> [quotes, right]
    for g, hit in _quote_hits(gold, facts, by_doc):
        pairs.append((g, hit[0]))
        ok = same_speaker(g.get("speaker"), hit[1].speaker)
        right += ok
        tally = bases.setdefault(hit[1].speaker_basis or "none", [0, 0])
        tally[0] += 1
        tally[1] += ok
    found = len(pairs)
    # a table with no gold quotes has no quote figures (None, left out of the mean), not 0
    return pairs, {"quote_recall": found / len(gold) if gold else None,
                   "speaker_accuracy": right / found if found else (0.0 if gold else None),
                   "quotes_gold": len(gold), "quotes_found": found, "speakers_right": right,
                   "speaker_bases": bases}


_QUOTE_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def _quote_hits(gold: list[dict], facts: Sequence[Fact], by_doc: dict[str, str]
                ) -> list[tuple[dict, tuple[Fact, Claim]]]:
    """Each gold quote found, with the predicted (fact, claim) that holds it: the same article,
    and quote words that start as the gold's do."""
    predicted = _claims(facts, "quote")
    out = []
    for g in gold:
        article = by_doc.get(g["doc"])
        start = quote_key(g["starts"]) or fold(g["starts"])
        hit = next((p for p in predicted if p[1].article == article
                    and quote_key(str(p[1].value)).startswith(start)), None)
        if hit is not None:
            out.append((g, hit))
    return out


def quote_key(text: str) -> str:
    """Quoted words as compared: folded, one space between words, and no punctuation at either
    end, so a gold 'starts' that keeps its full stop or a leading '…' still finds the quote."""
    return _QUOTE_EDGE.sub("", " ".join(fold(text).split()))


def _grouping(pairs: list[tuple[dict, Fact]]) -> dict[str, float | None]:
    """Pairwise F1 over claims from different articles: same gold fact vs same predicted."""
    tp = fp = fn = 0
    for i, (g1, f1) in enumerate(pairs):
        for g2, f2 in pairs[i + 1 :]:
            if g1["doc"] == g2["doc"]:
                continue
            same_gold, same_pred = g1["fact"] == g2["fact"], f1.id == f2.id
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    if not tp + fp + fn:  # no two documents share a fact in the gold or the prediction
        return {"grouping_precision": None, "grouping_recall": None, "grouping_f1": None}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"grouping_precision": p, "grouping_recall": r,
            "grouping_f1": 2 * p * r / (p + r) if tp else 0.0}


def _status(pairs: list[tuple[dict, Fact]], gold_facts: dict[str, str]) -> dict[str, float | None]:
    """For each gold fact, the status of the predicted fact holding most of its claims."""
    votes: dict[str, Counter[str]] = {}
    status_of: dict[str, str] = {}
    for g, f in pairs:
        votes.setdefault(g["fact"], Counter())[f.id] += 1
        status_of[f.id] = f.status
    right = sum(status_of[c.most_common(1)[0][0]] == gold_facts[name]
                for name, c in votes.items())
    return {"status_accuracy": right / len(votes) if votes else (0.0 if gold_facts else None),
            "facts_gold": len(gold_facts), "facts_scored": len(votes), "statuses_right": right}


def evaluate_all(gold_dir: Path, shared: Path, settings: FactSettings | None = None,
                 errors: dict[str, list[dict[str, Any]]] | None = None,
                 ) -> dict[str, dict[str, float | None]]:
    """Scores per gold table, plus their mean over tables ('all') and the same figures pooled
    over every claim of every table ('pooled': a story with two quotes weighs two quotes, not
    a table). When ``errors`` is given, it is filled with each table's :func:`fact_errors`."""
    settings = settings or FactSettings()
    results: dict[str, dict[str, float | None]] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        articles = load_articles(gold, path, shared)
        split = gold.get("split", "dev")
        results[f"{gold['name']} ({split})"] = evaluate(gold, articles, settings)
        if errors is not None:
            errors[f"{gold['name']} ({split})"] = fact_errors(gold, articles, settings)
    if results:
        keys = set.intersection(*(set(r) for r in results.values()))
        tables = list(results.values())
        results["all"] = {k: _mean([r[k] for r in tables]) for k in sorted(keys)
                          if not k.endswith("_gold") and k not in _COUNTS | {"speaker_bases"}}
        results["pooled"] = _pooled(tables)
    return results


_COUNTS = frozenset({"quantities_found", "quantities_predicted", "quotes_found",
                     "speakers_right", "facts_scored", "statuses_right"})


def _pooled(tables: list[dict[str, Any]]) -> dict[str, float | None]:
    """Precision, recall and accuracies over the claims of all tables together."""
    n = {k: sum(t.get(k) or 0 for t in tables)
         for k in _COUNTS | {"quantities_gold", "quotes_gold"}}
    p = n["quantities_found"] / n["quantities_predicted"] if n["quantities_predicted"] else None
    r = n["quantities_found"] / n["quantities_gold"] if n["quantities_gold"] else None
    return {"quantity_precision": p, "quantity_recall": r,
            "quantity_f1": 2 * p * r / (p + r) if p and r else None,
            "quote_recall": n["quotes_found"] / n["quotes_gold"] if n["quotes_gold"] else None,
            "speaker_accuracy": n["speakers_right"] / n["quotes_found"]
            if n["quotes_found"] else None,
            "speaker_bases": _bases(tables),
            "status_accuracy": n["statuses_right"] / n["facts_scored"]
            if n["facts_scored"] else None}


def _bases(tables: list[dict[str, Any]]) -> dict[str, list[int]]:
    """[quotes found, speakers right] per way the speaker was found, over all tables."""
    out: dict[str, list[int]] = {}
    for t in tables:
        for basis, (found, right) in (t.get("speaker_bases") or {}).items():
            tally = out.setdefault(basis, [0, 0])
            tally[0] += found
            tally[1] += right
    return dict(sorted(out.items(), key=lambda kv: -kv[1][0]))


def _mean(values: list[float | None]) -> float | None:
    """Mean over the tables where a figure is defined (a table with no quotes has no speaker
    accuracy); None when no table has it."""
    defined = [v for v in values if v is not None]
    return sum(defined) / len(defined) if defined else None
