"""A polite HTTP fetcher for URL inputs, feed item links and sitemap pages.

Built on httpx. Politeness and safety are ours: a minimum delay between two requests to the
same host, a timeout on every request, a size limit enforced while the body streams in, and a
User-Agent that names newsdesk. Pages fetched on the user's behalf (feed item links, sitemap
pages) also obey the site's robots.txt, read once per host. Every failure (HTTP status, timeout, connection, size) is an
``InputError`` naming the URL, so the reader that asked can report it and go on.

Server-side request forgery: a URL found inside fetched content (a sitemap ``<loc>``, a feed
item's link) or a redirect may point into the user's own network. Such a URL whose host
resolves to a loopback, private, link-local or otherwise non-public address is refused unless
``allow_private`` is set. Hosts of URLs the user gave are fetched as asked, and so are links
back to them, unless ``public_only`` is set: a server fetching what a remote request names
checks those URLs too. Redirects are followed one hop at a time so that every hop is checked.

The check cannot be rebound: a name could resolve to a public address when it is checked and
to a private one when httpx connects (DNS rebinding). So every connection to a host that is
checked is made by ``_PinnedBackend``, an httpcore network backend that resolves the name
itself, refuses it when any address is not public, and connects to the very addresses it
checked; TLS still verifies and sends SNI for the name, and the Host header is unchanged.
httpx has no option to give its transport a network backend, so ``_pinned_transport`` sets
the connection pool of an ``httpx.HTTPTransport`` to one built with it. Through an HTTP proxy
(``HTTPS_PROXY`` and the like) the proxy resolves names, and only the check by name applies.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

from newsdesk.defaults import DEFAULT_DELAY, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from newsdesk.errors import InputError, setting

log = logging.getLogger(__name__)

USER_AGENT = "newsdesk/0.1 (news article ingest; polite fetcher)"
ROBOTS_NAME = "newsdesk"
MAX_REDIRECTS = 10
PRIVATE_REFUSAL = ("refused: the host resolves to a loopback, private or link-local address "
                   f"(see {setting('allow_private')})")


def is_url(path: str) -> bool:
    """True for an http(s) URL, the only kind of remote input newsdesk fetches (whether it is
    well formed is ``url_problem``'s question)."""
    return path.lower().startswith(("http://", "https://"))


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be requested (not http(s), malformed, no host), or None when it can:
    the one check of every URL newsdesk fetches or posts to."""
    if not is_url(url):
        return "not an http(s) URL"
    try:
        host = urlsplit(url).netloc
    except ValueError as e:
        return f"malformed URL ({e})"
    return None if host else "malformed URL (no host)"


def is_public_host(host: str) -> bool:
    """True when every address ``host`` resolves to is a public (globally routable) one."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return True  # unresolvable: the request itself fails with its own message
    return all(_is_public(info[4][0]) for info in infos)


def _is_public(text: str) -> bool:
    address = ipaddress.ip_address(text.split("%", 1)[0])
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_global


class _PinnedBackend(httpcore.NetworkBackend):
    """Connects to a checked host only at the addresses it resolved and checked itself."""

    def __init__(self, *, exempt: Callable[[str], bool]) -> None:
        self._inner = httpcore.SyncBackend()
        self._exempt = exempt

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Any = None) -> httpcore.NetworkStream:
        if self._exempt(host):
            return self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        failure = httpcore.ConnectError(f"{host}: no address")
        for address in _public_addresses(host, port):
            try:
                return self._inner.connect_tcp(address, port, timeout, local_address,
                                               socket_options)
            except httpcore.ConnectError as e:
                failure = e
        raise failure

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        return self._inner.connect_unix_socket(path, timeout, socket_options)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _public_addresses(host: str, port: int) -> list[str]:
    """Every address of ``host``; ``httpcore.ConnectError`` when one of them is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as e:
        raise httpcore.ConnectError(str(e) or type(e).__name__) from e
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not all(_is_public(address) for address in addresses):
        raise httpcore.ConnectError(PRIVATE_REFUSAL)
    return addresses


def _pinned_transport(*, exempt: Callable[[str], bool]) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport()
    transport._pool = httpcore.ConnectionPool(  # httpx takes no network backend of its own
        ssl_context=httpx.create_ssl_context(), max_connections=100,
        max_keepalive_connections=20, keepalive_expiry=5.0,
        network_backend=_PinnedBackend(exempt=exempt))
    return transport


def public_client(*, timeout: float) -> httpx.Client:
    """An httpx client that connects to public addresses only, each checked and pinned (for a
    webhook added over HTTP: a request must not make the server post into its own network)."""
    return httpx.Client(transport=_pinned_transport(exempt=lambda host: False), timeout=timeout)


def _host(url: str) -> str:
    """The host of an http(s) URL; ``InputError`` for anything else."""
    problem = url_problem(url)
    if problem:
        raise InputError(url, problem)
    return urlsplit(url).netloc


@dataclass(slots=True, frozen=True)
class Fetched:
    """One fetched resource: the URL asked for, the URL after redirects, the bytes and their type."""

    url: str
    final_url: str
    content: bytes
    content_type: str | None
    etag: str | None = None
    last_modified: str | None = None
    #: True when a conditional GET was answered 304 Not Modified (``content`` is then empty).
    not_modified: bool = False


def _conditional_headers(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {"If-None-Match": etag} if etag else {}
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class Fetcher:
    """Fetch URLs one at a time, waiting ``delay`` seconds after a response before the next
    request to the same host."""

    def __init__(self, *, delay: float = DEFAULT_DELAY, timeout: float = DEFAULT_TIMEOUT,
                 max_bytes: int = DEFAULT_MAX_BYTES, user_agent: str = USER_AGENT,
                 allow_private: bool = False, public_only: bool = False) -> None:
        self.delay = delay
        self.allow_private = allow_private
        self.public_only = public_only  # URLs given are checked as found ones are
        self._asked_hosts: set[str] = set()
        self._asked_names: set[str] = set()
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._client: httpx.Client | None = None
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}

    def get(self, url: str, *, obey_robots: bool = False, found: bool = False,
            etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` (following redirects); raise ``InputError`` on any failure.

        With ``obey_robots`` a URL the site's robots.txt disallows for newsdesk is not fetched.
        ``found`` marks a URL read from fetched content rather than given by the user: it is
        refused when it points to a non-public address (see the module docstring).
        With ``etag`` or ``last_modified`` (from an earlier ``Fetched``) the GET is conditional
        and an unchanged resource comes back with ``not_modified`` set.
        """
        host = _host(url)
        if found or self.public_only:
            self.check_address(url)
        else:
            self._asked_hosts.add(host.lower())
            self._asked_names.add((urlsplit(url).hostname or "").lower())
        if obey_robots and not self.allowed(url):
            raise InputError(url, "disallowed by the site's robots.txt")
        self._wait_for_host(host)
        try:
            return self._follow(url, headers=_conditional_headers(etag, last_modified))
        except httpx.TimeoutException as e:
            raise InputError(url, f"timed out after {self.timeout:g} s "
                                  f"(see {setting('timeout')})") from e
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as e:
            if str(e) == PRIVATE_REFUSAL:
                raise InputError(url, PRIVATE_REFUSAL) from e
            raise InputError(url, f"cannot fetch: {str(e) or type(e).__name__}") from e
        finally:
            self._last_request[host] = time.monotonic()

    def public_only_copy(self) -> Fetcher:
        """A fetcher with these limits that checks the URLs it is given too (``public_only``)."""
        return Fetcher(delay=self.delay, timeout=self.timeout, max_bytes=self.max_bytes,
                       user_agent=self.user_agent, public_only=True)

    def check_address(self, url: str) -> None:
        """Refuse a found URL or a redirect to a non-public address, unless allowed."""
        host = _host(url).lower()
        if self.allow_private or host in self._asked_hosts:
            return
        name = urlsplit(url).hostname or ""
        if not is_public_host(name):
            raise InputError(url, PRIVATE_REFUSAL)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets newsdesk fetch ``url``; a missing or unreadable robots.txt allows."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        return rules is None or rules.can_fetch(ROBOTS_NAME, url)

    def _read_robots(self, origin: str) -> RobotFileParser | None:
        try:
            text = self.get(f"{origin}/robots.txt", found=True).content.decode("utf-8", errors="replace")
        except InputError as e:
            log.debug("no robots.txt rules for %s: %s", origin, e.reason)
            return None
        rules = RobotFileParser()
        rules.parse(text.splitlines())
        return rules

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _follow(self, url: str, *, headers: dict[str, str]) -> Fetched:
        """GET ``url``, following redirects one hop at a time, each hop's address checked."""
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            fetched, next_url = self._stream(url, target, headers=headers)
            if fetched is not None:
                return fetched
            self.check_address(next_url)
            target = next_url
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    def _stream(self, url: str, target: str, *, headers: dict[str, str]) -> tuple[Fetched | None, str]:
        with self._http().stream("GET", target, headers=headers) as response:
            if response.is_redirect and response.next_request is not None:
                return None, str(response.next_request.url)
            validators = {"etag": response.headers.get("etag"),
                          "last_modified": response.headers.get("last-modified")}
            if response.status_code == 304:
                return Fetched(url=url, final_url=str(response.url), content=b"", content_type=None,
                               not_modified=True, **validators), ""
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            body = self._read_limited(response, url)
            log.debug("fetched %s (%d bytes)", target, len(body))
            return Fetched(url=url, final_url=str(response.url), content=body,
                           content_type=response.headers.get("content-type"), **validators), ""

    def _read_limited(self, response: httpx.Response, url: str) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise InputError(url, f"too large ({int(declared):,} bytes; limit {self.max_bytes:,}, "
                                  f"see {setting('max_file_size')})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise InputError(url, f"too large (over the limit of {self.max_bytes:,} bytes, "
                                      f"see {setting('max_file_size')})")
            chunks.append(chunk)
        return b"".join(chunks)

    def _exempt(self, host: str) -> bool:
        """Whether a connection to ``host`` goes unchecked: allowed, or a host the user gave."""
        return self.allow_private or host.lower().strip("[]") in self._asked_names

    def _wait_for_host(self, host: str) -> None:
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=False,
                                        headers={"User-Agent": self.user_agent},
                                        transport=_pinned_transport(exempt=self._exempt))
        return self._client
