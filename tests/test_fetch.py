"""HttpFetcher against a real loopback server: retries, caps, types, robots, redirects, 304."""

from __future__ import annotations

import time

import pytest

from storyweave.errors import FetchError
from storyweave.sources.guard import AddressRefused
from storyweave.sources.http import HttpFetcher, retry_after_s
from test_sources_site import Seen, Site, fast_settings, site_fixture, slow  # noqa: F401

PAGE = "<html><head><title>t</title></head><body><p>body text</p></body></html>"


def fetcher(**changes: object) -> HttpFetcher:
    return HttpFetcher(fast_settings(**changes))


def test_fetches_a_page_with_a_clear_user_agent(site: Site) -> None:
    url = site.page("/a", PAGE)
    with fetcher() as f:
        got = f.fetch(url)
    assert got.body.decode() == PAGE
    assert got.content_type == "text/html" and got.charset == "utf-8"
    agent = next(r.headers["user-agent"] for r in site.requests if r.path == "/a")
    assert agent.startswith("storyweave/")


def test_retries_500s_then_succeeds(site: Site) -> None:
    answers = iter([500, 503])

    def flaky(_: Seen):
        status = next(answers, 200)
        return status, {"Content-Type": "text/html"}, PAGE.encode()

    site.routes["/flaky"] = flaky
    with fetcher(retries=3) as f:
        assert f.fetch(site.url("/flaky")).body.decode() == PAGE
    assert site.hits("/flaky") == 3


def test_gives_up_after_the_retries_with_the_status(site: Site) -> None:
    site.routes["/down"] = (503, {"Content-Type": "text/html"}, b"down")
    with fetcher(retries=2) as f, pytest.raises(FetchError, match="HTTP 503"):
        f.fetch(site.url("/down"))
    assert site.hits("/down") == 3


def test_honours_retry_after_on_429(site: Site) -> None:
    answers = iter([429])
    site.routes["/busy"] = lambda _: (
        (429, {"Retry-After": "1"}, b"") if next(answers, None) else
        (200, {"Content-Type": "text/html"}, PAGE.encode())
    )
    waits: list[float] = []
    with HttpFetcher(fast_settings(), sleep=waits.append) as f:
        assert f.fetch(site.url("/busy")).body.decode() == PAGE
    assert 1.0 in waits


def test_a_retry_after_beyond_the_limit_gives_up(site: Site) -> None:
    site.routes["/later"] = (429, {"Retry-After": "3600"}, b"")
    with fetcher() as f, pytest.raises(FetchError, match="retry after 3600s"):
        f.fetch(site.url("/later"))
    assert site.hits("/later") == 1


def test_retry_after_as_http_date() -> None:
    future = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 30))
    assert 25 <= (retry_after_s(future) or 0) <= 31
    assert retry_after_s("soon") is None


def test_slow_endpoint_times_out(site: Site) -> None:
    site.routes["/slow"] = slow(3.0)
    with fetcher(timeout_s=0.3) as f, pytest.raises(FetchError, match="timed out"):
        f.fetch(site.url("/slow"))
    assert site.hits("/slow") == 1  # a slow site stays slow: not retried


def test_huge_declared_body_is_refused(site: Site) -> None:
    site.routes["/huge"] = (200, {"Content-Type": "text/html"}, b"x" * 50_000)
    with fetcher(max_bytes=10_000) as f, pytest.raises(FetchError, match="cap"):
        f.fetch(site.url("/huge"))


def test_huge_streamed_body_is_cut_off(site: Site) -> None:
    sent: list[int] = []

    def endless(_: Seen):
        def chunks():
            for i in range(10_000):  # 80 MB if nobody stops reading
                sent.append(i)
                yield b"y" * 8192
        return 200, {"Content-Type": "text/html"}, chunks()

    site.routes["/stream"] = endless
    with fetcher(max_bytes=100_000) as f, pytest.raises(FetchError, match="cut off"):
        f.fetch(site.url("/stream"))
    time.sleep(0.2)
    assert len(sent) < 5_000


def test_non_html_content_type_is_refused(site: Site) -> None:
    site.routes["/img"] = (200, {"Content-Type": "image/png"}, b"\x89PNG....")
    with fetcher() as f, pytest.raises(FetchError, match="unsupported content type image/png"):
        f.fetch(site.url("/img"))


def test_feeds_are_accepted_only_when_asked_for(site: Site) -> None:
    site.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, b"<rss/>")
    with fetcher() as f:
        assert f.fetch(site.url("/feed"), kind="any").content_type == "application/rss+xml"
        with pytest.raises(FetchError, match="expected an HTML page"):
            f.fetch(site.url("/feed"), kind="page")


def test_robots_txt_disallowing_a_path_is_obeyed(site: Site) -> None:
    site.routes["/robots.txt"] = (
        200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    open_url = site.page("/public/a", PAGE)
    closed_url = site.page("/private/b", PAGE)
    with fetcher() as f:
        assert f.fetch(open_url).body
        with pytest.raises(FetchError, match="robots.txt"):
            f.fetch(closed_url)
        f.fetch(open_url)
    assert site.hits("/private/b") == 0
    assert site.hits("/robots.txt") == 1  # cached per host


def test_robots_txt_server_error_keeps_the_site_off_limits(site: Site) -> None:
    site.routes["/robots.txt"] = (500, {}, b"")
    url = site.page("/a", PAGE)
    with fetcher(retries=0) as f, pytest.raises(FetchError, match="off limits"):
        f.fetch(url)
    assert site.hits("/a") == 0


def test_robots_can_be_switched_off(site: Site) -> None:
    site.routes["/robots.txt"] = (200, {}, b"User-agent: *\nDisallow: /\n")
    url = site.page("/a", PAGE)
    with fetcher(obey_robots=False) as f:
        assert f.fetch(url).body


def test_redirects_are_followed_and_the_final_url_kept(site: Site) -> None:
    final = site.page("/final", PAGE)
    site.routes["/r1"] = (301, {"Location": "/r2"}, b"")
    site.routes["/r2"] = (302, {"Location": final}, b"")
    with fetcher() as f:
        got = f.fetch(site.url("/r1"))
    assert got.final_url == final and got.url == site.url("/r1")


def test_redirect_loops_stop_at_the_limit(site: Site) -> None:
    for i in range(10):
        site.routes[f"/loop{i}"] = (302, {"Location": f"/loop{i + 1}"}, b"")
    with fetcher(max_redirects=5) as f, pytest.raises(FetchError, match="more than 5 redirects"):
        f.fetch(site.url("/loop0"))
    assert site.hits("/loop6") == 0


def test_redirect_to_another_scheme_is_refused(site: Site) -> None:
    site.routes["/file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    with fetcher() as f, pytest.raises(FetchError, match="non-HTTP"):
        f.fetch(site.url("/file"))


def test_etag_and_last_modified_make_polling_cheap(site: Site) -> None:
    feed = b"<rss version='2.0'><channel><title>x</title></channel></rss>"

    def conditional(req: Seen):
        if req.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                     "Last-Modified": "Sun, 22 Nov 2026 10:00:00 GMT"}, feed

    site.routes["/feed"] = conditional
    with fetcher() as f:
        first = f.fetch(site.url("/feed"), kind="any", conditional=True)
        second = f.fetch(site.url("/feed"), kind="any", conditional=True)
    assert not first.not_modified and second.not_modified
    assert second.body == feed  # the kept body, so entries can still be listed
    last = [r for r in site.requests if r.path == "/feed"][-1]
    assert last.headers["if-modified-since"] == "Sun, 22 Nov 2026 10:00:00 GMT"


def test_loopback_is_refused_by_default_with_a_hint(site: Site) -> None:
    url = site.page("/a", PAGE)
    with HttpFetcher(fast_settings(allow_private=False)) as f:
        with pytest.raises(AddressRefused, match="loopback.*--allow-private") as info:
            f.fetch(url)
    assert info.value.url == url
    assert site.requests == []  # not even robots.txt was asked


def test_host_names_are_checked_after_resolution(site: Site) -> None:
    port = site.base.rsplit(":", 1)[1]
    with HttpFetcher(fast_settings(allow_private=False)) as f:
        with pytest.raises(AddressRefused, match="localhost resolves to"):
            f.fetch(f"http://localhost:{port}/a")


def test_each_redirect_hop_is_checked_again(site: Site) -> None:
    port = site.base.rsplit(":", 1)[1]
    site.page("/ok", PAGE)
    site.routes["/away"] = (302, {"Location": f"http://127.0.0.2:{port}/ok"}, b"")
    settings = fast_settings(allow_private=False, allowed_networks=("127.0.0.1/32",))
    with HttpFetcher(settings) as f:
        assert f.fetch(site.url("/ok")).body  # the allowed address itself works
        with pytest.raises(AddressRefused, match="127.0.0.2 is a loopback"):
            f.fetch(site.url("/away"))


def test_dead_host_is_a_clear_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with fetcher(retries=1) as f, pytest.raises(FetchError, match="cannot connect"):
        f.fetch(f"http://127.0.0.1:{port}/a")


def test_https_connects_to_the_checked_address_and_verifies_the_host_name() -> None:
    trustme = pytest.importorskip("trustme")
    import ssl

    from test_sources_site import serve

    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    with serve(tls=server_ctx, host="localhost") as tls_site:
        url = tls_site.page("/secure", PAGE)
        with HttpFetcher(fast_settings(), ssl_context=client_ctx) as f:
            assert f.fetch(url).body.decode() == PAGE
            # same server by address: the certificate names 'localhost', not 127.0.0.1
            by_ip = url.replace("localhost", "127.0.0.1")
            with pytest.raises(FetchError, match="(?i)certificate|ssl"):
                f.fetch(by_ip)


def test_crawl_delay_from_robots_spaces_requests(site: Site) -> None:
    site.routes["/robots.txt"] = (200, {}, b"User-agent: *\nCrawl-delay: 2\n")
    urls = [site.page(f"/p{i}", PAGE) for i in range(3)]
    waits: list[float] = []
    with HttpFetcher(fast_settings(), sleep=waits.append) as f:
        for url in urls:
            f.fetch(url)
    assert len([w for w in waits if w > 1.0]) == 2  # before the 2nd and 3rd page
