"""Copy lineage time and peak memory on the AllSides corpus at 1k, 2k, 4k and 8k articles.

The articles are ingested (cleaned) once into a cache store; each size then runs in its own
process on a fresh store holding the first N articles, so peak memory is that size's alone:
  * links: ``update_lineage(store, stories=False)``: fingerprints, band-key and mark joins,
    pair comparison (exact, near, passage, rewrite);
  * stories: ``update_stories(store)``: clustering the whole store (``newsdesk.stories``);
  * incremental: the last size again, built as all but 1,000 articles, then 1,000 new ones.
Run: python benchmarks/bench_lineage.py [--sizes 1000 2000 4000 8000] [--cache DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import cached_store


def fill(source: str, target: str, *, skip: int, count: int) -> None:
    from newsdesk.store import open_store

    with open_store(source, read_only=True) as store:
        articles = list(store.iter_articles())[skip:skip + count]
    with open_store(target) as store:
        store.save_input(source=f"bench:{skip}", path="bench", sha256=str(skip), size=0, articles=articles)


def measure(source: str, size: int, *, incremental: int) -> dict:
    """One size, in this process: returns seconds and peak RSS (MiB)."""
    from newsdesk.lineage.stories import update_stories
    from newsdesk.lineage.update import update_lineage
    from newsdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "store.duckdb")
        fill(source, db, skip=0, count=size - incremental)
        result = {"articles": size}
        with open_store(db) as store:
            start = time.perf_counter()
            report = update_lineage(store, stories=False)
            result["links_s"] = time.perf_counter() - start
            result["links"] = report.links
            result["candidate_pairs"] = report.candidates
        if incremental:
            fill(source, db, skip=size - incremental, count=incremental)
            with open_store(db) as store:
                start = time.perf_counter()
                update_lineage(store, stories=False)
                result["incremental_s"] = time.perf_counter() - start
        with open_store(db) as store:
            start = time.perf_counter()
            result["stories"] = update_stories(store)
            result["stories_s"] = time.perf_counter() - start
        result["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-bench")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    source = cached_store(args.cache)
    if args.one:
        print(json.dumps(measure(source, args.one, incremental=args.incremental)))
        return
    print("articles  links s  per 1k  stories s  peak RSS MiB  candidate pairs  links found")
    for size in args.sizes:
        run = subprocess.run([sys.executable, __file__, "--cache", str(args.cache), "--one", str(size)],
                             capture_output=True, text=True, check=True)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        print(f"{r['articles']:>8}  {r['links_s']:7.1f}  {r['links_s'] / r['articles'] * 1000:6.1f}  "
              f"{r['stories_s']:9.1f}  {r['peak_rss_mib']:12.0f}  {r['candidate_pairs']:>15}  {r['links']}")
    size = args.sizes[-1]
    run = subprocess.run([sys.executable, __file__, "--cache", str(args.cache), "--one", str(size),
                          "--incremental", "1000"], capture_output=True, text=True, check=True)
    r = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"incremental: {size - 1000} articles already linked, 1000 new: {r['incremental_s']:.1f} s")


if __name__ == "__main__":
    main()
