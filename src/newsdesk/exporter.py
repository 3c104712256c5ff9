"""Export stored articles as JSONL, CSV or Parquet (the contract is documented in docs/export.md)."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from newsdesk.errors import UsageError
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
    from newsdesk.lineage import duplicates_by_article

    return duplicates_by_article(store)


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


def export(store: Store, *, format: str, out: str | None = None) -> int:
    """Write every current article to ``out`` (stdout for JSONL/CSV when None); return the count."""
    if format not in FORMATS:
        raise UsageError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    if format == "parquet" and out is None:
        raise UsageError("parquet is binary: give --out FILE")
    if out and os.path.dirname(out):
        os.makedirs(os.path.dirname(out), exist_ok=True)
    if format == "jsonl":
        return _write_jsonl(store, out)
    table = flatten(export_table(store))
    if format == "parquet":
        pq.write_table(table, out)
    else:
        pa_csv.write_csv(table, out if out else sys.stdout.buffer)
    return table.num_rows


def _write_jsonl(store: Store, out: str | None) -> int:
    count = 0
    handle: IO[str] = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        for record in export_records(store):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    finally:
        if out:
            handle.close()
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
