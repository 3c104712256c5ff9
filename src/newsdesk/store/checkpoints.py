"""Writing the log to the file when a writer closes, with row groups merged only now and then.

DuckDB keeps committed changes in its write-ahead log and writes them to the file at a
checkpoint (when the log passes ``checkpoint_threshold``, or when the last connection
closes). At a checkpoint its vacuum folds adjacent row groups that fit in fewer: the few rows
a 1% corpus update appends to a table land in a new row group, which the vacuum merges into
the table's last one by rewriting that row group whole. Below 122,880 rows that is the whole
table, so closing the store after adding 10 articles to a 1,000-article store rewrote every
table the update touched (lineage stems and story terms the dearest: 0.08-0.22 CPU s each).

``checkpoint`` writes the log at close with DuckDB's vacuum off (``max_vacuum_tasks = 0``,
a documented setting): the new rows stay a small row group of their own. Every
``COMPACT_EVERY``-th such checkpoint runs with the vacuum on and merges what the others left,
so a table holds at most that many small row groups more than a compacted one, and the
rewrite is paid once per ``COMPACT_EVERY`` closes. The count lives in the store
(``newsdesk_meta``), so it holds across processes. Checkpoints DuckDB starts itself (a
rebuild's log passing the threshold) keep the vacuum on. The checkpoint runs on one thread,
as an update's statements do: on two its CPU time varied by half from close to close.

The small row groups such a checkpoint writes are written without DuckDB's FSST string
compression (``disabled_compression_methods``, a documented setting; dictionary, run-length
and bit-packing stay): FSST trains a symbol table for every string column segment it
writes, which was about half the CPU of writing a few appended rows to a table (8 tables of
the 1,000-article store, about 10 articles' rows each: 31-37 against 19-22 ms). They are
merged at the next compacting checkpoint, which runs with every method, and each holds at
most one log's rows (DuckDB writes a log past its threshold itself, with every method). On
that store nine closes of such rows, the eighth compacting, took 57-60 CPU ms each (the
compacting one 203) against 39-42 (212), and left the same file sizes.

The settings hold for the whole database (its other connections, the checkpoint DuckDB runs
at its last close), so they are set back whatever fails after the first is set.
"""

from __future__ import annotations

import os

import duckdb

#: One checkpoint in this many merges row groups (the module doc).
COMPACT_EVERY = 8
#: The settings of a checkpoint that merges nothing (the module doc).
_SMALL_WRITES = {"max_vacuum_tasks": 0, "disabled_compression_methods": "fsst,dict_fsst"}
_KEY = "checkpoints_since_compaction"


def checkpoint(con: duckdb.DuckDBPyConnection, path: str) -> bool:
    """Write ``con``'s log to the file at ``path`` now (the module doc); true when it did,
    false when there was no log or another connection's open transaction holds the
    checkpoint off (DuckDB then writes the log when its last connection closes)."""
    if not _has_log(path):
        return False
    try:
        count = _count(con)
        compact = count + 1 >= COMPACT_EVERY
        settings = {"threads": 1, **({} if compact else _SMALL_WRITES)}
        before = {name: _setting(con, name) for name in settings}
        # counted before the checkpoint, so that the count is in what it writes
        _write_count(con, 0 if compact else count + 1)
        try:
            _set(con, settings)  # inside: a setting that fails leaves those set before it
            con.execute("CHECKPOINT")
        except duckdb.Error:
            # held off: nothing was written or merged, so this close does not count
            _write_count(con, count)
            raise
        finally:
            _restore(con, before)
    except duckdb.Error:
        return False
    return True


def _write_count(con: duckdb.DuckDBPyConnection, count: int) -> None:
    con.execute("INSERT OR REPLACE INTO newsdesk_meta VALUES (?, ?)", [_KEY, str(count)])


def _setting(con: duckdb.DuckDBPyConnection, name: str) -> int | str:
    return con.execute("SELECT current_setting(?)", [name]).fetchone()[0]


def _set(con: duckdb.DuckDBPyConnection, settings: dict[str, int | str]) -> None:
    """Set each setting; an empty value (no method disabled) is a reset: DuckDB 1.5's
    ``SET disabled_compression_methods = ''`` reads back empty but leaves the methods off."""
    for name, value in settings.items():
        if value == "":
            con.execute(f"RESET {name}")  # fixed names
        else:
            con.execute(f"SET {name} = ?", [value])


def _restore(con: duckdb.DuckDBPyConnection, settings: dict[str, int | str]) -> None:
    """Set each setting back, each on its own: one that fails does not keep the others (a
    checkpoint DuckDB runs itself at the last close would run with them) from their values;
    the first failure is raised after."""
    failed: list[duckdb.Error] = []
    for name, value in settings.items():
        try:
            _set(con, {name: value})
        except duckdb.Error as error:
            failed.append(error)
    if failed:
        raise failed[0]


def _has_log(path: str) -> bool:
    try:
        return os.path.getsize(f"{path}.wal") > 0
    except OSError:
        return False


def _count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT value FROM newsdesk_meta WHERE key = ?", [_KEY]).fetchone()
    return int(row[0]) if row and row[0].isdigit() else 0
