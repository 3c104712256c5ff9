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
* A waiting writer leaves ``<store>.write-<pid>`` the same way. Other writers ignore it (the
  ``flock`` decides between them); a server that shares one read connection among its
  requests closes it and holds new requests back until the writer is in (``writers_waiting``).
* Inside one process, a read-only open of a file this process already writes is served by a
  cursor of the writing connection instead of failing. A *detached* read-only open (a server's
  request) gets a connection of its own to that database instead, which outlives the writer's
  connection: a cursor would die with it when the writer closes to let a reader in.
* Inside one process, DuckDB refuses to attach a file that a connection of this process is
  still closing ("Unique file handle conflict"; closing a read-write database checkpoints it,
  which takes longest on a loaded machine). That is a wait like any other, not a failure:
  before, a server's job that opened the store while a request's connection was closing (the
  analysis right after its ingest, say) failed at once with "cannot open the store", and a
  request doing the same answered an error. Likewise a detached reader that finds the writer
  gone and a read-only database of this process in its place waits instead of failing.

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
#: DuckDB's refusal to open a file that a closing connection of this process still has.
_CLOSING = "Unique file handle conflict"
#: Read-write connections this process holds, by real path, newest last (served as cursors
#: to readers).
_WRITERS: dict[str, list[duckdb.DuckDBPyConnection]] = {}


def connect(path: str, *, read_only: bool, wait: float,
            detached: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to ``path``, waiting at most ``wait`` seconds for other processes.

    ``detached`` (read-only only): when this process writes the file, join its database with a
    connection of its own rather than a cursor of the writer's connection."""
    writers = _WRITERS.get(os.path.realpath(path))
    if read_only and writers and not detached:
        return writers[-1].cursor()
    deadline, request = time.monotonic() + wait, None
    try:
        while True:
            try:
                return _connect_once(path, read_only=read_only, join=detached)
            except _Busy as busy:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{path}: the store is busy ({busy}); waited {wait:g} s; "
                                     "try again when the other command has finished") from None
                request = request or _request(path, "wait" if read_only else "write")
                time.sleep(POLL)
    finally:
        if request:
            with contextlib.suppress(OSError):
                os.remove(request)


class _Busy(Exception):
    """Another process holds the file; the message names it."""


def _connect_once(path: str, *, read_only: bool,
                  join: bool = False) -> duckdb.DuckDBPyConnection:
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
        if "different configuration" in str(e) and join and read_only:
            return _join_writer(path)
        if "different configuration" in str(e):  # this process reads it: wait for that to end
            raise _Busy("this process has it open read-only") from None
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    except duckdb.Error as e:
        raise _busy_or_error(path, e) from None
    if not read_only:
        _WRITERS.setdefault(os.path.realpath(path), []).append(con)
    return _quiet(con)


def _quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """The library never prints: no progress bar on long queries (the corpus steps)."""
    con.execute("SET enable_progress_bar = false")
    return con


def _join_writer(path: str) -> duckdb.DuckDBPyConnection:
    """A connection of its own to the database this process has open read-write (DuckDB
    shares one open database per file and configuration within a process)."""
    try:
        return _quiet(duckdb.connect(path, read_only=False))
    except duckdb.IOException as e:  # the writer closed and another process took the file
        if _LOCK_CONFLICT in str(e):
            raise _Busy(_holder(str(e))) from None
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    except duckdb.ConnectionException as e:  # the writer closed and a reader of ours opened it
        if "different configuration" in str(e):
            raise _Busy("this process has it open read-only") from None
        raise StoreError(f"{path}: cannot open the store ({_first_line(e)})") from e
    except duckdb.Error as e:
        raise _busy_or_error(path, e) from None


def _busy_or_error(path: str, error: duckdb.Error) -> Exception:
    """``_Busy`` while a connection of this process that is closing still has the file (DuckDB
    refuses to attach it twice until the close ends); else the ``StoreError`` to raise."""
    if _CLOSING in str(error):
        return _Busy("this process is closing it")
    return StoreError(f"{path}: cannot open the store ({_first_line(error)})")


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
    writers = _WRITERS.get(os.path.realpath(path), [])
    if any(writer is con for writer in writers):
        writers[:] = [writer for writer in writers if writer is not con]
        if not writers:
            del _WRITERS[os.path.realpath(path)]
    con.close()


def _holder(message: str) -> str:
    pid = message.partition("(PID ")[2].partition(")")[0]
    return f"process {pid} has it open" if pid.isdigit() else "another process has it open"


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _request(path: str, kind: str) -> str | None:
    request = f"{path}.{kind}-{os.getpid()}"
    try:
        with open(request, "x", encoding="ascii") as handle:
            handle.write(str(os.getpid()))
    except OSError:
        return None
    return request


def readers_waiting(path: str) -> bool:
    """True when a live process has asked to read ``path``; stale requests are removed."""
    return _waiting(path, "wait")


def writers_waiting(path: str) -> bool:
    """True when a live process (this one included) waits to write ``path``."""
    return _waiting(path, "write")


def _waiting(path: str, kind: str) -> bool:
    waiting = False
    for request in glob.glob(f"{glob.escape(path)}.{kind}-*"):
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
