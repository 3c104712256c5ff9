"""The FastAPI application: security headers, the token check, error mapping, routes."""

from __future__ import annotations

import hmac
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from newsdesk.errors import NewsdeskError, NotFoundError, UsageError
from newsdesk.service.desk import Desk
from newsdesk.web import api, decisions, live, pages

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
TOKEN_COOKIE = "newsdesk_token"


def build_app(db: str, *, token: str | None = None, hold: bool = False) -> FastAPI:
    desk = Desk(db, hold=hold)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # the slow pages' code, then the templates, while the server waits for its first visitor
        desk.warm_up(then=pages.compile_templates)
        yield
        desk.close()

    app = FastAPI(
        title="newsdesk",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        description="Articles, entities, quotes, stories, briefs and jobs of one store.",
    )
    app.state.desk = desk
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(decisions.router)  # before /api/entities/{id}
    app.include_router(api.router)
    app.include_router(live.router)
    app.include_router(pages.router)
    app.get("/docs", include_in_schema=False)(_docs)
    _add_error_handlers(app)
    _add_headers(app, token=token)
    app.add_middleware(HeadAsGet)
    return app


class HeadAsGet:
    """A HEAD request answered as its GET is, headers only (``curl -I``, link checkers and
    uptime monitors ask so): FastAPI's routes take GET alone and answered HEAD with 405."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _docs() -> HTMLResponse:
    return HTMLResponse(
        '<!doctype html><html><head><meta charset="utf-8"><title>newsdesk API</title>'
        '<link rel="stylesheet" href="/static/swagger-ui/swagger-ui.css"></head><body>'
        '<div id="swagger-ui"></div>'
        '<script src="/static/swagger-ui/swagger-ui-bundle.js"></script>'
        '<script src="/static/swagger-init.js"></script></body></html>'
    )


def _add_error_handlers(app: FastAPI) -> None:
    def answer(status: int):
        def handler(request: Request, error: Exception) -> Response:
            body = _error_body(error)
            if request.url.path.startswith("/api/") or status == 500:
                return JSONResponse(body, status_code=status)
            return pages.error_page(request, status=status, message=body["detail"])

        return handler

    app.add_exception_handler(HTTPException, _no_route)
    app.add_exception_handler(RequestValidationError, answer(422))
    app.add_exception_handler(NotFoundError, answer(404))
    app.add_exception_handler(UsageError, answer(422))
    app.add_exception_handler(NewsdeskError, answer(500))


def _no_route(request: Request, error: HTTPException) -> Response:
    """A path or method no route takes: JSON under ``/api/`` and for files, the desk's error
    page for a page (a mistyped page address answered ``{"detail": "Not Found"}``)."""
    if request.url.path.startswith(("/api/", "/static/")) or request.url.path == "/openapi.json":
        detail = error.detail
        if error.status_code == 404 and error.detail == "Not Found" and request.url.path.startswith("/api/"):
            detail = f"no endpoint {request.url.path!r}; /docs lists them"
        return JSONResponse({"detail": detail}, status_code=error.status_code,
                            headers=error.headers)
    missing = error.status_code == 404
    message = f"no page {request.url.path!r}" if missing else str(error.detail)
    page = pages.error_page(request, status=error.status_code, message=message)
    page.headers.update(error.headers or {})
    return page


def _error_body(error: Exception) -> dict[str, str]:
    """``{"detail"}`` in one line; an error that names settings names them as the request gives
    them (``when``, ``since``) and adds the first as ``field``."""
    if isinstance(error, RequestValidationError):
        return {"detail": _one_line(error)}
    if isinstance(error, NewsdeskError) and error.option is not None:
        return {"detail": error.worded(api.field_name), "field": api.field_name(error.option)}
    return {"detail": str(error)}


def _one_line(error: RequestValidationError) -> str:
    """A request FastAPI refused, in one line as our own errors are: each field with what is
    wrong and the value given (``smtp: Extra inputs are not permitted ('10.0.0.5:25')``)."""
    parts = []
    for problem in error.errors():
        if problem.get("type") == "json_invalid":  # its "location" is a character offset
            reason = (problem.get("ctx") or {}).get("error", "invalid")
            parts.append(f"the request body is not JSON ({reason})")
            continue
        if isinstance(problem.get("input"), bytes):  # a body not sent as application/json
            parts.append("the request body must be a JSON object sent as application/json")
            continue
        where = ".".join(str(part) for part in problem.get("loc", ())[1:]) or "request"
        given = f" ({str(problem['input'])[:80]!r})" if problem.get("input") is not None else ""
        parts.append(f"{where}: {problem.get('msg', 'invalid')}{given}")
    return "; ".join(parts).replace("\n", " ")


def _add_headers(app: FastAPI, *, token: str | None) -> None:
    @app.middleware("http")
    async def guard(request: Request, call_next):
        if token and not _token_ok(request, token):
            return JSONResponse({"detail": "a valid token is required"}, status_code=401)
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if token and request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response


def _token_ok(request: Request, token: str) -> bool:
    given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
    given = given or request.cookies.get(TOKEN_COOKIE) or request.query_params.get("token") or ""
    return hmac.compare_digest(given.encode(), token.encode())
