"""Terminal output of the stories verbs (Rich, loaded only by the CLI)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.markup import escape
from rich.table import Table

from ..display import console


def print_stories(rows: Sequence[dict]) -> None:
    table = Table(title=f"{len(rows)} stories", expand=True)
    table.add_column("story", no_wrap=True, style="dim")
    table.add_column("size", justify="right")
    table.add_column("title", ratio=3)
    table.add_column("outlets", ratio=2)
    table.add_column("span", no_wrap=True)
    for r in rows:
        first, last = (r.get("first_published") or "")[:10], (r.get("last_published") or "")[:10]
        span = f"{first} .. {last}" if first and first != last else (first or "-")
        table.add_row(
            r["id"],
            str(r["size"]),
            escape(r["title"]),
            escape(", ".join(r["outlets"])) or "-",
            span,
        )
    console.print(table)


def print_scores(table: dict) -> None:
    out = Table(
        title=escape(
            f"{table['file']} ({table['split']}: {table['articles']} articles, "
            f"{table['gold_stories']} gold stories)"
        )
    )
    for col in (
        "method",
        "stories",
        "BCubed P",
        "BCubed R",
        "BCubed F1",
        "pair P",
        "pair R",
        "pair F1",
        "seconds",
    ):
        out.add_column(col, justify="left" if col == "method" else "right")
    for r in table["results"]:
        out.add_row(
            r["method"],
            str(r["stories"]),
            *(
                f"{r[k]:.3f}"
                for k in (
                    "bcubed_p",
                    "bcubed_r",
                    "bcubed_f1",
                    "pairwise_p",
                    "pairwise_r",
                    "pairwise_f1",
                )
            ),
            f"{r['seconds']:.1f}",
        )
    console.print(out)
