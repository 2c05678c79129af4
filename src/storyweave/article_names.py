"""What to call an article wherever the tool cites it (terminal, facts table, web app, report):
one name, so a citation in a summary can be found in the list of articles."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath
from urllib.parse import urlsplit

from .model import Article


def article_name(article: Article | None, width: int = 40) -> str:
    """Its outlet, else its site ('coastnews.example'), else the start of its headline, else
    the name of the file it came from ('003_report.txt'), else its id."""
    if article is None:
        return "?"
    outlet = outlet_name(article)
    if outlet:
        return outlet
    if article.title:
        return article.title if len(article.title) <= width else article.title[: width - 1] + "…"
    return source_name(article) or article.id[:8]


def article_names(articles: Iterable[Article], width: int = 40) -> dict[str, str]:
    """article_name() of each article by id, made distinct so that one label never stands
    for two articles: headlines cut where two would meet ('Tour de France: Alexander V…') are
    cut later, and names that still meet (one outlet, one headline) get a number: '(2)'."""
    listed = list({a.id: a for a in articles}.values())
    names = {a.id: article_name(a, width) for a in listed}
    for group in _meeting(listed, names):
        longest = max(len(a.title or "") for a in group)
        for wider in range(width + 1, longest + 1):  # the shortest cut that tells them apart
            cut = {a.id: article_name(a, wider) for a in group}
            if len(set(cut.values())) == len(group):
                names.update(cut)
                break
    taken = set(names.values())
    for group in _meeting(listed, names):
        for n, a in enumerate(group[1:], 2):
            while f"{names[a.id]} ({n})" in taken:
                n += 1
            names[a.id] = f"{names[a.id]} ({n})"
            taken.add(names[a.id])
    return names


def _meeting(articles: list[Article], names: dict[str, str]) -> list[list[Article]]:
    """The groups of articles (in their order) that share a name."""
    groups: dict[str, list[Article]] = {}
    for a in articles:
        groups.setdefault(names[a.id], []).append(a)
    return [g for g in groups.values() if len(g) > 1]


def outlet_name(article: Article | None) -> str | None:
    """The outlet an article is known to come from: its outlet, else its site; None when
    neither is known (its headline or file name names the article, not an outlet)."""
    if article is None:
        return None
    return article.outlet or _site(article.url)


def source_name(article: Article) -> str:
    """The last part of where an article came from: a file's name ('003_report.txt',
    'dump.jsonl#12'), a URL's last path part, '' for standard input."""
    source = article.source.replace("\\", "/").rstrip("/")
    if source in ("", "-"):
        return ""
    return PurePath(urlsplit(source).path if "://" in source else source).name or source


def _site(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url and "//" in url else None
    return host.removeprefix("www.") if host else None
