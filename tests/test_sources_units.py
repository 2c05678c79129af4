"""Small parts of the sources stage: address policy, rate limit, robots rules, page metadata,
URL normal form, kind sniffing."""

from __future__ import annotations

import pytest

from storyweave.sources.guard import AddressPolicy, AddressRefused
from storyweave.sources.kinds import classify, root_kind
from storyweave.sources.pages import decode_html, page_meta
from storyweave.sources.ratelimit import HostRateLimiter
from storyweave.sources.robots import RobotsCache, rules_from_response
from storyweave.sources.urls import is_web_url, normalize_url


@pytest.mark.parametrize("address", [
    "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "224.0.0.251",
    "0.0.0.0", "240.0.0.1", "100.64.0.1", "::1", "fe80::1", "fc00::5", "::ffff:10.0.0.1",
    "ff02::1",
])
def test_unsafe_addresses_are_refused(address: str) -> None:
    assert AddressPolicy().refusal(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().refusal(address) is None


def test_every_resolved_address_is_checked() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.215.14", "10.0.0.7"]  # one public, one private: refused

    with pytest.raises(AddressRefused, match="resolves to 10.0.0.7, a private address"):
        AddressPolicy(resolver=resolver).resolve("news.example", 443)
    assert AddressPolicy(resolver=resolver, allowed_networks=["10.0.0.0/8"]).resolve(
        "news.example", 443) == ["93.184.215.14", "10.0.0.7"]
    assert AddressPolicy(allow_private=True, resolver=resolver).resolve("x", 80)


def test_rate_limit_spaces_requests_per_host() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = HostRateLimiter(clock=lambda: now[0], sleep=sleep)
    limiter.wait("http://a", 1.0)
    limiter.wait("http://b", 1.0)  # another host: no wait
    limiter.wait("http://a", 1.0)
    now[0] += 5
    limiter.wait("http://a", 1.0)  # long enough since the last one
    assert slept == [1.0]


def test_rate_limit_gives_threads_distinct_slots() -> None:
    import threading

    slept: list[float] = []
    limiter = HostRateLimiter(clock=lambda: 0.0, sleep=slept.append)
    threads = [threading.Thread(target=limiter.wait, args=("http://a", 1.0)) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(slept) == [1.0, 2.0, 3.0, 4.0]  # the first goes at once, the rest queue up


def test_robots_rules_and_crawl_delay() -> None:
    rules = rules_from_response(
        200, b"User-agent: storyweave\nDisallow: /drafts/\nCrawl-delay: 4\n\n"
             b"User-agent: *\nDisallow: /\n", now=0)
    agent = "storyweave/0.1 (+https://example.org)"
    assert rules.allows(agent, "http://x/news/1") and not rules.allows(agent, "http://x/drafts/")
    assert not rules.allows("OtherBot/1.0", "http://x/news/1")
    assert rules.crawl_delay(agent) == 4
    assert rules_from_response(404, b"", now=0).allows(agent, "http://x/anything")
    assert not rules_from_response(503, b"", now=0).allows(agent, "http://x/anything")


def test_robots_cache_asks_once_per_host_until_it_expires() -> None:
    now = [0.0]
    asked: list[str] = []

    def get(url: str) -> tuple[int, bytes]:
        asked.append(url)
        return 200, b"User-agent: *\nDisallow: /no\n"

    cache = RobotsCache(get, ttl_s=100, clock=lambda: now[0])
    assert cache.check("bot", "http://a.example/yes") is None
    assert cache.check("bot", "http://a.example/no") == "disallowed by robots.txt"
    cache.check("bot", "https://b.example/yes")
    now[0] = 150
    cache.check("bot", "http://a.example/yes")
    assert asked == ["http://a.example/robots.txt", "https://b.example/robots.txt",
                     "http://a.example/robots.txt"]


def test_page_meta_canonical_and_outlet() -> None:
    html = ("<html><head><META PROPERTY='og:site_name' CONTENT='The &amp; Times'>"
            "<link href='/story/9' rel='canonical'></head><body>x</body></html>")
    meta = page_meta(html, "https://news.example/amp/story/9?x=1")
    assert meta.canonical == "https://news.example/story/9"
    assert meta.outlet == "The & Times"


def test_page_meta_ignores_a_site_wide_home_page_canonical() -> None:
    html = '<html><head><link rel="canonical" href="https://news.example/"></head></html>'
    assert page_meta(html, "https://news.example/story/1").canonical is None


def test_page_meta_reads_publisher_from_json_ld_graph() -> None:
    html = ('<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
            '{"@type": "NewsArticle", "publisher": {"name": "Graph Gazette"}}]}</script>'
            "</head><body></body></html>")
    assert page_meta(html, "https://g.example/a").outlet == "Graph Gazette"


def test_decode_html_follows_declared_charsets() -> None:
    text = "Café für Zoë"
    assert decode_html(text.encode("cp1252"), "windows-1252") == text
    assert decode_html(f'<meta charset="iso-8859-1"><p>{text}'.encode("latin-1")).endswith(text)
    assert decode_html(text.encode("utf-8"), "nonsense-charset") == text
    assert decode_html("\ufeff".encode() + text.encode()) == text


def test_normalize_url_drops_tracking_and_fragments() -> None:
    assert normalize_url("HTTPS://News.Example:443/a?utm_source=x&id=3#top") == \
        "https://news.example/a?id=3"
    assert normalize_url("http://news.example") == "http://news.example/"
    assert is_web_url("https://x.example/a") and not is_web_url("ftp://x.example/a")
    assert not is_web_url("news.txt")


def test_kinds_by_name_and_by_root_element(tmp_path) -> None:
    feed = tmp_path / "feed.xml"
    feed.write_text('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"><channel/></rss>')
    sitemap = tmp_path / "map.xml"
    sitemap.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')
    other = tmp_path / "data.xml"
    other.write_text("<catalog/>")
    assert classify(str(feed)) == "feed" and classify(str(sitemap)) == "sitemap"
    assert classify(str(other)) is None and classify(str(tmp_path / "x.warc")) == "warc"
    assert classify("https://x.example/feed") == "url"
    assert root_kind(b"<!DOCTYPE html><html>") == "html"
    assert root_kind(b"<rdf:RDF xmlns:rdf='x'>") == "feed"


def test_a_bad_allowed_network_is_a_settings_error() -> None:
    from storyweave.errors import SettingsError

    with pytest.raises(SettingsError, match="allowed_networks: '10.0.0.300/8'"):
        AddressPolicy(allowed_networks=["10.0.0.300/8"])


def test_links_with_control_characters_are_not_urls() -> None:
    assert not is_web_url("https://x.example/\x1b[31mred")
    assert not is_web_url("https://x.example/a\x85b")


def test_round_lines_keep_escape_sequences_off_the_terminal() -> None:
    from storyweave.cli.sources import round_lines
    from storyweave.sources.watch import RoundReport, StoryChange

    report = RoundReport(
        number=1, added=("a",), already=0, known=0, unchanged=0, problems=(), seconds=0.1,
        changes=(StoryChange(kind="conflict", story="s1", title="Evil \x1b]0;owned\x07 title",
                             after=2, detail="label \x1b[2J"),),
    )
    text = "\n".join(round_lines(report))
    assert "\x1b" not in text and "\x07" not in text and "Evil" in text


ROBOTS = b"""# a news site's rules
User-agent: *
Disallow: /*?print=
Disallow: /private/
Allow: /private/press-releases/
Disallow: /*.pdf$

User-agent: SomeOtherBot
User-agent: storyweave
Disallow: /drafts
Crawl-delay: 3
"""


@pytest.mark.parametrize(("agent", "path", "ok"), [
    ("Mozilla/5.0", "/news/1", True),
    ("Mozilla/5.0", "/news/1?print=1", False),  # wildcard
    ("Mozilla/5.0", "/news/1?page=2", True),
    ("Mozilla/5.0", "/private/notes", False),
    ("Mozilla/5.0", "/private/press-releases/a", True),  # longer Allow wins
    ("Mozilla/5.0", "/files/report.pdf", False),  # '$' anchors the end
    ("Mozilla/5.0", "/files/report.pdf.html", True),
    ("storyweave/0.1 (+https://x)", "/private/notes", True),  # its own group only
    ("storyweave/0.1 (+https://x)", "/drafts/2", False),
    ("Mozilla/5.0", "/robots.txt", True),
])
def test_robots_rules_follow_rfc_9309(agent: str, path: str, ok: bool) -> None:
    rules = rules_from_response(200, ROBOTS, now=0)
    assert rules.allows(agent, f"https://news.example{path}") is ok


def test_robots_allow_wins_a_tie_and_empty_disallow_allows() -> None:
    tie = rules_from_response(200, b"User-agent: *\nDisallow: /a\nAllow: /a\n", now=0)
    assert tie.allows("bot", "http://x/a/b")
    empty = rules_from_response(200, b"User-agent: *\nDisallow:\n", now=0)
    assert empty.allows("bot", "http://x/anything")
    assert rules_from_response(200, ROBOTS, now=0).crawl_delay("storyweave/0.1") == 3
