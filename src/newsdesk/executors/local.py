"""Executors on this machine: in-process, and a pool of local processes."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
from collections.abc import Sequence
from typing import Protocol

from newsdesk.article import Article
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
            self._pool = concurrent.futures.ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
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
