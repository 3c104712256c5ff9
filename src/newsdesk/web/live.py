"""The live desk in the HTTP API: feeds, watchlists, alerts, schedules and the watch status.

Each route calls the service operation that ``newsdesk feeds``, ``watchlist``, ``alerts``,
``schedule`` and ``status`` call. Adding and removing write: each runs as a job of the server
(``Desk.write``), so the job thread stays the store's one writer, as for ingests and entity
decisions, and answers when it ends (201 with what was stored, 200 with what was removed), or
202 ``{"job"}`` when it is still queued behind a longer job after the desk's wait. No path from
a request reaches the file system: a feed added here must be an http(s) URL and a watchlist
cannot keep an Atom file (both can be given to the CLI). Nor does a request make the server
reach into its own network on every poll: a feed's or webhook's host must be public, when it
is added and at every poll or post, and a watchlist's mail goes through the server's own relay (``localhost:25``; the CLI's ``--smtp``
names another).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from newsdesk import service
from newsdesk.errors import UsageError, worded_reason
from newsdesk.fetch import is_public_host, url_problem
from newsdesk.service import Store
from newsdesk.service.desk import Written
from newsdesk.web.api import Limit, Offset, Reader, desk_of, paged, server_setting

router = APIRouter(prefix="/api", tags=["live"])

Name = Annotated[str, Field(min_length=1, max_length=200)]
Words = Annotated[list[Annotated[str, Field(max_length=200)]], Field(max_length=100)]


def _listed(value: Any) -> Any:
    """One address given as a string is a list of one, as one ``--to`` or ``--email`` is."""
    return [value] if isinstance(value, str) else value


#: E-mail addresses: a list, or one address as a string.
Addresses = Annotated[Words, BeforeValidator(_listed)]


class FeedIn(BaseModel):
    """A feed to follow, as ``newsdesk feeds add``."""

    model_config = ConfigDict(extra="forbid")
    source: Annotated[str, Field(min_length=1, max_length=2000)]
    name: Name | None = None
    every: Annotated[str, Field(max_length=20)] | None = None
    language: Annotated[str, Field(max_length=20)] | None = None
    follow_links: bool = False


class WatchlistIn(BaseModel):
    """What to be alerted about, as ``newsdesk watchlist add`` (without ``--atom``)."""

    model_config = ConfigDict(extra="forbid")
    name: Name
    entities: Words = []
    keywords: Words = []
    outlets: Words = []
    countries: Words = []
    event_types: Words = []
    email: Addresses = []
    webhook: Annotated[str, Field(max_length=2000)] | None = None


class ScheduleIn(BaseModel):
    """A newsletter on its days, as ``newsdesk schedule add``."""

    model_config = ConfigDict(extra="forbid")
    name: Name
    when: Annotated[str, Field(min_length=1, max_length=300)]
    to: Addresses
    topic: Annotated[str, Field(max_length=300)] | None = None
    tz: Annotated[str, Field(max_length=60)] = "UTC"


def _written(request: Request, kind: str, action: Callable[[Store], Any], *, status: int):
    """Run a write as a job of the server; its answer, or 202 while it is still queued."""
    return answered(desk_of(request).write(kind, action), status=status)


def answered(written: Written, *, status: int) -> JSONResponse:
    """A write's value with ``status``, or 202 with its job while it is still queued."""
    if not written.ended:
        return JSONResponse({"job": written.job.id}, status_code=202)
    return JSONResponse(jsonable_encoder(written.value), status_code=status)


def _standing_destination(url: str, *, what: str, kind: str) -> None:
    """A URL the desk will fetch or post to on every poll: a request may name only an http(s)
    URL on a public host (one that resolves to no loopback, private or link-local address),
    so that it cannot make the server reach into its own network again and again. Checked
    here for a clear refusal, and again at every poll or post (the feed or watchlist is kept
    ``public_only``). The command line may name any (its user runs the server)."""
    problem = url_problem(url)
    if problem is None and not is_public_host(urlsplit(url).hostname or ""):
        problem = "its host is not a public address"
    if problem:
        raise UsageError(f"{what} {url[:200]!r}: {problem}; {kind} added over HTTP must be "
                         "an http(s) URL on a public host (the command line takes any)")


@router.get("/feeds")
def feeds(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """As ``newsdesk feeds list``: each feed with its polls, errors and ``rejects``."""
    return paged([_worded_feed(feed) for feed in service.list_feeds(store)], limit, offset)


@router.post("/feeds", status_code=201)
def add_feed(request: Request, feed: FeedIn) -> JSONResponse:
    """Follow an http(s) feed, sitemap or URL list; ``newsdesk watch`` polls it."""
    _standing_destination(feed.source, what="source", kind="a feed")
    options = feed.model_dump(exclude={"source"})
    return _written(
        request, "add feed",
        lambda store: service.add_feed(store, feed.source, public_only=True, **options),
        status=201,
    )


@router.delete("/feeds/{name:path}")
def remove_feed(request: Request, name: str) -> JSONResponse:
    """Stop following a feed (its articles stay)."""
    from newsdesk.feeds import remove_feed as remove

    return _remove(request, "remove feed", remove, name)


@router.get("/watchlists")
def watchlists(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """As ``newsdesk watchlist list``: ``name``, ``criteria`` and ``deliveries``."""
    return service.list_watchlists(store, limit=limit, offset=offset).to_dict()


@router.post("/watchlists", status_code=201)
def add_watchlist(request: Request, watchlist: WatchlistIn) -> JSONResponse:
    """Watch entities, keywords, outlets, countries or event types in new articles."""
    from newsdesk.alerts import CRITERIA, Deliveries

    criteria = {key: getattr(watchlist, key) for key in CRITERIA}
    if watchlist.webhook is not None:
        _standing_destination(watchlist.webhook, what="webhook", kind="a webhook")
    deliveries = Deliveries(
        email=list(watchlist.email), webhook=watchlist.webhook, public_only=True
    )
    return _written(
        request,
        "add watchlist",
        lambda store: service.add_watchlist(
            store, watchlist.name, criteria=criteria, deliveries=deliveries
        ),
        status=201,
    )


@router.delete("/watchlists/{name:path}")
def remove_watchlist(request: Request, name: str) -> JSONResponse:
    """Remove a watchlist and its alerts."""
    from newsdesk.alerts import remove_watchlist as remove

    return _remove(request, "remove watchlist", remove, name)


@router.get("/alerts")
def alerts(
    store: Reader,
    watchlist: Annotated[str | None, Query(max_length=200)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """As ``newsdesk alerts``: stored alerts, of one watchlist or all."""
    return paged(service.list_alerts(store, watchlist=watchlist), limit, offset)


@router.get("/schedules")
def schedules(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """As ``newsdesk schedule list``: each schedule with its rule and ``issues``."""
    return paged(service.list_schedules(store), limit, offset)


@router.get("/issues")
def issues(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """As the issues ``newsdesk schedule list`` prints: every issue made, by due time, those of
    removed schedules too (their archive stays)."""
    return service.list_issues(store, limit=limit, offset=offset).to_dict()


@router.post("/schedules", status_code=201)
def add_schedule(request: Request, schedule: ScheduleIn) -> JSONResponse:
    """Send the brief since the last issue on a recurring schedule."""
    options = schedule.model_dump(exclude={"name"})
    return _written(
        request,
        "add schedule",
        lambda store: service.add_schedule(store, schedule.name, **options),
        status=201,
    )


@router.delete("/schedules/{name:path}")
def remove_schedule(request: Request, name: str) -> JSONResponse:
    """Remove a schedule (its archive of issues stays)."""
    from newsdesk.schedule import remove_schedule as remove

    return _remove(request, "remove schedule", remove, name)


@router.get("/status")
def status(store: Reader) -> dict[str, Any]:
    """As ``newsdesk status``: feeds, schedules, alerts pending delivery, issues unsent."""
    state = service.watch_status(store)
    return {**state, "feeds": [_worded_feed(feed) for feed in state["feeds"]]}


def _worded_feed(feed: dict[str, Any]) -> dict[str, Any]:
    """A feed with its last error and its rejects as a client reads them: a setting their
    reasons name is the feed's field (``follow_links``) or the server's own."""
    worded = dict(feed)
    if feed.get("last_error"):
        worded["last_error"] = worded_reason(feed["last_error"], _feed_setting)
    if "rejects" in feed:
        worded["rejects"] = [{**reject, "problem": worded_reason(reject["problem"], _feed_setting)}
                             for reject in feed["rejects"]]
    return worded


def _feed_setting(name: str) -> str:
    return '"follow_links": true to the feed' if name == "follow_links" else server_setting(name)


def _remove(
    request: Request, kind: str, remove: Callable[[Store, str], None], name: str
) -> JSONResponse:
    """Run ``remove(store, name)`` as a job of the server: 200 ``{"removed": name}``, or 202
    while it is still queued."""

    def run(store: Store) -> dict[str, str]:
        remove(store, name)
        return {"removed": name}

    return _written(request, kind, run, status=200)
