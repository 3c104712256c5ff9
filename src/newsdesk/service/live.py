"""The live desk's operations: the feeds it follows, its watchlists and alerts, its schedules.

``newsdesk feeds|watchlist|schedule|alerts|status`` and the HTTP API (``/api/feeds``,
``/api/watchlists``, ``/api/alerts``, ``/api/schedules``, ``/api/status``) call these; the
rules (intervals, addresses, RRULEs, names taken) stay in ``newsdesk.feeds``,
``newsdesk.alerts`` and ``newsdesk.schedule``. Adding writes, so it takes a store opened for
writing. What would only pass its arguments on the faces call where it is: removing a feed,
watchlist or schedule (``feeds.remove_feed``, ``alerts.remove_watchlist``,
``schedule.remove_schedule``) and the ``watch`` loop. A name that names nothing raises
``NotFoundError``, as an unknown id does elsewhere in the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsdesk.errors import NotFoundError
from newsdesk.service.reads import Page, language_code, page_of
from newsdesk.store import Store


def _now(now: datetime | None) -> datetime:
    from newsdesk.watch import utc_now

    return now or utc_now()


def list_feeds(store: Store) -> list[dict[str, Any]]:
    """The feeds followed, each with ``rejects``: the bad items its last read still held."""
    return store.list_feeds(rejects=True)


def add_feed(
    store: Store,
    source: str,
    *,
    name: str | None = None,
    every: str | None = None,
    language: str | None = None,
    follow_links: bool = False,
    public_only: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Follow a feed (``newsdesk feeds add``); it is due at once. Returns the stored feed.
    ``public_only``: polled from public hosts only (a feed added over HTTP). ``language`` is
    an ISO 639 code in any case, stored as the article filters read it (``RU`` is ``ru``)."""
    from newsdesk.feeds import DEFAULT_EVERY
    from newsdesk.feeds import add_feed as add

    return add(
        store,
        source,
        now=_now(now),
        name=name,
        every=every or DEFAULT_EVERY,
        language=language_code(language),
        follow_links=follow_links,
        public_only=public_only,
    )


def add_watchlist(
    store: Store,
    name: str,
    *,
    criteria: dict[str, Sequence[str]],
    deliveries: Any = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Watch entities, keywords, outlets, countries or event types (``newsdesk watchlist
    add``); ``deliveries`` is an ``alerts.Deliveries`` (default: the store only). Returns the
    stored ``name`` and ``criteria`` and ``warnings``, as ``_unknown_entities`` words them."""
    from newsdesk.alerts import add_watchlist as add

    added = add(store, name, criteria=criteria, now=_now(now), deliveries=deliveries)
    return {**added, "warnings": _unknown_entities(store, added["criteria"]["entities"])}


def _unknown_entities(store: Store, names: Sequence[str]) -> list[str]:
    """A line for each watched entity the registry knows by no id, name or alias. It is
    accepted, not refused: a watchlist is often made before the first article about its
    subject, and until the registry knows the name it is matched as a whole word. A store
    with no entity at all gets one line saying so rather than a line for every name."""
    if not names:
        return []
    if not store.list_entities(limit=1):
        return [
            "the store holds no entities yet (no article analysed): "
            f"{', '.join(map(repr, names))} are matched as whole words until the registry "
            "knows them"
        ]
    return [
        f"entity {name!r}: the registry knows no entity by that id, name or alias; it is "
        "matched as a whole word until one is found"
        for name in names
        if store.find_entity(name) is None
    ]


def list_watchlists(store: Store, *, limit: int | None = None, offset: int = 0) -> Page:
    """The watchlists by name, each one's ``name``, ``criteria`` and ``deliveries``: ``limit``
    of them from ``offset``; ``problems``: a line for each saved event type that matches no
    event (one saved before event types were checked)."""
    from newsdesk.alerts import saved_event_types

    rows = [
        {**row, "problems": saved_event_types(row)[1]} for row in store.list_watchlists()
    ]
    return page_of(rows, limit=limit, offset=offset)


def list_alerts(store: Store, *, watchlist: str | None = None) -> list[dict[str, Any]]:
    """Stored alerts, oldest first, of every watchlist or of one."""
    if watchlist is not None:
        names = [row["name"] for row in list_watchlists(store).items]
        _known(watchlist, names, kind="watchlist")
    return store.list_alerts(watchlist=watchlist)


def list_schedules(store: Store) -> list[dict[str, Any]]:
    """The schedules with their rules, each with ``issues``: the issues made for it so far."""
    issues = store.list_issues()
    return [
        {**row, "issues": [issue for issue in issues if issue["schedule"] == row["name"]]}
        for row in store.list_schedules()
    ]


def list_issues(store: Store, *, limit: int | None = None, offset: int = 0) -> Page:
    """Every issue made, by due time, those of removed schedules too (their archive stays):
    ``limit`` of them from ``offset``, paged in the store's query."""
    items = store.list_issues(limit=limit, offset=offset)
    return Page(total=store.count_issues(), items=items, limit=limit, offset=offset)


def add_schedule(
    store: Store,
    name: str,
    *,
    when: str,
    to: Sequence[str],
    topic: str | None = None,
    tz: str = "UTC",
    now: datetime | None = None,
) -> dict[str, Any]:
    """Send the brief since the last issue on a recurring schedule (``newsdesk schedule
    add``); ``newsdesk watch`` sends it. Returns the stored schedule."""
    from newsdesk.schedule import add_schedule as add

    return add(store, name, topic=topic, when=when, to=list(to), now=_now(now), tz=tz)


def watch_status(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    """Feeds with their last and next polls and errors, pending alerts, next issues."""
    from newsdesk.watch import watch_status as status

    return status(store, now=_now(now))


def _known(name: str, names: list[str], *, kind: str) -> None:
    if name not in names:
        raise NotFoundError(f"no {kind} named {name!r}", kind=kind)
