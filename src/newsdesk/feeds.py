"""Feeds to follow: a registry in the store, and one poll of one feed.

A feed is any input the readers know (an RSS or Atom feed, a sitemap, a list of URLs, a file
or a folder; local or http(s)), polled every ``every`` seconds. A URL is fetched with a
conditional GET (ETag / Last-Modified from the last poll), so an unchanged feed costs one
304; its items (and, with ``follow_links``, their pages) go through the same fetcher and
readers as ``newsdesk ingest``, with its per-host delay and robots.txt. Items already stored
are recognised by their article id and content hash, so a poll never stores one twice.

A failed poll backs off: the next one waits ``every * 2**failures`` seconds, at most a day.
Intervals are written as a number and one unit (``10s``, ``30m``, ``2h``, ``1d``); four units
need no parsing library.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

from newsdesk.defaults import DEFAULT_EVERY
from newsdesk.errors import InputError, NotFoundError, UsageError
from newsdesk.executors import Executor
from newsdesk.fetch import Fetcher, is_url
from newsdesk.ingest import IngestReport, ingest_input
from newsdesk.readers import ReadContext, discover
from newsdesk.readers.base import source_of
from newsdesk.store import Store, open_store

log = logging.getLogger(__name__)

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_INTERVAL_S = 10
MAX_BACKOFF_S = 86400
_INTERVAL = re.compile(r"\s*(\d+)\s*([smhd])\s*", re.IGNORECASE)


def parse_interval(text: str) -> int:
    """Seconds in ``30m``-style text; ``UsageError`` for other forms or under 10 s."""
    match = _INTERVAL.fullmatch(text or "")
    if not match:
        raise UsageError(f"interval {text!r}: write a number and a unit s, m, h or d (e.g. 30m)")
    seconds = int(match.group(1)) * UNITS[match.group(2).lower()]
    if seconds < MIN_INTERVAL_S:
        raise UsageError(f"interval {text!r}: feeds are polled at most every {MIN_INTERVAL_S} s")
    return seconds


def check_name(name: str, *, kind: str) -> None:
    """A name a feed, watchlist or schedule is known by must show: a blank one is listed as
    nothing and can only be removed by quoting its spaces. ``UsageError`` otherwise."""
    if not name.strip():
        raise UsageError("a {kind} name must not be blank", options=("name",), kind=kind)


def iso(moment: datetime) -> str:
    """The stored form of a time: ISO 8601 in UTC, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def add_feed(
    store: Store,
    source: str,
    *,
    now: datetime,
    name: str | None = None,
    every: str = DEFAULT_EVERY,
    language: str | None = None,
    follow_links: bool = False,
    public_only: bool = False,
) -> dict:
    """Register a feed (due at once); ``UsageError`` for a missing path or a taken name.
    ``public_only``: every poll fetches from public hosts only, the feed's own URL included
    (a feed added over HTTP; see ``fetch``)."""
    every_s = parse_interval(every)
    if not is_url(source):
        if not os.path.exists(source):
            raise UsageError(f"{source}: no such file or folder")
        source = os.path.realpath(source)
    elif not urlsplit(source).hostname:  # every poll of it would fail, and its name be empty
        raise UsageError(f"{source}: a URL with no host")
    name = name if name is not None else default_name(source)
    check_name(name, kind="feed")
    followed = store.list_feeds()
    if any(feed["name"] == name for feed in followed):
        raise UsageError("a feed named {given!r} exists; choose another {name}",
                         options=("name",), given=name)
    same = next((feed for feed in followed if same_source(feed["source"], source)), None)
    if same is not None:  # a second name would only poll the same items twice
        raise UsageError(f"{source}: followed already, as the feed {same['name']!r}")
    feed = {
        "name": name,
        "source": source,
        "every_s": every_s,
        "language": language,
        "follow_links": follow_links,
        "public_only": public_only,
        "added_at": iso(now),
        "next_poll": iso(now),
        "last_new": 0,
        "total_new": 0,
        "failures": 0,
    }
    store.add_feed(feed)
    return feed


def same_source(first: str, second: str) -> bool:
    """Whether two feed sources name one feed: URLs equal but for the case of their scheme and
    host, a default port, a closing slash, a fragment and a user name (``_url_key``); files
    and folders by their real path."""
    if is_url(first) != is_url(second):
        return False
    if not is_url(first):
        return os.path.realpath(first) == os.path.realpath(second)
    return _url_key(first) == _url_key(second)


def _url_key(url: str) -> tuple:
    """What names a URL's feed: its scheme, host, port (none for the scheme's default), path
    without a closing slash and query; not its fragment (never sent) nor its user name."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port == {"http": 80, "https": 443}.get(scheme):
        port = None
    return scheme, (parts.hostname or "").lower(), port, parts.path.rstrip("/"), parts.query


def default_name(source: str) -> str:
    """A short name: host and path of a URL, the base name of a file or folder."""
    if is_url(source):
        parts = urlsplit(source)
        return (parts.netloc + parts.path).rstrip("/")
    return os.path.basename(source.rstrip(os.sep)) or source


def remove_feed(store: Store, name: str) -> None:
    if not store.remove_feed(name):
        raise NotFoundError(f"no feed named {name!r}", kind="feed")


@dataclass(slots=True)
class PollResult:
    """What one poll of one feed did."""

    name: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    #: Bad items first read by this poll (each is reported once per version of the item).
    problems: list[InputError] = field(default_factory=list)
    #: Bad items read again, unchanged, after an earlier poll reported them.
    known_bad: int = 0
    error: InputError | None = None


def poll_feed(
    feed: dict,
    *,
    db: str,
    now: datetime,
    fetcher: Fetcher,
    executor: Executor,
    hold: Callable[[], AbstractContextManager[Store]] | None = None,
) -> PollResult:
    """Poll one feed, store its new items, and record the poll (or the failure and backoff).

    The feed is fetched before the store is taken; then its items and the poll's record are
    stored (each input in its own transaction). ``hold`` gives the store to write to (default:
    open ``db`` for this feed alone), so a caller polling many feeds can reuse one opening.
    """
    result = PollResult(feed["name"])
    inputs, validators = [], {}
    own = fetcher.public_only_copy() if feed.get("public_only") else None
    try:
        inputs, validators = _inputs(feed, fetcher=own or fetcher, result=result)
    except InputError as e:
        result.error = e
    with (hold or (lambda: open_store(db)))() as store:
        for path, context in inputs:
            _ingest(
                path, context=context, store=store, feed=feed, executor=executor, result=result
            )
        _sort_problems(store, feed, result, now=now)
        store.record_poll(feed["name"], _poll_state(feed, result, validators=validators, now=now))
    if own is not None:
        own.close()
    return result


def _inputs(
    feed: dict, *, fetcher: Fetcher, result: PollResult
) -> tuple[list[tuple[str, ReadContext]], dict]:
    """The inputs to read this poll, each with its context; none when a URL is unchanged."""
    source = feed["source"]
    if not is_url(source):
        return [
            (path, ReadContext(follow_links=feed["follow_links"], fetcher=fetcher))
            for path in discover([source])
        ], {}
    fetched = fetcher.get(source, etag=feed.get("etag"), last_modified=feed.get("last_modified"))
    validators = {"etag": fetched.etag, "last_modified": fetched.last_modified}
    if fetched.not_modified:
        result.not_modified = True
        return [], validators
    context = ReadContext(follow_links=feed["follow_links"], fetcher=fetcher)
    context.fetched[source] = fetched
    return [(source, context)], validators


def _ingest(
    path: str,
    *,
    context: ReadContext,
    store: Store,
    feed: dict,
    executor: Executor,
    result: PollResult,
) -> None:
    report = IngestReport(inputs=1)
    context.known = frozenset(store.known_locators(source_of(path)))
    ingest_input(
        path,
        store=store,
        executor=executor,
        report=report,
        context=context,
        language=feed.get("language"),
    )
    result.new += report.new
    result.updated += report.updated
    whole = [problem for problem in report.failed if problem.path == feed["source"]]
    if whole:  # the feed itself is unusable (not one of its items)
        result.error = whole[0]
    result.problems.extend(problem for problem in report.failed if problem not in whole)


def _sort_problems(store: Store, feed: dict, result: PollResult, *, now: datetime) -> None:
    """Keep in ``result.problems`` only the bad items this feed has not reported before (an
    item is known by its id and content, so a changed item is new); count the rest in
    ``known_bad``. A bad item is reported on the first poll that reads it, not on every poll."""
    problems = {f"{p.record or p.path}\n{p.reason}": p for p in result.problems}
    known = store.remember_rejects(
        feed["name"],
        {key: str(p) for key, p in problems.items()},
        now=iso(now),
        complete=result.error is None and not result.not_modified,
    )
    result.problems = [p for key, p in problems.items() if key not in known]
    result.known_bad = len(known)


def _poll_state(feed: dict, result: PollResult, *, validators: dict, now: datetime) -> dict:
    failures = feed["failures"] + 1 if result.error else 0
    wait = min(feed["every_s"] * 2**failures, max(MAX_BACKOFF_S, feed["every_s"]))
    state = {
        "last_poll": iso(now),
        "next_poll": iso(now + timedelta(seconds=wait)),
        "failures": failures,
        "last_error": str(result.error) if result.error else None,
        "last_new": result.new,
        "total_new": feed["total_new"] + result.new,
    }
    if not result.error and validators:
        state.update(validators)
    return state
