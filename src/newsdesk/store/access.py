"""Sharing one store file between processes: bounded waits, one writer, readers let in.

DuckDB lets one process write a file, or many read it, never both at once; and one process
cannot hold a file open read-only and read-write together. newsdesk works with that rule:

* A connection that finds the file locked retries every ``POLL`` seconds for at most ``wait``
  seconds, then raises ``StoreError`` naming the holder's PID and what to do.
* A write command holds an advisory ``flock`` on the store file for its whole run, so a second
  writer waits (bounded) and then refuses; the first writer's work is never interleaved.
* A waiting reader leaves a request file ``<store>.wait-<pid>`` beside the store. Between
  inputs and batches the writer calls ``Store.let_readers_in``: when a live request is there it
  closes its connection, the reader opens the file read-only, and the writer reopens it once
  the reader is done. The request file goes when the reader has its connection.
* Inside one process, a read-only open of a file this process already writes is served by a
  cursor of the writing connection instead of failing.

DuckDB has no cross-process wait of its own (it fails at once), hence this small module.
"""

from __future__ import annotations

import contextlib
import glob
import os
import time
from typing import Any, ClassVar

import duckdb

from newsdesk.errors import StoreError

#: Seconds a command waits for a store another process holds before it gives up.
DEFAULT_WAIT = 30.0
POLL = 0.05
_LOCK_CONFLICT = "Could not set lock on file"
#: Read-write connections this process holds, by real path (served as cursors to readers).
_WRITERS: dict[str, duckdb.DuckDBPyConnection] = {}


def connect(path: str, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to ``path``, waiting at most ``wait`` seconds for other processes."""
    writer = _WRITERS.get(os.path.realpath(path))
    if read_only and writer is not None:
        return writer.cursor()
    deadline, request = time.monotonic() + wait, None
    try:
        while True:
            try:
                return _connect_once(path, read_only=read_only)
            except _Busy as busy:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{path}: the store is busy ({busy}); waited {wait:g} s; "
                                     "try again when the other command has finished") from None
                request = request or (_request_read(path) if read_only else None)
                time.sleep(POLL)
    finally:
        if request:
            with contextlib.suppress(OSError):
                os.remove(request)


class _Busy(Exception):
    """Another process holds the file; the message names it."""


def _connect_once(path: str, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    _refuse_other_formats(path)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as e:
        if _LOCK_CONFLICT in str(e):
            raise _Busy(_holder(str(e))) from None
        if "not a valid DuckDB database file" in str(e):
            raise StoreError(f"{path}: not a newsdesk store (not a DuckDB database file)") from None
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    except duckdb.ConnectionException as e:
        if "different configuration" in str(e):  # this process reads it: wait for that to end
            raise _Busy("this process has it open read-only") from None
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    con.execute("SET enable_progress_bar = false")  # the library never prints (long corpus steps)
    if not read_only:
        _WRITERS[os.path.realpath(path)] = con
    return con


def _refuse_other_formats(path: str) -> None:
    """Refuse a file without DuckDB's magic bytes before DuckDB sees it: given a SQLite or
    Parquet file, DuckDB would try to download a reader extension from the internet."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(12)
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreError(f"{path}: cannot open the store ({e.strerror or e})") from e
    if header[8:12] != b"DUCK":
        raise StoreError(f"{path}: not a newsdesk store (not a DuckDB database file)")


def release(path: str, con: Any) -> None:
    """Close ``con``; forget it as this process's writer of ``path``."""
    key = os.path.realpath(path)
    if _WRITERS.get(key) is con:
        del _WRITERS[key]
    con.close()


def _holder(message: str) -> str:
    pid = message.partition("(PID ")[2].partition(")")[0]
    return f"process {pid} has it open" if pid.isdigit() else "another process has it open"


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _request_read(path: str) -> str | None:
    request = f"{path}.wait-{os.getpid()}"
    try:
        with open(request, "x", encoding="ascii") as handle:
            handle.write(str(os.getpid()))
    except OSError:
        return None
    return request


def readers_waiting(path: str) -> bool:
    """True when a live process has asked to read ``path``; stale requests are removed."""
    waiting = False
    for request in glob.glob(glob.escape(path) + ".wait-*"):
        pid = request.rpartition("-")[2]
        if pid.isdigit() and _alive(int(pid)):
            waiting = True
        else:
            with contextlib.suppress(OSError):
                os.remove(request)
    return waiting


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class WriterLock:
    """An advisory lock on the store file held while one command writes it (POSIX ``flock``).

    Released by the kernel when the process ends, even by SIGKILL. Where ``fcntl`` does not
    exist the lock is a no-op and DuckDB's own lock is the only guard.
    """

    #: (fd, holders) per real path this process has locked: a second writer in the same
    #: process (nested opens) shares the lock rather than waiting for itself.
    _held: ClassVar[dict[str, list[int]]] = {}

    def __init__(self, path: str) -> None:
        self.key = os.path.realpath(path)
        self.held = False

    def try_acquire(self) -> bool:
        if self.key in self._held:
            self._held[self.key][1] += 1
        elif not self._flock():
            return False
        self.held = True
        return True

    def _flock(self) -> bool:
        try:
            import fcntl
        except ImportError:
            fd = -1
        else:
            fd = os.open(self.key, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                return False
        self._held[self.key] = [fd, 1]
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        entry = self._held[self.key]
        entry[1] -= 1
        if entry[1] == 0:
            del self._held[self.key]
            if entry[0] >= 0:
                os.close(entry[0])
