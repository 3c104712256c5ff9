"""Export stored articles as JSONL, CSV or Parquet (the contract is documented in docs/export.md).

Parquet keeps nested fields typed (lists and structs) so that DuckDB, pandas and Spark read them
without parsing JSON. Their Arrow schema is built from every record of the export
(``nested_type``): pyarrow infers a type per value and refuses a field whose records disagree
(an integer here, a float or a string there; a key present in some records only), so the
records' types are unified here first: integers and floats become floats, structs take the union
of their keys, and values of kinds that cannot be unified are kept as JSON text.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager as ContextManager
from contextlib import nullcontext
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from newsdesk.errors import UsageError, cannot_write
from newsdesk.store import Store

FORMATS = ("jsonl", "csv", "parquet")

#: Later stages add fields to the export: each entry maps a field name to a function that
#: takes the store and returns ``{article_id: value}`` for that field. Fields are only ever
#: added to the contract, never renamed.
EXTRA_FIELDS: dict[str, Callable[[Store], dict[str, Any]]] = {}


def layer_field(layer: str) -> Callable[[Store], dict[str, Any]]:
    """An ``EXTRA_FIELDS`` entry that exports one stored annotation layer as it is."""
    def values(store: Store) -> dict[str, Any]:
        return store.layer(layer)
    return values


def _lineage_duplicates(store: Store) -> dict[str, Any]:
    from newsdesk.lineage.links import duplicates_by_article

    return duplicates_by_article(store)


def _analysis_skipped(store: Store) -> dict[str, Any]:
    """Why each article has no layers: its language, or no analysis since it was stored."""
    from newsdesk.languages import NOT_ANALYSED_YET, analysis_skipped

    analysed = store.analysed_article_ids()
    return {row["id"]: analysis_skipped(row["language"])
            or (None if row["id"] in analysed else NOT_ANALYSED_YET) for row in store.list_articles()}


def _analysed(store: Store) -> dict[str, Any]:
    return {article_id: reason is None for article_id, reason in _analysis_skipped(store).items()}


EXTRA_FIELDS["analysed"] = _analysed  # False when the language is not supported or not analysed yet
EXTRA_FIELDS["analysis_skipped"] = _analysis_skipped  # why not, e.g. "language de not supported"
EXTRA_FIELDS["duplicates"] = _lineage_duplicates  # copy lineage links (docs/lineage.md)
EXTRA_FIELDS["cluster"] = Store.article_stories  # story id (docs/lineage.md)


def _entities(store: Store) -> dict[str, Any]:
    from newsdesk.entities import entity_field

    return entity_field(store)


EXTRA_FIELDS["entities"] = _entities  # canonical entities and their mentions (docs/entities.md)


def _quotes(store: Store) -> dict[str, Any]:
    from newsdesk.quotes.api import quotes_field

    return quotes_field(store)


EXTRA_FIELDS["quotes"] = _quotes  # who said what, in what role (docs/quotes.md)


def _events(store: Store) -> dict[str, Any]:
    from newsdesk.events import export_events

    return export_events(store)


EXTRA_FIELDS["figures"] = layer_field("figures")  # docs/figures-events.md
EXTRA_FIELDS["times"] = layer_field("times")  # docs/figures-events.md
EXTRA_FIELDS["events"] = _events  # docs/figures-events.md


def export_records(store: Store, *, ids: Sequence[str] | None = None,
                   fields: dict[str, dict[str, Any]] | None = None) -> Iterator[dict[str, Any]]:
    """One dict per current article (or per article in ``ids``), in the contract's field order.

    ``fields`` are the ``EXTRA_FIELDS`` values already computed by ``extra_values`` (a server
    keeps them between requests); without them they are computed here."""
    yield from export_table(store, ids=ids, fields=fields).to_pylist()


def extra_values(store: Store) -> dict[str, dict[str, Any]]:
    """Every ``EXTRA_FIELDS`` field's ``{article_id: value}`` for the whole store."""
    return {name: values_of(store) for name, values_of in EXTRA_FIELDS.items()}


def export_table(store: Store, *, ids: Sequence[str] | None = None,
                 fields: dict[str, dict[str, Any]] | None = None) -> pa.Table:
    """The base contract from the store plus every field in ``EXTRA_FIELDS``."""
    table = store.export_table(ids=list(ids) if ids is not None else None)
    ids = table.column("id").to_pylist()
    for name, values_of in EXTRA_FIELDS.items():
        values = fields[name] if fields is not None else values_of(store)
        table = table.append_column(name, pa.array([values.get(article_id) for article_id in ids]))
    return table


def check_format(format: str) -> None:
    """A ``UsageError`` unless ``format`` is one ``export`` writes."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")


def export(store: Store, *, format: str, out: str | IO[bytes]) -> int:
    """Write every current article to ``out``, a file path or a binary stream the caller owns
    (the CLI gives its stdout: the library never writes to it); return the count."""
    check_format(format)
    if not isinstance(out, str):
        if format == "parquet":
            raise UsageError("parquet is binary: give {out} FILE", options=("out",))
        return _write(store, format=format, out=out)
    try:
        if os.path.dirname(out):
            os.makedirs(os.path.dirname(out), exist_ok=True)
        return _write(store, format=format, out=out)
    except OSError as e:
        raise cannot_write(out, e) from e


def _write(store: Store, *, format: str, out: str | IO[bytes]) -> int:
    if format == "jsonl":
        return _write_jsonl(store, out)
    table = export_table(store)
    if format == "parquet":
        pq.write_table(typed(table), out)
    else:
        pa_csv.write_csv(flatten(table), out)
    return table.num_rows


def _output(out: str | IO[bytes]) -> ContextManager[IO[bytes]]:
    """The file ``out`` opened for writing, or the caller's stream (left open)."""
    return open(out, "wb") if isinstance(out, str) else nullcontext(out)


def _write_jsonl(store: Store, out: str | IO[bytes]) -> int:
    count = 0
    with _output(out) as handle:
        for record in export_records(store):
            handle.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            count += 1
    return count


def flatten(table: pa.Table) -> pa.Table:
    """Flat columns for CSV/Parquet: lists joined with "; ", nested values as JSON text."""
    columns = {}
    for name in table.column_names:
        column = table.column(name)
        if pa.types.is_list(column.type) and pa.types.is_string(column.type.value_type):
            columns[name] = pa.array(["; ".join(v) if v is not None else None for v in column.to_pylist()],
                                     type=pa.string())
        elif pa.types.is_nested(column.type):
            columns[name] = pa.array([json.dumps(v, ensure_ascii=False) for v in column.to_pylist()],
                                     type=pa.string())
        else:
            columns[name] = column
    return pa.table(columns)


def typed(table: pa.Table) -> pa.Table:
    """The table with every nested column given one unified Arrow type (for Parquet)."""
    columns = {}
    for name in table.column_names:
        column = table.column(name)
        if pa.types.is_nested(column.type) or pa.types.is_null(column.type):
            values = column.to_pylist()
            arrow_type = _settle(nested_type(values))
            columns[name] = pa.array([conform(v, arrow_type) for v in values], type=arrow_type)
        else:
            columns[name] = column
    return pa.table(columns)


def nested_type(values: list[Any]) -> pa.DataType | None:
    """One Arrow type that holds every value (None when every value is null)."""
    found: pa.DataType | None = None
    for value in values:
        found = _unify(found, _value_type(value))
    return found


def _value_type(value: Any) -> pa.DataType | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return pa.bool_()
    if isinstance(value, int):
        return pa.int64()
    if isinstance(value, float):
        return pa.float64()
    if isinstance(value, list):
        return pa.list_(nested_type(value) or pa.null())
    if isinstance(value, dict):
        fields = [pa.field(str(k), _value_type(v) or pa.null()) for k, v in value.items()]
        return pa.struct(fields) if fields else pa.string()
    return pa.string()


def _unify(a: pa.DataType | None, b: pa.DataType | None) -> pa.DataType | None:
    if a is None or pa.types.is_null(a):
        return b if b is not None else a
    if b is None or pa.types.is_null(b) or a == b:
        return a
    numbers = (pa.types.is_integer, pa.types.is_floating)
    if any(t(a) for t in numbers) and any(t(b) for t in numbers):
        return pa.float64()
    if pa.types.is_struct(a) and pa.types.is_struct(b):
        names = list(dict.fromkeys([f.name for f in a] + [f.name for f in b]))
        merged = {n: _unify(_child(a, n), _child(b, n)) for n in names}
        fields = [pa.field(n, t if t is not None else pa.null()) for n, t in merged.items()]
        return pa.struct(fields)
    if pa.types.is_list(a) and pa.types.is_list(b):
        return pa.list_(_unify(a.value_type, b.value_type) or pa.null())
    return pa.string()


def _settle(arrow_type: pa.DataType | None) -> pa.DataType:
    """Types never seen with a value (only nulls, only empty lists) become strings."""
    if arrow_type is None or pa.types.is_null(arrow_type):
        return pa.string()
    if pa.types.is_list(arrow_type):
        return pa.list_(_settle(arrow_type.value_type))
    if pa.types.is_struct(arrow_type):
        return pa.struct([pa.field(f.name, _settle(f.type)) for f in arrow_type])
    return arrow_type


def _child(struct: pa.StructType, name: str) -> pa.DataType | None:
    index = struct.get_field_index(name)
    return struct.field(index).type if index >= 0 else None


def conform(value: Any, arrow_type: pa.DataType) -> Any:
    """``value`` shaped to ``arrow_type``: missing keys null, numbers widened, others JSON text."""
    if value is None or pa.types.is_null(arrow_type):
        return None
    if pa.types.is_string(arrow_type):
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if pa.types.is_floating(arrow_type):
        return float(value)
    if pa.types.is_struct(arrow_type):
        return {f.name: conform(value.get(f.name), f.type) for f in arrow_type}
    if pa.types.is_list(arrow_type):
        return [conform(v, arrow_type.value_type) for v in value]
    return value
