"""The first brief of a server's life, and of a CLI process, beside the previous code's.

For each round and each tree in turn (the code in ``--before``, then this tree), on a copy of
one store:
  1. a fresh ``newsdesk serve``; after ``--idle`` seconds (a server waiting for its first
     visitor) the home page is requested until it shows the brief (not that it is being
     built): seconds to the first answer and to the brief shown; then ``/brief`` and
     ``/api/brief``, and the body of each;
  2. the same with the first visitor at once (``--idle 0``'s case, always measured);
  3. ``newsdesk brief --out X.md`` in a fresh process: wall seconds, and the file written;
  4. in a fresh process that first loads what a server loads at its start
     (``service.desk.load_page_code``, where the tree has it), CPU and wall seconds of
     ``service.brief`` and of ``service.timeline``: what the first visitor of an idle
     server waits for, measured in CPU seconds, which a loaded machine inflates less.
It prints each time and its ratio to the previous code's (after / before) and whether the two
trees answered the same bytes. Requests go to 127.0.0.1 only. Run:
    python benchmarks/bench_first_brief.py --store S.duckdb --before /tmp/old/src [--rounds 2]
(``--store``: a store ingested and analysed, e.g. the one ``bench_web.py`` builds.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import medians, server_bench_args
from bench_web import MAKING, free_port, start_server

THIS_SRC = str(Path(__file__).resolve().parents[1] / "src")


def first_brief(db: str, *, src: str, idle: float) -> tuple[float, float, dict[str, bytes]]:
    """Seconds to the home page's first answer and to the brief shown on a fresh server of
    ``src`` that waited ``idle`` seconds, and the bodies of the brief's pages."""
    port = free_port()
    server = start_server(db, port, src=src)
    try:
        time.sleep(idle)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            start = time.perf_counter()
            body = client.get("/").content
            first = time.perf_counter() - start
            while MAKING.search(body):
                time.sleep(0.2)
                body = client.get("/").content
            shown = time.perf_counter() - start
            bodies = {"/": body, **{url: client.get(url).content for url in ("/brief", "/api/brief")}}
    finally:
        server.terminate()
        server.wait(10)
    return first, shown, bodies


def cli_brief(db: str, *, src: str, folder: Path) -> tuple[float, bytes]:
    """Wall seconds of ``newsdesk brief`` in a fresh process of ``src``, and the brief written."""
    out = folder / "brief.md"
    env = {**os.environ, "PYTHONPATH": src}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "newsdesk", "brief", "--db", db, "--out", str(out)],
                   env=env, check=True, capture_output=True)
    return time.perf_counter() - start, out.read_bytes()


#: A fresh process: the server's start (``load_page_code`` where the tree has it), then one
#: whole-store value made as a page's first visit makes it; CPU and wall seconds of the value.
FIRST_VALUE = """
import sys, time
from newsdesk import service
from newsdesk.store import open_store
try:
    from newsdesk.service.desk import load_page_code
except ImportError:
    load_page_code = None
if load_page_code is not None:
    load_page_code()
with open_store(sys.argv[1], read_only=True) as store:
    cpu, wall = time.process_time(), time.perf_counter()
    getattr(service, sys.argv[2])(store)
    print(time.process_time() - cpu, time.perf_counter() - wall)
"""


def first_value(db: str, *, src: str, call: str) -> tuple[float, float]:
    """CPU and wall seconds of ``service.<call>(store)`` in a fresh process of ``src`` whose
    start loaded the page code as a server's does."""
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run([sys.executable, "-c", FIRST_VALUE, db, call], env=env, check=True,
                          capture_output=True, text=True)
    cpu, wall = done.stdout.split()
    return float(cpu), float(wall)


def one_round(db: str, trees: dict[str, str], *, idle: float) -> dict[str, dict[str, object]]:
    found: dict[str, dict[str, object]] = {}
    for name, src in trees.items():
        with tempfile.TemporaryDirectory() as folder:
            copy = str(Path(folder) / "store.duckdb")
            shutil.copy(db, copy)
            waited = first_brief(copy, src=src, idle=idle)
            at_once = first_brief(copy, src=src, idle=0)
            cli, written = cli_brief(copy, src=src, folder=Path(folder))
            brief_cpu, brief_wall = first_value(copy, src=src, call="brief")
            timeline_cpu, timeline_wall = first_value(copy, src=src, call="timeline")
        found[name] = {"idle first": waited[0], "idle shown": waited[1],
                       "at once first": at_once[0], "at once shown": at_once[1], "cli": cli,
                       "brief cpu": brief_cpu, "brief wall": brief_wall,
                       "timeline cpu": timeline_cpu, "timeline wall": timeline_wall,
                       "bodies": (waited[2], at_once[2], written)}
    return found


def main() -> None:
    args = server_bench_args(__doc__, rounds=2, idle=15.0).parse_args()
    trees = {"before": args.before, "after": THIS_SRC}
    rounds = [one_round(args.store, trees, idle=args.idle) for _ in range(args.rounds)]
    print(f"{'measure (s)':<38} {'before':>8} {'after':>8} {'x':>6}   (median of {args.rounds})")
    labels = {"brief cpu": "first brief after the start, CPU", "brief wall":
              "first brief after the start, wall", "timeline cpu": "first timeline after "
              "the start, CPU", "timeline wall": "first timeline after the start, wall"}
    for measure in ("idle first", "idle shown", "at once first", "at once shown", "cli",
                    *labels):
        was, now = medians(rounds, measure)
        label = measure.replace("idle", f"home page, {args.idle:g} s idle").replace(
            "at once", "home page, visited at once").replace("cli", "newsdesk brief (CLI)")
        label = labels.get(measure, label)
        print(f"{label:<38} {was:8.2f} {now:8.2f} {now / was:6.2f}")
    same = all(r["before"]["bodies"] == r["after"]["bodies"] for r in rounds)
    print(f"same bytes (/, /brief, /api/brief, the CLI's brief): {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
