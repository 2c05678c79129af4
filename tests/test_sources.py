"""read_sources: feeds, sitemaps, URL lists, WARC files and pages; each page once."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storyweave.model import InputProblem, RawDocument
from storyweave.sources import is_source, read_sources
from storyweave.store import Store
from test_sources_site import Seen, Site, fast_settings, site_fixture  # noqa: F401


def article_html(n: int, *, canonical: str | None = None, site_name: str | None = None,
                 publisher: str | None = None) -> str:
    head = f"<title>Story number {n}</title>"
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if site_name:
        head += f'<meta property="og:site_name" content="{site_name}">'
    if publisher:
        head += ('<script type="application/ld+json">{"@type": "NewsArticle", '
                 f'"publisher": {{"@type": "Organization", "name": "{publisher}"}}}}</script>')
    body = "".join(f"<p>Paragraph {i} of story {n} says something plain.</p>" for i in range(4))
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def rss(links: list[str], title: str = "Test feed") -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link><author>desk@example.org (Desk)"
        f"</author><pubDate>Sun, 22 Nov 2026 0{i % 10}:00:00 GMT</pubDate></item>"
        for i, link in enumerate(links)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link>{items}</channel></rss>").encode()


def serve_articles(site: Site, count: int, prefix: str = "/a") -> list[str]:
    return [site.page(f"{prefix}{n}", article_html(n)) for n in range(count)]


def split(items: list) -> tuple[list[RawDocument], list[InputProblem]]:
    docs = [i for i in items if isinstance(i, RawDocument)]
    return docs, [i for i in items if isinstance(i, InputProblem)]


def test_feed_url_gives_one_document_per_entry(site: Site) -> None:
    links = serve_articles(site, 3)
    site.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss(links))
    docs, problems = split(list(read_sources([site.url("/feed.xml")], fast_settings())))
    assert problems == []
    assert [d.source for d in docs] == links
    assert all(d.html and "<article>" in d.html for d in docs)
    assert docs[0].title == "Item 0" and docs[0].published == "2026-11-22T00:00:00Z"
    assert docs[0].outlet == "Test feed"  # the page names none: the feed's title


def test_feed_file_on_disk(site: Site, tmp_path: Path) -> None:
    links = serve_articles(site, 2)
    feed = tmp_path / "news.rss"
    feed.write_bytes(rss(links))
    assert is_source(str(feed))
    docs, problems = split(list(read_sources([str(feed)], fast_settings())))
    assert problems == [] and len(docs) == 2


def test_atom_feed_with_relative_links(site: Site) -> None:
    serve_articles(site, 2, prefix="/news/")
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<title>Atom desk</title><id>urn:x</id><updated>2026-11-20T10:00:00Z</updated>'
            + "".join(f'<entry><title>E{n}</title><id>urn:{n}</id><link href="/news/{n}"/>'
                      f"<updated>2026-11-2{n}T10:00:00Z</updated><author><name>Ann Writer"
                      "</name></author></entry>" for n in range(2))
            + "</feed>").encode()
    site.routes["/atom"] = (200, {"Content-Type": "application/atom+xml"}, atom)
    docs, problems = split(list(read_sources([site.url("/atom")], fast_settings())))
    assert problems == []
    assert [d.source for d in docs] == [site.url("/news/0"), site.url("/news/1")]
    assert docs[1].byline == ("Ann Writer",) and docs[1].published == "2026-11-21T10:00:00Z"


def test_outlet_and_canonical_come_from_the_page(site: Site) -> None:
    canonical = site.url("/story/1")
    site.page("/amp/1", article_html(1, canonical=canonical, site_name="The Daily Test"))
    site.page("/p/2", article_html(2, publisher="Publisher From JSON-LD"))
    docs, _ = split(list(read_sources([site.url("/amp/1"), site.url("/p/2")], fast_settings())))
    assert docs[0].url == canonical and docs[0].outlet == "The Daily Test"
    assert docs[1].url == site.url("/p/2") and docs[1].outlet == "Publisher From JSON-LD"


def test_same_article_under_two_urls_is_read_once(site: Site) -> None:
    canonical = site.url("/story/7")
    site.page("/story/7", article_html(7, canonical=canonical))
    site.page("/amp/7", article_html(7, canonical=canonical))
    links = [canonical + "?utm_source=feed", site.url("/amp/7"), canonical + "#comments"]
    site.routes["/f"] = (200, {"Content-Type": "application/rss+xml"}, rss(links))
    docs, problems = split(list(read_sources([site.url("/f")], fast_settings())))
    assert problems == [] and len(docs) == 1
    assert site.hits("/story/7?utm_source=feed") == 1 and site.hits("/story/7") == 0


def test_duplicate_entries_across_feeds_are_fetched_once(site: Site) -> None:
    links = serve_articles(site, 4)
    site.routes["/f1"] = (200, {"Content-Type": "application/rss+xml"}, rss(links[:3]))
    site.routes["/f2"] = (200, {"Content-Type": "application/rss+xml"}, rss(links[1:]))
    docs, problems = split(list(read_sources([site.url("/f1"), site.url("/f2")],
                                             fast_settings())))
    assert problems == [] and sorted(d.source for d in docs) == sorted(links)
    assert all(site.hits(f"/a{n}") == 1 for n in range(4))


def test_feed_with_hundreds_of_entries(site: Site) -> None:
    links = serve_articles(site, 300)
    site.routes["/big"] = (200, {"Content-Type": "application/rss+xml"}, rss(links))
    docs, problems = split(list(read_sources([site.url("/big")], fast_settings())))
    assert problems == [] and len(docs) == 300
    capped, over = split(list(read_sources([site.url("/big")],
                                           fast_settings(max_feed_entries=50))))
    assert len(capped) == 50
    assert len(over) == 1 and "300 entries" in over[0].message


def test_dead_links_are_reported_and_the_rest_goes_on(site: Site) -> None:
    links = serve_articles(site, 2)
    dead = site.url("/gone")
    site.routes["/f"] = (200, {"Content-Type": "application/rss+xml"},
                         rss([links[0], dead, links[1]]))
    docs, problems = split(list(read_sources([site.url("/f")], fast_settings())))
    assert [d.source for d in docs] == links
    assert len(problems) == 1 and problems[0].source == dead
    assert "HTTP 404" in problems[0].message and "/f entry 2" in problems[0].message


def test_malformed_feeds_are_reported(site: Site, tmp_path: Path) -> None:
    links = serve_articles(site, 2)
    broken = rss(links).replace(b"</channel></rss>", b"<item><title>cut")
    site.routes["/broken"] = (200, {"Content-Type": "application/rss+xml"}, broken)
    site.routes["/junk"] = (200, {"Content-Type": "application/xml"}, b"<rss><<<\x00")
    docs, problems = split(list(read_sources([site.url("/broken"), site.url("/junk")],
                                             fast_settings())))
    assert len(docs) == 2  # what could be recovered still comes through
    by_source = {p.source: p.message for p in problems}
    assert site.url("/broken") in by_source and site.url("/junk") in by_source
    assert "malformed feed" in by_source[site.url("/broken")]
    assert "entries recovered" in by_source[site.url("/broken")]


def test_sitemap_index_and_gzipped_sitemap(site: Site) -> None:
    links = serve_articles(site, 3)
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    news = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
    urlset = (f"<urlset {ns} {news}>" + "".join(
        f"<url><loc>{u}</loc><news:news><news:publication><news:name>Wire Desk</news:name>"
        f"</news:publication><news:publication_date>2026-11-2{i}</news:publication_date>"
        f"<news:title>T{i}</news:title></news:news></url>" for i, u in enumerate(links[:2])
    ) + "</urlset>").encode()
    site.routes["/s1.xml.gz"] = (200, {"Content-Type": "application/x-gzip"},
                                 gzip.compress(urlset))
    plain = f"<urlset {ns}><url><loc>{links[2]}</loc></url></urlset>".encode()
    site.routes["/s2.xml"] = (200, {"Content-Type": "application/xml"}, plain)
    index = (f"<sitemapindex {ns}><sitemap><loc>{site.url('/s1.xml.gz')}</loc></sitemap>"
             f"<sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>").encode()
    site.routes["/sitemap.xml"] = (200, {"Content-Type": "text/xml"}, index)
    docs, problems = split(list(read_sources([site.url("/sitemap.xml")], fast_settings())))
    assert problems == []
    assert [d.source for d in docs] == links
    assert docs[0].outlet == "Wire Desk" and docs[1].published == "2026-11-21"
    assert docs[0].title == "T0"


def test_sitemap_index_loops_stop(site: Site) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    for i in range(6):
        site.routes[f"/i{i}.xml"] = (200, {"Content-Type": "text/xml"}, (
            f"<sitemapindex {ns}><sitemap><loc>{site.url(f'/i{i + 1}.xml')}</loc></sitemap>"
            "</sitemapindex>").encode())
    docs, problems = split(list(read_sources([site.url("/i0.xml")],
                                             fast_settings(max_depth=2))))
    assert docs == [] and len(problems) == 1 and "max_depth" in problems[0].message
    assert site.hits("/i4.xml") == 0


def test_url_list_file(site: Site, tmp_path: Path) -> None:
    links = serve_articles(site, 2)
    listing = tmp_path / "today.urls"
    listing.write_text(f"# morning\n{links[0]}\n\nnot a url\n{links[1]}\n", encoding="utf-8")
    assert is_source(str(listing)) and is_source(str(tmp_path / "urls.txt"))
    assert not is_source(str(tmp_path / "notes.txt"))
    docs, problems = split(list(read_sources([str(listing)], fast_settings())))
    assert [d.source for d in docs] == links
    assert len(problems) == 1 and problems[0].line == 4


def write_warc(path: Path, pages: list[tuple[str, str]], extra: bool = True) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.name.endswith(".gz"))
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
            if extra:
                writer.write_record(writer.create_warc_record(
                    url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        if extra:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                "http://example.org/x.png", "response", payload=io.BytesIO(b"\x89PNG"),
                http_headers=headers))


def test_warc_file_gives_its_html_responses(tmp_path: Path) -> None:
    warc = tmp_path / "news.warc.gz"
    pages = [(f"http://example.org/n/{n}", article_html(n, site_name="Example News"))
             for n in range(3)]
    pages.append(("http://example.org/n/0", article_html(0)))  # crawled twice
    write_warc(warc, pages)
    assert is_source(str(warc))
    docs, problems = split(list(read_sources([str(warc)])))  # no network needed
    assert problems == []
    assert [d.url for d in docs] == [u for u, _ in pages[:3]]
    assert docs[0].source == f"{warc}#1" and docs[0].outlet == "Example News"


@pytest.mark.parametrize("name", ["cut.warc.gz", "cut.warc"])
def test_truncated_warc_is_reported_never_silently_short(tmp_path: Path, name: str) -> None:
    warc = tmp_path / name
    write_warc(warc, [(f"http://example.org/{n}", article_html(n)) for n in range(5)],
               extra=False)
    data = warc.read_bytes()
    for cut in range(37, len(data), max(1, len(data) // 23)):
        warc.write_bytes(data[:cut])
        docs, problems = split(list(read_sources([str(warc)])))
        assert len(docs) < 5, cut
        assert len(problems) == 1 and "unreadable WARC" in problems[0].message, cut
        assert all(d.html and "</html>" in d.html for d in docs), cut


def test_store_remembers_what_was_read(site: Site, tmp_path: Path) -> None:
    from storyweave.clean import clean_documents

    links = serve_articles(site, 3)
    site.routes["/f"] = (200, {"Content-Type": "application/rss+xml"}, rss(links[:2]))
    with Store(tmp_path / "s.db") as store:
        docs = list(read_sources([site.url("/f")], fast_settings(), store=store))
        articles, _ = clean_documents(docs)
        store.add_articles(articles)
        site.routes["/f"] = (200, {"Content-Type": "application/rss+xml"}, rss(links))
        again, problems = split(list(read_sources([site.url("/f")], fast_settings(),
                                                  store=store)))
    assert problems == [] and [d.source for d in again] == [links[2]]
    assert site.hits("/a0") == 1


def test_not_a_source_and_missing_files(tmp_path: Path) -> None:
    items = [str(tmp_path / "missing.warc.gz"), str(tmp_path / "nothing.rss")]
    docs, problems = split(list(read_sources(items)))
    assert docs == [] and [p.source for p in problems] == items
    assert all(p.message for p in problems)


def test_entries_without_links_use_the_feed_content(tmp_path: Path) -> None:
    feed = tmp_path / "full.rss"
    body = "<p>" + "A complete article carried by the feed itself. " * 5 + "</p>"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Full</title>'
        f"<item><title>Inline</title><content:encoded><![CDATA[{body}]]></content:encoded>"
        "</item><item><title>Empty</title></item></channel></rss>", encoding="utf-8")
    docs, problems = split(list(read_sources([str(feed)])))
    assert len(docs) == 1 and docs[0].source == f"{feed}#1"
    assert "complete article" in (docs[0].html or "") and docs[0].title == "Inline"
    assert len(problems) == 1 and "no link and no content" in problems[0].message


def test_gzip_bomb_sitemap_is_refused(site: Site) -> None:
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    bomb = gzip.compress(f"<urlset {ns}>".encode() + b" " * 5_000_000 + b"</urlset>")
    assert len(bomb) < 100_000
    site.routes["/bomb.xml.gz"] = (200, {"Content-Type": "application/gzip"}, bomb)
    docs, problems = split(list(read_sources([site.url("/bomb.xml.gz")],
                                             fast_settings(max_bytes=1_000_000))))
    assert docs == [] and len(problems) == 1
    assert "more than 1,000,000 bytes" in problems[0].message


def test_several_hosts_are_fetched_side_by_side() -> None:
    import threading
    import time

    from test_sources_site import serve

    state = {"now": 0, "max": 0}
    starts: dict[str, list[float]] = {}
    lock = threading.Lock()

    def slow_page(n: int):
        def reply(req: Seen):
            with lock:
                state["now"] += 1
                state["max"] = max(state["max"], state["now"])
            time.sleep(0.5)
            with lock:
                state["now"] -= 1
            return 200, {"Content-Type": "text/html"}, article_html(n).encode()
        return reply

    with serve() as one, serve() as two:
        feeds = []
        for k, s in enumerate((one, two)):
            for n in range(3):
                s.routes[f"/p{n}"] = slow_page(10 * k + n)
            s.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"},
                                 rss([s.url(f"/p{n}") for n in range(3)]))
            feeds.append(s.url("/feed"))
        docs, problems = split(list(read_sources(
            feeds, fast_settings(workers=4, per_host_delay_s=0.2))))
        for s in (one, two):
            starts[s.base] = sorted(r.at for r in s.requests if r.path.startswith("/p"))
    assert problems == [] and len(docs) == 6
    assert state["max"] >= 2  # the two hosts overlapped
    for times in starts.values():
        assert len(times) == 3
    state["max"] = 0
    with serve() as solo:
        for n in range(3):
            solo.routes[f"/p{n}"] = slow_page(n)
        solo.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"},
                                rss([solo.url(f"/p{n}") for n in range(3)]))
        list(read_sources([solo.url("/feed")], fast_settings(workers=1)))
    assert state["max"] == 1


def test_relative_links_in_a_feed_file_are_reported(tmp_path: Path) -> None:
    feed = tmp_path / "local.rss"
    feed.write_bytes(rss(["/news/1", "mailto:desk@example.org"]))
    docs, problems = split(list(read_sources([str(feed)])))
    assert docs == [] and len(problems) == 2
    assert all("not an absolute http(s) URL" in p.message for p in problems)
