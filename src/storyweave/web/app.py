"""The FastAPI application: ``create_app(db_path, settings)``, its security middleware and
error handlers. Pages live in ``pages`` (reading) and ``adding`` (adding articles)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..settings import Settings
from ..store import Store
from . import problems
from .cache import PageCache
from .jobs import Jobs

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline'; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


class StoreProvider:
    """One SQLite connection per server thread (WAL lets readers run beside the writer)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._local = threading.local()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        # Created up front (file and schema), and kept open: while one connection stays
        # open the write-ahead log stays, so reading threads do not churn the page cache.
        self._all.append(Store(db_path))

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path)
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for store in self._all:
                store.close()
            self._all.clear()


def create_app(
    db_path: str | Path,
    settings: Settings | None = None,
    *,
    trusted_hosts: Sequence[str] | None = LOOPBACK_HOSTS,
) -> FastAPI:
    """The web app over one store file. ``trusted_hosts=None`` accepts any Host header
    (for a server deliberately bound beyond loopback)."""
    from fastapi_offline import FastAPIOffline

    from . import adding, openapi, pages

    settings = settings or Settings()
    app = FastAPIOffline(
        lifespan=_lifespan,
        title="storyweave",
        version="1",
        description="Stories, provenance, cross-checked facts and cited summaries. Every page "
        "has a JSON twin: add `.json` to its path or send `Accept: application/json`.",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.stores = StoreProvider(Path(db_path))
    app.state.jobs = Jobs(Path(db_path), settings)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    app.include_router(pages.router)
    app.include_router(adding.router)
    openapi.install(app)
    app.add_exception_handler(HTTPException, problems.on_http_error)
    app.add_exception_handler(RequestValidationError, problems.on_validation_error)
    app.add_exception_handler(Exception, problems.on_unexpected)
    app.add_middleware(PageCache, db_path=Path(db_path))
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=int(settings.web.max_upload_mb * 1024 * 1024))
    if trusted_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(trusted_hosts))
    return app


@contextlib.asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """On shutdown: finish the running job, close every store connection."""
    yield
    app.state.jobs.shutdown()
    app.state.stores.close()


def store_of(request: Request) -> Store:
    return request.app.state.stores.get()


class SecurityHeaders:
    """CSP and friends on every response; cross-origin form posts are refused."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if scope["method"] not in ("GET", "HEAD", "OPTIONS") and not _same_origin(headers):
            await _send_problem(scope, send, 403, "cross-origin request refused")
            return
        docs = scope["path"].startswith(("/docs", "/static-offline-docs"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"content-security-policy", (DOCS_CSP if docs else CSP).encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _same_origin(headers: dict[bytes, bytes]) -> bool:
    """No Origin (a non-browser client) or the page's own origin; 'null' only when the
    browser vouches the request is same-origin (Sec-Fetch-Site)."""
    origin = headers.get(b"origin")
    if origin is None:
        return True
    if origin == b"null":
        return headers.get(b"sec-fetch-site") == b"same-origin"
    host = headers.get(b"host", b"").decode("latin-1")
    return urlsplit(origin.decode("latin-1")).netloc == host


class _TooLarge(HTTPException):
    """Raised while reading an over-long body (FastAPI passes HTTPExceptions through)."""


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether or not they declare a length."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _send_problem(scope, send, 413, self._message())
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                raise _TooLarge(413, self._message())
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:  # read outside a route (the error handlers answer inside one)
            if not started:
                await _send_problem(scope, send, 413, self._message())

    def _message(self) -> str:
        return (f"request body over the limit of {self.max_bytes // (1024 * 1024)} MB "
                "(settings: [web] max_upload_mb)")


async def _send_problem(scope: Scope, send: Send, status: int, detail: str) -> None:
    """A problem answered before routing: JSON, or the error page for a browser."""
    from starlette.requests import Request

    response = problems.problem(Request(scope), status, detail)
    headers = [(b"content-security-policy", CSP.encode()), *response.raw_headers]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": response.body})
