"""robots.txt rules as RFC 9309 reads them: groups per user agent, `*` and `$` in paths,
the longest matching rule wins (Allow on a tie). ``urllib.robotparser`` takes the first
rule in file order and no wildcards, which lets through what many news sites disallow."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit


@dataclass(frozen=True, slots=True, kw_only=True)
class RobotsGroup:
    """The rules for one or more user agents."""

    agents: tuple[str, ...]  # lower case product tokens, '*' for everyone
    rules: tuple[tuple[bool, str], ...] = ()  # (allow?, path pattern)
    crawl_delay: float | None = None


def parse_robots(text: str) -> tuple[RobotsGroup, ...]:
    """Groups in file order; consecutive user-agent lines share one group."""
    groups: list[RobotsGroup] = []
    agents: list[str] = []
    rules: list[tuple[bool, str]] = []
    delay: float | None = None
    in_rules = False
    for raw in text.splitlines():
        key, _, value = raw.split("#", 1)[0].partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                groups.append(RobotsGroup(agents=tuple(agents), rules=tuple(rules),
                                          crawl_delay=delay))
                agents, rules, delay, in_rules = [], [], None, False
            agents.append(value.lower())
        elif key in ("allow", "disallow") and agents:
            in_rules = True
            if value:  # an empty Disallow allows everything: no rule
                rules.append((key == "allow", value))
        elif key == "crawl-delay" and agents:
            in_rules = True
            try:
                delay = max(0.0, float(value))
            except ValueError:
                pass
    if agents:
        groups.append(RobotsGroup(agents=tuple(agents), rules=tuple(rules), crawl_delay=delay))
    return tuple(groups)


def agent_token(user_agent: str) -> str:
    """'storyweave/0.1 (+https://...)' -> 'storyweave'."""
    return user_agent.split("/", 1)[0].split()[0].lower() if user_agent.strip() else "*"


def select(groups: tuple[RobotsGroup, ...], user_agent: str) -> tuple[RobotsGroup, ...]:
    """The groups naming our product token, else the '*' groups (merged, as RFC 9309 says)."""
    token = agent_token(user_agent)
    mine = tuple(g for g in groups if token in g.agents)
    return mine or tuple(g for g in groups if "*" in g.agents)


@lru_cache(maxsize=4096)
def _pattern(pattern: str) -> re.Pattern[str]:
    anchored = pattern.endswith("$")
    body = pattern[:-1] if anchored else pattern
    regex = ".*".join(re.escape(unquote(part)) for part in body.split("*"))
    return re.compile(regex + (r"\Z" if anchored else ""))


def allowed(groups: tuple[RobotsGroup, ...], url: str) -> bool:
    """Whether the selected groups let ``url`` be fetched: the longest match decides."""
    parts = urlsplit(url)
    path = unquote(parts.path or "/") + (f"?{unquote(parts.query)}" if parts.query else "")
    if path == "/robots.txt":
        return True
    best_len, verdict = -1, True
    for group in groups:
        for allow, pattern in group.rules:
            if _pattern(pattern).match(path):
                length = len(pattern)
                if length > best_len or (length == best_len and allow):
                    best_len, verdict = length, allow
    return verdict
