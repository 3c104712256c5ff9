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
import sys
from importlib import import_module
from types import ModuleType
from typing import Any

from newsdesk.article import Article, Removed
from newsdesk.errors import (
    InputError,
    MissingExtraError,
    NewsdeskError,
    StoreError,
    UsageError,
)

logging.getLogger(__name__).addHandler(logging.NullHandler())

__version__ = "0.1.0"
__all__ = [
    "Article", "IngestReport", "InputError", "MissingExtraError", "NewsdeskError", "Removed",
    "Store", "StoreError", "UsageError", "export", "export_records", "ingest", "open_store",
]

#: The public names that bring DuckDB, pyarrow or the readers with them, and their modules:
#: each is imported on first use, so an analysis worker, which needs none, starts without them.
_ON_FIRST_USE = {
    "IngestReport": "newsdesk.ingest", "ingest": "newsdesk.ingest",
    "Store": "newsdesk.store", "open_store": "newsdesk.store",
    "export": "newsdesk.exporter", "export_records": "newsdesk.exporter",
}


def __getattr__(name: str) -> Any:
    if name not in _ON_FIRST_USE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_ON_FIRST_USE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_ON_FIRST_USE})


class _Package(ModuleType):
    """The package, whose function ``ingest`` an import of the module ``newsdesk.ingest``
    does not replace (the import system sets each imported submodule on its package)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, ModuleType) and _ON_FIRST_USE.get(name) == value.__name__:
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
