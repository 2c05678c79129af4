"""A real HTTP server on loopback for the sources tests, and checks that it serves as told."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from storyweave.settings import FetchSettings

Reply = tuple[int, dict[str, str], bytes | Iterable[bytes]]


@dataclass
class Seen:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)  # when it arrived


@dataclass
class Site:
    """Routes: path -> a fixed reply or a function of the request (called per request)."""

    base: str = ""
    routes: dict[str, Reply | Callable[[Seen], Reply]] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, html: str, ctype: str = "text/html; charset=utf-8",
             headers: dict[str, str] | None = None) -> str:
        self.routes[path] = (200, {"Content-Type": ctype, **(headers or {})}, html.encode())
        return self.url(path)

    def hits(self, path: str) -> int:
        return sum(1 for r in self.requests if r.path == path)


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
        self.site.requests.append(seen)
        route = self.site.routes.get(self.path) or self.site.routes.get(self.path.split("?")[0])
        if route is None:
            status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
        else:
            status, headers, body = route(seen) if callable(route) else route
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if isinstance(body, bytes):
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            else:
                self.end_headers()
                for chunk in body:
                    self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        return None


@contextmanager
def serve(tls: ssl.SSLContext | None = None, host: str = "127.0.0.1") -> Iterator[Site]:
    """A Site on a free loopback port (HTTPS when given a server TLS context)."""
    handler = type("Handler", (_Handler,), {"site": Site()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    server.block_on_close = False
    scheme = "https" if tls else "http"
    handler.site.base = f"{scheme}://{host}:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield handler.site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(name="site")
def site_fixture() -> Iterator[Site]:
    with serve() as site:
        yield site


def fast_settings(**changes: object) -> FetchSettings:
    """Loopback allowed, short timeouts, no politeness delays: tests stay quick."""
    base = dict(allow_private=True, timeout_s=1.0, retries=2, backoff_s=0.01,
                per_host_delay_s=0.0)
    base.update(changes)
    return FetchSettings(**base)


def slow(seconds: float) -> Callable[[Seen], Reply]:
    def reply(_: Seen) -> Reply:
        time.sleep(seconds)
        return 200, {"Content-Type": "text/html"}, b"<html>late</html>"
    return reply


def test_site_serves_routes_and_404(site: Site) -> None:
    site.page("/a", "<html><body>hello</body></html>")
    with httpx.Client(trust_env=False) as client:
        assert client.get(site.url("/a")).text.endswith("hello</body></html>")
        assert client.get(site.url("/missing")).status_code == 404
    assert site.hits("/a") == 1
