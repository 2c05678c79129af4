"""Articles/second from a WARC file: storyweave (sources + cleaning stage) beside trafilatura alone.

Generates N realistic news pages (navigation, article, related links, comments, footer,
scripts, JSON-LD), writes them to a .warc.gz with warcio, then in the same run measures:

  trafilatura alone:   warcio record loop + trafilatura.extract(html, with_metadata=True),
                       and the same with trafilatura.bare_extraction (no text serialisation)
  sources+trafilatura: storyweave.sources.read_sources(warc) + the same trafilatura.extract
                       (isolates the sources stage: canonical URL, outlet, dedupe, decoding)
  storyweave:          storyweave.sources.read_sources(warc) + storyweave.clean.clean_documents

each with 1 worker process and with --workers processes (chunks of pages sent to a pool).

    .venv/bin/python bench/bench_warc.py            # 10,000 pages (several minutes)
    .venv/bin/python bench/bench_warc.py --n 500    # quick
"""

from __future__ import annotations

import argparse
import io
import random
import resource
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

WORDS = """
city council vote budget plan river bridge school teachers union strike hospital nurses
doctors patients minister government officials police report court judge ruling company
shares market prices energy power grid storm flood rain wind coast harbour port ship
cargo rail station train delays airport flights passengers farmers harvest drought water
supply reservoir dam engineers inspection repairs museum exhibition artists festival
crowd stadium match coach players season league election voters campaign candidate
debate survey residents neighbours street traffic housing rents construction permits
""".split()
NAMES = ["Maria Ortega", "James Whitfield", "Amina Yusuf", "Tomasz Nowak", "Grace Liu",
         "Daniel Adeyemi", "Sofia Lindqvist", "Ravi Menon", "Claire Dubois", "Owen Hughes"]
PLACES = ["Northbridge", "Eastvale", "Port Calder", "Millbrook", "Redhaven", "Westmoor"]
OUTLETS = ["The Northbridge Courier", "Eastvale Daily", "Calder Times", "Millbrook Herald"]


def sentence(rng: random.Random) -> str:
    kind = rng.random()
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
    if kind < 0.2:
        return (f'"{words.capitalize()}," said {rng.choice(NAMES)}, a spokesperson in '
                f"{rng.choice(PLACES)}.")
    if kind < 0.4:
        return (f"About {rng.randint(2, 900) * 10:,} people {rng.choice(WORDS)} {words} on "
                f"{rng.choice(['Monday', 'Tuesday', 'Friday'])}.")
    return words.capitalize() + "."


def news_page(n: int) -> tuple[str, str]:
    """(url, html) of one realistic article page."""
    rng = random.Random(n)
    outlet = OUTLETS[n % len(OUTLETS)]
    host = outlet.lower().replace("the ", "").replace(" ", "") + ".example"
    url = f"https://{host}/news/{2026}/{n % 12 + 1:02d}/story-{n}"
    title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 11))).capitalize()
    author = rng.choice(NAMES)
    paragraphs = "".join(
        "<p>" + " ".join(sentence(rng) for _ in range(rng.randint(2, 5))) + "</p>"
        for _ in range(rng.randint(6, 16))
    )
    nav = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>'
                  for w in rng.sample(WORDS, 40))
    related = "".join(f'<li><a href="/news/story-{rng.randint(0, 99999)}">'
                      f"{' '.join(rng.sample(WORDS, 7)).capitalize()}</a></li>"
                      for _ in range(10))
    comments = "".join(f'<div class="comment"><b>{rng.choice(NAMES)}</b><p>'
                       f"{sentence(rng)}</p></div>" for _ in range(rng.randint(0, 8)))
    script = "var cfg = {" + ",".join(f'"k{i}": {rng.random():.6f}' for i in range(600)) + "};"
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {outlet}</title><link rel="canonical" href="{url}">
<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{title}">
<meta name="author" content="{author}">
<meta property="article:published_time" content="2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}T08:00:00Z">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}",
"publisher": {{"@type": "Organization", "name": "{outlet}"}}}}</script>
<script>{script}</script><style>body{{font-family:serif}} .nav li{{display:inline}}</style>
</head><body><header><a href="/">{outlet}</a><nav><ul class="nav">{nav}</ul></nav>
<form action="/search"><input name="q"></form></header>
<main><article><h1>{title}</h1><p class="byline">By {author}</p>
<time datetime="2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}">{n % 28 + 1} March 2026</time>
{paragraphs}<figure><img src="/img/{n}.jpg"><figcaption>{sentence(rng)}</figcaption></figure>
</article><aside><h2>Related</h2><ul>{related}</ul></aside>
<section class="comments"><h2>Comments</h2>{comments}</section></main>
<footer><p>&copy; 2026 {outlet}. All rights reserved.</p><a href="/privacy">Privacy</a>
<a href="/terms">Terms</a></footer></body></html>"""
    return url, html


def write_warc(path: Path, n: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            url, html = news_page(i)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
    return path.stat().st_size


# -- the two contenders -------------------------------------------------------------------
def trafilatura_chunk(pages: list[tuple[str, str]]) -> int:
    import trafilatura

    return sum(
        1 for url, html in pages
        if trafilatura.extract(html, url=url, with_metadata=True)
    )


def trafilatura_bare_chunk(pages: list[tuple[str, str]]) -> int:
    import trafilatura

    return sum(
        1 for url, html in pages
        if trafilatura.bare_extraction(html, url=url, with_metadata=True)
    )


def warcio_pages(path: Path) -> Iterator[tuple[str, str]]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                body = record.content_stream().read()
                yield record.rec_headers.get_header("WARC-Target-URI"), body.decode("utf-8")


def sources_trafilatura_chunk(raws: list) -> int:
    import trafilatura

    return sum(
        1 for raw in raws
        if trafilatura.extract(raw.html, url=raw.url, with_metadata=True)
    )


def storyweave_chunk(raws: list) -> int:
    from storyweave.clean import clean_documents

    articles, _ = clean_documents(raws)
    return len(articles)


def storyweave_raws(path: Path) -> Iterator:
    from storyweave.model import RawDocument
    from storyweave.sources import read_sources

    for item in read_sources([str(path)]):
        if isinstance(item, RawDocument):
            yield item


def chunks(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the pool's workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run(name: str, source: Iterator, work, workers: int, chunk: int) -> tuple[float, float]:
    """Wall and CPU seconds for one contender. CPU time is what the figures compare: on a
    machine shared with other work, wall time measures the neighbours as much as the code."""
    started, cpu_started = time.perf_counter(), cpu_seconds()
    if workers == 1:
        done = sum(work(batch) for batch in chunks(source, chunk))
    else:
        with ProcessPoolExecutor(workers) as pool:
            done = sum(pool.map(work, chunks(source, chunk)))
    wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    print(f"  {name:<36} workers={workers}  {done:>6} articles  wall {wall:7.1f}s "
          f"({done / wall:6.1f}/s)  cpu {cpu:7.1f}s ({done / cpu * workers:6.1f}/s on "
          f"{workers} core(s))", flush=True)
    return wall, cpu


def read_only(warc: Path) -> None:
    """Reading alone, one process: warcio's record loop vs the sources stage (which also
    decodes, reads canonical URL and outlet, and skips pages met before)."""
    print("reading only (one process, no extraction):")
    for name, source in (("warcio record loop", warcio_pages), ("storyweave read_sources",
                                                                storyweave_raws)):
        cpu_started = time.process_time()
        done = sum(1 for _ in source(warc))
        cpu = time.process_time() - cpu_started
        print(f"  {name:<36} {done:>6} pages  cpu {cpu:6.2f}s  "
              f"({cpu / done * 1000:.3f} ms/page)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="pages in the WARC file")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--chunk", type=int, default=50, help="pages per task")
    parser.add_argument("--skip-single", action="store_true", help="only the parallel run")
    parser.add_argument("--read-only", action="store_true",
                        help="only reading the archive (no extraction): the sources stage's cost")
    args = parser.parse_args()
    import trafilatura  # noqa: F401

    import storyweave.clean  # noqa: F401  imports are not what is measured
    import storyweave.sources  # noqa: F401

    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "pages.warc.gz"
        started = time.perf_counter()
        size = write_warc(warc, args.n)
        print(f"wrote {args.n:,} pages ({size / 1e6:.1f} MB gzipped WARC) in "
              f"{time.perf_counter() - started:.1f}s")
        read_only(warc)
        if args.read_only:
            return
        for workers in ([args.workers] if args.skip_single else [1, args.workers]):
            print(f"workers = {workers}:")
            base = run("trafilatura alone (extract)", warcio_pages(warc), trafilatura_chunk,
                       workers, args.chunk)
            bare = run("trafilatura alone (bare_extraction)", warcio_pages(warc),
                       trafilatura_bare_chunk, workers, args.chunk)
            reader = run("storyweave sources + trafilatura", storyweave_raws(warc),
                         sources_trafilatura_chunk, workers, args.chunk)
            ours = run("storyweave sources + clean stage", storyweave_raws(warc),
                       storyweave_chunk, workers, args.chunk)
            for label, (wall, cpu) in (("sources stage + trafilatura", reader),
                                       ("storyweave (sources + clean)", ours)):
                print(f"  {label} / trafilatura extract: cpu {cpu / base[1]:.2f}x, "
                      f"wall {wall / base[0]:.2f}x; / bare_extraction: cpu "
                      f"{cpu / bare[1]:.2f}x, wall {wall / bare[0]:.2f}x  (target <= 1.3x)")


if __name__ == "__main__":
    main()
