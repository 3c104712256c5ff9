"""The web layer's pure parts: span highlighting, link safety, and the serve command's guard."""

from __future__ import annotations

import pytest

from newsdesk.web.highlight import Span, pieces

pytest.importorskip("fastapi")
from newsdesk.web.pages import safe_url


@pytest.mark.parametrize(("text", "spans", "expected"), [
    ("Xi said hello", [], [("Xi said hello", "")]),
    ("Xi said hello", [Span(0, 2, "entity")], [("Xi", "hl-entity"), (" said hello", "")]),
    # a quote holding an entity: cut at every edge, both layers on the overlap
    ("He said Xi came", [Span(3, 15, "quote"), Span(8, 10, "entity")],
     [("He ", ""), ("said ", "hl-quote"), ("Xi", "hl-entity hl-quote"), (" came", "hl-quote")]),
    # partial overlap of two spans
    ("abcdef", [Span(0, 4, "quote"), Span(2, 6, "figure")],
     [("ab", "hl-quote"), ("cd", "hl-figure hl-quote"), ("ef", "hl-figure")]),
    # spans outside the text or empty are ignored, never raise
    ("abc", [Span(2, 9, "quote"), Span(1, 1, "entity"), Span(-1, 2, "event")], [("abc", "")]),
])
def test_pieces_cover_the_text_once(text: str, spans: list[Span], expected: list) -> None:
    got = pieces(text, spans)
    assert [(p.text, p.classes) for p in got] == expected
    assert "".join(p.text for p in got) == text


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.org/a?b=1", True),
    ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False),
    ("vbscript:msgbox", False),
    ("//evil.example/x", False),
    ("/etc/passwd", False),
    ("", False),
    (None, False),
])
def test_only_http_urls_become_links(url: str | None, linked: bool) -> None:
    assert (safe_url(url) is not None) is linked


def test_serve_refuses_to_bind_beyond_loopback_without_a_token(monkeypatch, tmp_path) -> None:
    from typer.testing import CliRunner

    from newsdesk.cli import app

    monkeypatch.delenv("NEWSDESK_TOKEN", raising=False)
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"),
                                      "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "token" in result.output
    assert "serving" not in result.output  # no address is announced that nothing answers on


def test_serve_on_an_address_in_use_is_one_error_naming_it(tmp_path) -> None:
    import socket

    from typer.testing import CliRunner

    from newsdesk.cli import app

    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"),
                                          "--port", str(port)])
    assert result.exit_code == 1
    assert result.stderr == f"error: cannot listen on 127.0.0.1:{port} (Address already in use)\n"
    assert not (tmp_path / "x.duckdb").exists()
