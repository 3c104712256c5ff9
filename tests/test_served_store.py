"""A served store lets the CLI in: `newsdesk serve` holds the file only while a request or a
job needs it, so CLI reads and writes on the same store work while it serves, and the pages
show what the CLI wrote.

A real server (`newsdesk serve`, uvicorn on a free port) and real CLI processes, on a copy of
the seeds store. The new article is the Titan page of tests/data/web (see its README)."""

from __future__ import annotations

import gzip
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from conftest import ROOT, job_end
from newsdesk.store import open_store
from test_concurrent_store import Writer  # a writer in another process that lets readers in

TITAN = ROOT / "tests" / "data" / "web" / "pages" / "titan.html.gz"
EUROPA = ROOT / "tests" / "data" / "web" / "pages" / "europa.html.gz"


def newsdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True,
                          text=True, timeout=240)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(seed_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    db = str(tmp_path_factory.mktemp("served") / "served.duckdb")
    shutil.copy(seed_store, db)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsdesk", "serve", "--db", db,
                               "--port", str(port)], stderr=subprocess.PIPE, text=True)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120)
    try:
        _wait_until_up(client, server)
        yield db, client
    finally:
        client.close()
        server.terminate()
        server.wait(timeout=30)


def _wait_until_up(client: httpx.Client, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"the server ended: {server.stderr.read()}")
        try:
            client.get("/static/desk.css")
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("the server did not start")


class Browsing:
    """A thread requesting pages of the served store until stopped; keeps every status."""

    def __init__(self, client: httpx.Client, paths: list[str]) -> None:
        self.client, self.paths, self.statuses = client, paths, []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._browse)
        self.thread.start()

    def _browse(self) -> None:
        while not self.stop.is_set():
            for path in self.paths:
                self.statuses.append(self.client.get(path).status_code)

    def finish(self) -> list[int]:
        self.stop.set()
        self.thread.join(timeout=120)
        return self.statuses


def article_ids(client: httpx.Client) -> set[str]:
    return {a["id"] for a in client.get("/api/articles", params={"limit": 500}).json()["items"]}


def test_cli_reads_a_served_store(served: tuple) -> None:
    db, client = served
    served_ids = article_ids(client)
    assert len(served_ids) == 5
    browsing = Browsing(client, ["/api/articles", "/search?q=the", f"/articles/{min(served_ids)}"])
    try:
        listing = newsdesk("articles", "--db", db)
        export = newsdesk("export", "--db", db)
    finally:
        statuses = browsing.finish()
    assert listing.returncode == 0, listing.stderr
    assert all(article_id[:8] in listing.stdout for article_id in served_ids)
    assert export.returncode == 0, export.stderr
    assert export.stdout.count("\n") == len(served_ids)
    assert statuses and set(statuses) == {200}


def test_cli_ask_on_a_served_store(served: tuple) -> None:
    db, client = served
    answer = newsdesk("ask", "Who was elected?", "--db", db, "--format", "json")
    assert answer.returncode in (0, 1), answer.stderr
    assert "busy" not in answer.stderr and answer.stdout.lstrip().startswith("{")
    assert client.get("/api/ask", params={"q": "Who was elected?"}).status_code == 200


def test_cli_write_on_a_served_store_shows_in_its_pages(served: tuple) -> None:
    db, client = served
    before = article_ids(client)
    browsing = Browsing(client, ["/api/articles", "/search?q=titan"])
    try:
        ingested = newsdesk("ingest", str(TITAN), "--db", db, "--parse-timeout", "120")
    finally:
        statuses = browsing.finish()
    assert ingested.returncode == 0, ingested.stderr
    assert statuses and set(statuses) == {200}
    new = article_ids(client) - before
    assert len(new) == 1
    page = client.get(f"/articles/{new.pop()}")
    assert page.status_code == 200 and "Titan" in page.text
    assert "Titan" in client.get("/search", params={"q": "titan"}).text


def test_a_server_job_waits_for_a_cli_writer_then_runs(served: tuple, tmp_path: Path) -> None:
    db, client = served
    before = article_ids(client)
    writer = Writer(db, tmp_path)
    try:
        with gzip.open(EUROPA, "rb") as page:
            job = client.post("/api/ingest", files={"files": ("europa.html", page.read())})
        time.sleep(2)
        assert client.get(f"/api/jobs/{job.json()['job']}").json()["state"] == "running"
        assert client.get("/api/articles").status_code == 200  # readers are let in
    finally:
        writer.finish()
    state = job_end(client, job.json()["job"])
    assert state["state"] == "done" and state["counts"]["stored"] == 1, state["errors"]
    assert len(article_ids(client) - before) == 1
    assert "Europa" in client.get("/search", params={"q": "europa"}).text


def test_a_detached_reader_outlives_the_writer_of_its_process(served: tuple) -> None:
    db, _ = served
    writer = open_store(db)
    try:
        reader = open_store(db, read_only=True, detached=True)
        cursor_reader = open_store(db, read_only=True)
    finally:
        writer.close()
    with reader:
        assert len(reader.list_articles()) >= 5
    with pytest.raises(duckdb.ConnectionException, match="closed"):
        cursor_reader.list_articles()
