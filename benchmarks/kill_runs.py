"""Kill runs: SIGKILL ``ingest`` and ``analyse`` at random moments, rerun, compare the stores.

One store is built without interruption (the reference); another is built by ``--kills``
ingest runs each SIGKILLed at a random moment within the reference ingest's duration, then one
ingest to the end, then the same for ``analyse`` (two workers). After each killed analyse the
script counts the pool workers still alive ``ORPHAN_GRACE`` seconds later. The two exports (JSONL, with
the ingest timestamps left out) must be equal, and so must the rows stored (inputs, article
versions, annotations: a result stored twice or an input read again shows there) and every
analysis layer, including those the export leaves out. The folder ingest is sharded (one-article
files, 16 per worker shard); ``analyse`` runs with ``--executor local --workers 2`` and batches
of ``--batch-size`` articles, so a kill lands between stored batches. Inputs are the seed
articles written again under numbered titles (``--articles`` of them).
Run: python benchmarks/kill_runs.py [--kills 10] [--articles 30] [--batch-size 8]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "examples").glob("*.txt"))
#: Seconds a worker may take to end after its parent is killed before it counts as left behind.
ORPHAN_GRACE = 3.0


#: ``analyse`` with a small batch, so that a run stores several batches before it ends.
ANALYSE = ("import sys; from newsdesk.analyse import analyse; "
           "analyse(db=sys.argv[1], executor='local', workers=2, batch_size=int(sys.argv[2]))")


def newsdesk(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], capture_output=True, text=True,
                          check=check)


def command(args: list[str]) -> list[str]:
    """The process to start: ``analyse <db> <batch>`` through the API, anything else the CLI."""
    if args[0] == "analyse":
        return [sys.executable, "-c", ANALYSE, *args[1:]]
    return [sys.executable, "-m", "newsdesk", *args]


def write_inputs(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    for number in range(count):
        seed = SEEDS[number % len(SEEDS)].read_text(encoding="utf-8")
        (folder / f"variant_{number:04d}.txt").write_text(
            f"Dispatch number {number}\n\n{seed}\n\nFiled as dispatch {number}.\n", encoding="utf-8")


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command(args), capture_output=True, check=True)
    return time.perf_counter() - start


def children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found |= {int(child) for child in task.read_text().split()}
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def kill_once(args: list[str], delay: float) -> tuple[bool, int]:
    """Run newsdesk with ``args``, SIGKILL it after ``delay`` s: (killed mid-run, orphans left)."""
    run = subprocess.Popen(command(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and run.poll() is None:
        workers |= children(run.pid)
        time.sleep(0.05)
    if run.poll() is not None:
        return False, 0
    run.send_signal(signal.SIGKILL)
    run.wait()
    # every worker, started or still starting, asks for SIGKILL on its parent's death on its
    # first import of newsdesk (newsdesk.parent_death); the grace only covers a loaded machine
    deadline = time.monotonic() + ORPHAN_GRACE
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    return True, sum(alive(pid) for pid in workers)


def exported(db: str) -> list[dict]:
    records = [json.loads(line) for line in newsdesk("export", "--db", db).stdout.splitlines()]
    for record in records:
        record.pop("ingested_at", None)
    return sorted(records, key=lambda record: record["id"])


def stored(db: str) -> tuple[dict[str, int], dict[str, dict]]:
    """Rows stored per table, and every analysis layer by article."""
    from newsdesk.analyse import analysers
    from newsdesk.store import open_store

    with open_store(db, read_only=True) as store:
        return store.stored_rows(), {a.layer: store.layer(a.layer) for a in analysers()}


def killed_phase(args: list[str], *, kills: int, span: float, rng: random.Random) -> dict:
    landed = orphans = 0
    for _ in range(kills):
        hit, left = kill_once(args, rng.uniform(0.5, span))
        landed += hit
        orphans += left
    subprocess.run(command(args), capture_output=True, check=True)
    return {"kills": kills, "landed mid-run": landed, "orphan workers": orphans}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--batch-size", type=int, default=8,
                        help="articles per stored analyse batch")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as tmp:
        inputs, reference, killed = Path(tmp) / "in", f"{tmp}/reference.duckdb", f"{tmp}/killed.duckdb"
        write_inputs(inputs, options.articles)
        batch = str(options.batch_size)
        ingest_time = timed(["ingest", str(inputs), "--db", reference, "--workers", "2"])
        analyse_time = timed(["analyse", reference, batch])
        print(f"reference: ingest {ingest_time:.1f} s, analyse {analyse_time:.1f} s "
              f"({options.articles} articles)")
        phases = {
            "ingest": killed_phase(["ingest", str(inputs), "--db", killed, "--workers", "2"],
                                   kills=options.kills, span=ingest_time, rng=rng),
            "analyse": killed_phase(["analyse", killed, batch],
                                    kills=options.kills, span=analyse_time, rng=rng),
        }
        for name, counts in phases.items():
            print(name, ", ".join(f"{key} {value}" for key, value in counts.items()))
        (rows, layers), (expected_rows, expected_layers) = stored(killed), stored(reference)
        print(f"rows stored: killed runs {rows}, uninterrupted {expected_rows}")
        print(f"layers equal: {layers == expected_layers} ({', '.join(expected_layers)})")
        got, expected = exported(killed), exported(reference)
        same = got == expected and rows == expected_rows and layers == expected_layers
        print(f"exports equal to the uninterrupted run: {got == expected} "
              f"({len(expected)} articles)")
        for ours, theirs in zip(got, expected):
            fields = sorted(k for k in ours.keys() | theirs.keys() if ours.get(k) != theirs.get(k))
            if fields:
                print(f"  {theirs['id']}: differs in {', '.join(fields)}")
                for field in fields[:3]:
                    print(f"    killed:    {json.dumps(ours.get(field))[:300]}")
                    print(f"    reference: {json.dumps(theirs.get(field))[:300]}")
        sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
