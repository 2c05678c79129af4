"""robots.txt: fetched once per host (cached for a while) and obeyed, crawl-delay included."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from .robots_txt import RobotsGroup, allowed, parse_robots, select
from .urls import host_key

MAX_ROBOTS_BYTES = 512_000
FAILURE_TTL_S = 60.0

# (url) -> (status, body) ; status 0 means the host could not be reached
RobotsGetter = Callable[[str], tuple[int, bytes]]


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsRules:
    """What one host's robots.txt says (or what its absence means)."""

    groups: tuple[RobotsGroup, ...] = ()  # none: everything allowed
    disallow_all_reason: str | None = None  # set when the host refused to tell us
    fetched_at: float = 0.0
    failed: bool = False  # no usable answer: asked again sooner (after FAILURE_TTL_S)

    def allows(self, agent: str, url: str) -> bool:
        if self.disallow_all_reason:
            return False
        return allowed(select(self.groups, agent), url)

    def crawl_delay(self, agent: str) -> float:
        delays = [g.crawl_delay for g in select(self.groups, agent) if g.crawl_delay]
        return max(delays, default=0.0)


def rules_from_response(status: int, body: bytes, now: float) -> RobotsRules:
    """RFC 9309: 2xx is parsed, 4xx means no rules, 5xx or no answer means keep out."""
    if 200 <= status < 300:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", "replace")
        return RobotsRules(groups=parse_robots(text), fetched_at=now)
    if 400 <= status < 500:
        return RobotsRules(fetched_at=now)
    if status == 0:  # the host did not answer: say why, as the page itself would fail too
        why = body.decode("utf-8", "replace") or "host unreachable"
    else:
        why = f"robots.txt answered HTTP {status}; treating the site as off limits"
    return RobotsRules(disallow_all_reason=why, fetched_at=now, failed=True)


class RobotsCache:
    """robots.txt rules per ``scheme://host``, fetched with ``get`` when first needed."""

    def __init__(
        self, get: RobotsGetter, ttl_s: float = 3600.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._get = get
        self._ttl = ttl_s
        self._clock = clock
        self._rules: dict[str, RobotsRules] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def rules(self, url: str) -> RobotsRules:
        key = host_key(url)
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # one fetch of a host's robots.txt, however many threads ask
            now = self._clock()
            cached = self._rules.get(key)
            ttl = min(self._ttl, FAILURE_TTL_S) if cached and cached.failed else self._ttl
            if cached is None or now - cached.fetched_at > ttl:
                status, body = self._get(f"{key}/robots.txt")
                cached = self._rules[key] = rules_from_response(status, body, now)
            return cached

    def check(self, agent: str, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None when it may be fetched."""
        rules = self.rules(url)
        if rules.allows(agent, url):
            return None
        return rules.disallow_all_reason or "disallowed by robots.txt"
