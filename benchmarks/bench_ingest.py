"""Ingest speed and peak memory on the AllSides corpus (8,296 articles, one JSONL.gz file).

Measures three runs in one script so the ratios are meaningful on any machine:
  1. reference: decompress + json.loads every record (the floor any ingest pays);
  2. newsdesk ingest with one worker (in-process): reading, cleaning, metadata, language, storing;
  3. newsdesk ingest with a process pool (all cores).
Prints articles/s and peak RSS. Run: python benchmarks/bench_ingest.py [PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/corpus/allsides-article-bias/articles.jsonl.gz"


def reference(path: Path, limit: int | None) -> tuple[int, float]:
    start = time.perf_counter()
    count = 0
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            json.loads(line)
            count += 1
            if limit and count >= limit:
                break
    return count, time.perf_counter() - start


def sample(path: Path, limit: int | None, folder: str) -> Path:
    if not limit:
        return path
    out = Path(folder) / "sample.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as source, gzip.open(out, "wt", encoding="utf-8") as target:
        for number, line in enumerate(source):
            if number >= limit:
                break
            target.write(line)
    return out


def run_ingest(path: Path, workers: int, folder: str) -> tuple[int, float]:
    import newsdesk

    db = os.path.join(folder, f"bench-{workers}.duckdb")
    start = time.perf_counter()
    report = newsdesk.ingest([str(path)], db=db, workers=workers)
    return report.new, time.perf_counter() - start


def peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    if not args.path.exists():
        sys.exit(f"{args.path}: not found")
    with tempfile.TemporaryDirectory() as folder:
        path = sample(args.path, args.limit, folder)
        count, seconds = reference(path, args.limit)
        print(f"reference (gunzip + json.loads): {count} records in {seconds:.2f} s = {count / seconds:,.0f}/s")
        for workers in (1, os.cpu_count() or 1):
            stored, seconds = run_ingest(path, workers, folder)
            print(f"newsdesk ingest, {workers} worker(s): {stored} articles in {seconds:.2f} s = "
                  f"{stored / seconds:,.0f} articles/s")
        print(f"peak RSS: {peak_rss_mib():,.0f} MiB")


if __name__ == "__main__":
    main()
