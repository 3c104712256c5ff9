"""The desk's readers on several threads: requests and the background maker of the home page's
brief read the store at once, each through a cursor of its own, and closing the desk while
the maker reads lets it finish.

A real store (a copy of the seeds) and the server's own ``Desk``; the requests are threads
that read as the API's lists do, overlapping the maker as a busy server's requests do."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from pathlib import Path

import pytest

from newsdesk import service
from newsdesk.service.desk import Desk, brief_key
from newsdesk.service.sharing import SharedReader
from newsdesk.store import open_store


@pytest.fixture()
def store_path(seed_store: str, tmp_path: Path) -> str:
    path = tmp_path / "desk.duckdb"
    shutil.copy(seed_store, path)
    return str(path)


def read_lists(desk: Desk, stop: threading.Event, failures: list[str]) -> None:
    """Requests one after another until ``stop``: the article, entity and quote lists."""
    while not stop.is_set():
        try:
            with desk.reading() as store:
                assert service.article_rows(store, limit=5).total > 0
                assert store.list_entities()
                assert store.layer("quotes")
        except Exception as e:  # the test names what a request met
            failures.append(f"{type(e).__name__}: {e}")


def wait_for(condition, *, seconds: float = 120.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


def test_requests_read_while_the_background_brief_is_made(store_path: str, caplog) -> None:
    desk = Desk(store_path, wait=10.0)
    stop, failures = threading.Event(), []
    readers = [threading.Thread(target=read_lists, args=(desk, stop, failures)) for _ in range(4)]
    try:
        for reader in readers:
            reader.start()
        with caplog.at_level(logging.ERROR, logger="newsdesk.service.desk"):
            made = desk.home_brief(within=120.0)
    finally:
        stop.set()
        for reader in readers:
            reader.join()
        desk.close()
    assert made is not None and made.items()
    assert not failures and not caplog.records


def test_closing_the_desk_lets_the_background_maker_finish(store_path: str, caplog) -> None:
    """A page starts the home page's making and the server stops (or a test's client closes)
    while the maker reads: closing the shared connection closed the maker's cursor under its
    query ('No open result set', or DuckDB's internal error that invalidates the database for
    every connection of the process)."""
    desk = Desk(store_path, wait=10.0)
    reading = threading.Event()

    def make(store) -> None:
        reading.set()
        desk.prepare(store)  # what the home page's making reads: brief, footprints, exports

    with caplog.at_level(logging.ERROR, logger="newsdesk.service.desk"):
        desk.soon("home", make, within=0.0)
        assert reading.wait(60.0)
        desk.close()
        assert wait_for(lambda: desk.kept(brief_key()) is not None)
    assert not caplog.records
    with open_store(store_path) as store:  # the file is let go: this process may write it
        assert store.browse_articles(limit=1)


def test_a_shared_connection_closed_while_read_closes_when_its_reader_leaves(
    store_path: str,
) -> None:
    readers = SharedReader(store_path, wait=10.0)
    with readers.reading() as store:
        readers.close()
        assert store.browse_articles(limit=5)  # the cursor still reads
        assert service.article_rows(store, limit=5).total > 0
    with open_store(store_path) as store:  # closed as its reader left: writable here
        assert store.browse_articles(limit=1)
