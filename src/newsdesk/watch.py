"""The live desk's loop: poll due feeds, analyse what is new, alert, send what is due.

``run_cycle`` does one pass at one moment; ``watch`` repeats it until ``stop`` is set. The
clock is injected (``clock`` returns an aware ``datetime``) so a test can step through days
without sleeping. Every step writes in short transactions and opens the store only while it
writes, so a stop between steps (or between analysis batches) leaves nothing half-stored, and
other commands reach the store between steps. Poll times live in the store: after a restart
each feed whose poll is overdue is polled once, and items already stored are not stored again.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from newsdesk.alerts import deliver_alerts, evaluate_watchlists
from newsdesk.executors import make_executor
from newsdesk.feeds import PollResult, iso, poll_feed
from newsdesk.fetch import DEFAULT_DELAY, DEFAULT_TIMEOUT, Fetcher
from newsdesk.schedule import Mail, next_due, send_due_issues
from newsdesk.store import Store, open_store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: The longest ``watch`` sleeps between cycles, so a stop is noticed quickly.
MAX_NAP_S = 5.0
#: The longest the loop goes without looking for feeds or schedules added meanwhile.
RECHECK_S = 60.0
#: The longest one opening of the store is kept while polling feeds (see ``StoreLease``).
MAX_HOLD_S = 1.0
#: Articles analysed per batch: a stop waits for at most one batch.
ANALYSE_BATCH = 8


def utc_now() -> datetime:
    return datetime.now(UTC)


class Stopped(Exception):
    """Raised inside a cycle when ``stop`` is set; caught by ``run_cycle``."""


@dataclass(slots=True)
class CycleReport:
    """What one cycle did."""

    at: datetime
    polls: list[PollResult] = field(default_factory=list)
    analysed: int = 0
    alerts: int = 0
    delivered: int = 0
    issues: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    #: What is wrong but failed nothing: a watchlist's saved event type that matches no event.
    notes: list[str] = field(default_factory=list)
    stopped: bool = False


@dataclass(slots=True)
class WatchOptions:
    """Settings of the loop and of the fetcher it shares across feeds."""

    delay: float = DEFAULT_DELAY
    timeout: float = DEFAULT_TIMEOUT
    workers: int | None = 1
    mail: Mail = field(default_factory=Mail)
    analyse: bool = True


def run_cycle(
    *,
    db: str,
    now: datetime,
    fetcher: Fetcher,
    options: WatchOptions,
    stop: threading.Event | None = None,
) -> CycleReport:
    """One pass: due feeds, analysis of new articles, watchlists, deliveries, schedules."""
    stop = stop or threading.Event()
    report = CycleReport(at=now)
    try:
        _poll_due(db=db, now=now, fetcher=fetcher, options=options, stop=stop, report=report)
        if options.analyse and any(poll.new or poll.updated for poll in report.polls):
            report.analysed = _analyse(db=db, options=options, stop=stop)
        _check(stop)
        report.alerts, report.notes = evaluate_watchlists(db=db, now=now)
        report.delivered, problems = deliver_alerts(db=db, timeout=options.timeout)
        report.problems += problems
        _check(stop)
        report.issues, problems = send_due_issues(db=db, now=now, mail=options.mail)
        report.problems += problems
    except Stopped:
        report.stopped = True
    return report


def _check(stop: threading.Event) -> None:
    if stop.is_set():
        raise Stopped


class StoreLease:
    """One opening of the store shared by consecutive feeds, given up every ``MAX_HOLD_S``.

    Opening and closing the store for every feed costs more than reading a small feed; holding
    it for a whole cycle would keep other commands out. The lease reopens it when it has been
    held longer than ``MAX_HOLD_S``, so other commands get in at least that often.
    """

    def __init__(self, db: str) -> None:
        self.db = db
        self._store: Store | None = None
        self._since = 0.0

    @contextmanager
    def hold(self) -> Iterator[Store]:
        if self._store is not None and time.monotonic() - self._since > MAX_HOLD_S:
            self.close()
        if self._store is None:
            self._store, self._since = open_store(self.db), time.monotonic()
        yield self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _poll_due(
    *,
    db: str,
    now: datetime,
    fetcher: Fetcher,
    options: WatchOptions,
    stop: threading.Event,
    report: CycleReport,
) -> None:
    with open_store(db) as store:
        due = store.due_feeds(iso(now))
    executor, lease = make_executor(options.workers), StoreLease(db)
    try:
        for feed in due:
            _check(stop)
            poll = poll_feed(
                feed, db=db, now=now, fetcher=fetcher, executor=executor, hold=lease.hold
            )
            report.polls.append(poll)
            if poll.error:
                report.problems.append(f"feed {feed['name']}: {poll.error}")
            report.problems += [f"feed {feed['name']}: {problem}" for problem in poll.problems]
    finally:
        lease.close()
        executor.close()


def _analyse(*, db: str, options: WatchOptions, stop: threading.Event) -> int:
    from newsdesk.analyse import analyse

    def after_batch(done: int, total: int) -> None:
        if done < total:
            _check(stop)  # the batch just stored stays; the rest waits for the next cycle

    return analyse(
        db=db, workers=options.workers, batch_size=ANALYSE_BATCH, progress=after_batch
    ).analysed


def watch(
    *,
    db: str,
    stop: threading.Event,
    clock: Clock = utc_now,
    options: WatchOptions | None = None,
    once: bool = False,
    on_cycle: Callable[[CycleReport], None] | None = None,
) -> None:
    """Run cycles until ``stop`` is set (or once); sleep until the next feed or issue is due.

    Between cycles the store is not touched: the loop wakes every ``MAX_NAP_S`` only to see
    whether it was stopped, and looks for feeds or schedules added meanwhile every
    ``RECHECK_S``.
    """
    options = options or WatchOptions()
    wake = clock()
    with Fetcher(delay=options.delay, timeout=options.timeout) as fetcher:
        while not stop.is_set():
            if clock() >= wake:
                report = run_cycle(db=db, now=clock(), fetcher=fetcher, options=options, stop=stop)
                if on_cycle:
                    on_cycle(report)
                if once or report.stopped:
                    return
                wake = _wake(db=db, now=clock())
            stop.wait(max(0.0, min(MAX_NAP_S, (wake - clock()).total_seconds())))


def _wake(*, db: str, now: datetime) -> datetime:
    with open_store(db, read_only=True) as store:
        wake = next_wake(store, now=now)
    recheck = now + timedelta(seconds=RECHECK_S)
    return min(wake, recheck) if wake else recheck


def next_wake(store: Store, *, now: datetime) -> datetime | None:
    """When the next feed poll or issue is due."""
    times = [datetime.fromisoformat(feed["next_poll"]) for feed in store.list_feeds()]
    times += [due for schedule in store.list_schedules() if (due := next_due(schedule, now))]
    return min(times, default=None)


def watch_status(store: Store, *, now: datetime | None = None) -> dict[str, Any]:
    """Feeds (last and next poll, new items, errors), pending alerts and the next issues."""
    now = now or utc_now()
    feeds = store.list_feeds()
    for feed in feeds:
        feed["overdue"] = feed["next_poll"] <= iso(now - timedelta(seconds=feed["every_s"]))
    schedules = [
        {
            "name": s["name"],
            "topic": s["topic"],
            "last_due": s["last_due"],
            "next_due": iso(due) if (due := next_due(s, now)) else None,
        }
        for s in store.list_schedules()
    ]
    return {
        "now": iso(now),
        "feeds": feeds,
        "pending_alerts": len(store.list_alerts(undelivered=True)),
        "unsent_issues": len(store.unfinished_issues()),
        "schedules": schedules,
    }
