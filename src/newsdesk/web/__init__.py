"""The desk in the browser: an HTTP API (``/api``) and server-rendered pages over the services.

FastAPI and uvicorn come with the ``web`` extra and are imported only here. ``create_app``
builds the application for one store; ``serve`` runs it with uvicorn. Every asset (htmx,
Swagger UI) is vendored under ``static/``; nothing is loaded from another host.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from typing import Any

from newsdesk.errors import MissingExtraError, NewsdeskError, UsageError

__all__ = ["LOOPBACK", "create_app", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _require_web() -> None:
    try:
        import fastapi  # noqa: F401
        import multipart  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as e:
        raise MissingExtraError("newsdesk serve", "web") from e


def create_app(db: str, *, token: str | None = None, hold: bool = False) -> Any:
    """The FastAPI application serving the store at ``db``, opened only while a request or a
    job needs it, so CLI commands can use the store too (``hold``: keep it open instead)."""
    _require_web()
    from newsdesk.web.app import build_app

    return build_app(db, token=token, hold=hold)


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          hold: bool = False, listening: Callable[[], None] | None = None) -> None:
    """Serve the desk until interrupted; binding beyond loopback requires a token.

    ``listening`` is called once the address is bound and the application built, so a face
    announces the address only when the desk is there to answer on it."""
    _require_web()
    if host not in LOOPBACK and not token:
        raise UsageError(f"binding {host} exposes the desk: give --token or set NEWSDESK_TOKEN")
    import uvicorn

    listener = _listen(host, port)
    app = create_app(db, token=token, hold=hold)
    if listening is not None:
        listening()
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()


def _listen(host: str, port: int) -> socket.socket:
    """The server's socket, bound here: an address in use or not this machine's is then one
    error naming it (uvicorn logs it and ends the process with an exit code of its own)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family)
    except OSError as e:
        reason = os.strerror(e.errno) if e.errno else str(e)
        raise NewsdeskError(f"cannot listen on {host}:{port} ({reason})") from e
