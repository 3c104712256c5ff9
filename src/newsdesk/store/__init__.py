"""The embedded store: one DuckDB file. This package owns the schema and every query.

Nothing outside ``newsdesk.store`` builds SQL. ``Store`` is one connection with the queries of
each concern mixed in from its own module (articles, lineage, entities, quotes, retrieval,
browse);
``schema`` holds the versioned migrations. Values always travel as bound parameters or Arrow
tables, never inside SQL text.
"""

from __future__ import annotations

import os
from typing import Any

import duckdb

from newsdesk.errors import StoreError
from newsdesk.store.articles import ArticleQueries, SaveCounts
from newsdesk.store.browse import BrowseQueries
from newsdesk.store.entities import EntityQueries
from newsdesk.store.lineage import LineageQueries
from newsdesk.store.quotes import QuoteQueries
from newsdesk.store.retrieval import RetrievalQueries
from newsdesk.store.schema import (
    DEFAULT_DB,
    MIGRATIONS,
    SCHEMA_VERSION,
    migrate,
    transaction,
)

__all__ = ["DEFAULT_DB", "MIGRATIONS", "SCHEMA_VERSION", "SaveCounts", "Store", "open_store"]


class Store(ArticleQueries, LineageQueries, EntityQueries, QuoteQueries, RetrievalQueries,
            BrowseQueries):
    """A newsdesk store in one DuckDB file. Use ``open_store`` to get one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def reader(self) -> Store:
        """Another connection to the same open database, for one thread's reads.

        DuckDB gives each connection its own snapshot, so reads through it see committed
        data while this store's connection writes."""
        reader = Store(self.con.cursor(), self.path)
        reader.con.execute("SET enable_progress_bar = false")  # the library never prints
        return reader

    def transaction(self) -> Any:
        """A context manager: everything inside commits together or not at all."""
        return transaction(self.con)


def open_store(path: str | os.PathLike[str] = DEFAULT_DB, *, read_only: bool = False) -> Store:
    """Open (creating on first use) the store at ``path`` and bring its schema up to date."""
    path = os.fspath(path)
    if read_only and not os.path.exists(path):
        raise StoreError(f"{path}: no such store; run `newsdesk ingest` first")
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.Error as e:
        raise StoreError(f"{path}: cannot open the store ({e})") from e
    store = Store(con, path)
    try:
        migrate(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return store
