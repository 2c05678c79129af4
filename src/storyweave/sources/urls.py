"""URL helpers: which strings are web URLs, and one normal form so the same page is met once."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "_ga")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_web_url(item: str) -> bool:
    """True for an ``http://`` or ``https://`` URL with a host and no control characters."""
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in item.strip()):
        return False  # never a real link; and it would reach terminals and logs
    try:
        parts = urlsplit(item.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def normalize_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or case in scheme/host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def host_key(url: str) -> str:
    """``scheme://host[:port]``: the unit for robots.txt and rate limits."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def resolve_link(base: str, link: str) -> str:
    """A link as an absolute URL, relative to the page or feed it was found in."""
    return urljoin(base, link.strip())
