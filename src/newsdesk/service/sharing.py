"""One read connection that a server's requests share while they keep coming, let go as soon as
it would keep another process (or the server's own job) out.

Opening a DuckDB file is not free: its catalogue is read and its cache starts cold, which on
a 1,500-article store costs a page several times its own time (``benchmarks/bench_web.py``).
So requests that come close together share one read-only connection (each through a cursor of
its own), and it is closed

* when no request has used it for ``linger`` seconds;
* at once when no request is using it and another process waits for the file: a writer
  (``<store>.write-<pid>``, left by ``newsdesk.store.access``) or a reader, which only waits
  when this process writes the file (a job);

while someone waits, each request opens a connection of its own for its time, and while a
writer waits, new requests first give it ``WRITER_GRACE`` seconds to get the file (long
enough for it to notice the file is free; a writer still waiting then waits for another
process, which lets readers in between its writes). The server's own jobs are writers like
any other: a job's open leaves the same request.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from newsdesk.store import Store, open_store
from newsdesk.store.access import POLL, readers_waiting, writers_waiting

#: Seconds the shared connection stays open after the last request that used it. Holding it
#: costs no other newsdesk process anything (readers read beside it; anyone who must wait
#: for it says so and it is let go at once), so it is long: a page after a pause should not
#: pay for opening the store.
LINGER = 30.0
#: Seconds a new request holds back while a writer waits for the file.
WRITER_GRACE = 2.0


class SharedReader:
    """Read connections to the store at ``db`` for a server's requests (see the module)."""

    def __init__(self, db: str, *, wait: float, linger: float = LINGER) -> None:
        self.db, self.wait, self.linger = db, wait, linger
        self._store: Store | None = None
        self._users = 0
        self._last_use = 0.0
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store for one request's reads: a cursor of the shared connection, or, while
        another process waits for the file, a connection of the request's own."""
        self._let_writers_in()
        shared = self._enter()
        store = shared.reader() if shared else _own_reader(self.db, wait=self.wait)
        try:
            yield store
        finally:
            store.close()
            if shared:
                self._leave()

    def close(self) -> None:
        with self._lock:
            self._close_shared()

    def _let_writers_in(self) -> None:
        deadline = time.monotonic() + min(self.wait, WRITER_GRACE)
        while writers_waiting(self.db) and time.monotonic() < deadline:
            self._close_if_idle(force=True)
            time.sleep(POLL)

    def _enter(self) -> Store | None:
        with self._lock:
            if self._store is None:
                if _others_waiting(self.db):
                    return None
                self._store = open_store(self.db, read_only=True, wait=self.wait, detached=True)
                threading.Thread(target=self._watch, name="newsdesk-reader", daemon=True).start()
            self._users += 1
            return self._store

    def _leave(self) -> None:
        with self._lock:
            self._users -= 1
            self._last_use = time.monotonic()

    def _watch(self) -> None:
        """Close the shared connection once it is idle or in someone's way; then end."""
        while True:
            time.sleep(POLL * 2)
            if self._close_if_idle(force=_others_waiting(self.db)):
                return

    def _close_if_idle(self, *, force: bool) -> bool:
        """Close the shared connection when no request uses it and it has lingered long enough
        (or ``force``); True when none is open afterwards."""
        with self._lock:
            idle = time.monotonic() - self._last_use >= self.linger
            if self._store is not None and self._users == 0 and (force or idle):
                self._close_shared()
            return self._store is None

    def _close_shared(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _others_waiting(db: str) -> bool:
    return writers_waiting(db) or readers_waiting(db)


def _own_reader(db: str, *, wait: float) -> Store:
    store = open_store(db, read_only=True, wait=wait, detached=True)
    store.con.execute("SET enable_progress_bar = false")  # a server never prints
    return store
