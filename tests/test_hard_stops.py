"""Hard stops: SIGTERM finishes the current input and exits with a summary, SIGKILL of the main
process leaves no worker behind, a kill between lineage and stories is repaired, and after
SIGKILLs a rerun gives the same export as an uninterrupted run."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES
from newsdesk.ingest import ingest
from newsdesk.lineage.update import update_lineage
from newsdesk.store import open_store

SEEDS = sorted(EXAMPLES.glob("*.txt"))
#: Export fields that differ between two runs by design (times of the run).
RUN_FIELDS = ("ingested_at",)


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsdesk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def variants(folder: Path, count: int) -> list[Path]:
    """``count`` distinct articles: each seed under a new title with a numbered closing line."""
    folder.mkdir()
    paths = []
    for number in range(count):
        seed = SEEDS[number % len(SEEDS)].read_text(encoding="utf-8")
        path = folder / f"variant_{number:04d}.txt"
        path.write_text(f"Dispatch number {number}\n\n{seed}\n\nFiled as dispatch {number}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def stored_files(db: str) -> int:
    if not os.path.exists(db):
        return 0
    with open_store(db, read_only=True, wait=30) as store:
        return len({row["path"] for row in store.list_articles()})


def exported(db: str) -> list[dict]:
    result = subprocess.run([sys.executable, "-m", "newsdesk", "export", "--db", db], check=True,
                            capture_output=True, text=True)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    for record in records:
        for name in RUN_FIELDS:
            record.pop(name, None)
    return sorted(records, key=lambda record: record["id"])


def test_sigterm_finishes_the_current_input_and_says_so(tmp_path: Path) -> None:
    paths = variants(tmp_path / "in", 300)
    db = str(tmp_path / "store.duckdb")
    run = start("ingest", str(tmp_path / "in"), "--db", db, "--workers", "1")
    deadline = time.monotonic() + 120
    while stored_files(db) < 3 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.2)
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 128 + signal.SIGTERM, stderr
    assert "stopped by signal 15" in stderr and "articles ingested" in stderr
    kept = stored_files(db)
    assert 3 <= kept < len(paths)
    rerun = subprocess.run([sys.executable, "-m", "newsdesk", "ingest", str(tmp_path / "in"), "--db", db,
                            "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(paths) - kept} articles ingested" in rerun.stderr
    assert stored_files(db) == len(paths)


def children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(child) for child in task.read_text().split()}
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_sigkill_of_analyse_leaves_no_worker(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(path) for path in SEEDS], db=db, workers=1)
    run = start("analyse", "--db", db, "--workers", "2")
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
        workers = {child for child in children(run.pid)
                   if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()}
        time.sleep(0.1)
    assert len(workers) == 2, "the pool did not start"
    run.kill()
    run.wait()
    deadline = time.monotonic() + 15
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers)


def test_a_kill_between_lineage_and_stories_is_repaired(tmp_path: Path) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(path) for path in SEEDS[:3]], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store)
        seed_id = next(a.id for a in store.iter_articles() if a.path == str(SEEDS[0]))
        before = store.story_of(seed_id)["articles"]
    copy = tmp_path / "copy.txt"
    shutil.copy(SEEDS[0], copy)
    ingest([str(copy)], db=db, workers=1)
    with open_store(db) as store:
        update_lineage(store, stories=False)  # as if killed after the lineage commit
        assert store.articles_without_story() == 1
    with open_store(db) as store:
        update_lineage(store)
        assert store.articles_without_story() == 0
        copy_id = next(a.id for a in store.iter_articles() if a.path == str(copy))
        assert store.story_of(copy_id)["articles"] == before + 1
        assert store.story_of(seed_id)["story_id"] == store.story_of(copy_id)["story_id"]


def killed_then_rerun(command: list[str], db: str, *, delay: float) -> int:
    """Run ``command``, SIGKILL it after ``delay`` seconds, then run it again to the end."""
    run = start(*command, "--db", db)
    try:
        run.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        run.kill()
    run.communicate()
    killed = run.returncode == -signal.SIGKILL
    subprocess.run([sys.executable, "-m", "newsdesk", *command, "--db", db], check=True,
                   capture_output=True, timeout=900)
    return killed


def test_sigkills_then_rerun_export_what_an_uninterrupted_run_does(tmp_path: Path) -> None:
    paths = SEEDS
    reference, interrupted = str(tmp_path / "reference.duckdb"), str(tmp_path / "killed.duckdb")
    took = {}
    for name, command in (("ingest", ["ingest", *map(str, paths), "--workers", "1"]),
                          ("analyse", ["analyse", "--workers", "1"])):
        started = time.monotonic()
        subprocess.run([sys.executable, "-m", "newsdesk", *command, "--db", reference], check=True,
                       capture_output=True)
        took[name] = time.monotonic() - started
    # kill part-way through, however fast or loaded this machine is: a share of the same run's
    # uninterrupted time
    rng = random.Random(14)
    kills = killed_then_rerun(["ingest", *map(str, paths), "--workers", "1"], interrupted,
                              delay=took["ingest"] * rng.uniform(0.3, 0.7))
    kills += killed_then_rerun(["analyse", "--workers", "2"], interrupted,
                               delay=took["analyse"] * rng.uniform(0.3, 0.6))
    assert kills >= 1  # at least one run was really cut short
    assert exported(interrupted) == exported(reference)


#: A parent that starts one child importing ``newsdesk`` as a pool worker would (the
#: ``--multiprocessing-fork`` marker, the pool's environment variable), prints its id and waits.
PARENT = """
import os, subprocess, sys, time
env = dict(os.environ, NEWSDESK_POOL_PARENT=sys.argv[1] or str(os.getpid()))
child = subprocess.Popen([sys.executable, "-c", "import newsdesk, time; time.sleep(120)",
                          *sys.argv[2:]], env=env)
print(child.pid, flush=True)
time.sleep(120)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize(("named_parent", "marker", "outlives_parent"), [
    ("", "--multiprocessing-fork", False),  # a pool worker: dies with its parent
    ("1", "--multiprocessing-fork", False),  # named parent already gone: exits at once
    ("", "", True),  # not started by a pool: importing newsdesk changes nothing
])
def test_a_worker_dies_with_its_parent_from_the_first_import(
        named_parent: str, marker: str, outlives_parent: bool) -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT, named_parent, *filter(None, [marker])],
                              stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    time.sleep(1.0)  # the child is importing newsdesk or has finished
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 5
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    try:
        assert alive(child) == outlives_parent
    finally:
        if alive(child):
            os.kill(child, signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("after", [0.0, 0.5, 2.0])
def test_sigkill_soon_after_the_pool_starts_leaves_no_worker(tmp_path: Path, after: float) -> None:
    db = str(tmp_path / "store.duckdb")
    ingest([str(path) for path in SEEDS[:2]], db=db, workers=1)
    run = start("analyse", "--db", db, "--workers", "2")
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while not workers and time.monotonic() < deadline and run.poll() is None:
        workers = {child for child in children(run.pid)
                   if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes()}
    assert workers, "the pool did not start"
    time.sleep(after)
    workers |= children(run.pid)
    run.kill()
    run.communicate()
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
