"""Run shards of articles as Ray tasks: a local Ray on 127.0.0.1, or a cluster joined by address.

The tasks return the analysed articles to the driver, which is the single writer of the
store (docs/scale.md says where that stops scaling). Ray is an extra, imported here only.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from newsdesk.article import Article
from newsdesk.errors import MissingExtraError
from newsdesk.executors.local import run_shard, split_shards
from newsdesk.pipeline import Step, run_steps

log = logging.getLogger(__name__)

#: Object store of a local Ray: shards of text are small, so keep the shared memory modest.
OBJECT_STORE_BYTES = 256 * 1024 * 1024


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as e:
        raise MissingExtraError("the ray executor", "ray") from e
    return ray


class RayExecutor:
    """Shards as Ray tasks, ``workers`` of them at once (one CPU each)."""

    name = "ray"

    def __init__(self, *, workers: int, address: str | None = None, shard_size: int = 64) -> None:
        self.workers = workers
        self.shard_size = shard_size
        self._ray = _import_ray()
        self._started = not self._ray.is_initialized()
        if self._started:
            _start(self._ray, workers=workers, address=address)
        self._task = self._ray.remote(num_cpus=1, max_retries=2)(run_shard)

    def run(self, steps: Sequence[Step], articles: Sequence[Article]) -> list[Article]:
        if not articles:
            return run_steps(articles, steps)
        shards = split_shards(articles, workers=self.workers, shard_size=self.shard_size)
        found: list[list[Article]] = []
        for start in range(0, len(shards), self.workers):  # no more than `workers` tasks at once
            wave = [self._task.remote((tuple(steps), shard)) for shard in shards[start:start + self.workers]]
            found += self._ray.get(wave)
        return [article for shard in found for article in shard]

    def close(self) -> None:
        if self._started and self._ray.is_initialized():
            self._ray.shutdown()


def _start(ray: Any, *, workers: int, address: str | None) -> None:
    """Join the cluster at ``address``, or start a small, quiet local Ray bound to 127.0.0.1."""
    # workers import newsdesk from the same places as this process
    paths = {"PYTHONPATH": os.pathsep.join(os.path.abspath(path) for path in sys.path if path)}
    options: dict[str, Any] = {"logging_level": logging.WARNING, "log_to_driver": False,
                               "runtime_env": {"env_vars": paths}}
    if address:
        log.info("joining the Ray cluster at %s", address)
        ray.init(address=address, **options)
        return
    ray.init(address="local", num_cpus=workers, include_dashboard=False, _node_ip_address="127.0.0.1",
             object_store_memory=OBJECT_STORE_BYTES, configure_logging=False, **options)
