"""CPU seconds of the lineage links step (``update_lineage(store, stories=False)``) on N
AllSides articles, in a fresh store, one process per run.

CPU time (user + system of this process), not wall time, because the machine is shared. To
compare two versions of the code, run the script under each (``PYTHONPATH=...``) in the same
session on the same source store and compare the printed seconds.

    python benchmarks/bench_lineage_cpu.py --source STORE.duckdb [--size 800] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time

from bench_lineage import fill


def measure(source: str, size: int) -> dict:
    from newsdesk.lineage.update import update_lineage
    from newsdesk.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "store.duckdb")
        fill(source, db, skip=0, count=size)
        with open_store(db) as store:
            start = time.process_time()
            report = update_lineage(store, stories=False)
            cpu = time.process_time() - start
    return {"articles": size, "cpu_s": round(cpu, 2), "links": report.links,
            "candidate_pairs": report.candidates}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", required=True, help="a store of AllSides articles")
    parser.add_argument("--size", type=int, default=800)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    for _ in range(args.repeat):
        print(json.dumps(measure(args.source, args.size)), flush=True)


if __name__ == "__main__":
    main()
