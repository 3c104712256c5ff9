"""The desk's readers on several threads: requests and the background maker of the home page's
brief read the store at once, each through a cursor of its own, and closing the desk while
the maker or a request reads lets it finish, shared or held (``hold=True``); a reader after
the close reads through a connection of its own and lets the file go as it leaves.

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
            # the maker goes on to the other slow pages after the brief: its errors come later
            assert wait_for(lambda: desk.kept("export-fields") is not None)
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


def test_a_reader_after_the_close_lets_the_file_go_as_it_leaves(store_path: str) -> None:
    """The shared connection was opened again by a reader after the close and kept for 30 s:
    a write that would not wait (``wait=0``) then failed 'busy'."""
    desk = Desk(store_path, wait=10.0)
    desk.close()
    with desk.reading() as store:
        assert store.browse_articles(limit=1)
    with open_store(store_path, wait=0.0) as store:
        assert store.browse_articles(limit=1)


def test_readers_after_the_close_never_join_the_closing_connection(store_path: str) -> None:
    """Readers that overlap one another after the close kept the shared connection open for
    as long as they kept coming; each now reads through its own, and the file is let go as
    the last one leaves."""
    readers = SharedReader(store_path, wait=10.0)
    first = readers.reading()
    assert first.__enter__().browse_articles(limit=1)
    readers.close()
    for _ in range(3):
        later = readers.reading()
        assert later.__enter__().browse_articles(limit=1)
        first.__exit__(None, None, None)
        first = later
    first.__exit__(None, None, None)
    with open_store(store_path, wait=0.0) as store:
        assert store.browse_articles(limit=1)


def test_closing_a_held_desk_lets_a_request_in_flight_finish(store_path: str) -> None:
    """A held desk waited for its makers only and closed the connection under a request's
    cursor; now it waits for every reader in it, and a reader after the close reads through
    a connection of its own."""
    desk = Desk(store_path, wait=10.0, hold=True)
    inside, answers = threading.Event(), []

    def request() -> None:
        try:
            with desk.reading() as store:
                inside.set()
                time.sleep(0.5)
                answers.append(bool(store.browse_articles(limit=3)))
        except Exception as e:  # the test names what the request met
            answers.append(f"{type(e).__name__}: {e}")

    thread = threading.Thread(target=request)
    thread.start()
    assert inside.wait(60.0)
    desk.close()
    thread.join()
    assert answers == [True]
    with desk.reading() as store:
        assert store.browse_articles(limit=1)
    with open_store(store_path, wait=2.0) as store:
        assert store.browse_articles(limit=1)


def test_a_held_desk_closed_under_a_long_reader_closes_as_it_leaves(store_path: str) -> None:
    """A reader that outlasts the close's wait keeps its cursor; the held connection closes
    as it leaves."""
    desk = Desk(store_path, wait=0.2, hold=True)
    with desk.reading() as store:
        desk.close()  # waits 0.2 s for this reader, then leaves the close to it
        assert store.browse_articles(limit=1)
    with open_store(store_path, wait=2.0) as store:
        assert store.browse_articles(limit=1)
