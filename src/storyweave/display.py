"""Everything the terminal shows: Rich tables and progress bars, loaded only by the CLI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .article_names import article_names, outlet_name, source_name
from .model import Analysis, Article, InputProblem, Story

console = Console()
err_console = Console(stderr=True, soft_wrap=True)  # one problem, one line: never wrapped


@contextmanager
def progress_bar(enabled: bool = True) -> Iterator:
    """A callback ``(stage, done, total)`` that drives a Rich progress bar on stderr."""
    if not enabled or not err_console.is_terminal:
        yield lambda stage, done, total: None
        return
    with Progress(
        TextColumn("{task.description:>8}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        yield update


def removed_summary(article: Article) -> str:
    counts = Counter(r.kind for r in article.removed)
    return ", ".join(f"{k} {n}" for k, n in counts.most_common()) or "-"


def print_articles(articles: Sequence[Article]) -> None:
    """One short block per article: outlet, date, byline, size; title; what was removed."""
    console.rule(f"[bold]Articles[/bold] ({len(articles)})")
    for a in articles:
        head = [f"[cyan]{escape(outlet_name(a) or 'outlet unknown')}[/cyan]"]
        head.append(a.published[:10] if a.published else "date unknown")
        if a.byline:
            head.append("by " + escape(", ".join(a.byline)))
        head.append(f"{a.words} words kept")
        if source_name(a):
            head.append(f"[dim]{escape(source_name(a))}[/dim]")
        console.print(" · ".join(head), highlight=False)
        console.print(f"  [bold]{escape(a.title or '(no title found)')}[/bold]", highlight=False)
        console.print(f"  [dim]removed: {escape(removed_summary(a))}[/dim]", highlight=False)


def print_stories(stories: Sequence[Story], articles: dict[str, Article]) -> None:
    """One short block per story: title; size, accounts, time span; outlets."""
    console.rule(f"[bold]Stories[/bold] ({len(stories)})")
    for s in stories:
        members = [articles[a] for a in s.articles if a in articles]
        outlets = sorted({outlet_name(a) or "outlet unknown" for a in members})
        dates = sorted(a.published[:10] for a in members if a.published)
        span = ""
        if dates:
            span = dates[0] if dates[0] == dates[-1] else f"{dates[0]} .. {dates[-1]}"
        accounts = len(s.accounts) or len(s.articles)
        console.print(f"[bold]{escape(s.title)}[/bold]  [dim]{s.id}[/dim]", highlight=False)
        console.print(
            f"  {len(s.articles)} article(s), {accounts} independent account(s)"
            + (f", {span}" if span else ""),
            highlight=False,
        )
        console.print(f"  [cyan]{escape(', '.join(outlets))}[/cyan]", highlight=False)


def problems_lines(problems: Sequence[InputProblem]) -> list[str]:
    return [f"[red]error[/red] {escape(str(p))}" for p in problems]


def print_analysis(analysis: Analysis) -> None:
    print_articles(analysis.articles)
    if analysis.stories:
        print_stories(analysis.stories, {a.id: a for a in analysis.articles})
        by_id = {a.id: a for a in analysis.articles}
        for story in analysis.stories:
            print_story_summary(story, by_id)
    for src, aid in analysis.duplicates:
        err_console.print(
            f"[yellow]duplicate[/yellow] {escape(src)}: same article as {aid}, kept once"
        )
    for line in problems_lines(analysis.problems):
        err_console.print(line)


def print_story_summary(story: Story, articles: dict[str, Article] | None = None) -> None:
    """The story's cited summary, contested notes, conflicts and timeline, as text."""
    articles = articles or {}
    cited = {c.article for item in (*story.summary, *story.timeline) for c in item.citations}
    # no outlet: its site, headline or file; one name per article, never one for two
    names = article_names([articles[a] for a in (*story.articles, *sorted(cited))
                           if a in articles], 28)

    def who(article_id: str) -> str:
        return escape(names[article_id]) if article_id in names else article_id[:8]

    console.rule(f"[bold]{escape(story.title)}")
    accounts = len(story.accounts) or len(story.articles)
    console.print(
        f"[dim]{len(story.articles)} article(s), {accounts} independent account(s), "
        f"{sum(f.status == 'conflict' for f in story.facts)} conflicting fact(s)[/dim]"
    )
    for s in story.summary:
        cites = ", ".join(sorted({who(c.article) for c in s.citations}))
        flag = " [red](contested)[/red]" if s.contested else ""
        day = f" [dim](that day: {s.day})[/dim]" if s.day else ""
        console.print(f"{escape(s.text)}{day} [dim]\\[{cites}][/dim]{flag}")
        if s.contested and s.note:
            console.print(f"    [red]{escape(s.note)}[/red]")
    if story.timeline:
        console.print("[bold]Timeline[/bold]")
        for t in story.timeline:
            cites = ", ".join(sorted({who(c.article) for c in t.citations}))
            plan = " [yellow](planned)[/yellow]" if t.planned else ""
            console.print(f"  {escape(t.date)}{plan}  {escape(t.text)} [dim]\\[{cites}][/dim]")
