"""Executors decide where a list of pipeline steps runs; the steps stay the same.

``InProcessExecutor`` runs in this process; ``ProcessPoolExecutor`` spreads shards of
articles over local processes; ``RayExecutor`` (extra ``ray``) runs the shards as Ray tasks
on a local Ray it starts or on a cluster it joins. Every executor returns the articles to
the caller, which stays the single writer of the store. An executor imports its engine
inside its own module.
"""

from __future__ import annotations

import os

from newsdesk.errors import UsageError
from newsdesk.executors.local import Executor, InProcessExecutor, ProcessPoolExecutor

__all__ = ["EXECUTORS", "Executor", "InProcessExecutor", "ProcessPoolExecutor", "make_executor"]

#: The executors ``make_executor`` knows, by the name the CLI takes.
EXECUTORS = ("inprocess", "local", "ray")


def make_executor(workers: int | None = None, *, kind: str | None = None,
                  address: str | None = None) -> Executor:
    """The executor named ``kind`` with ``workers`` tasks at once (default: one per core).

    Without ``kind``: in-process for one worker, else a local process pool.
    """
    count = max(1, workers if workers is not None else (os.cpu_count() or 1))
    if kind is None:
        kind = "inprocess" if count == 1 else "local"
    if kind == "inprocess":
        return InProcessExecutor()
    if kind == "local":
        return ProcessPoolExecutor(workers=count)
    if kind == "ray":
        from newsdesk.executors.ray import RayExecutor

        return RayExecutor(workers=count, address=address)
    raise UsageError(f"unknown executor {kind!r}; choose one of {', '.join(EXECUTORS)}")
