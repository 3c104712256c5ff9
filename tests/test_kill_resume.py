"""A sharded folder ingest (two local workers) SIGKILLed mid-run, then run again, stores every
input, article version and layer exactly as one uninterrupted run does.

The analyse side (``--executor local --workers 2``) loads spaCy in every worker, too slow for a
unit test on a small machine: ``benchmarks/kill_runs.py --sharded`` kills it the same way.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT

from newsdesk.exporter import export_records
from newsdesk.store import open_store

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def _write_inputs(folder: Path, count: int) -> None:
    """The seeds written again under numbered headings: ``count`` one-article files."""
    seeds = sorted(EXAMPLES.glob("*.txt"))
    folder.mkdir()
    for number in range(count):
        seed = seeds[number % len(seeds)].read_text(encoding="utf-8")
        text = f"Dispatch number {number}\n\n{seed}\n\nFiled as dispatch {number}.\n"
        (folder / f"dispatch_{number:03d}.txt").write_text(text, encoding="utf-8")


def _ingest(folder: Path, db: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsdesk", "ingest", str(folder), "--db", db,
                             "--workers", "2"], env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)


def _killed_after(folder: Path, db: str, seconds: float) -> bool:
    """Run the ingest and SIGKILL it after ``seconds``; True when it was still running."""
    run = _ingest(folder, db)
    try:
        run.wait(timeout=seconds)
        return False
    except subprocess.TimeoutExpired:
        run.send_signal(signal.SIGKILL)
        run.wait()
        return True


def _stored(db: str) -> tuple[dict[str, int], list[dict]]:
    with open_store(db, read_only=True) as store:
        records = sorted(export_records(store), key=lambda record: record["id"])
        counts = store.stored_rows()
    for record in records:
        record.pop("ingested_at", None)
    return counts, records


def test_killed_sharded_ingest_resumes_and_stores_each_input_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    reference, killed = str(tmp_path / "ref.duckdb"), str(tmp_path / "killed.duckdb")
    _write_inputs(folder, 20)  # more than one shard of 16 files per worker
    start = time.perf_counter()
    assert _ingest(folder, reference).wait() == 0
    span = time.perf_counter() - start
    assert _killed_after(folder, killed, span / 2)
    assert _ingest(folder, killed).wait() == 0
    expected_counts, expected = _stored(reference)
    assert expected_counts["files"] == 20
    assert _stored(killed) == (expected_counts, expected)
