"""Local stand-ins for the live desk's outside world: feed site, webhook receiver, SMTP sink.

All listen on 127.0.0.1 only. The feed site serves whatever ``pages`` holds at the moment of
the request (so a test changes a feed between polls) with an ETag, and answers a matching
``If-None-Match`` with 304.
"""

from __future__ import annotations

import hashlib
import html
import json
import socket
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.controller import Controller


class Site:
    """An HTTP server on 127.0.0.1; ``pages[path] = (status, content_type, body)``."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[tuple[str, str]] = []
        self.posted: list[dict] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(("GET", self.path))
                status, kind, body = site.pages.get(self.path, (404, "text/plain", b"not found"))
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if status == 200 and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                site.posted.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def feed_of(self, path: str, items: list[tuple[str, str, str]]) -> None:
        """Serve an RSS feed at ``path`` of (guid, title, text) items."""
        self.pages[path] = (200, "application/rss+xml", rss(items, base=self.base).encode())


def seed_items(paths: list[Path]) -> list[tuple[str, str, str]]:
    """(guid, title, text) of seed articles: the title is the first long line."""
    items = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        title = next(line for line in text.splitlines() if len(line.split()) >= 5)
        items.append((path.stem, title, text))
    return items


def rss(items: list[tuple[str, str, str]], *, base: str) -> str:
    day = datetime(2022, 1, 10, tzinfo=UTC)
    entries = []
    for number, (guid, title, text) in enumerate(items):
        paragraphs = "".join(
            f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip()
        )
        entries.append(
            f"<item><title>{html.escape(title)}</title><link>{base}/a/{guid}.html</link>"
            f"<guid>{guid}</guid>"
            f"<pubDate>{format_datetime(day + timedelta(hours=number))}</pubDate>"
            f"<description>{html.escape(paragraphs)}</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Seed desk</title>'
        f"<link>{base}/</link><description>seeds</description>{''.join(entries)}</channel></rss>"
    )


class SmtpSink:
    """An aiosmtpd server on 127.0.0.1 that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                sink.messages.append(envelope.content)
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
