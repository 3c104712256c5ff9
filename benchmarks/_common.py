"""Shared by the benchmark scripts: where the AllSides corpus is (``../shared`` beside the
checkout, or ``$NEWSDESK_SHARED``), a store of it ingested once, the bytes a process has
read from files, and the options and medians of the scripts that time a store's server
against the previous code's."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

#: ../shared beside the checkout, or $NEWSDESK_SHARED (as in tests/conftest.py).
SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"


def cached_store(cache: Path) -> str:
    """A store holding the whole AllSides set, ingested once and reused by later runs."""
    import newsdesk
    from newsdesk.store import open_store

    db = cache / "allsides.duckdb"
    if not db.exists():
        cache.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        newsdesk.ingest([str(DATA)], db=str(db), workers=os.cpu_count())
        print(f"(ingested the corpus once in {time.perf_counter() - start:.0f} s)", file=sys.stderr)
    open_store(db).close()  # bring a cache made by an older newsdesk up to date
    return str(db)


def bytes_read() -> int:
    """Bytes this process has read from files so far (Linux's ``/proc/self/io``; 0 elsewhere)."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("rchar"))
    except (OSError, StopIteration):
        return 0


def server_bench_args(doc: str, *, rounds: int, idle: float) -> argparse.ArgumentParser:
    """The options of a script that times a server of this tree against one of ``--before``
    on copies of one analysed ``--store``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--store", required=True, help="an analysed store")
    parser.add_argument("--before", required=True, help="the src folder of the previous code")
    parser.add_argument("--rounds", type=int, default=rounds)
    parser.add_argument("--idle", type=float, default=idle,
                        help="seconds a server waits before its first visitor")
    return parser


def medians(rounds: list[dict], measure: str) -> tuple[float, float]:
    """The median of ``measure`` over ``rounds`` for the ``before`` and the ``after`` tree."""
    return (statistics.median(r["before"][measure] for r in rounds),
            statistics.median(r["after"][measure] for r in rounds))
