"""Corpus steps at 1k / 2k / 4k / 8k articles: a full rebuild against an incremental update.

For each size N the script times, in one process each, every corpus step rebuilt from the
whole store (``full=True``) and then, on a copy of that store with N/100 articles added,
every step updated incrementally; it prints wall and CPU seconds (all threads; the CPU
figures matter on a shared machine), the process's peak resident memory, and each step's
own peak (the stories', run inside lineage, is lineage's; the peak is reset before each step
through Linux's ``/proc/self/clear_refs``; the figure includes what the process already
held, printed as ``NAME_start``), and apart from the steps the CPU seconds of closing the
store (``close_cpu``: DuckDB writes the changes it
still holds in its log to the file; a step's commit does that instead when it takes the log
past DuckDB's threshold, 16 MB) and of opening it again, reading its articles' count and
closing it (``reopen_cpu``: what a checkpoint left for the next process), and, within each
step's and the close's CPU, that of Python's full garbage collections (``NAME_gc_cpu``; how
many ran in the steps, ``steps_full_collections``: one
scans every object of the process, imported modules included, so its cost is the process's
and lands in whichever step set it off; ``full_gc_cpu`` in the comparison's summary, one
figure per run). An update starts
from the ``full`` stage's store, refused when an older schema wrote it (``rebuilt_store``).
The steps run as ``newsdesk analyse`` runs them: each in ``older_objects_frozen`` where the
tree has it, and the lineage step refreshes the stories in its own transaction, from the
articles it processed; the stories' seconds are timed around that call and reported apart
(``stories``, taken out of ``lineage``). Where the tree sets DuckDB's threads once around all
the steps (``newsdesk.analyse.steps_threads``), as ``newsdesk analyse`` does, that setting and
its restore are timed apart (``threads``, 0 in a tree whose steps each set their own) and
counted in the update's total. Each step's calls into DuckDB through the store's
connection are counted (``statements``: statements, and each registration of a table and each
relation inserted, which cost as much), the close's not.

How the 1% reaches the store the update runs on (printed as ``adds``): by default its
articles are ingested, and given their layers, in openings of their own, each closed (DuckDB
writes everything to the file) before the update opens the store, so the update reads the new
articles and their layers cold (DuckDB reads a column a vector of 2,048 rows at a time), as
steps run by a process that did not write the layers do (an analysis stopped after storing
its layers, run again).
``--same-connection`` gives the layers as ``newsdesk analyse`` does just before its corpus
steps, on the connection the steps then use (``layers_as_analyse_writes_them``: the pending
ids, the pending articles read, their layers stored, readers let in); the articles
themselves are ingested in an opening of their own, as ``newsdesk ingest`` (or the web's
ingest job, or a feed poll) stores them before an analysis. That part is off the steps'
clock (``first_cpu``). ``--both-ways`` (with ``--repeat N --full-repeat M``) alternates the
two on copies of the same rebuilt store, this checkout only, and prints the least CPU
seconds of each way (the rebuilds, which add nothing, once per round).

``--before SRC`` (another checkout's ``src``) with ``--repeat N`` runs the updates N times
per size, this checkout's and SRC's alternating on copies of the same rebuilt store, and
prints the least CPU seconds of each (all four steps, each step, the close); with
``--full-repeat M`` it first runs the rebuilds M times per tree, alternating the same way
(the last one leaves the store the updates start from), and each tree's update is a share
of its own rebuilds.

How the stores are built (parsing 8,000 articles is out of reach on a small machine, and
this measures the corpus steps, not the parse):

* the articles are the first N AllSides articles, ingested for real (text, dates,
  outlets), so lineage and stories work on real texts at full size; the 1% added are the
  next N/100 articles of the same file;
* the ``mentions`` and ``quotes`` layers (all the entity and quote steps read) come from
  240 AllSides articles analysed once (cached): an article that is one of them (by its URL)
  keeps its own; any other gets those of the analysed article its URL hashes to, with each
  word of its quotes replaced, with probability one half, by a word of another quote (so
  copies of one quote do not all form one group). An article's id is made of its file's
  path, so the layers go by URL: keyed by id, the 1% batch carried other names wherever the
  cache lay (at 1,000 articles 233 or 170 grown entities, 47 or 36 registry statements), and
  no article of the seed was one of the store's. Names and their counts follow the analysed sample's
  distribution, so the registry grows as it would with more articles about the same news.

The modules the steps import (scikit-learn, datasketch, RapidFuzz, the gazetteer's
readers) are imported before the clock starts and timed apart (``imports``): a process pays
them once, whatever the size of the store or of the change.

    python benchmarks/bench_corpus_steps.py [--sizes 1000,2000,4000,8000] [--cache DIR]
        [--batch file|dated] [--same-connection] [--repeat N --full-repeat N]
        [--before SRC --repeat N --full-repeat N --loop N] [--both-ways --repeat N --full-repeat N]

Each size's rebuild runs ``--full-repeat`` times (3; with ``--before`` or ``--both-ways`` 0, the
stored rebuild is used) and its update ``--repeat`` times (3; 5 with those), each in a process
of its own, alternating where there is more than one tree or way; the last line per size
(``"run": "share"``) is the update's CPU seconds (all four steps) as a share of the rebuild's,
least against least and median against median. A share from one rebuild moved by half a
point with the rebuild's noise (two rebuilds of the same tree at 1,000 articles, under load,
differed by 1.0 of 8 CPU seconds).

``--loop N`` (with ``--before``) then makes N updates in one process per tree, each on a
fresh copy of the rebuilt store (``update_loop``): whether memory grows from one update to
the next, and where Python's full collections fall when one process makes many updates.
"""

from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import json
import logging
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

#: ../shared beside the checkout, or $NEWSDESK_SHARED (as in tests/conftest.py).
SHARED = Path(os.environ.get("NEWSDESK_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data" / "corpus" / "allsides-article-bias" / "articles.jsonl.gz"
SEED_ARTICLES = 240
ANALYSE_BATCH = 256  # the articles ``newsdesk analyse`` reads and stores at once (its default)
STEPS = ("lineage", "stories", "entities", "quotes")
BATCHES = ("file", "dated")
#: How the 1% reaches the store the update runs on, by ``--same-connection`` (the module doc).
ADDS = {False: "separate-openings", True: "same-connection"}


def write_records(path: Path, start: int, stop: int) -> Path:
    if not path.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as lines:
            path.write_text("".join(islice(lines, start, stop)), encoding="utf-8")
    return path


def write_dated_records(path: Path, size: int) -> Path:
    """The ``size // 100`` records after the first ``size`` with an ISO date, in date order
    from the median date of the first ``size`` (see the module doc)."""
    if not path.exists():
        with gzip.open(DATA, "rt", encoding="utf-8") as lines:
            records = [(json.loads(line).get("date") or "", line) for line in lines]
        store_days = sorted(day for day, _ in records[:size] if _is_iso_day(day))
        median = store_days[len(store_days) // 2]
        later = sorted((day, line) for day, line in records[size:] if _is_iso_day(day) and day >= median)
        path.write_text("".join(line for _, line in later[: max(1, size // 100)]), encoding="utf-8")
    return path


def _is_iso_day(day: str) -> bool:
    return len(day) == 10 and day[4] == "-" and day[7] == "-"


def seed_store(cache: Path) -> Path:
    """240 AllSides articles ingested and analysed once (their layers are copied)."""
    import newsdesk
    from newsdesk.analyse import analyse

    db = cache / "seed.duckdb"
    if not db.exists():
        records = write_records(cache / "seed.jsonl", 0, SEED_ARTICLES)
        newsdesk.ingest([str(records)], db=str(db), workers=os.cpu_count())
        analyse(db=str(db), workers=os.cpu_count())
    from newsdesk.store import open_store

    with open_store(db):  # a cached store from an older schema is migrated before read-only use
        pass
    return db


def give_layers(db: Path, seed: Path) -> None:
    """Every article without a mentions layer gets the seed's layers (see the module doc)."""
    from newsdesk.store import open_store

    copied = SeedLayers(seed)
    with open_store(db) as store:
        done = set(store.layer("mentions"))
        articles = [a for a in store.iter_articles() if a.id not in done]
        store.save_annotations(copied.given(articles), copied.versions)


class SeedLayers:
    """The seed store's ``mentions`` and ``quotes`` layers, given to other articles as the
    module doc says, stamped with today's analysers' versions."""

    def __init__(self, seed: Path) -> None:
        from newsdesk.entities.mentions import MentionAnalyser
        from newsdesk.quotes import QuoteAnalyser
        from newsdesk.store import open_store

        with open_store(seed, read_only=True) as store:
            self.layers = {name: store.layer(name) for name in ("mentions", "quotes")}
            self.by_url = {a.url: a.id for a in store.iter_articles() if a.url}
        self.ids = sorted(self.layers["mentions"])
        self.words = [w for quotes in self.layers["quotes"].values() for q in quotes for w in q["text"].split()]
        self.versions = {"mentions": MentionAnalyser.version, "quotes": QuoteAnalyser.version}

    def given(self, articles: list[Any]) -> list[Any]:
        """``articles`` with their layers set (an article of the seed, by its URL, keeps its
        own)."""
        for article in articles:
            key = article.url or article.id  # the record's, wherever its file lies
            own = self.by_url.get(key)
            digest = int(hashlib.sha1(key.encode()).hexdigest(), 16)
            source = own or self.ids[digest % len(self.ids)]
            quotes = self.layers["quotes"].get(source, [])
            article.annotations = {
                "mentions": self.layers["mentions"][source],
                "quotes": quotes if own else _reworded(quotes, self.words, key),
            }
        return articles


def _reworded(quotes: list[dict], words: list[str], salt: str) -> list[dict]:
    rng = random.Random(salt)
    return [
        {**q, "text": " ".join(w if rng.random() < 0.5 else rng.choice(words) for w in q["text"].split())}
        for q in quotes
    ]


def prepare(cache: Path, size: int, *, batch: str = "file") -> tuple[Path, Path]:
    """The store of ``size`` articles and the records of the 1% added (``batch``: see the
    module doc)."""
    seed = seed_store(cache)
    base = cache / f"base-{size}.duckdb"
    if not base.exists():
        import newsdesk

        records = write_records(cache / f"articles-{size}.jsonl", 0, size)
        newsdesk.ingest([str(records)], db=str(base), workers=os.cpu_count())
        give_layers(base, seed)
    if batch == "dated":
        return base, write_dated_records(cache / f"added-dated-{size}.jsonl", size)
    return base, write_records(cache / f"added-{size}.jsonl", size, size + max(1, size // 100))


def run_steps(
    db: Path, *, full: bool, collections: _FullCollections | None = None,
    first: Callable[[Any], None] | None = None,
) -> tuple[dict[str, float], dict[str, int]]:
    """Seconds of each step, rebuilt (``full``) or updated for what changed since it last ran
    (``newsdesk analyse``'s order: lineage refreshes the stories in its own transaction, and
    they are timed apart, ``_TimedStories``), and
    each step's resident memory in MiB at its start and at its peak (``NAME_start``, ``NAME``;
    empty where they cannot be measured). ``collections``: the process's counter of full
    collections (one is made if none is given). ``first(store)`` runs on the opened store
    before the steps, off their clock (its CPU seconds: ``first_cpu``)."""
    from newsdesk.entities import resolve_entities
    from newsdesk.lineage import update as lineage
    from newsdesk.quotes.corpus import link_quotes
    from newsdesk.store import open_store

    try:  # what ``newsdesk analyse`` runs each step in
        from newsdesk.analyse import older_objects_frozen as frame
    except ImportError:  # a tree from before it
        frame = nullcontext
    try:  # what ``newsdesk analyse`` runs all the steps in
        from newsdesk.analyse import steps_threads
    except ImportError:  # a tree whose steps each set their threads
        steps_threads = None

    statements = _Statements()
    steps = {  # as ``newsdesk analyse`` runs them: lineage refreshes its stories itself
        "lineage": lambda store: lineage.update_lineage(store, full=full),
        "entities": lambda store: resolve_entities(store, full=full),
        "quotes": lambda store: link_quotes(store, full=full),
    }
    seconds, peaks = {"imports_cpu": _import_step_modules()}, {}
    store = open_store(db)
    collections = collections or _FullCollections()
    stories = _TimedStories(lineage, collections, statements)
    counted_before = collections.count
    try:
        if first is not None:
            cpu = time.process_time()
            first(store)
            seconds["first_cpu"] = round(time.process_time() - cpu, 3)
        with _TimedSetting(steps_threads, store, full, statements) as setting:
            for name in steps:
                reset = _reset_peak_rss()
                if reset:
                    peaks[f"{name}_start"] = _status_mb("VmRSS")
                started, cpu = time.perf_counter(), time.process_time()
                with collections.counted(seconds, f"{name}_gc_cpu"), frame(), statements.of(name):
                    steps[name](store)
                seconds[name] = round(time.perf_counter() - started, 2)
                seconds[f"{name}_cpu"] = round(time.process_time() - cpu, 3)
                if reset:
                    peaks[name] = _status_mb("VmHWM")
        seconds.update(setting.seconds)
    finally:
        stories.restore()
        statements.restore()
        seconds["steps_full_collections"] = collections.count - counted_before
        cpu = time.process_time()
        with collections.counted(seconds, "close_gc_cpu"):
            store.close()
        seconds["close_cpu"] = round(time.process_time() - cpu, 3)
    stories.split_from(seconds, "lineage")
    cpu = time.process_time()
    with open_store(db) as store:
        store.count_articles()
    seconds["reopen_cpu"] = round(time.process_time() - cpu, 3)
    seconds.update({f"{name}_statements": count for name, count in statements.counts.items()})
    return seconds, peaks


class _TimedSetting:
    """``steps_threads`` (``newsdesk analyse``'s thread setting around all the steps, where the
    tree has it) entered and left, its wall and CPU seconds and statements counted as the
    ``threads`` step's: it is part of the update's cost (0 in a tree whose steps set their own)."""

    def __init__(self, steps_threads: Any, store: Any, full: bool, statements: _Statements) -> None:
        self.made = partial(steps_threads, store, full=full) if steps_threads else nullcontext
        self.block: Any = None
        self.statements = statements
        self.seconds: dict[str, float] = {"threads": 0.0, "threads_cpu": 0.0}

    def __enter__(self) -> _TimedSetting:
        with self._timed():  # made inside: it asks the store whether this is an update
            self.block = self.made()
            self.block.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        with self._timed():
            self.block.__exit__(*exc)
        self.seconds = {key: round(value, 3) for key, value in self.seconds.items()}

    @contextmanager
    def _timed(self) -> Iterator[None]:
        started, cpu = time.perf_counter(), time.process_time()
        try:
            with self.statements.of("threads"):
                yield
        finally:
            self.seconds["threads"] += time.perf_counter() - started
            self.seconds["threads_cpu"] += time.process_time() - cpu


class _Statements:
    """The calls into DuckDB each step makes through the store's connection (``Store.con``,
    replaced by a counting property until ``restore``): statements run, tables registered and
    let go, relations made of Arrow tables; each pays DuckDB's fixed cost of a call. Those of
    a connection held apart (the close's checkpoint) are not counted."""

    CALLS = frozenset({"execute", "executemany", "register", "unregister", "from_arrow", "sql"})

    def __init__(self) -> None:
        from newsdesk.store import Store

        self.store_class, self.property = Store, Store.con
        self.counts: dict[str, int] = {}
        self.step: str | None = None
        connection = self.property.fget
        Store.con = property(lambda store: _CountedConnection(connection(store), self))

    @contextmanager
    def of(self, step: str) -> Iterator[None]:
        """Count the calls made while the block runs as ``step``'s."""
        before, self.step = self.step, step
        self.counts.setdefault(step, 0)
        try:
            yield
        finally:
            self.step = before

    def restore(self) -> None:
        self.store_class.con = self.property


class _CountedConnection:
    """A DuckDB connection whose calls that run something are counted (``_Statements``)."""

    def __init__(self, con: Any, statements: _Statements) -> None:
        self._con, self._statements = con, statements

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._con, name)
        if name in _Statements.CALLS and self._statements.step is not None:
            self._statements.counts[self._statements.step] += 1
        return found


class _TimedStories:
    """The wall and CPU seconds, and full collections' CPU, of the stories refresh the lineage
    step makes inside its own transaction (``refresh_stories``, replaced by a timed call while
    the steps run); ``split_from`` reports them as the ``stories`` step, out of lineage's."""

    def __init__(self, lineage: Any, collections: _FullCollections, statements: _Statements) -> None:
        self.module, self.refresh = lineage, lineage.refresh_stories
        self.seconds: dict[str, float] = {"wall": 0.0, "cpu": 0.0, "gc_cpu": 0.0}
        self.collections, self.statements = collections, statements
        lineage.refresh_stories = self._timed

    def _timed(self, *args: Any, **kwargs: Any) -> int:
        started, cpu, found = time.perf_counter(), time.process_time(), {}
        try:
            with self.collections.counted(found, "gc_cpu"), self.statements.of("stories"):
                return self.refresh(*args, **kwargs)
        finally:
            self.seconds["wall"] += time.perf_counter() - started
            self.seconds["cpu"] += time.process_time() - cpu
            self.seconds["gc_cpu"] += found["gc_cpu"]

    def restore(self) -> None:
        self.module.refresh_stories = self.refresh

    def split_from(self, seconds: dict[str, float], step: str) -> None:
        for suffix, key, digits in (("", "wall", 2), ("_cpu", "cpu", 3), ("_gc_cpu", "gc_cpu", 3)):
            inside = self.seconds[key]
            seconds[f"stories{suffix}"] = round(inside, digits)
            seconds[f"{step}{suffix}"] = round(seconds[f"{step}{suffix}"] - inside, digits)


class _FullCollections:
    """The CPU seconds of Python's full garbage collections (generation 2) while a block
    runs: each scans every object the process holds (imported modules included), so its
    cost follows the process, not the step or the store, and it falls in whichever step's
    allocations set it off."""

    def __init__(self) -> None:
        self.started: float | None = None
        self.spent = 0.0
        self.count = 0  # how many ran
        gc.callbacks.append(self._observe)

    def _observe(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self.started = time.process_time()
        elif self.started is not None:
            self.spent += time.process_time() - self.started
            self.started = None
            self.count += 1

    @contextmanager
    def counted(self, seconds: dict[str, float], key: str) -> Iterator[None]:
        before = self.spent
        try:
            yield
        finally:
            seconds[key] = round(self.spent - before, 3)


def _reset_peak_rss() -> bool:
    """Reset the process's peak resident memory (Linux ``clear_refs``), so that the next
    read of it is the peak of what ran since; False where the system does not allow it."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _status_mb(field: str) -> int:
    """A memory figure of ``/proc/self/status`` in MiB: ``VmRSS`` (resident now) or ``VmHWM``
    (peak since the last reset)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) // 1024
    raise ValueError(f"no {field} in /proc/self/status")


def _import_step_modules() -> float:
    """Import what the steps import (a fixed cost of each process); its CPU seconds."""
    cpu = time.process_time()
    import datasketch  # noqa: F401
    import rapidfuzz  # noqa: F401

    import newsdesk.entities.update
    import newsdesk.rewrite
    import newsdesk.stories  # noqa: F401

    return round(time.process_time() - cpu, 2)


def add_articles(
    cache: Path, work: Path, added: Path, *, same_connection: bool = False
) -> Callable[[Any], None] | None:
    """Ingest the 1% file into the store ``work`` (an opening of its own, as ``newsdesk
    ingest`` makes) and give the new articles their layers: in another opening, or, with
    ``same_connection``, return what writes them on the connection the update then uses
    (``layers_as_analyse_writes_them``)."""
    import newsdesk

    report = newsdesk.ingest([str(added)], db=str(work), workers=1)
    if same_connection:
        return partial(layers_as_analyse_writes_them, copied=SeedLayers(seed_store(cache)),
                       added=report.new + report.updated)
    give_layers(work, seed_store(cache))
    return None


def layers_as_analyse_writes_them(store: Any, *, copied: SeedLayers, added: int) -> None:
    """The pending articles' layers written through ``store`` as ``newsdesk analyse`` writes
    them just before its corpus steps, on the same connection (``_analyse_pending``, with the
    seed's layers in place of the analysers): the ids of the articles missing a layer, then
    per batch the articles read, their layers stored in one transaction, readers let in.
    ``added``: how many articles the 1% brought; refused when more are pending (a store whose
    layers older analysers stamped)."""
    from newsdesk.layers import batched

    pending = store.article_ids_needing_layers(copied.versions)
    if len(pending) != added:
        raise SystemExit(f"{store.path}: {len(pending)} articles miss a layer of versions "
                         f"{copied.versions}, {added} were added; build the stores anew in another --cache")
    for ids in batched(pending, ANALYSE_BATCH):
        found = store.get_articles(ids)
        store.save_annotations(copied.given([found[i] for i in ids if i in found]), copied.versions)
        store.let_readers_in()


def rebuilt_store(cache: Path, size: int) -> Path:
    """The ``full`` stage's store of ``size`` articles, refused when an older schema wrote it.

    Such a store lacks what the steps have kept since to update themselves (each article's
    story terms, schema v12): its first update counts and writes that for every article it
    reaches, and DuckDB writes those rows to the file in whichever later step's commit takes
    the log past its checkpoint threshold. On the 4,000-article store written before v12 the
    stories update wrote 14 MB of log for 40 articles (1 MB once rebuilt) and the registry's
    commit paid the checkpoint (155 ms of CPU against 16 ms on a checkpointed store)."""
    from newsdesk.errors import StoreError
    from newsdesk.store import open_store

    rebuilt = cache / f"full-{size}.duckdb"
    try:
        with open_store(rebuilt, read_only=True):
            pass
    except StoreError as e:
        reason = str(e).partition(": ")[2]
        raise SystemExit(f"{rebuilt}: not this schema's rebuild ({reason}); "
                         f"make it with --stage {size} full") from None
    return rebuilt


def stage(cache: Path, size: int, kind: str, *, batch: str = "file", same_connection: bool = False) -> None:
    """One measurement in this process: ``full`` on the base store, ``incremental`` after
    adding 1% (``batch``) to the result of ``full`` (``same_connection``: the layers written
    on the steps' connection, ``add_articles``)."""
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)  # the steps' counts, apart from the figures
    base, added = prepare(cache, size, batch=batch)
    adds = ADDS[same_connection]
    name = f"full-{size}" if kind == "full" else f"{kind}-{batch}-{size}"
    work = cache / f"{name}{'-same' if same_connection and kind == 'incremental' else ''}.duckdb"
    shutil.copy(rebuilt_store(cache, size) if kind == "incremental" else base, work)
    first = None
    if kind == "incremental":
        first = add_articles(cache, work, added, same_connection=same_connection)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    seconds, peaks = run_steps(work, full=kind == "full", first=first)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    total = {
        unit: round(sum(seconds[name + suffix] for name in STEPS) + seconds.get("threads" + suffix, 0.0), 3)
        for unit, suffix in (("wall", ""), ("cpu", "_cpu"))
    }
    print(
        json.dumps(
            {
                "articles": size,
                "run": kind,
                "batch": batch,
                "adds": adds if kind == "incremental" else None,
                "seconds": seconds,
                "total": total,
                "peak_rss_mb": max(rss_before, rss_after, *peaks.values()),
                "step_peak_rss_mb": peaks,
                "rss_before_steps_mb": rss_before,
                "load": round(os.getloadavg()[0], 1),
            }
        ),
        flush=True,
    )


def update_loop(cache: Path, size: int, count: int, *, batch: str = "file", same_connection: bool = False) -> None:
    """``count`` updates in one process, as a long-running one makes them: each adds the 1% to
    a fresh copy of the ``full`` stage's store and updates the four steps. Per update: the
    steps' CPU seconds, the full collections' CPU inside the steps and in the whole round (the
    copy and the ingest of the 1% included), the process's resident MiB and the objects
    Python's collector tracks after it; so memory that grows from one update to the next, and
    where the full collections fall, show."""
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    _, added = prepare(cache, size, batch=batch)
    work = cache / f"loop-{batch}-{size}.duckdb"
    collections = _FullCollections()
    rounds = []
    for _ in range(count):
        whole: dict[str, float] = {}
        with collections.counted(whole, "round_gc_cpu"):
            shutil.copy(rebuilt_store(cache, size), work)
            first = add_articles(cache, work, added, same_connection=same_connection)
            seconds, _ = run_steps(work, full=False, collections=collections, first=first)
        rounds.append({"steps_cpu": round(sum(seconds[f"{name}_cpu"] for name in STEPS)
                                          + seconds.get("threads_cpu", 0.0), 2),
                       "steps_gc_cpu": round(sum(seconds[f"{name}_gc_cpu"] for name in STEPS), 3),
                       "steps_full_collections": seconds["steps_full_collections"],
                       **whole, "rss_mb": _status_mb("VmRSS"), "objects": len(gc.get_objects())})
    work.unlink()
    print(json.dumps({"articles": size, "run": "loop", "batch": batch, "adds": ADDS[same_connection],
                      "updates": rounds,
                      "load": round(os.getloadavg()[0], 1)}), flush=True)


def compare_loops(options: argparse.Namespace, size: int) -> None:
    """``update_loop`` of ``options.loop`` updates from this checkout and from
    ``options.before``, one process each, one after the other."""
    trees = {"after": str(Path(__file__).resolve().parents[1] / "src"), "before": str(options.before)}
    for name, src in trees.items():
        found = subprocess.run(
            [sys.executable, __file__, "--cache", str(options.cache), "--batch", options.batch,
             "--loop", str(options.loop), *_same(options), "--stage", str(size), "loop"],
            check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": src},
        )
        print(json.dumps({"tree": name, **json.loads(found.stdout.strip().splitlines()[-1])}), flush=True)


def compare_updates(options: argparse.Namespace, size: int) -> None:
    """The ``full`` stage ``options.full_repeat`` times, then the ``incremental`` stage
    ``options.repeat`` times, of each of ``_variants``, alternating; each run's line, then the
    least CPU seconds of each kind and variant, and the update's share of the rebuild
    (``_shares``). A rebuild adds nothing, so with ``--both-ways`` it runs in one variant
    only, and both ways' updates are shares of it."""
    variants = _variants(options)
    label = "way" if options.both_ways else "tree"
    found: dict[str, dict[str, list[dict]]] = {}
    for kind, repeat in (("full", options.full_repeat), ("incremental", options.repeat)):
        running = dict(list(variants.items())[:1]) if kind == "full" and options.both_ways else variants
        runs: dict[str, list[dict]] = {name: [] for name in running}
        for _ in range(repeat):
            for name, (src, extra) in running.items():
                line = _stage_line(options, size, kind, src=src, extra=extra)
                runs[name].append(line)
                print(json.dumps({label: name, **line}), flush=True)
        if repeat:
            found[kind] = runs
            print(json.dumps({"articles": size, "run": kind, "batch": options.batch,
                              "best": _best(runs)}), flush=True)
    if len(found) == 2:
        print(json.dumps({"articles": size, "run": "share", "batch": options.batch,
                          "shares": _shares(found["full"], found["incremental"])}), flush=True)


def _stage_line(options: argparse.Namespace, size: int, kind: str, *, src: str, extra: list[str]) -> dict:
    """The figures' line of one ``--stage`` run in a process of its own, ``src`` first on the path."""
    found = subprocess.run(
        [sys.executable, __file__, "--cache", str(options.cache), "--batch",
         options.batch, *extra, "--stage", str(size), kind],
        check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": src},
    )
    return json.loads(found.stdout.strip().splitlines()[-1])


def _shares(rebuilds: dict[str, list[dict]], updates: dict[str, list[dict]]) -> dict[str, dict]:
    """Per variant, the update's CPU seconds (all four steps) as a share of the rebuild's, least
    against least and median against median, with the figures and every rebuild's: one
    rebuild's noise (1.0 of 8 CPU seconds at 1,000 articles, under load) moves a single share by
    half a point. A variant whose rebuild did not run (``--both-ways``) is a share of the
    one that ran."""
    only = next(iter(rebuilds.values()))
    shares = {}
    for name, runs in updates.items():
        full = [run["total"]["cpu"] for run in rebuilds.get(name, only)]
        update = [run["total"]["cpu"] for run in runs]
        shares[name] = {
            "rebuild_cpu": full,
            "least": {"rebuild": min(full), "update": min(update),
                      "share": round(min(update) / min(full), 4)},
            "median": {"rebuild": statistics.median(full), "update": statistics.median(update),
                       "share": round(statistics.median(update) / statistics.median(full), 4)},
        }
    return shares


def _variants(options: argparse.Namespace) -> dict[str, tuple[str, list[str]]]:
    """What ``compare_updates`` alternates, by name: a ``src`` and a stage's extra options.
    ``--before``: this checkout and that one, the 1% added the same way in both;
    ``--both-ways``: this checkout, the 1% added each way (``ADDS``)."""
    this = str(Path(__file__).resolve().parents[1] / "src")
    if not options.before and not options.both_ways:
        return {"this": (this, _same(options))}
    if options.both_ways:
        return {ADDS[same]: (this, ["--same-connection"] if same else []) for same in ADDS}
    return {"after": (this, _same(options)), "before": (str(options.before), _same(options))}


def _same(options: argparse.Namespace) -> list[str]:
    """The option that makes a stage add the 1% on the steps' connection, where it was given."""
    return ["--same-connection"] if options.same_connection else []


def _best(runs: dict[str, list[dict]]) -> dict[str, dict]:
    """Per tree, the least CPU seconds of all four steps (the best run's sum), of each step,
    of the close and of the reopen; the least peak memory; every run's load."""
    keys = [*(f"{step}_cpu" for step in STEPS), "threads_cpu", "close_cpu", "reopen_cpu"]
    collections = [*(f"{step}_gc_cpu" for step in STEPS), "close_gc_cpu"]
    return {
        name: {"all_four_cpu": min(run["total"]["cpu"] for run in found),
               **{key: min(run["seconds"].get(key, 0.0) for run in found) for key in keys},
               "full_gc_cpu": [round(sum(run["seconds"].get(key, 0.0) for key in collections), 3)
                               for run in found],
               "statements": {step: [run["seconds"].get(f"{step}_statements") for run in found]
                              for step in (*STEPS, "threads")},
               "peak_rss_mb": min(run["peak_rss_mb"] for run in found),
               "load": [run["load"] for run in found]}
        for name, found in runs.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-corpus-steps"))
    parser.add_argument("--batch", choices=BATCHES, default="file")
    parser.add_argument("--before", type=Path, help="another checkout's src: updates alternate")
    parser.add_argument("--repeat", type=int,
                        help="updates per size (3) or, with --before / --both-ways, per tree or way (5)")
    parser.add_argument("--full-repeat", type=int,
                        help="rebuilds per size (3) or, with --before / --both-ways, per tree or round (0: "
                             "the stored rebuild is used), before the updates")
    parser.add_argument("--loop", type=int, default=0,
                        help="with --before: also this many updates in one process per tree")
    parser.add_argument("--same-connection", action="store_true",
                        help="add the 1%%'s layers on the connection the update uses, as newsdesk analyse does")
    parser.add_argument("--both-ways", action="store_true",
                        help="updates alternate between the two ways of adding the 1%% (no --before)")
    parser.add_argument("--stage", nargs=2, metavar=("SIZE", "KIND"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    options.cache.mkdir(parents=True, exist_ok=True)
    if options.stage and options.stage[1] == "loop":
        update_loop(options.cache, int(options.stage[0]), options.loop, batch=options.batch,
                    same_connection=options.same_connection)
        return
    if options.stage:
        stage(options.cache, int(options.stage[0]), options.stage[1], batch=options.batch,
              same_connection=options.same_connection)
        return
    compared = bool(options.before or options.both_ways)
    if options.repeat is None:
        options.repeat = 5 if compared else 3
    if options.full_repeat is None:
        options.full_repeat = 0 if compared else 3
    for size in map(int, options.sizes.split(",")):
        compare_updates(options, size)
        if options.loop and options.before:
            compare_loops(options, size)


if __name__ == "__main__":
    main()
