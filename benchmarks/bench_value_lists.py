"""Lists reaching a DuckDB query: JSON text against a registered Arrow table, by size.

The store passes a list of ids a query reads, or the rows an insert appends, either as JSON
text bound as a parameter (unnested in a common table expression) or as a registered Arrow
table (``newsdesk.store.values``). This prints the CPU milliseconds of each way per call,
best of three rounds of 20 calls, on an in-memory table of 5,000 rows, for lists of 10 to
10,000 values and inserts of 10 to 5,000 rows (three scalar columns, or two list columns of
20 integers a row), so the size at which Arrow becomes cheaper can be read off. pyarrow's
dataset module is imported first (the first registration of a process imports it: a fixed
cost apart from these figures).

    python benchmarks/bench_value_lists.py
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import partial

import duckdb
import pyarrow as pa
import pyarrow.dataset  # what the first registration imports

LOOKUP = "SELECT count(*) FROM t WHERE a IN (SELECT value FROM w)"


def best_ms(call: Callable[[], object], *, calls: int = 20, rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(calls):
            call()
        times.append((time.process_time() - started) / calls)
    return round(min(times) * 1000, 2)


def lookup_arrow(con: duckdb.DuckDBPyConnection, values: list[str]) -> None:
    con.register("w", pa.table({"value": values}))
    con.execute(LOOKUP).fetchall()
    con.unregister("w")


def lookup_json(con: duckdb.DuckDBPyConnection, values: list[str]) -> None:
    sql = f"WITH w AS (SELECT unnest(CAST(? AS JSON)::VARCHAR[]) AS value) {LOOKUP}"
    con.execute(sql, [json.dumps(values)]).fetchall()


def insert_arrow(con: duckdb.DuckDBPyConnection, table: str, rows: dict[str, list]) -> None:
    con.register("incoming", pa.table(rows))
    con.execute(f"INSERT INTO {table} SELECT * FROM incoming")
    con.unregister("incoming")


def insert_json(
    con: duckdb.DuckDBPyConnection, table: str, rows: dict[str, list], types: list[str]
) -> None:
    items = ", ".join(f"unnest(CAST(? AS JSON)::{type_}[])" for type_ in types)
    texts = [json.dumps(values) for values in rows.values()]
    con.execute(f"INSERT INTO {table} SELECT {items}", texts)


def main() -> None:
    con = duckdb.connect()
    con.execute("CREATE TABLE t (a VARCHAR, b INTEGER, c BIGINT)")
    con.execute("CREATE TABLE scalars (a VARCHAR, b INTEGER, c BIGINT)")
    con.execute("CREATE TABLE lists (a BIGINT[], b BIGINT[])")
    con.execute("INSERT INTO t SELECT 'id' || i, i, i FROM range(5000) r(i)")
    for size in (10, 100, 1000, 3000, 10000):
        values = [f"id{i * 3}" for i in range(size)]
        arrow = best_ms(partial(lookup_arrow, con, values))
        text = best_ms(partial(lookup_json, con, values))
        print(f"lookup {size:>6} values: arrow {arrow:6.2f} ms  json {text:6.2f} ms")
    for size in (10, 100, 1000, 2000, 5000):
        numbers = list(range(size))
        rows = {"a": [f"id{i}" for i in numbers], "b": numbers, "c": numbers}
        arrow = best_ms(partial(insert_arrow, con, "scalars", rows))
        types = ["VARCHAR", "INTEGER", "BIGINT"]
        text = best_ms(partial(insert_json, con, "scalars", rows, types))
        print(f"insert {size:>6} rows x 3 scalars: arrow {arrow:6.2f} ms  json {text:6.2f} ms")
        con.execute("DELETE FROM scalars")
    for size in (10, 50, 100, 250):
        rows = {"a": [list(range(i, i + 20)) for i in range(size)],
                "b": [list(range(i, i + 20)) for i in range(size)]}
        arrow = best_ms(partial(insert_arrow, con, "lists", rows))
        text = best_ms(partial(insert_json, con, "lists", rows, ["BIGINT[]", "BIGINT[]"]))
        print(f"insert {size:>6} rows x 2 lists of 20 ({size * 40} values): arrow {arrow:6.2f} ms"
              f"  json {text:6.2f} ms")
        con.execute("DELETE FROM lists")


if __name__ == "__main__":
    main()
