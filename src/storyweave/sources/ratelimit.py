"""A per-host rate limit: at least a given delay between two requests to the same host."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostRateLimiter:
    """Call ``wait(host, delay)`` before each request; it sleeps as long as needed."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, delay: float) -> float:
        """Block until ``host`` may be asked again; returns the seconds slept."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + max(delay, 0.0)
        pause = start - now
        if pause > 0:
            self._sleep(pause)
        return pause
