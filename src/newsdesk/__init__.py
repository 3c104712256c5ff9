"""newsdesk: turn news articles into structured, verifiable intelligence.

The Python API returns data and never prints; it logs to the ``newsdesk`` logger::

    import newsdesk
    report = newsdesk.ingest(["examples/"], db="out/newsdesk.duckdb")
    with newsdesk.open_store("out/newsdesk.duckdb") as store:
        titles = [article.title for article in store.iter_articles()]
"""

# ruff: noqa: E402  (the worker guard must run before the other imports)
from __future__ import annotations

from newsdesk.parent_death import guard_spawned_worker

guard_spawned_worker()  # before the heavy imports below: a pool worker dies with its parent

import logging

from newsdesk.article import Article, Removed
from newsdesk.errors import (
    InputError,
    MissingExtraError,
    NewsdeskError,
    StoreError,
    UsageError,
)
from newsdesk.exporter import export, export_records
from newsdesk.ingest import IngestReport, ingest
from newsdesk.store import Store, open_store

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = [
    "Article", "IngestReport", "InputError", "MissingExtraError", "NewsdeskError", "Removed",
    "Store", "StoreError", "UsageError", "export", "export_records", "ingest", "open_store",
]
