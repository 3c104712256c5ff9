"""How a face gets the store for one command: opened read-only or for writing, closed at the end.

The CLI's commands run one operation each on a store they name by path; those that work on an
open store get it from these context managers, so no face opens the store itself (``ingest``,
``analyse``, ``write_brief`` and ``ask`` take the path and open it themselves, for the CLI and
the server's jobs alike). What happens to a store that
is missing, held by another process or written by a newer newsdesk is the store's own answer
(``newsdesk.store.open_store``: a ``StoreError`` that says so), which the face reports as one line.
A server keeps the store differently: ``Desk`` (``desk.py``) and ``SharedReader``
(``sharing.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from newsdesk.store import DEFAULT_DB, Store, open_store

__all__ = ["DEFAULT_DB", "Store", "reading", "writing"]


@contextmanager
def reading(db: str) -> Iterator[Store]:
    """The store at ``db`` opened read-only; a store that does not exist is an error."""
    with open_store(db, read_only=True) as store:
        yield store


@contextmanager
def writing(db: str, *, create: bool = True) -> Iterator[Store]:
    """The store at ``db`` opened for writing, holding the writer lock until the block ends;
    ``create=False``: a store that does not exist is an error, not made empty."""
    with open_store(db, create=create) as store:
        yield store
