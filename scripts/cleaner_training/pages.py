"""The training pages: dev (and extra) pages loaded, their features and labels, their sites."""

from __future__ import annotations

from urllib.parse import urlparse

import numpy as np

from storyweave.clean.evaluate import DEV_PREFIXES, load_pages, page_lines
from storyweave.clean.features import page_features


def load_training_pages(path: str, extra_path: str | None, extra_sources: str) -> tuple[list, int]:
    """The development pages of ``path`` (ids starting 0-7: the test split is never read),
    then every page of ``extra_path`` (only those whose source contains one of the
    comma-separated ``extra_sources``, when given); and how many are development pages."""
    pages = [p for p in load_pages(path) if p["id"][0] in DEV_PREFIXES]
    n_dev = len(pages)
    wanted = [w for w in extra_sources.split(",") if w]
    extra = load_pages(extra_path) if extra_path else []
    pages += [p for p in extra if not wanted or any(w in p.get("source", "") for w in wanted)]
    return pages, n_dev


def dataset(pages: list[dict]) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Per page: the cleaner's line features and the lines' labels (1 body, 0 other)."""
    xs, ys = [], []
    for page in pages:
        xs.append(page_features(page_lines(page)))
        ys.append(np.array([label for _, label in page["lines"]], dtype=np.int64))
    return xs, ys


def site(page: dict) -> str:
    """The page's site: the host of its url without 'www.' (the page id when it has none)."""
    host = urlparse(page.get("url") or "").netloc.lower()
    return host.removeprefix("www.") or page["id"]


def by_source(pages: list[dict], idx) -> dict[str, list[int]]:
    """The indices ``idx`` grouped by their page's source ('?' when it has none), in order."""
    sources: dict[str, list[int]] = {}
    for i in idx:
        sources.setdefault(pages[i].get("source", "?"), []).append(i)
    return sources
