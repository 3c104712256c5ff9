"""A job on a served store finishes while the server's requests keep reading it.

A real store (a copy of the seeds), the server's own ``Desk`` and its job runner, and reader
threads that each read the store through ``Desk.reading`` in a tight loop, overlapping one
another as a busy server's requests do. The upload is tests/data/web_xss/hostile.jsonl (see
its README)."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from newsdesk.errors import StoreError
from newsdesk.service.desk import Desk
from newsdesk.service.sharing import WRITER_GRACE
from newsdesk.store import open_store

HOSTILE = Path(__file__).parent / "data" / "web_xss" / "hostile.jsonl"


def read_until(desk: Desk, stop: threading.Event, outcomes: list[str], *, slow: float) -> None:
    """One request after another until ``stop``, each holding its store ``slow`` seconds after
    its read (a page that takes that long); each request's outcome is recorded."""
    while not stop.is_set():
        try:
            with desk.reading() as store:
                outcomes.append(str(store.browse_articles(limit=5)[0]))
                time.sleep(slow)
        except Exception as e:  # the test names what a request met
            outcomes.append(f"{type(e).__name__}: {e}")


@pytest.mark.parametrize(
    ("readers", "slow"),
    [
        (1, 0.0),  # requests one after another
        (6, 0.0),  # overlapping quick requests
        (6, WRITER_GRACE * 1.5),  # requests slower than a waiting writer's grace, overlapping
    ],
)
def test_a_job_finishes_while_overlapping_requests_read(
    seed_store: str, tmp_path: Path, readers: int, slow: float
) -> None:
    path = tmp_path / "desk.duckdb"
    shutil.copy(seed_store, path)
    desk = Desk(str(path), wait=10.0)
    with desk.reading() as store:
        before = store.browse_articles(limit=5)[0]
    stop, outcomes = threading.Event(), []
    threads = [
        threading.Thread(target=read_until, args=(desk, stop, outcomes), kwargs={"slow": slow})
        for _ in range(readers)
    ]
    try:
        for thread in threads:  # started apart, so that some request always holds the store
            thread.start()
            time.sleep(slow / readers)
        job = desk.submit_ingest([desk.save_upload(HOSTILE.read_bytes(), filename="h.jsonl")])
        desk.jobs.wait(timeout=240)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
        with desk.reading() as store:
            after = store.browse_articles(limit=5)[0]
        desk.close()
    assert job.state == "done", (job.errors, job.progress)
    assert job.counts["new"] == 3 and job.counts["analysed"] >= 3
    failed = [outcome for outcome in outcomes if not outcome.isdigit()]
    assert outcomes and not failed, failed[:3]
    assert after == before + 3


def test_opens_that_race_a_closing_connection_wait_instead_of_failing(
    seed_store: str, tmp_path: Path
) -> None:
    """A writer of this process opening and closing the store while request-like readers open
    and close their own connections: DuckDB refuses to attach a file that a closing connection
    still has ("Unique file handle conflict"); that is a wait, never "cannot open the store".
    The race depends on timing, so this catches it in some runs only (most often on a loaded
    machine); the overlapping readers above make the other race certain."""
    path = str(tmp_path / "churn.duckdb")
    shutil.copy(seed_store, path)
    stop, failures, reads = threading.Event(), [], []

    def read() -> None:
        while not stop.is_set():
            try:
                with open_store(path, read_only=True, detached=True, wait=5) as store:
                    reads.append(store.browse_articles(limit=1)[0])
            except StoreError as e:
                failures.append(str(e))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        deadline = time.monotonic() + 4
        while time.monotonic() < deadline:
            try:
                with open_store(path, wait=1) as store:
                    reads.append(store.browse_articles(limit=1)[0])
            except StoreError as e:
                failures.append(str(e))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert reads
    assert not [failure for failure in failures if "cannot open" in failure], failures[:3]
