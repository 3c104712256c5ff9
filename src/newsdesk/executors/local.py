"""Executors on this machine: in-process, and a pool of local processes.

Workers never outlive the main process: each asks the kernel for SIGKILL when its parent dies
(``newsdesk.parent_death``; first thing on import of ``newsdesk``, so also while a worker is
still starting) and also runs a thread that exits when its parent process is gone (every other
system).
Workers ignore SIGINT: Ctrl-C reaches the whole process group, and the main process decides
how to stop (finish the current input, then exit with a summary).
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Sequence
from typing import Protocol

from newsdesk.article import Article
from newsdesk.parent_death import WORKER_PARENT_ENV, die_with_parent
from newsdesk.pipeline import Step, run_steps


class Executor(Protocol):
    """Runs steps over a batch of articles and returns them in the same order.

    ``name`` and ``workers`` say what ran, for the run's summary line.
    """

    name: str
    workers: int

    def run(self, steps: Sequence[Step], articles: Sequence[Article]) -> list[Article]: ...

    def close(self) -> None: ...


class InProcessExecutor:
    name = "inprocess"
    workers = 1

    def run(self, steps: Sequence[Step], articles: Sequence[Article]) -> list[Article]:
        return run_steps(articles, steps)

    def close(self) -> None:
        pass


class ProcessPoolExecutor:
    """Split a batch into shards and run each shard in a worker process."""

    name = "local"

    def __init__(self, *, workers: int, shard_size: int = 64) -> None:
        self.workers = workers
        self.shard_size = shard_size
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None

    def run(self, steps: Sequence[Step], articles: Sequence[Article]) -> list[Article]:
        if len(articles) <= 1:
            return run_steps(articles, steps)
        shards = split_shards(articles, workers=self.workers, shard_size=self.shard_size)
        results = self._ensure_pool().map(run_shard, [(tuple(steps), shard) for shard in shards])
        return [article for shard in results for article in shard]

    def _ensure_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            os.environ[WORKER_PARENT_ENV] = str(os.getpid())  # read by the workers on start
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context, initializer=watch_parent,
                initargs=(os.getpid(),))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def split_shards(articles: Sequence[Article], *, workers: int, shard_size: int) -> list[list[Article]]:
    """Consecutive shards, at most ``shard_size`` long, at least one per worker when there are enough."""
    size = max(1, min(shard_size, -(-len(articles) // workers)))
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def run_shard(job: tuple[tuple[Step, ...], list[Article]]) -> list[Article]:
    steps, shard = job
    return run_steps(shard, steps)


def watch_parent(parent: int, *, every: float = 1.0) -> None:
    """Pool initializer: end this worker when process ``parent`` ends, even by SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent(parent)
    threading.Thread(target=_exit_when_orphaned, args=(parent, every), daemon=True).start()


def _exit_when_orphaned(parent: int, every: float) -> None:
    while os.getppid() == parent:
        time.sleep(every)
    os._exit(1)
