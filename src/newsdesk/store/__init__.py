"""The embedded store: one DuckDB file. This package owns the schema and every query.

Nothing outside ``newsdesk.store`` builds SQL. ``Store`` is one connection with the queries of
each concern mixed in from its own module (articles, lineage, entities, the entity member
index, quotes, retrieval, browse, live);
``schema`` holds the versioned migrations. Values always travel as bound parameters or Arrow
tables, never inside SQL text.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

from newsdesk.errors import NoStoreError, StoreError
from newsdesk.store.access import DEFAULT_WAIT, POLL, WriterLock, connect, readers_waiting, release
from newsdesk.store.articles import ArticleQueries, SaveCounts
from newsdesk.store.browse import BrowseQueries
from newsdesk.store.checkpoints import checkpoint
from newsdesk.store.entities import EntityQueries
from newsdesk.store.entity_index import EntityIndexQueries
from newsdesk.store.lineage import LineageQueries
from newsdesk.store.live import LiveQueries
from newsdesk.store.quotes import QuoteQueries
from newsdesk.store.retrieval import RetrievalQueries
from newsdesk.store.schema import (
    DEFAULT_DB,
    MIGRATIONS,
    SCHEMA_VERSION,
    migrate,
    transaction,
)
from newsdesk.store.values import ValueLists

__all__ = ["DEFAULT_DB", "DEFAULT_WAIT", "MIGRATIONS", "SCHEMA_VERSION", "SaveCounts", "Store", "load_client",
           "open_store"]


class Store(ArticleQueries, LineageQueries, EntityQueries, EntityIndexQueries, QuoteQueries,
            RetrievalQueries, LiveQueries, BrowseQueries, ValueLists):
    """A newsdesk store in one DuckDB file. Use ``open_store`` to get one.

    The connection is opened on first use and may be closed between two writes to let a
    waiting reader in (``let_readers_in``); it is opened again on the next query.
    """

    def __init__(self, path: str, *, read_only: bool = False, wait: float = DEFAULT_WAIT,
                 detached: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.wait = wait
        self.detached = detached
        self._con: duckdb.DuckDBPyConnection | None = None
        self._lock: WriterLock | None = None
        self._in_transaction = False
        self._one_thread = False  # inside ``one_thread``
        self._threads_after: int | None = None  # to set again when the transaction ends

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect(self.path, read_only=self.read_only, wait=self.wait,
                                detached=self.detached)
            if self._one_thread:  # opened again inside ``one_thread`` (``let_readers_in``)
                self._con.execute("SET threads = 1")
        return self._con

    def close(self) -> None:
        self._disconnect()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _disconnect(self) -> None:
        if self._con is not None:
            if not self.read_only:
                checkpoint(self._con, self.path)
            release(self.path, self._con)
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> Store:
        """Another connection to the same open database, for one thread's reads.

        DuckDB gives each connection its own snapshot, so reads through it see committed
        data while this store's connection writes."""
        reader = Store(self.path, read_only=True, wait=self.wait)
        reader._con = self.con.cursor()
        reader._con.execute("SET enable_progress_bar = false")  # the library never prints
        return reader

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all; a transaction opened inside
        another joins it (so a corpus step can make several writers' work one commit)."""
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            with transaction(self.con):
                yield
        finally:
            self._in_transaction = False
            if self._threads_after is not None:  # ``one_thread`` ended inside an aborted one
                threads, self._threads_after = self._threads_after, None
                self._set_threads(threads)

    @contextmanager
    def one_thread(self) -> Iterator[None]:
        """DuckDB on one thread while the block runs, then as before. Each corpus step's update
        runs in it (not a rebuild, nor a first run): its queries each read a few rows, where a
        second thread costs more CPU time than it saves (docs/scale.md). The setting is the
        database's, so readers served from the same connection meanwhile run on one thread
        too, and a connection opened again meanwhile (``let_readers_in``) is set to it. Nested,
        it is already in force; ended inside a transaction that failed (which
        refuses statements until it is rolled back), the setting comes back when it ends."""
        if self._one_thread:
            yield
            return
        threads = int(self.con.execute("SELECT current_setting('threads')").fetchone()[0])
        self.con.execute("SET threads = 1")
        self._one_thread = True
        try:
            yield
        finally:
            self._one_thread = False
            if not self._set_threads(threads) and self._in_transaction:
                self._threads_after = threads

    @property
    def on_one_thread(self) -> bool:
        """Whether a ``one_thread`` block is in force (a nested one changes nothing)."""
        return self._one_thread

    def _set_threads(self, threads: int) -> bool:
        """``SET threads``; false when the connection refuses it (a failed transaction, or a
        broken connection, whose own error is the one to report)."""
        try:
            self.con.execute(f"SET threads = {threads}")  # an int read back, no user value
        except duckdb.Error:
            return False
        return True

    def let_readers_in(self, *, wait: float = 5.0) -> None:
        """Between two writes: when another process waits to read, close the file until it has
        opened it (at most ``wait`` seconds), then open it again (waiting for it to finish)."""
        if self._con is None or self.read_only or not readers_waiting(self.path):
            return
        self._disconnect()
        deadline = time.monotonic() + wait
        while readers_waiting(self.path) and time.monotonic() < deadline:
            time.sleep(POLL)
        self.con  # noqa: B018 (reopen now, so a reader that never finishes fails here, clearly)

    def _lock_for_writing(self) -> None:
        lock, deadline = WriterLock(self.path), time.monotonic() + self.wait
        while True:
            self.con  # noqa: B018 (the file exists once DuckDB has opened it)
            if lock.try_acquire():
                self._lock = lock
                return
            self._disconnect()
            if time.monotonic() >= deadline:
                raise StoreError(f"{self.path}: another newsdesk command is writing this store; "
                                 f"waited {self.wait:g} s; try again when it has finished")
            time.sleep(POLL)


def open_store(path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False,
               create: bool | None = None, wait: float = DEFAULT_WAIT,
               detached: bool = False) -> Store:
    """Open the store at ``path`` and bring its schema up to date.

    A writer creates the file when ``create`` (default: when not ``read_only``) and holds the
    writer lock until ``close``. Another process holding the file is waited for at most
    ``wait`` seconds (``newsdesk.store.access``); then ``StoreError`` says who holds it.
    A ``detached`` reader keeps a connection of its own even while this process writes the
    file (``access.connect``).
    """
    path = os.fspath(path)
    if not os.path.exists(path) and (read_only or create is False):
        raise NoStoreError(path)
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    store = Store(path, read_only=read_only, wait=wait, detached=detached and read_only)
    try:
        if not read_only:
            store._lock_for_writing()
        migrate(store.con, path, read_only=read_only)
    except BaseException:
        store.close()
        raise
    return store


def load_client() -> None:
    """Let DuckDB's Python client import what it imports on a process's first statement with
    parameters (pandas, half a CPU second on a small machine) on a database in memory, so
    that the first query of a store that takes them does not wait for it (a server's start)."""
    with duckdb.connect() as con:
        con.execute("SELECT ?", [0]).fetchall()
