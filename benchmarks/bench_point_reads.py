"""A few articles and layers read by id, cold: this checkout against another, alternating.

The corpus steps' point reads (``store/points.py``): the new articles' texts (lineage's
``Store._articles_at``), their mentions layers (the registry's ``Store._layers_at``) and their
quotes layers (the quote groups' ``Store.quote_texts_at``), for N current articles of a store:
the last N it ingested (``--draw last``, the default: an update's new articles, stored side by
side) or N drawn at random over the whole store (``--draw spread``, fixed seed: each row in a
block of its own), each count and tree in a process of its own that opens the
store read-only, so DuckDB reads the rows from the file as a step run after an ingest does.
Before the clock: the rows' ids and row ids (what the steps' change sets give them). Printed
per read: CPU milliseconds (all threads) and MiB read from files (Linux's ``/proc/self/io``,
``rchar``: what DuckDB read, page cache or not), least and median of ``--repeat`` processes per
tree, the ratio after / before of the least, all from one run, and whether every process of
both trees read the same rows (a digest of each read's result, in any order).

    python benchmarks/bench_point_reads.py --store FILE [--counts 20,91,300] [--repeat 5]
        [--draw last|spread] [--before SRC]

``--store``: a store at this checkout's schema, e.g. one ``bench_corpus_steps.py`` built
(``full-2000.duckdb`` in its cache); it is only read. ``--before``: another checkout's ``src``
(default: none, this checkout alone).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import bytes_read

HERE = Path(__file__).resolve().parents[1] / "src"
SEED = 20261206


def child(store_path: str, count: int, draw: str) -> dict[str, list]:
    """Time the three reads of ``count`` articles in this process (its own tree on the path)."""
    import pandas  # noqa: F401  DuckDB's client imports it reading the first article (0.2-0.3 s): off the clock

    from newsdesk.store import open_store

    found = {}
    with open_store(store_path, read_only=True) as store:
        ids = [
            row[0]
            for row in store.con.execute(
                "SELECT id FROM current_articles ORDER BY ingested_at, path, locator"
            ).fetchall()
        ]
        picked = ids[-count:] if draw == "last" else random.Random(SEED).sample(sorted(ids), count)
        articles = store.con.execute(
            "SELECT rowid, id FROM articles WHERE (id, version) IN (SELECT (id, version) FROM current_articles)"
        ).fetchall()
        layers = store.con.execute(
            "SELECT n.rowid, n.article_id, n.layer FROM annotations n JOIN current_articles a"
            " ON n.article_id = a.id AND n.version = a.version AND n.layer IN ('mentions', 'quotes')"
        ).fetchall()
        wanted = set(picked)
        article_rows = sorted((row, i) for row, i in articles if i in wanted)
        mention_rows = sorted((row, i) for row, i, layer in layers if i in wanted and layer == "mentions")
        quote_layers = {i: (row, None) for row, i, layer in layers if i in wanted and layer == "quotes"}
        reads = {
            "texts": lambda: store._articles_at(article_rows, raw_text=False),
            "mentions": lambda: store._layers_at(mention_rows),
            "quotes": lambda: store.quote_texts_at(quote_layers),
        }
        for name, read in reads.items():
            with store.transaction():
                cpu, io = time.process_time(), bytes_read()
                result = read()
                took = [(time.process_time() - cpu) * 1000, (bytes_read() - io) / 2**20]
            content = sorted(map(repr, result.items() if isinstance(result, dict) else result))  # any row order
            found[name] = [*took, len(result), hashlib.sha1(repr(content).encode()).hexdigest()]
    return found


def run(src: Path, store_path: str, count: int, draw: str) -> dict[str, list]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(src), "--store", store_path, "--counts", str(count), "--draw", draw],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--counts", default="20,91,300")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--draw", choices=("last", "spread"), default="last")
    parser.add_argument("--before", type=Path, help="another checkout's src: runs alternate")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    counts = [int(count) for count in options.counts.split(",")]
    if options.child:
        sys.path.insert(0, str(options.child))
        print(json.dumps(child(options.store, counts[0], options.draw)))
        return
    trees = {"before": options.before, "after": HERE} if options.before else {"after": HERE}
    for count in counts:
        runs: dict[str, list[dict[str, list]]] = {tree: [] for tree in trees}
        for _ in range(options.repeat):
            for tree, src in trees.items():
                runs[tree].append(run(src, options.store, count, options.draw))
        for read in runs["after"][0]:
            line: dict[str, object] = {"articles": count, "draw": options.draw, "read": read}
            for tree, results in runs.items():
                cpu = [result[read][0] for result in results]
                line[tree] = {
                    "cpu_ms_least": round(min(cpu), 1),
                    "cpu_ms_median": round(statistics.median(cpu), 1),
                    "mib": round(min(result[read][1] for result in results), 2),
                    "rows": results[0][read][2],
                }
            if "before" in runs:
                line["ratio_least"] = round(line["after"]["cpu_ms_least"] / line["before"]["cpu_ms_least"], 2)
                digests = {result[read][3] for results in runs.values() for result in results}
                line["same_rows"] = len(digests) == 1
            print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
