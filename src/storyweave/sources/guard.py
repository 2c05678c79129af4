"""Address safety: refuse private, loopback, link-local, multicast and reserved addresses.

Hosts are resolved here, every address is checked, and the connection goes to an address
that passed the check (TLS still verifies the certificate against the host name), so DNS
rebinding between the check and the connection cannot slip through. Redirects come back
here for each hop because every hop opens its connection through the same backend.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterable, Sequence

import httpcore
import httpx

from ..errors import FetchError, SettingsError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

HINT = "use --allow-private (or [fetch] allow_private) to fetch from private networks"


class AddressRefused(FetchError):
    """A host resolves to an address the safety policy refuses."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for a host (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        addr = str(info[4][0]).split("%")[0]
        if addr not in seen:
            seen.append(addr)
    return seen


def address_kind(ip: IPAddress) -> str | None:
    """What makes an address unsafe to fetch from ('loopback', 'private', ...), or None."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            return address_kind(mapped)
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def _network(text: str) -> ipaddress.IPv4Network | ipaddress.IPv6Network:
    try:
        return ipaddress.ip_network(str(text).strip(), strict=False)
    except ValueError as exc:
        raise SettingsError(f"[fetch] allowed_networks: {text!r} is not a network "
                            "(write it like 10.20.0.0/16 or fd00::/8)") from exc


class AddressPolicy:
    """Decides which addresses may be connected to."""

    def __init__(
        self,
        allow_private: bool = False,
        allowed_networks: Iterable[str] = (),
        resolver: Resolver = system_resolver,
    ) -> None:
        self.allow_private = allow_private
        self.allowed = tuple(_network(n) for n in allowed_networks)
        self.resolver = resolver

    def refusal(self, address: str) -> str | None:
        """Why an address is refused, or None when it may be used."""
        if self.allow_private:
            return None
        ip = ipaddress.ip_address(address)
        if any(ip in net for net in self.allowed):
            return None
        kind = address_kind(ip)
        return f"{kind} address" if kind else None

    def resolve(self, host: str, port: int) -> list[str]:
        """The host's addresses, all checked; raises AddressRefused if any is refused."""
        host = host.strip("[]")
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = list(self.resolver(host, port))
            except (OSError, UnicodeError) as exc:
                raise FetchError(host, f"cannot resolve host ({exc})") from exc
        if not addresses:
            raise FetchError(host, "host has no addresses")
        for address in addresses:
            why = self.refusal(address)
            if why:
                shown = f"{host} is" if host == address else f"{host} resolves to {address},"
                raise AddressRefused(host, f"refused: {shown} a {why} ({HINT})")
        return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore network backend that connects only to addresses the policy accepts."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        last: Exception | None = None
        for address in self.policy.resolve(host, port):
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last


class GuardedTransport(httpx.HTTPTransport):
    """The default httpx transport, but every connection goes through GuardedBackend."""

    def __init__(
        self, policy: AddressPolicy, *, ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 20,
    ) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(policy),
        )
