"""One store, several processes: reads work while a write runs, writers never interleave,
failed commands create no store file, and a file that is not a store gives one clear line."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES
from newsdesk.errors import StoreError
from newsdesk.ingest import ingest
from newsdesk.store import open_store

# A writer that keeps the store open, writing an article per pass and letting readers in between
# passes, as ingest and analyse do, until the file named by its second argument appears.
WRITER = textwrap.dedent("""
    import os, sys, time
    from newsdesk.store import open_store
    from newsdesk.ingest import ingest
    db, stop = sys.argv[1], sys.argv[2]
    with open_store(db) as store:
        print("holding", flush=True)
        while not os.path.exists(stop):
            store.file_sha256("nothing")
            store.let_readers_in()
            time.sleep(0.02)
""")


@pytest.fixture()
def seeded(tmp_path: Path) -> str:
    db = str(tmp_path / "store.duckdb")
    ingest([str(next(EXAMPLES.glob("000_*")))], db=db, workers=1)
    return db


class Writer:
    def __init__(self, db: str, tmp_path: Path) -> None:
        self.stop = tmp_path / "stop"
        self.process = subprocess.Popen([sys.executable, "-c", WRITER, db, str(self.stop)],
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout.readline().strip() == "holding"

    def finish(self) -> None:
        self.stop.touch()
        assert self.process.wait(timeout=30) == 0


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True,
                          timeout=120)


def test_reads_work_while_a_writer_holds_the_store(seeded: str, tmp_path: Path) -> None:
    writer = Writer(seeded, tmp_path)
    try:
        with open_store(seeded, read_only=True, wait=20) as store:
            assert len(store.list_articles()) == 1
        listing = newsdesk("articles", "--db", seeded)
        assert listing.returncode == 0, listing.stderr
        export = newsdesk("export", "--db", seeded)
        assert export.returncode == 0 and export.stdout.count("\n") == 1
    finally:
        writer.finish()


def test_a_second_writer_waits_then_refuses_clearly(seeded: str, tmp_path: Path) -> None:
    writer = Writer(seeded, tmp_path)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as refused:
            open_store(seeded, wait=1.0)
        assert time.monotonic() - started < 10
        message = str(refused.value)
        assert "\n" not in message and seeded in message and "try again" in message
        second = subprocess.Popen([sys.executable, "-m", "newsdesk", "ingest", str(EXAMPLES),
                                   "--db", seeded, "--workers", "1"], stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert second.poll() is None  # waiting for the first writer
    finally:
        writer.finish()
    assert second.wait(timeout=120) == 0
    assert "4 articles ingested" in second.stderr.read()
    with open_store(seeded, read_only=True) as store:  # nothing doubled, nothing lost
        ids = [row["id"] for row in store.list_articles()]
    assert len(ids) == len(set(ids)) == 5


def test_a_reader_that_holds_on_makes_the_writer_give_up_clearly(seeded: str) -> None:
    reader = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time, duckdb
        con = duckdb.connect(sys.argv[1], read_only=True)
        print("reading", flush=True)
        time.sleep(30)
    """), seeded], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "reading"
        with pytest.raises(StoreError, match=r"busy \(process \d+ has it open\)"):
            open_store(seeded, wait=0.5)
    finally:
        reader.kill()
        reader.wait()
    open_store(seeded).close()


def test_one_process_may_read_a_store_it_writes(seeded: str) -> None:
    with open_store(seeded) as writer, open_store(seeded, read_only=True) as reader:
        assert reader.list_articles() == writer.list_articles()


@pytest.mark.parametrize("detached", [False, True])
def test_every_connection_the_store_opens_shows_no_progress_bar(seeded: str, detached) -> None:
    """The library never prints: DuckDB's progress bar is off on each connection, a reader
    that joins this process's writer included (a server's own readers are such readers)."""
    setting = "SELECT current_setting('enable_progress_bar')"
    with (open_store(seeded) as writer,
          open_store(seeded, read_only=True, detached=detached) as reader):
        assert reader.list_articles() == writer.list_articles()
        assert reader.con.execute(setting).fetchone() == writer.con.execute(setting).fetchone()
        assert reader.con.execute(setting).fetchone() == (False,)


def test_a_writer_waits_for_a_reader_of_the_same_process(seeded: str) -> None:
    reader = open_store(seeded, read_only=True)
    closer = threading.Timer(0.5, reader.close)
    closer.start()
    with open_store(seeded, wait=20) as writer:  # DuckDB alone refuses a second configuration
        assert len(writer.list_articles()) == 1
    closer.join()
    with open_store(seeded, read_only=True) as reader, pytest.raises(StoreError, match="read-only"):
        open_store(seeded, wait=0.2)


@pytest.mark.parametrize("command", [
    ("ingest", "{missing_input}"),
    ("articles",), ("export",), ("stories",), ("quotes",), ("analyse",),
    ("ask", "who said what?"), ("entities", "rename", "a", "b"),
])
def test_failed_commands_create_no_store_file(command: tuple[str, ...], tmp_path: Path) -> None:
    db = tmp_path / "sub" / "never.duckdb"
    args = [part.format(missing_input=tmp_path / "no-such-file.txt") for part in command]
    result = newsdesk(*args, "--db", str(db))
    assert result.returncode != 0
    assert not db.exists() and not Path(f"{db}.wal").exists()
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("make", "expected"), [
    (lambda path: path.write_bytes(b""), "not a DuckDB database file"),
    (lambda path: path.write_bytes(b"SQLite format 3\x00" + bytes(200)), "not a DuckDB database file"),
    (lambda path: duckdb.connect(str(path)).close(), "an empty DuckDB file"),
    (lambda path: duckdb.connect(str(path)).execute("CREATE TABLE sales (n INT)").close(),
     "holding other tables"),
])
def test_a_file_that_is_not_a_store_gives_one_line(make, expected: str, tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    make(path)
    for command in ("articles", "quotes"):
        result = newsdesk(command, "--db", str(path))
        assert result.returncode == 1, result.stderr
        assert result.stderr.strip() == f"error: {path}: not a newsdesk store ({expected})" or (
            expected in result.stderr and len(result.stderr.strip().splitlines()) == 1)


def test_a_step_on_one_thread_gives_the_setting_back_when_its_transaction_fails(
    seeded: str,
) -> None:
    """A corpus step's update runs DuckDB on one thread; a failure inside its transaction
    (which refuses every statement until it is rolled back) must not leave the connection on
    one thread, and a step nested in another keeps the outer setting to restore."""
    with open_store(seeded) as store:
        store.con.execute("SET threads = 3")

        def threads() -> int:
            return store.con.execute("SELECT current_setting('threads')").fetchone()[0]

        with pytest.raises(duckdb.ConversionException), store.transaction(), store.one_thread():
            store.con.execute("SELECT CAST('not a number' AS INTEGER)")
        assert threads() == 3
        with store.one_thread():
            with store.one_thread():
                assert threads() == 1
            assert threads() == 1
        assert threads() == 3
        assert store.count_articles() >= 1  # the store is usable after the rollback


READER = textwrap.dedent("""
    import sys
    from newsdesk.store import open_store
    with open_store(sys.argv[1], read_only=True, wait=30) as store:
        print(store.count_articles(), flush=True)
""")


def test_the_lineage_update_inside_the_steps_setting_asks_nothing_about_threads(seeded: str) -> None:
    """Inside ``newsdesk analyse``'s one-thread setting for all the steps (``steps_threads``),
    the lineage update does not ask the store again whether this is an update: DuckDB's own
    query log holds one count of ``lineage_articles`` (the setting's), and the setting before
    comes back after."""
    from newsdesk.analyse import steps_threads
    from newsdesk.lineage.update import update_lineage

    with open_store(seeded) as store:
        update_lineage(store)  # an update, not a first run, from here on
        store.con.execute("SET threads = 3")
        store.con.execute("CALL enable_logging('QueryLog')")
        assert not store.on_one_thread
        with steps_threads(store, full=False):
            assert store.on_one_thread
            update_lineage(store)
        logged = [row[0] for row in store.con.execute(
            "SELECT message FROM duckdb_logs WHERE type = 'QueryLog'").fetchall()]
        threads = store.con.execute("SELECT current_setting('threads')").fetchone()[0]
    assert sum(" ".join(text.split()) == "SELECT count(*) FROM lineage_articles" for text in logged) == 1
    assert threads == 3 and not store.on_one_thread


def test_the_steps_one_thread_holds_across_a_reader_let_in(seeded: str) -> None:
    """``newsdesk analyse`` sets one thread once around all the corpus steps' updates
    (``steps_threads``); a reader let in between two steps closes and opens the connection
    again, which must come back on one thread, and the setting before comes back after."""
    from newsdesk.analyse import steps_threads
    from newsdesk.lineage.update import update_lineage

    with open_store(seeded) as store:
        update_lineage(store)  # an update, not a first run, from here on
        store.con.execute("SET threads = 3")

        def threads() -> int:
            return store.con.execute("SELECT current_setting('threads')").fetchone()[0]

        with steps_threads(store, full=True):
            assert threads() == 3  # a rebuild reads every article, on every thread
        with steps_threads(store, full=False):
            assert threads() == 1
            reader = subprocess.Popen([sys.executable, "-c", READER, seeded], stdout=subprocess.PIPE, text=True)
            deadline = time.monotonic() + 30
            while not any(Path(seeded).parent.glob(f"{Path(seeded).name}.wait-*")) and time.monotonic() < deadline:
                time.sleep(0.02)
            store.let_readers_in(wait=30)
            assert reader.wait(timeout=30) == 0 and reader.stdout.read().strip() == "1"
            assert threads() == 1
        assert threads() == 3
