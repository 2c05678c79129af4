"""A small in-memory cache of rendered pages, dropped whenever the store file changes.

The store's version is read from the file system (size and modification time of the
database and its write-ahead log), so a commit by this server's jobs or by another
process (`storyweave add`) invalidates the cache before its next request.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PREFIXES = ("/stories", "/articles/", "/compare")


class PageCache:
    """Caches successful GET responses of the reading pages, keyed by store version."""

    def __init__(self, app: ASGIApp, db_path: Path, size: int = 512,
                 max_bytes: int = 64 * 1024 * 1024) -> None:
        self.app = app
        self.files = (db_path, Path(f"{db_path}-wal"))
        self.size = size
        self.max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[tuple, tuple[int, list, bytes]] = OrderedDict()
        self._version: tuple = ()
        self._lock = threading.Lock()

    def version(self) -> tuple:
        out = []
        for f in self.files:
            try:
                st = os.stat(f)
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope["method"] != "GET" or not (
            path == "/" or path.startswith(CACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        key = (path, scope.get("query_string", b""), _accept(scope))
        hit = self._lookup(key)
        if hit is not None:
            status, headers, body = hit
            await send({"type": "http.response.start", "status": status,
                        "headers": [*headers, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        version = self.version()
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":  # copied: outer layers add headers
                start = {"status": message["status"], "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        if start.get("status") == 200:
            self._store(key, version, (200, list(start.get("headers", [])), b"".join(chunks)))

    def _lookup(self, key: tuple) -> tuple[int, list, bytes] | None:
        version = self.version()
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._bytes = 0
                self._version = version
                return None
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
            return hit

    def _store(self, key: tuple, version: tuple, entry: tuple[int, list, bytes]) -> None:
        with self._lock:
            if version != self._version or key in self._entries:  # changed meanwhile
                return
            self._entries[key] = entry
            self._bytes += len(entry[2])
            while len(self._entries) > self.size or self._bytes > self.max_bytes:
                self._bytes -= len(self._entries.popitem(last=False)[1][2])


def _accept(scope: Scope) -> bytes:
    for name, value in scope.get("headers") or ():
        if name == b"accept":
            return value
    return b""
