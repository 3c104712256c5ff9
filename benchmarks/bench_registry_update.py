"""The entity step alone: a full rebuild against the update after adding 1%, for two checkouts.

On the stores ``bench_corpus_steps.py`` builds (run it first with the same ``--cache``), for
each size N it makes once a store of N articles, every step rebuilt, with the next N/100
articles added and lineage and stories updated (``pre-N.duckdb``: what the entity step finds
on a real run). Then, for each ``--src`` tree (a checkout's ``src`` folder: a reference and
the code measured) in turn, each run in its own process on a fresh copy of that store, it
times ``resolve_entities`` with ``full=True`` and without, ``--repeat`` times, and prints the
best CPU seconds of each, the update's share of the rebuild, each tree's figures as a
ratio of the first tree's (CPU seconds: the machine may be shared), and the largest peak
resident memory of the processes that ran the rebuild and the update.

    python benchmarks/bench_registry_update.py --src /path/to/main/src --src src \\
        [--sizes 1000,2000,4000] [--repeat 2] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def prepare(cache: Path, size: int) -> Path:
    """The store of ``size`` articles, rebuilt, with 1% added and lineage and stories updated."""
    from bench_corpus_steps import add_articles, rebuilt_store
    from bench_corpus_steps import prepare as prepare_base

    pre = cache / f"pre-{size}.duckdb"
    if pre.exists():
        return pre
    from newsdesk.lineage.stories import update_stories_near
    from newsdesk.lineage.update import update_lineage
    from newsdesk.store import open_store

    _, added = prepare_base(cache, size)
    work = cache / f"pre-{size}.tmp.duckdb"
    shutil.copy(rebuilt_store(cache, size), work)
    new = add_articles(cache, work, added)
    with open_store(work) as store:
        update_lineage(store, stories=False)
        found = store.get_articles(new)
        update_stories_near(store, [found[i] for i in new])
    work.rename(pre)
    return pre


def measure(store_path: Path, *, full: bool) -> None:
    """One timed entity step in this process (the tree on ``sys.path`` is the one timed)."""
    from newsdesk.entities import resolve_entities
    from newsdesk.store import open_store

    with open_store(store_path) as store:
        started, cpu = time.perf_counter(), time.process_time()
        resolve_entities(store, full=full)
        print(json.dumps({"cpu": round(time.process_time() - cpu, 2),
                          "wall": round(time.perf_counter() - started, 2),
                          "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
                          }), flush=True)


def run_once(src: Path, pre: Path, *, full: bool) -> dict[str, float]:
    work = pre.with_name(f"run-{os.getpid()}.duckdb")
    shutil.copy(pre, work)
    try:
        environment = dict(os.environ, PYTHONPATH=str(src.resolve()))
        out = subprocess.run([sys.executable, __file__, "--measure", str(work)]
                             + (["--full"] if full else []), env=environment, check=True,
                             capture_output=True, text=True).stdout
        return json.loads(out.splitlines()[-1])
    finally:
        work.unlink(missing_ok=True)


def compare(sources: list[Path], pre: Path, *, size: int, repeat: int) -> None:
    """Best CPU seconds of each tree, rebuild and update, the trees alternating."""
    best: dict[tuple[int, bool], float] = {}
    peak: dict[tuple[int, bool], int] = {}
    for _ in range(repeat):
        for number, src in enumerate(sources):
            for full in (True, False):
                run = run_once(src, pre, full=full)
                best[(number, full)] = min(best.get((number, full), run["cpu"]), run["cpu"])
                peak[(number, full)] = max(peak.get((number, full), 0), run["peak_rss_mb"])
    for number, src in enumerate(sources):
        full, update = best[(number, True)], best[(number, False)]
        print(json.dumps({"articles": size, "src": str(src), "full_cpu": full,
                          "update_cpu": update, "share": round(update / full, 3),
                          "full_vs_first": round(full / best[(0, True)], 3),
                          "update_vs_first": round(update / best[(0, False)], 3),
                          "full_peak_mb": peak[(number, True)],
                          "update_peak_mb": peak[(number, False)],
                          "load": round(os.getloadavg()[0], 1)}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, action="append", default=[])
    parser.add_argument("--sizes", default="1000,2000,4000")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-corpus-steps"))
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        measure(options.measure, full=options.full)
        return
    sys.path.insert(0, str(HERE))
    for size in map(int, options.sizes.split(",")):
        compare(options.src or [Path("src")], prepare(options.cache, size), size=size,
                repeat=options.repeat)


if __name__ == "__main__":
    main()
