"""Where a 1% corpus update's CPU goes: each call into DuckDB, timed, with the step and the
function that made it and the bytes it read from the file.

Takes the rebuilt store of ``bench_corpus_steps.py`` (``full-N.duckdb`` in its cache), adds its
1% batch in openings of their own (as that script's updates do; ``--same-connection``: its
layers written on the connection the steps then use, as ``newsdesk analyse`` does), and runs the corpus steps'
updates in one process as ``newsdesk analyse`` runs them (all in ``steps_threads``, each in
``older_objects_frozen``; the stories are refreshed inside lineage and counted apart). Every
call into DuckDB through the store's connection is timed in CPU seconds (statements, tables
registered and let go, relations made of Arrow tables, inserts of them); the rest of a step's
CPU is its Python. It prints, per step, its CPU seconds, the part spent in DuckDB, the
number of calls and the MiB they read from the file (``/proc/self/io``, Linux); then the
reads again, each a second time on the same connection once the steps are done (``warm``:
what a read costs when its blocks are loaded); and, with ``--calls N``, the N costliest
calls with their step, caller, MiB read and the statement's first words.

    python benchmarks/profile_corpus_update.py --cache DIR --size 1000 [--batch file|dated]
        [--same-connection] [--first N] [--calls 40] [--json out.json]

``--first N`` adds only the batch's first N articles: the update's cost at two batch sizes
(the whole batch and ``--first 1``) splits each step into a part fixed per update and a part
per article added (``cost(k) = F + k·p``).

The statements are the store's own, run again as they were given (no SQL is written here).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import bench_corpus_steps as corpus
from _common import bytes_read

#: The calls into a DuckDB connection that run something (``bench_corpus_steps._Statements``
#: counts the same ones, and ``insert_into`` of the relations ``from_arrow`` makes).
CALLS = frozenset({"execute", "executemany", "register", "unregister", "from_arrow", "sql"})
#: Statements that change the store or the connection: not run again for the warm figures.
WRITES = ("INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "ROLLBACK", "SET ", "CHECKPOINT")


class TimedConnection:
    """A DuckDB connection whose calls are timed into ``calls`` (``Recorder``)."""

    def __init__(self, con: Any, recorder: Recorder) -> None:
        self._con, self._recorder = con, recorder

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._con, name)
        if name not in CALLS:
            return found
        return self._recorder.timed(name, found)


class TimedRelation:
    """A relation made of an Arrow table, whose insert is timed as a call of its own."""

    def __init__(self, relation: Any, recorder: Recorder) -> None:
        self._relation, self._recorder = relation, recorder

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._relation, name)
        return self._recorder.timed(name, found) if name == "insert_into" else found


class Recorder:
    """Every call into DuckDB the steps make: its CPU seconds, step, caller and statement."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.step = "before"

    def timed(self, name: str, call: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            read, cpu = bytes_read(), time.process_time()
            found = call(*args, **kwargs)
            spent = time.process_time() - cpu
            read = bytes_read() - read
            statement = args[0] if args and isinstance(args[0], str) and name == "execute" else None
            self.calls.append(
                {
                    "step": self.step,
                    "call": name,
                    "cpu": spent,
                    "caller": _caller(),
                    "statement": statement,
                    "params": list(args[1:]) if statement else None,
                    "read": read,
                }
            )
            return TimedRelation(found, self) if name == "from_arrow" else found

        return run

    @contextmanager
    def of(self, step: str) -> Iterator[None]:
        before, self.step = self.step, step
        try:
            yield
        finally:
            self.step = before



def _caller() -> str:
    """The innermost newsdesk function outside the store that led to the call."""
    for frame in reversed(traceback.extract_stack()[:-3]):
        if "/newsdesk/" in frame.filename and "/newsdesk/store/" not in frame.filename:
            return f"{Path(frame.filename).stem}.{frame.name}"
    return "?"


def run_update(
    cache: Path, size: int, *, batch: str, same_connection: bool = False, first: int | None = None
) -> tuple[dict[str, dict[str, float]], Recorder, Any]:
    """The steps' update on a copy of the rebuilt store with the 1% added (``first``: its
    first articles only); each step's CPU seconds, the recorder of its calls, and the store
    (still open)."""
    from newsdesk.analyse import older_objects_frozen, steps_threads
    from newsdesk.entities import resolve_entities
    from newsdesk.lineage import update as lineage
    from newsdesk.quotes.corpus import link_quotes
    from newsdesk.store import open_store

    _, added = corpus.prepare(cache, size, batch=batch)
    if first is not None:
        added = _first_records(added, first)
    work = cache / f"profile-update-{batch}-{size}.duckdb"
    shutil.copy(corpus.rebuilt_store(cache, size), work)
    layers = corpus.add_articles(cache, work, added, same_connection=same_connection)
    corpus._import_step_modules()
    store, recorder = open_store(work), Recorder()
    if layers is not None:  # the layers written on the steps' connection, off the clock
        layers(store)
    store._con = TimedConnection(store.con, recorder)
    refresh, spent = lineage.refresh_stories, {"stories": 0.0}

    def stories(*args: Any, **kwargs: Any) -> int:
        cpu = time.process_time()
        with recorder.of("stories"):
            try:
                return refresh(*args, **kwargs)
            finally:
                spent["stories"] += time.process_time() - cpu

    lineage.refresh_stories = stories
    steps = {
        "lineage": lambda: lineage.update_lineage(store),
        "entities": lambda: resolve_entities(store),
        "quotes": lambda: link_quotes(store),
    }
    seconds: dict[str, float] = {}
    try:  # the thread setting entered and left apart, so that it is timed as its own step
        with recorder.of("threads"):
            cpu = time.process_time()
            setting = steps_threads(store, full=False)
            setting.__enter__()
            seconds["threads"] = time.process_time() - cpu
        try:
            for name, step in steps.items():
                cpu = time.process_time()
                with recorder.of(name), older_objects_frozen():
                    step()
                seconds[name] = time.process_time() - cpu
        finally:
            with recorder.of("threads"):
                cpu = time.process_time()
                setting.__exit__(None, None, None)
                seconds["threads"] += time.process_time() - cpu
    finally:
        lineage.refresh_stories = refresh
    seconds["stories"] = spent["stories"]
    seconds["lineage"] -= spent["stories"]
    return _by_step(seconds, recorder), recorder, store


def _first_records(added: Path, count: int) -> Path:
    """The first ``count`` records of the batch file ``added``, in a file beside it."""
    with added.open(encoding="utf-8") as lines:
        kept = [line for _, line in zip(range(count), lines, strict=False)]
    path = added.with_name(f"{added.stem}-first{count}{added.suffix}")
    path.write_text("".join(kept), encoding="utf-8")
    return path


def _by_step(seconds: dict[str, float], recorder: Recorder) -> dict[str, dict[str, float]]:
    steps = {}
    for step, cpu in seconds.items():
        calls = [c for c in recorder.calls if c["step"] == step]
        steps[step] = {
            "cpu": round(cpu, 4),
            "duckdb_cpu": round(sum(c["cpu"] for c in calls), 4),
            "calls": len(calls),
            "read_mib": round(sum(c["read"] for c in calls) / 2**20, 1),
        }
    return steps


def warm_reads(store: Any, recorder: Recorder) -> dict[str, float]:
    """The steps' reads run again, in order, on the same connection: their CPU seconds the
    first time (in the steps) and now. A read of a table registered for it alone (a long
    list of values goes as Arrow, let go after the statement) cannot run again and is left
    out of both (``skipped``)."""
    import duckdb

    reads = [c for c in recorder.calls if c["statement"] and not any(w in c["statement"].upper() for w in WRITES)]
    con, first, again, skipped = store._con._con, 0.0, 0.0, 0
    for read in reads:
        cpu = time.process_time()
        try:
            con.execute(read["statement"], *read["params"]).fetchall()
        except duckdb.CatalogException:
            skipped += 1
            continue
        again += time.process_time() - cpu
        first += read["cpu"]
    return {
        "reads": len(reads) - skipped,
        "skipped": skipped,
        "first_cpu": round(first, 4),
        "warm_cpu": round(again, 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-corpus-steps"))
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--batch", choices=corpus.BATCHES, default="file")
    parser.add_argument(
        "--same-connection",
        action="store_true",
        help="the 1%%'s layers written on the steps' connection (bench_corpus_steps.py)",
    )
    parser.add_argument("--first", type=int, help="add only the batch's first N articles")
    parser.add_argument("--calls", type=int, default=0, help="print the N costliest calls")
    parser.add_argument("--json", type=Path, help="write every call's figures here")
    options = parser.parse_args()
    steps, recorder, store = run_update(
        options.cache, options.size, batch=options.batch, same_connection=options.same_connection,
        first=options.first,
    )
    try:
        warm = warm_reads(store, recorder)
    finally:
        store._con = store._con._con
        store.close()
    total = {
        "cpu": round(sum(s["cpu"] for s in steps.values()), 4),
        "duckdb_cpu": round(sum(s["duckdb_cpu"] for s in steps.values()), 4),
        "calls": sum(s["calls"] for s in steps.values()),
    }
    adds = corpus.ADDS[options.same_connection]
    print(
        json.dumps(
            {
                "articles": options.size,
                "batch": options.batch,
                "adds": adds,
                "first": options.first,
                "steps": steps,
                "all": total,
                "reads_again": warm,
            }
        ),
        flush=True,
    )
    costliest = sorted((c for c in recorder.calls if c["step"] != "before"), key=lambda c: -c["cpu"])
    for call in costliest[: options.calls]:
        words = " ".join((call["statement"] or call["call"]).split())[:90]
        print(
            f"{call['cpu'] * 1000:7.1f} ms {call['read'] / 2**20:6.1f} MiB  {call['step']:9s} "
            f"{call['caller']:34s} {words}"
        )
    if options.json:
        options.json.write_text(
            json.dumps([{k: v for k, v in c.items() if k != "params"} for c in recorder.calls], indent=1)
        )


if __name__ == "__main__":
    sys.exit(main())
