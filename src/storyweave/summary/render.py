"""Terminal view of a story's cited summary and timeline (Rich; loaded only by the CLI)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..article_names import article_name, outlet_name
from ..model import Article, Citation, Story


def source_numbers(story: Story) -> dict[str, int]:
    """Number each cited article once, in the order the summary first cites it."""
    numbers: dict[str, int] = {}
    for item in (*story.summary, *story.timeline):
        for c in item.citations:
            numbers.setdefault(c.article, len(numbers) + 1)
    return numbers


def _marks(citations: Sequence[Citation], numbers: dict[str, int]) -> str:
    seen = sorted({numbers[c.article] for c in citations})
    return "".join(f"\\[{n}]" for n in seen)


def print_story(console: Console, story: Story, articles: dict[str, Article]) -> None:
    """Title, summary sentences with numbered sources, contested notes, timeline, sources."""
    console.rule(f"[bold]{escape(story.title)}[/bold]  [dim]{story.id}[/dim]")
    numbers = source_numbers(story)
    if not story.summary:
        console.print("[dim](no summary: no sentence could stand alone)[/dim]")
    for s in story.summary:
        flag = " [bold red]CONTESTED[/bold red]" if s.contested else ""
        day = f" [dim](that day: {s.day})[/dim]" if s.day else ""
        console.print(f"{escape(s.text)}{day} [cyan]{_marks(s.citations, numbers)}[/cyan]{flag}")
        if s.note:
            console.print(f"    [yellow]{escape(s.note)}[/yellow]")
    if story.timeline:
        table = Table(title="Timeline", show_header=False, box=None, expand=True)
        table.add_column("date", no_wrap=True, style="bold")
        table.add_column("event", ratio=1)
        for t in story.timeline:
            day = f"{t.date}\n[yellow]planned[/yellow]" if t.planned else t.date
            table.add_row(day, f"{escape(t.text)} [cyan]{_marks(t.citations, numbers)}[/cyan]")
        console.print(table)
    for aid, n in numbers.items():
        a = articles.get(aid)
        what = " · ".join(
            x for x in (outlet_name(a), a.title, (a.published or "")[:10]) if x
        ) or article_name(a) if a else "?"  # the file it came from, not its id twice
        console.print(f"  [cyan]\\[{n}][/cyan] {escape(what)} [dim]{aid}[/dim]")


def print_scores(console: Console, rows: Sequence[dict], words: int) -> None:
    """ROUGE of each system side by side."""
    table = Table(title=f"Summarization, {words} words (F1, mean over references, then topics)")
    for col in ("system", "ROUGE-1", "ROUGE-2", "ROUGE-Lsum"):
        table.add_column(col, justify="left" if col == "system" else "right")
    for r in rows:
        table.add_row(r["system"], *(f"{r[m]:.4f}" for m in ("rouge1", "rouge2", "rougeLsum")))
    console.print(table)
