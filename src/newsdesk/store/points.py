"""A few rows of a table picked so that DuckDB reads those rows, not their whole vector.

Written by hand from measurements on DuckDB 1.5.5 (docs/scale.md, "Point reads through an
index of the ids"). Picked by row id (``rowid IN (...)``), a scan reads the vector of 2,048
rows that holds them, and where a column holds texts of mixed lengths (the layers' JSON, the
articles' texts) that vector spans several of the column's segments and DuckDB loads every
value in it: the ten new mentions layers of a 1% update at 1,000 articles read 17.3 MiB from
the file (22-30 CPU ms, cold), the ten articles' texts 6.8 MiB. Filtered on one column that
has an index of its own (migration 18: ``annotations(article_id)``, ``articles(id)``) and on
nothing else, the scan looks the ids up in the index and fetches those rows alone (1.3 and
1.5 MiB, 4-5 and 7 ms). Any other filter on the same scan (a layer, a version, the row ids)
makes it a plain scan again, so the rows are picked by id in a materialized common table
expression, which no filter is pushed into, and the wanted row ids are kept outside it.

The ids reach that filter as a list of bound parameters (``id IN (?, ?, ...)``, one
placeholder per id, built from their count alone), not as a value table: DuckDB turns
``IN (SELECT ...)`` into a hash join, which gives the scan the ids to look up only while
they are at most ``dynamic_or_filter_threshold`` (50); past that, the scan read the whole
column (the mentions layers of the last 91 articles of a 2,020-article store, cold: 35.3 MiB
and 77 CPU ms, against 18.3 MiB and 30 ms through the index; their texts 13.3 MiB and 38 ms
against 1.6 MiB and 11 ms; ``benchmarks/bench_point_reads.py``). A constant list is a
filter of the scan itself, looked up in the index up to ``INDEXED_PICK`` rows. The setting
could be raised around the statement instead, but it belongs to the connection (a statement
that fails inside a transaction leaves it raised: nothing runs until the rollback), and each
bound id costs about 5 µs (a statement over 1,000 ids of a 5,000-row table in memory: 6.8
against 1.7 CPU ms with the same list as JSON text), little beside the reads it saves.

More ids than DuckDB looks up in an index (``index_scan_max_count``, 2,048 rows) are picked
by row id: a scan that reads most rows reads the column whole either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa

#: Up to this many rows are picked through the index of their ids (DuckDB's default
#: ``index_scan_max_count``: past it, the scan reads the table instead).
INDEXED_PICK = 2048


def picked_rows(table: str, columns: str, *, id_column: str, rows: Sequence[tuple[int, str]]) -> tuple[str, list[str]]:
    """A common table expression ``picked`` and the parameters it binds, in order: the
    ``row_id`` and ``columns`` of the rows of ``table`` (fixed names, never text from an
    article) whose ``id_column`` is one of the ids of ``rows`` (``(row id, id)`` pairs), read
    through that column's index; past ``INDEXED_PICK`` rows (or with none), those whose row
    id is in ``wanted_rows``. Read it as ``FROM picked WHERE row_id IN (SELECT value FROM
    wanted_rows)``, with ``wanted(rows)`` as the value tables and the parameters before any
    of the statement's own that come after ``picked``."""
    if not rows or len(rows) > INDEXED_PICK:
        return (
            f"picked AS (SELECT rowid AS row_id, {columns} FROM {table} WHERE rowid IN (SELECT value FROM wanted_rows))",
            [],
        )
    ids = sorted({found for _, found in rows})
    marks = ", ".join(["?"] * len(ids))  # built from the count alone
    return (
        f"picked AS MATERIALIZED (SELECT rowid AS row_id, {columns} FROM {table} WHERE {id_column} IN ({marks}))",
        ids,
    )


def current_picked(table: str, columns: str, *, id_column: str, ids: Sequence[str]) -> tuple[str, list[str]]:
    """A statement and its parameters: ``row_id`` and ``columns`` (which hold ``id_column``
    and ``version``) of the current version, the highest, of each of these ids' rows of
    ``table`` (fixed names, never text from an article; at most ``INDEXED_PICK`` ids): every
    version of them picked through the index of ``id_column`` in a materialized common
    table expression, as ``picked_rows`` picks them, the latest kept after it, in the
    table's order (as the rows picked by row id came). One statement where finding the
    current row ids first was another (the one other article of a 1% update's candidate
    pairs at 1,000 articles: 6.0-7.3 -> 4.5-4.7 CPU ms cold, least).
    """
    found = sorted(set(ids))
    marks = ", ".join(["?"] * len(found))  # built from the count alone
    return (
        f"""WITH picked AS MATERIALIZED (
                SELECT rowid AS row_id, {columns} FROM {table} WHERE {id_column} IN ({marks}))
            SELECT * FROM picked QUALIFY version = max(version) OVER (PARTITION BY {id_column})
            ORDER BY row_id""",
        found,
    )


def wanted(rows: Sequence[tuple[int, str]]) -> dict[str, tuple[list, pa.DataType]]:
    """The value table ``picked_rows`` reads for these ``(row id, id)`` pairs: ``wanted_rows``."""
    return {"wanted_rows": ([row for row, _ in rows], pa.int64())}


def picked_column(
    run: Callable[..., Any], table: str, column: str, *, id_column: str, rows: Sequence[tuple[int, str]]
) -> dict[int, Any]:
    """``{row id: value}`` of one ``column`` of these rows of ``table`` (``(row id, id)``
    pairs; fixed names, never text from an article), picked as ``picked_rows`` picks them;
    ``run`` executes a statement with its parameters and value tables (``Values._run``)."""
    if not rows:
        return {}
    picked, ids = picked_rows(table, column, id_column=id_column, rows=rows)
    sql = f"WITH {picked} SELECT row_id, {column} FROM picked WHERE row_id IN (SELECT value FROM wanted_rows)"
    return dict(run(sql, ids, **wanted(rows)).fetchall())
