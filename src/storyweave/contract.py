"""The versioned JSON output (CONTRACT.md, schema ``storyweave.analysis/1``), to and from data.

Fields may be added within a version; renaming or removing one needs a new version.
The JSON Schema lives beside this module in ``schema/analysis-1.json``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .model import (
    Analysis,
    Article,
    Citation,
    Claim,
    Edge,
    Evidence,
    Fact,
    Removed,
    Sentence,
    Story,
    SummarySentence,
    TimelineEvent,
)

SCHEMA_ID = "storyweave.analysis/1"


def article_to_dict(a: Article, *, sentences: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": a.id,
        "path": a.source,
        "url": a.url,
        "outlet": a.outlet,
        "title": a.title,
        "byline": list(a.byline),
        "published": a.published,
        "language": a.language,
        "words": a.words,
        "text": a.text,
        "removed": [
            {"text": r.text, "kind": r.kind, "reason": r.reason, "at": r.at} for r in a.removed
        ],
    }
    if sentences:
        d["sentences"] = [[s.start, s.end] for s in a.sentences]
    return d


def article_from_dict(d: dict[str, Any]) -> Article:
    text = d["text"]
    sents = []
    for start, end in d.get("sentences", []):
        sents.append(Sentence(start=start, end=end, paragraph=text.count("\n\n", 0, start)))
    return Article(
        id=d["id"],
        source=d["path"],
        url=d.get("url"),
        outlet=d.get("outlet"),
        title=d.get("title"),
        byline=tuple(d.get("byline") or ()),
        published=d.get("published"),
        language=d.get("language") or "en",
        text=text,
        removed=tuple(
            Removed(text=r["text"], kind=r["kind"], reason=r.get("reason", ""), at=r.get("at", 0))
            for r in d.get("removed", [])
        ),
        sentences=tuple(sents),
    )


def _span(span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _evidence_to_dict(ev: Evidence) -> dict[str, Any]:
    out: dict[str, Any] = {"source_span": _span(ev.source_span),
                           "target_span": _span(ev.target_span),
                           "kind": ev.kind, "similarity": round(ev.similarity, 4)}
    if ev.source_article is not None:  # an unseen source: the sibling the passage is shared with
        out["source_article"] = ev.source_article
    return out


def _citation(c: Citation) -> dict[str, Any]:
    return {"article": c.article, "span": _span(c.span)}


def story_to_dict(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "title": s.title,
        "articles": list(s.articles),
        "accounts": [list(acc) for acc in s.accounts],
        "provenance": [
            {
                "source": e.source,
                "target": e.target,
                "relation": e.relation,
                "confidence": round(e.confidence, 4),
                "evidence": [_evidence_to_dict(ev) for ev in e.evidence],
            }
            for e in s.provenance
        ],
        "facts": [
            {
                "id": f.id,
                "kind": f.kind,
                "label": f.label,
                "status": f.status,
                "independent_accounts": f.independent_accounts,
                "note": f.note,
                "claims": [
                    {
                        "article": c.article,
                        "text": c.text,
                        "span": _span(c.span),
                        "sentence_span": _span(c.sentence_span),
                        "value": c.value,
                        "unit": c.unit,
                        "qualifier": c.qualifier,
                        "speaker": c.speaker,
                        "speaker_basis": c.speaker_basis,
                        "speaker_span": _span(c.speaker_span),
                    }
                    for c in f.claims
                ],
            }
            for f in s.facts
        ],
        "summary": [
            {
                "text": ss.text,
                "citations": sorted({c.article for c in ss.citations}),
                "spans": [_citation(c) for c in ss.citations],
                "contested": ss.contested,
                "note": ss.note,
                "day": ss.day,
            }
            for ss in s.summary
        ],
        "timeline": [
            {"date": t.date, "text": t.text, "citations": [_citation(c) for c in t.citations],
             "planned": t.planned}
            for t in s.timeline
        ],
    }


def _tspan(v: list[int] | None) -> tuple[int, int] | None:
    return None if v is None else (int(v[0]), int(v[1]))


def story_from_dict(d: dict[str, Any]) -> Story:
    def cit(c: dict[str, Any]) -> Citation:
        return Citation(article=c["article"], span=_tspan(c["span"]) or (0, 0))

    return Story(
        id=d["id"],
        title=d["title"],
        articles=tuple(d["articles"]),
        accounts=tuple(tuple(acc) for acc in d.get("accounts", [])),
        provenance=tuple(
            Edge(
                source=e["source"],
                target=e["target"],
                relation=e["relation"],
                confidence=e["confidence"],
                evidence=tuple(
                    Evidence(
                        source_span=_tspan(ev["source_span"]) or (0, 0),
                        target_span=_tspan(ev["target_span"]) or (0, 0),
                        kind=ev.get("kind", "verbatim"),
                        similarity=ev.get("similarity", 1.0),
                        source_article=ev.get("source_article"),
                    )
                    for ev in e.get("evidence", [])
                ),
            )
            for e in d.get("provenance", [])
        ),
        facts=tuple(
            Fact(
                id=f["id"],
                kind=f["kind"],
                label=f["label"],
                status=f["status"],
                independent_accounts=f["independent_accounts"],
                note=f.get("note"),
                claims=tuple(
                    Claim(
                        article=c["article"],
                        text=c["text"],
                        span=_tspan(c["span"]) or (0, 0),
                        sentence_span=_tspan(c.get("sentence_span")),
                        value=c.get("value"),
                        unit=c.get("unit"),
                        qualifier=c.get("qualifier"),
                        speaker=c.get("speaker"),
                        speaker_basis=c.get("speaker_basis"),
                        speaker_span=_tspan(c.get("speaker_span")),
                    )
                    for c in f.get("claims", [])
                ),
            )
            for f in d.get("facts", [])
        ),
        summary=tuple(
            SummarySentence(
                text=ss["text"],
                citations=tuple(cit(c) for c in ss.get("spans", []))
                or tuple(Citation(article=a, span=(0, 0)) for a in ss.get("citations", [])),
                contested=ss.get("contested", False),
                note=ss.get("note"),
                day=ss.get("day"),
            )
            for ss in d.get("summary", [])
        ),
        timeline=tuple(
            TimelineEvent(
                date=t["date"], text=t["text"], citations=tuple(cit(c) for c in t["citations"]),
                planned=bool(t.get("planned", False)),
            )
            for t in d.get("timeline", [])
        ),
    )


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """The whole analysis as the versioned JSON object."""
    return {
        "schema": SCHEMA_ID,
        "articles": [article_to_dict(a) for a in analysis.articles],
        "stories": [story_to_dict(s) for s in analysis.stories],
        "problems": [
            {"source": p.source, "line": p.line, "message": p.message} for p in analysis.problems
        ],
        "duplicates": [{"path": src, "duplicate_of": aid} for src, aid in analysis.duplicates],
    }


def to_json(analysis: Analysis, indent: int | None = 2) -> str:
    return json.dumps(to_dict(analysis), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the output (draft 2020-12)."""
    text = resources.files("storyweave").joinpath("schema/analysis-1.json").read_text("utf-8")
    return json.loads(text)
