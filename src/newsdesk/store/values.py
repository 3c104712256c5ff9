"""How lists of values and rows reach a query: JSON text for a few, Arrow for many.

A query that reads a list (the ids an update wants, the rows it appends) gets it one of two
ways, picked by size. Up to ``SMALL_BATCH`` values (each value of each column, each item of
each list) travel as one JSON text per column, bound as a parameter, cast and unnested by
DuckDB in a common table expression before the statement's own: no Python object is
registered. More go as a registered Arrow table, cheaper per value. Registering an Arrow
table costs 2-3 ms of CPU more than binding JSON text whatever its size (register and
unregister), and the first one of a process makes DuckDB import pyarrow's dataset, compute
and filesystem modules (60-100 ms); JSON's cast costs more per value.
``benchmarks/bench_value_lists.py`` measures both on a 5,000-row table: they meet at about
3,000-10,000 values for a list a query reads, 1,000-2,000 rows of three columns for an
insert and about 4,000 values for rows of lists (load 8-9 on 2 cores).

DuckDB has no lighter way to pass a list: a Python list bound as a parameter is converted
value by value (about 85 µs a value), and a temporary table or a view of a relation costs
about what an Arrow registration does.

``ValueLists`` (mixed into ``Store``) is the one way a store module passes a list: every
query that reads a list of ids or appends rows goes through ``_value_tables``, ``_run`` or
``_insert_arrow``. The one exception is a pick of rows by id through an index of the ids
(``points.picked_rows``): its ids are bound one parameter each, a constant list that DuckDB
looks up in the index up to ``points.INDEXED_PICK`` rows, where a value table's ids reach
the index only up to 50 (``points``' module doc).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

import duckdb
import pyarrow as pa

#: Up to this many values a list (or rows a table) reaches a query as JSON text; more, as
#: Arrow (see the module doc for the measurement).
SMALL_BATCH = 2000
#: The select of an insert that appends the rows as they are.
_EVERY_ROW = "SELECT * FROM incoming"

_SQL_TYPES = {
    pa.string(): "VARCHAR", pa.int16(): "SMALLINT", pa.int32(): "INTEGER",
    pa.int64(): "BIGINT", pa.uint64(): "UBIGINT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN",
}
_WITH = re.compile(r"WITH\s", re.IGNORECASE)
_RECURSIVE = re.compile(r"WITH\s+RECURSIVE\s", re.IGNORECASE)


def sql_type(type_: pa.DataType) -> str | None:
    """The SQL type of values of the Arrow ``type_`` that JSON text carries exactly (lists of
    them too), else None."""
    if pa.types.is_list(type_):
        inner = sql_type(type_.value_type)
        return f"{inner}[]" if inner else None
    return _SQL_TYPES.get(type_)


def json_text(values: Sequence[Any]) -> str:
    """``values`` as one JSON text (a float that JSON cannot hold raises ValueError)."""
    return json.dumps(list(values), ensure_ascii=False, allow_nan=False)


def unnested(placeholder: str, type_: str, alias: str) -> str:
    """The select item that unnests the JSON list bound at ``placeholder`` (``?`` or
    ``$name``) into a column ``alias`` of ``type_`` values (several such items in one select
    zip their lists into rows)."""
    return f'unnest(CAST({placeholder} AS JSON)::{type_}[]) AS "{alias}"'


def with_tables(sql: str, tables: dict[str, str]) -> str:
    """``sql`` with each of ``tables`` (name -> select) as a common table expression before
    the statement's own."""
    if not tables:
        return sql
    ctes = ", ".join(f"{name} AS ({select})" for name, select in tables.items())
    body = sql.lstrip()
    if _RECURSIVE.match(body):
        raise ValueError("with_tables cannot join a WITH RECURSIVE statement")
    own = _WITH.match(body)
    return f"WITH {ctes}, {body[own.end():]}" if own else f"WITH {ctes} {body}"


def small_columns(
    columns: dict[str, tuple[Sequence[Any], pa.DataType]],
) -> dict[str, tuple[str, str]]:
    """``{name: (SQL type, JSON text)}`` of ``columns`` (name -> values, Arrow type) when
    JSON carries each type, else an empty dict (they go as Arrow)."""
    found = {}
    for name, (values, type_) in columns.items():
        sql = sql_type(type_)
        if sql is None:
            return {}
        try:
            found[name] = (sql, json_text(values))
        except ValueError:  # NaN or infinity
            return {}
    return found


def small_rows(rows: pa.Table) -> dict[str, tuple[str, str]]:
    """``small_columns`` of each column of ``rows``, counting each value a list holds."""
    if _value_count(rows) > SMALL_BATCH:
        return {}
    values = rows.to_pydict()
    return small_columns({field.name: (values[field.name], field.type) for field in rows.schema})


def _as_arrow(rows: pa.Table) -> bool:
    """Whether ``rows`` surely go as Arrow: more values than ``SMALL_BATCH``, or a column
    JSON text does not carry."""
    return _value_count(rows) > SMALL_BATCH or any(sql_type(f.type) is None for f in rows.schema)


def _value_count(rows: pa.Table) -> int:
    """How many values ``rows`` hold: one a row in a column of scalars, the items of each
    list in a column of lists."""
    count = 0
    for column in rows.columns:
        if pa.types.is_list(column.type):
            count += sum(len(chunk.flatten()) for chunk in column.chunks)
        else:
            count += len(column)
    return count


#: What a value table is made of: a sequence of strings, ``(values, Arrow type)``, or an
#: Arrow table (its columns are the table's).
ValueSpec = Sequence[str] | tuple[Sequence[Any], pa.DataType] | pa.Table


class ValueLists:
    """Lists of values and rows passed to a query; mixed into ``Store``."""

    con: duckdb.DuckDBPyConnection

    @contextmanager
    def _value_tables(self, **tables: ValueSpec) -> Iterator[Callable[..., duckdb.DuckDBPyConnection]]:
        """Each ``name=values`` as a one-column table ``name(value)`` (or each ``name=table``
        as that table) for the statements run inside, through the function this yields:
        ``run(sql, params)``, with positional parameters. A few values reach the statement
        as JSON text, many as a registered Arrow table (the module doc); a statement's
        result is to be read inside (letting a table go is a statement of its own)."""
        small, large = _split(tables)
        for name, table in large.items():
            self.con.register(name, table)
        try:
            yield partial(self._run_with_lists, small)
        finally:
            for name in large:
                self.con.unregister(name)

    def _run(self, sql: str, params: Sequence[Any] = (), /,
             **tables: ValueSpec) -> duckdb.DuckDBPyConnection | duckdb.DuckDBPyRelation:
        """Execute one statement ``sql`` with ``tables`` as ``_value_tables`` gives them and
        ``params`` as positional parameters; read its result with ``fetchall``, ``fetchone``,
        ``to_arrow_table`` or ``dict_rows``. Where a table went as Arrow, the result is read
        before the table is let go and comes back as a relation over it."""
        small, large = _split(tables)
        if not large:
            return self._run_with_lists(small, sql, params)
        for name, table in large.items():
            self.con.register(name, table)
        try:
            result = self._run_with_lists(small, sql, params).to_arrow_table()
        finally:
            for name in large:
                self.con.unregister(name)
        return self.con.from_arrow(result)

    def _run_with_lists(
        self, lists: dict[str, dict[str, tuple[str, str]]], sql: str, params: Sequence[Any] = ()
    ) -> duckdb.DuckDBPyConnection:
        """Execute ``sql`` with each of ``lists`` (name -> its columns' SQL types and JSON
        texts, ``small_rows``) as a table before the statement's own."""
        ctes = {
            name: "SELECT " + ", ".join(
                unnested("?", type_, column) for column, (type_, _) in columns.items()
            )
            for name, columns in lists.items()
        }
        texts = [text for columns in lists.values() for _, text in columns.values()]
        return self.con.execute(with_tables(sql, ctes), [*texts, *params])

    def _insert_arrow(self, table: str, rows: pa.Table, select: str = _EVERY_ROW) -> None:
        """Append ``rows`` to ``table`` through ``select``, which reads them as ``incoming``;
        no rows, no statement (the table is not touched). Rows that go as Arrow and are
        appended as they are go in one call (a relation over them inserted), not three
        statements (register, insert, unregister: 1.0 against 1.35 ms for 600 rows)."""
        if rows.num_rows == 0:
            return
        if select == _EVERY_ROW and _as_arrow(rows):
            self.con.from_arrow(rows).insert_into(table)
            return
        with self._value_tables(incoming=rows) as run:
            run(f"INSERT INTO {table} {select}")  # fixed table names and selects


def _split(tables: dict[str, ValueSpec]) -> tuple[dict[str, dict[str, tuple[str, str]]], dict[str, pa.Table]]:
    """``tables`` as those that go as JSON text (``small_rows``) and those that go as Arrow.
    A short list of strings or integers goes to JSON text as it is (``_small_list``)."""
    small, large = {}, {}
    for name, spec in tables.items():
        found = _small_list(spec)
        if found is None:
            table = _as_table(spec)
            found = small_rows(table)
            if not found:
                large[name] = table
                continue
        small[name] = found
    return small, large


#: The Arrow types of a list whose values of one Python type JSON text carries as they are.
_PLAIN_TYPES = {pa.string(): str, pa.int16(): int, pa.int32(): int, pa.int64(): int}


def _small_list(spec: ValueSpec) -> dict[str, tuple[str, str]] | None:
    """``small_rows`` of a list ``spec`` of at most ``SMALL_BATCH`` strings (or integers of an
    integer type), without making it an Arrow table and reading it back (about 0.2 CPU ms a
    list, and the first ``pa.array`` of a process imports pyarrow's pandas shim, 7 ms); None
    for any other spec, which goes through ``_as_table``."""
    if isinstance(spec, pa.Table):
        return None
    values, type_ = spec if _typed(spec) else (spec, pa.string())
    kind = _PLAIN_TYPES.get(type_)
    if kind is None or not isinstance(values, Sequence) or len(values) > SMALL_BATCH:
        return None
    if not all(type(value) is kind for value in values):  # None, bool, a subclass: Arrow's way
        return None
    return {"value": (_SQL_TYPES[type_], json_text(values))}


def _typed(spec: ValueSpec) -> bool:
    return isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[1], pa.DataType)


def _as_table(spec: ValueSpec) -> pa.Table:
    if isinstance(spec, pa.Table):
        return spec
    if _typed(spec):
        values, type_ = spec
    else:
        values, type_ = spec, pa.string()
    return pa.table({"value": pa.array(list(values), type=type_)})


def dict_rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
