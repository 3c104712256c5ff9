"""Time and peak memory of ``cluster_stories`` on 1k to 8,296 AllSides articles.

Each size runs in a fresh process so its peak resident memory is its own (it includes the
loaded articles). CPU seconds are printed beside wall seconds because a busy machine inflates
the latter.

    python benchmarks/stories_scale.py [--sizes 1000,2000,4000,8296]
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

DATA = (Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus"
        / "allsides-article-bias" / "articles.jsonl.gz")


def run_one(size: int) -> None:
    from newsdesk.article import Article
    from newsdesk.stories import cluster_stories

    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(size), lines, strict=False)]
    articles = [Article(path="allsides", locator=r["ID"], raw_text=r["content_original"],
                        text=r["content_original"], title=r["title"], published=r["date"] or None)
                for r in rows]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu_started = time.perf_counter(), time.process_time()
    stories = cluster_stories(articles)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    grouped = sum(1 for count in Counter(stories.values()).values() if count > 1)
    print(json.dumps({"articles": len(articles), "seconds": round(seconds, 2),
                      "cpu_seconds": round(cpu, 2),
                      "peak_rss_mb": round(peak / 1024), "rss_before_mb": round(before / 1024),
                      "stories": len(set(stories.values())), "stories_with_2_or_more": grouped}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8296")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one)
        return
    print(f"{'articles':>8} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'loaded MB':>9} {'stories':>8} {'multi':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True,
                             capture_output=True, text=True).stdout
        row = json.loads(out)
        print(f"{row['articles']:>8} {row['seconds']:>8} {row['cpu_seconds']:>8} {row['peak_rss_mb']:>8} {row['rss_before_mb']:>9} "
              f"{row['stories']:>8} {row['stories_with_2_or_more']:>6}")


if __name__ == "__main__":
    main()
