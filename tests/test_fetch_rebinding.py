"""The private-address check cannot be rebound: the fetcher connects only to the addresses it
checked, so a name that resolves to a public address first and to a loopback one when the
connection is made (DNS rebinding) is refused, and the local server never sees a request.

Name resolution is stubbed at the OS boundary (``socket.getaddrinfo``); everything else is
real: a local HTTP server on 127.0.0.1 and the fetcher's httpx client."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from newsdesk.errors import InputError
from newsdesk.fetch import Fetcher

PUBLIC = "93.184.215.14"  # a globally routable address (never connected to here)
REBINDING = "news.rebind.test"
PRIVATE_NAME = "intranet.rebind.test"
TEXT = b"<html><head><title>Local page</title></head><body><p>Served locally.</p></body></html>"


class Page(BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, str]]] = []

    def do_GET(self) -> None:
        Page.requests.append((self.path, self.headers.get("Host", "")))
        if self.path == "/away":
            self.send_response(302)
            self.send_header("Location", f"http://{REBINDING}:{self.server.server_address[1]}/")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(TEXT)))
        self.end_headers()
        self.wfile.write(TEXT)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture()
def resolver(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Resolve REBINDING to a public address the first time and to 127.0.0.1 after that, and
    PRIVATE_NAME always to 127.0.0.1; every other name as the system does. Returns the names
    asked, in order."""
    real, asked = socket.getaddrinfo, []

    def stub(host, port, *args, **kwargs):
        if host not in (REBINDING, PRIVATE_NAME):
            return real(host, port, *args, **kwargs)
        asked.append(host)
        first = host == REBINDING and asked.count(REBINDING) == 1
        address = PUBLIC if first else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "",
                 (address, port or 0))]

    monkeypatch.setattr(socket, "getaddrinfo", stub)
    Page.requests.clear()
    return asked


def fetcher(**options) -> Fetcher:
    return Fetcher(delay=0, timeout=5, **options)


@pytest.mark.parametrize(("name", "resolutions"), [(REBINDING, 2), (PRIVATE_NAME, 1)])
def test_a_found_url_whose_name_turns_private_is_refused(port, resolver, name, resolutions):
    with fetcher() as client, pytest.raises(InputError) as refused:
        client.get(f"http://{name}:{port}/", found=True)
    assert "loopback, private or link-local" in refused.value.reason
    assert resolver.count(name) == resolutions
    assert Page.requests == []


def test_a_redirect_to_a_rebinding_name_is_refused(port, resolver):
    with fetcher() as client, pytest.raises(InputError) as refused:
        client.get(f"http://127.0.0.1:{port}/away")
    assert "loopback, private or link-local" in refused.value.reason
    assert [path for path, _ in Page.requests] == ["/away"]


@pytest.mark.parametrize("found", [True, False])
def test_allow_private_fetches_the_local_server_by_name(port, resolver, found):
    with fetcher(allow_private=True) as client:
        fetched = client.get(f"http://{PRIVATE_NAME}:{port}/page", found=found)
    assert fetched.content == TEXT
    assert Page.requests == [("/page", f"{PRIVATE_NAME}:{port}")]


def test_a_url_the_user_gave_is_fetched_as_asked(port, resolver):
    with fetcher() as client:
        assert client.get(f"http://127.0.0.1:{port}/page").content == TEXT
        assert client.get(f"http://127.0.0.1:{port}/again", found=True).content == TEXT
    assert [path for path, _ in Page.requests] == ["/page", "/again"]
