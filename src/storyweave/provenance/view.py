"""Terminal views of provenance (Rich): two articles side by side, the graph and accounts."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..model import Article, Story
from .align import Alignment
from .minhash import NearDuplicate

STYLES = {"verbatim": "bold green", "near-verbatim": "yellow", "paraphrase": "cyan underline"}


def _marked(article: Article, spans: Sequence[tuple[tuple[int, int], str]]) -> Text:
    text = Text(article.text)  # plain Text: article content is never read as markup
    for (start, end), kind in spans:
        text.stylize(STYLES[kind], start, end)
    return text


def _label(article: Article) -> str:
    return f"{article.outlet or article.source} · {(article.published or '')[:10]} · {article.id}"


def compare_view(a: Article, b: Article, passages: Sequence[Alignment]) -> Group:
    """Both texts side by side, shared passages coloured by class, and a legend."""
    table = Table(expand=True, show_lines=False)
    table.add_column(_label(a), ratio=1)
    table.add_column(_label(b), ratio=1)
    table.add_row(_marked(a, [(p.a_span, p.kind) for p in passages]),
                  _marked(b, [(p.b_span, p.kind) for p in passages]))
    legend = Text("  ").join(Text(kind, style=style) for kind, style in STYLES.items())
    counts = {k: sum(1 for p in passages if p.kind == k) for k in STYLES}
    summary = Text(", ".join(f"{n} {k}" for k, n in counts.items()) + " passage(s)  ")
    return Group(table, summary + legend)


def story_view(story: Story, articles: dict[str, Article]) -> Group:
    """The derivation edges and the accounts of one story."""
    def name(aid: str) -> str:
        a = articles.get(aid)
        return f"{aid} ({a.outlet or a.source})" if a else aid

    edges = Table(title=f"Provenance · {story.title}", expand=True)
    for col in ("source", "relation", "target", "confidence", "passages"):
        edges.add_column(col, justify="right" if col in ("confidence", "passages") else "left")
    for e in story.provenance:
        edges.add_row(name(e.source), e.relation, name(e.target), f"{e.confidence:.2f}",
                      str(len(e.evidence)))
    accounts = Table(title=f"{len(story.accounts)} independent account(s) "
                           f"among {len(story.articles)} article(s)", expand=True)
    accounts.add_column("#", justify="right")
    accounts.add_column("articles")
    for i, acc in enumerate(story.accounts, 1):
        accounts.add_row(str(i), "\n".join(name(a) for a in acc))
    return Group(edges, accounts)


def duplicates_view(exact: Sequence[Sequence[str]], near: Sequence[NearDuplicate],
                    limit: int = 200) -> Group:
    table = Table(title=f"{len(near)} near-duplicate pair(s)", expand=True)
    table.add_column("a")
    table.add_column("b")
    table.add_column("similarity", justify="right")
    for d in near[:limit]:
        table.add_row(d.a, d.b, f"{d.similarity:.3f}")
    groups = Table(title=f"{len(exact)} exact-duplicate group(s)", expand=True)
    groups.add_column("articles / inputs with the same words")
    for g in exact[:limit]:
        groups.add_row(", ".join(g))
    return Group(groups, table)


def show(renderable: object) -> None:
    Console().print(renderable)


def scores_view(table: dict) -> Group:
    """The eval figures: one column per method (peers run in the same pass), one row per figure."""
    methods = table["methods"]
    first = next(iter(methods.values()))
    out = Table(title=f"Derivation benchmark · split {table['split']} · "
                      f"{first['stories']} stories, {first['articles']} articles")
    out.add_column("figure")
    for name in methods:
        out.add_column(name, justify="right", max_width=28)
    rows = [("accounts ARI", lambda m: m["accounts_ari"])]
    for key in ("precision", "recall", "f1"):
        rows.append((f"edges {key}", lambda m, k=key: m["edges"]["all"][k]))
    for rel in (r for r in first["edges"] if r != "all"):
        rows.append((f"  {rel} P / R", lambda m, r=rel: (m["edges"][r]["precision"],
                                                        m["edges"][r]["recall"])))
    rows.append(("seconds", lambda m: m["seconds"]))
    for label, get in rows:
        cells = []
        for m in methods.values():
            v = get(m)
            cells.append(" / ".join(f"{x:.2f}" for x in v) if isinstance(v, tuple)
                         else f"{v:.3f}" if label != "seconds" else f"{v:.1f}")
        out.add_row(label, *cells)
    return Group(out, Text("An edge counts when source, target and relation all match; an "
                           "unseen node is matched to the true one sharing most targets."))
