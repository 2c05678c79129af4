"""What to call an article wherever the tool cites it (terminal, facts table, web app, report):
one name, so a citation in a summary can be found in the list of articles."""

from __future__ import annotations

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
