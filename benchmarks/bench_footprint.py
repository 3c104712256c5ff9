"""Cost of the footprint's statement points against its event and figure points, same store.

Usage: python benchmarks/bench_footprint.py [--articles 60] [--repeat 3] [--db FILE] [--show]

Builds a store of the seeds and a sample of AllSides articles that name one of the powers
(first ``--articles`` in file order; analysed once, about 1 s an article) in ``--db`` when
that file does not exist yet (a temporary one without ``--db``), or reads the analysed
``--db``. For each (power, country) pair it times the event and figure points (the reference:
the footprint before statements) and the statement points, and prints both, their ratio and
the points found; ``--show`` prints each statement point's label for reading by hand.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import tempfile
import time
from pathlib import Path

from _common import DATA
from newsdesk.analyse import analyse
from newsdesk.footprint import PointDates, event_points, figure_points, statement_points
from newsdesk.ingest import ingest
from newsdesk.store import open_store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PAIRS = [("China", "Kazakhstan"), ("Russia", "Kazakhstan"), ("Russia", "Ukraine"),
         ("Russia", "Syria"), ("United States", "China"), ("China", "United States"),
         ("United States", "Iran"), ("Iran", "United States"), ("Ukraine", "Russia"),
         ("Turkey", "Syria")]
_POWERS = re.compile(r"\b(Russia|Moscow|Kremlin|China|Beijing|Iran|Tehran|Ukraine|Kiev|Kyiv"
                     r"|Syria)\b")


def build_store(db: Path, *, articles: int) -> str:
    inputs = db.parent / f"{db.stem}-inputs"
    shutil.copytree(EXAMPLES, inputs)
    chosen = []
    with gzip.open(DATA, "rt", encoding="utf-8") as lines:
        for line in lines:
            opening = json.loads(line)["content_original"][:3000]
            if len(chosen) < articles and _POWERS.search(opening):
                chosen.append(line)
    (inputs / "allsides.jsonl").write_text("".join(chosen), encoding="utf-8")
    ingest([str(inputs)], db=str(db), workers=1)
    start = time.perf_counter()
    analyse(db=str(db), workers=2)
    print(f"(analysed {len(chosen) + 5} articles in {time.perf_counter() - start:.0f} s)")
    return str(db)


def reference_points(store, power: str, country: str, dates: PointDates) -> list:
    """The footprint before statements: event and figure points."""
    return event_points(store, power, country, dates) + figure_points(store, power, country, dates)


def timed(code, *args, repeat: int) -> tuple[float, list]:
    start = time.perf_counter()
    for _ in range(repeat):
        found = code(*args)
    return (time.perf_counter() - start) * 1000 / repeat, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(args.db or Path(folder) / "bench.duckdb")
        if not db.exists():
            build_store(db, articles=args.articles)
        with open_store(db, read_only=True) as store:
            print(f"{'power in country':32} {'events+figures ms':>18} {'statements ms':>14} "
                  f"{'ratio':>6} {'points':>7} {'statements':>10}")
            dates = PointDates.read(store)
            for power, country in PAIRS:
                base_ms, base = timed(reference_points, store, power, country, dates,
                                      repeat=args.repeat)
                said_ms, said = timed(statement_points, store, power, country, dates,
                                      repeat=args.repeat)
                print(f"{power + ' in ' + country:32} {base_ms:18.0f} {said_ms:14.0f} "
                      f"{said_ms / base_ms:6.2f} {len(base):7d} {len(said):10d}")
                for point in said if args.show else []:
                    print(f"    {point['date']} {point['label'][:110]}")


if __name__ == "__main__":
    main()
