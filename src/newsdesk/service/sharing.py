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

while someone waits, each request opens a connection of its own for its time. The server's
own jobs are writers like any other: a job's open leaves the same request. Once closed (the
server stopping), the shared connection is never opened again: a reader that comes after the
close opens a connection of its own for its time, so the file is let go as the last reader
leaves, not kept for ``linger`` seconds by a latecomer.

While a writer waits and this server still holds the file (the shared connection, or a
request's own connection), a new request is held back until the requests already reading have
ended and the file is let go (at most ``wait`` seconds), and then for ``WRITER_GRACE`` seconds
more, long enough for the writer to notice the file is free. A writer still waiting after that
waits for another process, which lets readers in between its writes, so requests go on.

Why requests wait for the holders to end rather than for a fixed grace: DuckDB lets a process
open a file read-only or read-write, never both, so a job of this server cannot open the store
while any of its requests reads it. Requests used to be held back for ``WRITER_GRACE`` only and
then join the shared connection; when requests overlapped and each took longer than the grace
(a loaded machine, a heavy page), some request always held the connection, it was never idle,
and the job's bounded wait for the file ran out: the job failed "busy (this process has it
open read-only)" while every page kept answering. Holding new requests while the old ones
drain lets the job in as soon as the requests that were reading end
(``tests/test_served_jobs.py`` makes that race certain with overlapping slow readers).
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
        self._own_readers = 0
        self._last_use = 0.0
        self._close_when_unused = False  # ``close`` asked while a reader read
        self._closed = False  # ``close`` asked: no reader joins the shared connection again
        self._lock = threading.Lock()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store for one request's reads: a cursor of the shared connection, or, while
        another process waits for the file, a connection of the request's own."""
        self._let_writers_in()
        store = self._enter()
        shared = store is not None
        store = store or self._own_reader()
        try:
            yield store
        finally:
            store.close()
            self._leave(shared=shared)

    def close(self) -> None:
        """Close the shared connection now, or, while a reader still reads through a cursor of
        it (the desk's background maker outlives the request that started it), as that last
        reader leaves: closing a connection closes its cursors, under a query in flight.
        Readers that come after the close read through connections of their own."""
        with self._lock:
            self._closed = True
            if self._users:
                self._close_when_unused = True
            else:
                self._close_shared()

    def _let_writers_in(self) -> None:
        """Hold this request back while a writer waits: until this server holds the file no
        more (at most ``wait`` seconds), then ``WRITER_GRACE`` seconds for the writer to get in."""
        deadline = time.monotonic() + self.wait
        while writers_waiting(self.db) and self._holding() and time.monotonic() < deadline:
            self._close_if_idle(force=True)
            time.sleep(POLL)
        deadline = time.monotonic() + min(self.wait, WRITER_GRACE)
        while writers_waiting(self.db) and not self._holding() and time.monotonic() < deadline:
            time.sleep(POLL)

    def _holding(self) -> bool:
        """True while this server has the file open: the shared connection or a request's own."""
        with self._lock:
            return self._store is not None or self._own_readers > 0

    def _enter(self) -> Store | None:
        """A cursor of the shared connection for one reader (opened when none is), made under
        the lock: past its opening the shared connection runs no query of its own; it is only
        asked for a cursor and closed, under the lock. None while another process waits, and
        once the reader is closed."""
        with self._lock:
            if self._closed:
                return None
            if self._store is None:
                if _others_waiting(self.db):
                    return None
                self._store = open_store(self.db, read_only=True, wait=self.wait, detached=True)
                threading.Thread(target=self._watch, name="newsdesk-reader", daemon=True).start()
            reader = self._store.reader()
            self._users += 1
            return reader

    def _own_reader(self) -> Store:
        with self._lock:
            self._own_readers += 1
        try:
            return _own_reader(self.db, wait=self.wait)
        except BaseException:
            self._leave(shared=False)
            raise

    def _leave(self, *, shared: bool) -> None:
        with self._lock:
            if shared:
                self._users -= 1
                self._last_use = time.monotonic()
                if self._close_when_unused and not self._users:
                    self._close_shared()
            else:
                self._own_readers -= 1

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
        self._close_when_unused = False
        if self._store is not None:
            self._store.close()
            self._store = None


class HeldReader:
    """Cursors of the writing connection a server holds for its life (``Desk(hold=True)``),
    each made under a lock and counted, as ``SharedReader`` makes and counts its own: a
    request's and a background maker's alike. Closing it waits at most ``wait`` seconds for
    the readers in it, then, if one still reads, closes the connection as that last reader
    leaves (closing it at once closed their cursors under a query in flight); after the close
    it makes no cursor (``enter`` gives None) and readers go elsewhere."""

    def __init__(self, store: Store, *, wait: float) -> None:
        self.wait = wait
        self._store: Store | None = store
        self._users = 0
        self._closing = False
        self._changed = threading.Condition()

    def enter(self) -> Store | None:
        """A cursor of the held connection for one reader, None once it is closing."""
        with self._changed:
            if self._closing or self._store is None:
                return None
            reader = self._store.reader()
            self._users += 1
            return reader

    def leave(self, reader: Store) -> None:
        """Let ``reader`` (from ``enter``) go; the last reader out of a closing one closes it."""
        reader.close()
        with self._changed:
            self._users -= 1
            self._changed.notify_all()
            if self._closing and not self._users:
                self._close_held()

    def close(self) -> None:
        """Let no reader in, wait at most ``wait`` seconds for those reading, then close the
        connection, or leave that to the last of them."""
        with self._changed:
            self._closing = True
            self._changed.wait_for(lambda: not self._users, timeout=self.wait)
            if not self._users:
                self._close_held()

    def _close_held(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _others_waiting(db: str) -> bool:
    return writers_waiting(db) or readers_waiting(db)


def _own_reader(db: str, *, wait: float) -> Store:
    return open_store(db, read_only=True, wait=wait, detached=True)
