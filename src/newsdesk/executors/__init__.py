"""Executors decide where a list of pipeline steps runs; the steps stay the same.

``InProcessExecutor`` runs in this process; ``ProcessPoolExecutor`` spreads shards of
articles over local processes. An executor for a cluster engine is a new module here with
the same ``run(steps, articles)`` method; it imports its engine inside that module.
"""

from __future__ import annotations

import os

from newsdesk.executors.local import Executor, InProcessExecutor, ProcessPoolExecutor

__all__ = ["Executor", "InProcessExecutor", "ProcessPoolExecutor", "make_executor"]


def make_executor(workers: int | None = None) -> Executor:
    """In-process for one worker, else a process pool (default: one worker per core)."""
    count = workers if workers is not None else (os.cpu_count() or 1)
    return InProcessExecutor() if count <= 1 else ProcessPoolExecutor(workers=count)
