"""The desk a server runs: one writable store, per-thread read connections and the job runner.

DuckDB lets one process open a file either read-write or read-only, not both, and only one
process may write it. So the server opens the store read-write once and keeps it; each request
reads through its own connection to that same database (``Store.reader``), which sees the last
committed state while a job writes. Jobs run in the runner's one thread and open the store by
path, which in this process reuses the same database (DuckDB caches it per file).
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsdesk.errors import UsageError
from newsdesk.service.jobs import Job, JobRunner
from newsdesk.store import Store, open_store

#: Largest upload accepted, per file.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
#: Formats an upload may be stored as (``READERS`` keys); an archive format is refused.
UPLOAD_FORMATS = (
    "txt",
    "md",
    "html",
    "jsonl",
    "json",
    "csv",
    "tsv",
    "rss",
    "atom",
    "xml",
    "sitemap",
)


class Desk:
    """The store a server serves, its readers and its jobs."""

    def __init__(self, db: str) -> None:
        self.db = os.fspath(db)
        self.store = open_store(self.db)
        self.store.con.execute("SET enable_progress_bar = false")  # a server never prints
        self.jobs = JobRunner()
        self.uploads = Path(self.db).with_name(Path(self.db).name + ".uploads")
        self._cache: dict[str, Any] = {}
        self._cache_generation = 0
        self._cache_lock = threading.Lock()

    def close(self) -> None:
        self.store.close()

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, kept until the next job ends (the server is the store's only writer)."""
        with self._cache_lock:
            if self._cache_generation != self.jobs.finished:
                self._cache.clear()
                self._cache_generation = self.jobs.finished
            if key in self._cache:
                return self._cache[key]
        value = make()
        with self._cache_lock:
            self._cache[key] = value
        return value

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store on a connection of its own, for one request's reads."""
        reader = self.store.reader()
        try:
            yield reader
        finally:
            reader.close()

    def save_upload(self, data: bytes, *, filename: str | None = None) -> str:
        """Keep an uploaded file under a name made from its content; return its path."""
        if len(data) > MAX_UPLOAD_BYTES:
            raise UsageError(f"{filename or 'upload'}: larger than {MAX_UPLOAD_BYTES} bytes")
        kind = upload_format(data, filename=filename)
        if kind is None:
            raise UsageError(f"{filename or 'upload'}: not a format newsdesk ingest reads")
        self.uploads.mkdir(parents=True, exist_ok=True)
        path = self.uploads / f"{hashlib.sha256(data).hexdigest()[:20]}.{kind}"
        path.write_bytes(data)
        return str(path)

    def submit_ingest(self, inputs: list[str], *, follow_links: bool = False) -> Job:
        """Queue an ingest of ``inputs`` (paths or URLs) that then analyses what it stored."""
        return self.jobs.submit("ingest", lambda job: self._ingest(job, inputs, follow_links))

    def submit_analyse(self) -> Job:
        return self.jobs.submit("analyse", self._analyse)

    def submit_decision(self, *, action: str, subject: str, value: str) -> Job:
        """Queue an entity merge, split or rename (``newsdesk entities merge|split|rename``)."""

        def work(job: Job) -> None:
            from newsdesk.entities import decide

            with open_store(self.db) as store:
                entity = decide(store, action=action, subject=subject, value=value)
            job.result.update(entity=entity.get("id"), name=entity.get("name"))

        return self.jobs.submit(action, work)

    def _ingest(self, job: Job, inputs: list[str], follow_links: bool) -> None:
        from newsdesk.ingest import ingest

        def on_input(path: str, status: str, done: int, total: int) -> None:
            job.progress.update(done=done, total=total)

        report = ingest(
            inputs, db=self.db, workers=1, follow_links=follow_links, progress=on_input
        )
        job.counts.update(
            inputs=report.inputs,
            new=report.new,
            updated=report.updated,
            unchanged=report.unchanged,
            failed=len(report.failed),
            stored=report.new + report.updated,
        )
        job.errors.extend(str(problem) for problem in report.failed)
        if job.counts["stored"]:
            self._analyse(job)

    def _analyse(self, job: Job) -> None:
        from newsdesk.analyse import analyse

        def on_batch(done: int, total: int) -> None:
            job.progress.update(analysed=done, to_analyse=total)

        report = analyse(db=self.db, workers=1, progress=on_batch)
        job.counts.update(analysed=report.analysed, corpus_steps=report.corpus_steps)


def upload_format(data: bytes, *, filename: str | None = None) -> str | None:
    """The format to read an upload as, judged by its bytes; the file name's suffix only
    chooses among text formats the bytes cannot tell apart (CSV, JSON, Markdown)."""
    from newsdesk.readers.sniff import sniff_format

    sniffed = sniff_format(data)
    suffix = (filename or "").lower().rsplit(".", 1)[-1] if "." in (filename or "") else ""
    if sniffed == "txt":
        stripped = data.lstrip()
        if stripped[:1] in (b"{", b"["):
            return "json" if suffix == "json" else "jsonl"
        if suffix in ("csv", "tsv", "md"):
            return suffix
    return sniffed if sniffed in UPLOAD_FORMATS else None
