"""Ingest and analyse jobs, run one at a time in a background thread owned by the server.

A job is queued, runs, and ends ``done`` or ``failed``; its progress, counts and per-input
errors are kept in memory for ``GET /api/jobs/{id}`` (they do not outlive the server).
"""

from __future__ import annotations

import logging
import queue
import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from newsdesk.errors import NewsdeskError, NotFoundError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Job:
    id: str
    kind: str
    state: str = "queued"  # queued, running, done, failed
    progress: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    #: What is worth a word but failed nothing (an input that holds no article), as the CLI
    #: prints its ``note:`` lines.
    notes: list[str] = field(default_factory=list)
    result: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Work = Callable[[Job], None]


class JobRunner:
    """A queue of jobs and the one thread that runs them, in order."""

    def __init__(self) -> None:
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[tuple[Job, Work]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        #: How many jobs have ended: what a server caches is stale once this changes.
        self.finished = 0

    def submit(self, kind: str, work: Work) -> Job:
        job = Job(id=uuid.uuid4().hex[:12], kind=kind)
        with self._lock:
            self._jobs[job.id] = job
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._loop, name="newsdesk-jobs", daemon=True
                )
                self._thread.start()
        self._queue.put((job, work))
        return job

    def get(self, job_id: str) -> Job:
        try:
            return self._jobs[job_id]
        except KeyError:
            raise NotFoundError(f"no job {job_id!r}") from None

    def wait(self, timeout: float | None = None) -> None:
        """Block until every job submitted so far has ended."""
        done = threading.Event()
        self.submit("barrier", lambda job: done.set())
        done.wait(timeout)

    def _loop(self) -> None:
        while True:
            self._run(*self._queue.get())

    def _run(self, job: Job, work: Work) -> None:
        try:
            self._work(job, work)
        finally:
            self.finished += 1

    def _work(self, job: Job, work: Work) -> None:
        job.state = "running"
        try:
            work(job)
        except NewsdeskError as e:
            job.errors.append(str(e))
            job.state = "failed"
            return
        except Exception as e:  # a job must end with a state, whatever broke
            log.exception("job %s failed", job.id)
            job.errors.append(f"{type(e).__name__}: {e}")
            job.state = "failed"
            return
        job.state = "failed" if job.errors and not job.counts.get("stored") else "done"
