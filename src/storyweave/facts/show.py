"""The fact table in the terminal (Rich), loaded only by the CLI."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..article_names import article_name
from ..model import OPENING_MARKS, SPEAKER_BASES, Article, Claim, Fact, Story

STATUS_STYLE = {"conflict": "bold red", "agree": "green", "single": "dim"}


def claim_line(claim: Claim | Sequence[Claim], article: Article | None,
               width: int = 160) -> Text:
    """'outlet: “... sentence with the claim in bold ...”' (article text is never markup).
    Several claims of one sentence ('1,000 miles (1,600 kilometers)') share one line, each
    claim in bold."""
    claims = [claim] if isinstance(claim, Claim) else list(claim)
    first = claims[0]
    line = Text(article_name(article), style="cyan")
    if first.speaker:
        line.append(f" ({first.speaker})", style="magenta")
        if first.speaker_basis not in (None, "named"):
            line.append(f" [{SPEAKER_BASES.get(first.speaker_basis, '')}]", style="dim")
    line.append(": ")
    said = Text()
    if article is None or first.sentence_span is None:
        said.append(first.text[:width])
    else:
        s0, s1 = first.sentence_span
        spans = _merged(sorted({(max(c.span[0], s0), min(c.span[1], s1)) for c in claims}))
        lead, tail = article.text[s0 : spans[0][0]], article.text[spans[-1][1] : s1]
        if len(lead) > width // 2:
            lead = "…" + lead[-width // 2 :]
        if len(tail) > width // 2:
            tail = tail[: width // 2] + "…"
        said.append(re.sub(r"\s+", " ", lead).lstrip())
        for i, (c0, c1) in enumerate(spans):
            if i:  # the words between two claims of the sentence
                said.append(re.sub(r"\s+", " ", article.text[spans[i - 1][1] : c0]))
            said.append(re.sub(r"\s+", " ", article.text[c0:c1]), style="bold yellow")
        said.append(re.sub(r"\s+", " ", tail).rstrip())
    wrap = not said.plain.startswith(OPENING_MARKS)  # a sentence that opens with its own
    #      quote mark ('“We will,” she said.') is shown as it is, not in a second pair
    line.append("“" if wrap else "")
    line.append_text(said)
    line.append("”" if wrap else "")
    return line




def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with those that overlap or touch made one."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def sentence_lines(claims: Sequence[Claim]) -> list[list[Claim]]:
    """A fact's claims as lines: the claims one sentence of one article makes, in the order
    their first claim comes, quotes with their own speaker kept apart."""
    lines: dict[tuple, list[Claim]] = {}
    for c in claims:
        key = (c.article, c.sentence_span or c.span, c.speaker, c.speaker_basis)
        lines.setdefault(key, []).append(c)
    return list(lines.values())


def facts_table(story: Story, facts: Sequence[Fact], articles: Mapping[str, Article]) -> Table:
    table = Table(title=f"Facts: {story.title}", expand=True, show_lines=True)
    table.add_column("status", no_wrap=True)
    table.add_column("fact", ratio=2)
    table.add_column("accounts", justify="right")
    table.add_column("claims (outlet: sentence)", ratio=6)
    for f in facts:
        what = Text(f"{f.kind}: ", style="dim")
        what.append(f.label)
        if f.note:
            what.append(f"\n{f.note}", style="italic")
        claims = Group(*(claim_line(cs, articles.get(cs[0].article))
                         for cs in sentence_lines(f.claims)))
        table.add_row(Text(f.status, style=STATUS_STYLE.get(f.status, "")), what,
                      str(f.independent_accounts), claims)
    return table


def print_facts(story: Story, facts: Sequence[Fact], articles: Mapping[str, Article],
                console: Console | None = None) -> None:
    console = console or Console()
    if not facts:
        console.print(Text(f"{story.id}: no facts found in {len(story.articles)} article(s)"))
        return
    console.print(facts_table(story, facts, articles))
    counts = {s: sum(f.status == s for f in facts) for s in STATUS_STYLE}
    console.print(Text(f"{story.id}: {len(facts)} facts, {counts['conflict']} in conflict, "
                       f"{counts['agree']} agreed, {counts['single']} from one article"))


def print_eval(results: Mapping[str, Mapping[str, Any]], console: Console | None = None) -> None:
    console = console or Console()
    metrics = list(dict.fromkeys(k for r in results.values() for k in r
                                 if k != "speaker_bases"))
    table = Table(title="Facts evaluation (gold tables in tests/data/facts)")
    table.add_column("metric")
    for name in results:
        table.add_column(name, justify="right")
    for m in metrics:
        table.add_row(m, *(_fmt(r.get(m)) for r in results.values()))
    console.print(table)
    bases = (results.get("pooled") or {}).get("speaker_bases")
    if bases:
        by = Table(title="Speaker accuracy by how the speaker was found (all tables)")
        for column in ("basis", "quotes", "share", "right", "accuracy"):
            by.add_column(column, justify="left" if column == "basis" else "right")
        total = sum(found for found, _ in bases.values())
        for basis, (found, right) in bases.items():
            by.add_row(basis, str(found), f"{found / total:.3f}", str(right),
                       _fmt(right / found if found else None))
        console.print(by)


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def print_errors(errors: Mapping[str, Sequence[Mapping]], console: Console | None = None) -> None:
    """Per-fact errors of ``storyweave eval facts --errors``: the gold fact, what is wrong,
    and the predicted facts holding its claims, each claim with its document and sentence."""
    console = console or Console()
    for dataset, found in errors.items():
        console.print(Text(f"\n{dataset}: {len(found)} facts with errors", style="bold"))
        for e in found:
            console.print(Text(f"\n{e['fact']} (gold {e['gold_status']}): "
                               + "; ".join(e["problems"]), style="bold yellow"))
            for f in e["predicted"]:
                console.print(Text(f"  {f['id'][:8]} {f['status']} [{f['label']}]"
                                   + (f" {f['note']}" if f["note"] else "")))
                for c in f["claims"]:
                    what = " ".join(str(x) for x in (c["qualifier"], c["value"], c["unit"])
                                    if x) if c["unit"] is not None else f"quote ({c['speaker']})"
                    console.print(Text(f"    {c['doc']}: {what[:60]} :: {c['sentence'][:140]}"),
                                  highlight=False)
