"""The desk a server runs: the store it serves, short-lived connections and the job runner.

DuckDB lets one process write a file or many read it, never both at once. A server that kept
the file open for its life would lock every CLI command out, so the desk holds a connection
only while something needs it:

* requests read through a read-only connection that they share while they keep coming and
  that is closed when idle or in another's way (``sharing.SharedReader``); a CLI reader can
  read alongside it. Each request, and each background maker of a slow page's value
  (``soon``), reads through a cursor of its own: a DuckDB connection is not safe to use from
  two threads at once, and the shared one runs no query itself;
* a job (ingest, analyse, an entity decision, adding or removing a feed, watchlist or
  schedule) and ``ask`` open the store read-write for as long as they run, as a CLI write
  would; while one does, requests join its open database with connections of their own
  (``open_store(..., detached=True)``), which a job closing its connection to let a reader
  in does not cut;
* the waits are bounded by ``wait`` seconds either way: a CLI write waits for the job being
  run, a job or request waits for the CLI write (which lets readers in between inputs), and
  only a wait that runs out ends in the store's "busy" error.

``hold=True`` keeps a writing connection for the server's life instead (CLI commands are then
locked out); it exists to measure what reopening costs (``benchmarks/bench_web.py``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.errors import UsageError
from newsdesk.service.jobs import Job, JobRunner
from newsdesk.service.sharing import HeldReader, SharedReader
from newsdesk.store import DEFAULT_WAIT, Store, open_store

if TYPE_CHECKING:
    from newsdesk.ingest import IngestReport

#: Largest upload accepted, per file.
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
#: How many briefs of different settings the server keeps built (``Desk.brief``).
BRIEFS_KEPT = 16
#: Seconds a page waits for a value of the whole store before it says it is being made.
PAGE_WAIT = 2.0

log = logging.getLogger(__name__)
#: Formats an upload may be stored as (``READERS`` keys); an archive format is refused.
UPLOAD_FORMATS = (
    "txt",
    "md",
    "html",
    "jsonl",
    "json",
    "csv",
    "tsv",
    "rss",
    "atom",
    "xml",
    "sitemap",
)


@dataclass(slots=True)
class Written:
    """A write run as a job: its job, whether it ended in time, and what it returned."""

    job: Job
    ended: bool
    value: Any = None


class Desk:
    """The store a server serves, its readers and its jobs."""

    def __init__(self, db: str, *, wait: float = DEFAULT_WAIT, hold: bool = False) -> None:
        self.db = os.fspath(db)
        self.wait = wait
        open_store(self.db, wait=wait).close()  # create or migrate it once, then let go
        self._held = HeldReader(open_store(self.db, wait=wait), wait=wait) if hold else None
        self._readers = SharedReader(self.db, wait=wait)
        self.jobs = JobRunner()
        self.uploads = Path(self.db).with_name(Path(self.db).name + ".uploads")
        self._upload_names: dict[str, str] = {}  # kept path -> the file name it was uploaded as
        self._cache: dict[str, Any] = {}
        self._cache_generation: tuple[int, ...] = ()
        self._cache_lock = threading.Lock()
        self._making: dict[str, threading.Lock] = {}  # key -> held while its value is made
        self._makers: dict[str, threading.Thread] = {}  # key -> the thread making its value

    def warm_up(self, *, then: Callable[[], None] | None = None) -> threading.Thread:
        """Load in a thread of its own the code the slow pages run and nothing of the store
        (``load_page_code``), then ``then`` (the web app compiles its pages' templates), so
        that the first brief of the server's life does not wait for its imports and its
        tagger when its visitor comes after them. A page that needs them sooner imports them
        itself, waiting for the thread where both want one module."""
        parts = page_code_parts() + ([then] if then is not None else [])
        loader = threading.Thread(target=_load_logged, args=(parts,), daemon=True,
                                  name="newsdesk-code")
        loader.start()
        return loader

    def close(self) -> None:
        """Let the store go. A reader still reading, a request or a background maker
        (``soon``), keeps its cursor: the shared connection closes when the last one ends
        (``SharedReader.close``); a held connection after waiting for them at most ``wait``
        seconds, else when the last one ends (``HeldReader.close``). A reader that comes
        after the close reads through a short connection of its own."""
        self._readers.close()
        if self._held is not None:
            self._held.close()

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, kept until a job ends or another process changes the store file. Requests
        that want a value being made wait for it rather than make it again; a value made from
        a store that changed meanwhile is returned but not kept."""
        generation = self.generation()
        with self._cache_lock:
            if self._cache_generation != generation:
                self._cache.clear()
                self._making.clear()
                self._cache_generation = generation
            if key in self._cache:
                return self._cache[key]
            making = self._making.setdefault(key, threading.Lock())
        with making:
            with self._cache_lock:
                if self._cache_generation == generation and key in self._cache:
                    return self._cache[key]
            value = make()
            with self._cache_lock:
                if self._cache_generation == generation:
                    self._cache[key] = value
        return value

    def kept(self, key: str) -> Any | None:
        """The value kept under ``key`` for the store as it is now, or None; makes nothing."""
        generation = self.generation()
        with self._cache_lock:
            return self._cache.get(key) if self._cache_generation == generation else None

    def soon(self, key: str, make: Callable[[Store], Any], *, within: float = PAGE_WAIT) -> Any:
        """The value kept under ``key`` when it is kept or made within ``within`` seconds, else
        None: a page then says it is being made rather than keep its reader waiting (half a
        minute for the brief at 600 articles). ``make(store)`` keeps it under ``key`` (a
        method below); it runs on a reader of its own in a thread of its own, one per key,
        and goes on after the page has answered, so a later visit finds the value made."""
        made = self.kept(key)
        if made is not None:
            return made
        with self._cache_lock:
            maker = self._makers.get(key)
            if maker is None or not maker.is_alive():
                maker = threading.Thread(target=self._make, args=(key, make), daemon=True,
                                         name=f"newsdesk-{key.split()[0]}")
                self._makers[key] = maker
                maker.start()
        maker.join(within)
        return self.kept(key)

    def _make(self, key: str, make: Callable[[Store], Any]) -> None:
        try:
            with self.reading() as store:
                make(store)
        except Exception:  # a thread's error reaches no reader: log it; the page asks again
            log.exception("making the desk's %s failed", key)

    def home_brief(self, *, within: float = PAGE_WAIT) -> Any:
        """The brief of the whole store (``brief()``'s), or None while it is being made
        (``soon``); its making goes on to ``prepare`` the other slow pages."""
        return self.soon(brief_key(), self.prepare, within=within)

    def prepare(self, store: Store) -> None:
        """Make what the slow pages show for the store as it is now: the home page's brief,
        then the timeline and the footprints' evidence (``timeline_events``,
        ``footprint_evidence``) and the article records' export fields (``export_fields``),
        so that the pages a reader opens after the home page find them made."""
        self.brief(store)
        self.footprint_evidence(store)
        self.export_fields(store)

    def timeline_soon(self, *, within: float = PAGE_WAIT) -> Any:
        """``timeline_events``, or None while it is being made (``soon``)."""
        return self.soon("timeline", self.timeline_events, within=within)

    def evidence_soon(self, *, within: float = PAGE_WAIT) -> Any:
        """``footprint_evidence``, or None while it is being made (``soon``)."""
        return self.soon("footprint", self.footprint_evidence, within=within)

    def generation(self) -> tuple[int, ...]:
        """The store's version as the cache reads it: jobs ended, size and time of its files."""
        return (self.jobs.finished, *_file_version(self.db))

    def timeline_events(self, store: Store) -> list[dict[str, Any]]:
        """The store's ``timeline.merged_timeline``, made once per change of the store: every
        timeline page, filtered or not, and the footprints read it (seconds at a few hundred
        articles). Callers read it and never change it."""
        from newsdesk.timeline import merged_timeline

        return self.cached("timeline", lambda: merged_timeline(store))

    def export_fields(self, store: Store) -> Any:
        """The corpus-wide export fields (``exporter.extra_values``) behind
        ``GET /api/articles/{id}``, made once per change of the store."""
        from newsdesk.exporter import extra_values

        return self.cached("export-fields", lambda: extra_values(store))

    def footprint_evidence(self, store: Store) -> Any:
        """The store's ``footprint.Evidence`` (the timeline above among it), made once per
        change of the store and shared by every power and country asked."""
        from newsdesk.footprint import Evidence

        return self.cached(
            "footprint", lambda: Evidence.read(store, timeline=self.timeline_events(store))
        )

    def brief(self, store: Store, **settings: Any) -> Any:
        """``service.brief`` of these settings, kept as ``cached`` keeps a value: the home page,
        ``/brief`` and ``/api/brief`` build the brief of one set of settings once per change
        of the store, not on each visit (the brief of the whole store takes seconds). The
        briefs kept are the last ``BRIEFS_KEPT`` built."""
        from newsdesk.service.reads import brief

        wanted = {name: value or None for name, value in settings.items()}
        made = self.cached(brief_key(**wanted), lambda: brief(store, **wanted))
        with self._cache_lock:
            kept = [name for name in self._cache if name.startswith("brief ")]
            for name in kept[: max(len(kept) - BRIEFS_KEPT, 0)]:
                del self._cache[name]
        return made

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store for one request's reads (``SharedReader.reading``; a cursor of the held
        connection, ``HeldReader``, while it is open)."""
        held = self._held.enter() if self._held is not None else None
        if held is not None:
            try:
                yield held
            finally:
                self._held.leave(held)
            return
        with self._readers.reading() as reader:
            yield reader

    def ask(self, question: str, *, limit: int = 5) -> Any:
        """The ``newsdesk ask`` answer; it may refresh the retrieval index, so it writes."""
        from newsdesk.brief.ask import ask

        return ask(question, db=self.db, limit=limit)

    def save_upload(self, data: bytes, *, filename: str | None = None) -> str:
        """Keep an uploaded file under a name made from its content; return its path."""
        if len(data) > MAX_UPLOAD_BYTES:
            raise UsageError(f"{filename or 'upload'}: larger than {MAX_UPLOAD_BYTES} bytes")
        if not data.strip():  # in the words `newsdesk ingest` gives an empty file
            raise UsageError(f"{filename or 'upload'}: empty file{'' if not data else ' (only whitespace)'}")
        kind = upload_format(data, filename=filename)
        if kind is None:
            raise UsageError(f"{filename or 'upload'}: not a format newsdesk ingest reads")
        self.uploads.mkdir(parents=True, exist_ok=True)
        path = self.uploads / f"{hashlib.sha256(data).hexdigest()[:20]}.{kind}"
        path.write_bytes(data)
        if filename:
            self._upload_names[str(path)] = filename
        return str(path)

    def submit_ingest(self, inputs: list[str], *, follow_links: bool = False) -> Job:
        """Queue an ingest of ``inputs`` (paths or URLs) that then analyses what it stored."""
        return self.jobs.submit("ingest", lambda job: self._ingest(job, inputs, follow_links))

    def submit_analyse(self) -> Job:
        """Queue an analysis of the articles not analysed yet (``POST /api/analyse``)."""
        return self.jobs.submit("analyse", self._analyse)

    def decide(self, *, action: str, subject: str, value: str) -> Written:
        """An entity merge, split or rename (``newsdesk entities merge|split|rename``) written
        as ``write`` does; the entity as it now stands is its value and its job's result. The
        entity page's form and ``POST /api/entities/...`` both come here."""
        from newsdesk.service.writes import decide_entity

        return self.write(
            f"entity {action}",
            lambda store: decide_entity(store, action=action, subject=subject, value=value),
        )

    def write(self, kind: str, action: Callable[[Store], Any]) -> Written:
        """Run ``action(store)`` on the store opened for writing as a job, so the job thread
        stays the one writer, and wait for it: what it returned, or its error raised here.
        A write still queued behind a longer job after ``wait`` seconds is left to run
        (``ended`` false; ``GET /api/jobs/{id}`` follows it)."""
        ended = threading.Event()
        outcome: dict[str, Any] = {}

        def work(job: Job) -> None:
            try:
                with open_store(self.db, wait=self.wait) as store:
                    outcome["value"] = value = action(store)
                if isinstance(value, dict):
                    job.result.update(value)
            except BaseException as e:
                outcome["error"] = e
                raise
            finally:
                ended.set()

        job = self.jobs.submit(kind, work)
        if not ended.wait(self.wait):
            return Written(job=job, ended=False)
        if "error" in outcome:
            raise outcome["error"]
        return Written(job=job, ended=True, value=outcome["value"])

    def _ingest(self, job: Job, inputs: list[str], follow_links: bool) -> None:
        from newsdesk.ingest import ingest

        def on_input(path: str, status: str, done: int, total: int) -> None:
            job.progress.update(done=done, total=total)

        report = ingest(  # what a request names is fetched only from public hosts
            inputs, db=self.db, workers=1, follow_links=follow_links, public_only=True,
            progress=on_input,
        )
        job.counts.update(ingest_counts(report))
        job.errors.extend(self._as_uploaded(str(problem)) for problem in report.failed)
        job.notes.extend(f"{self._as_uploaded(path)}: no article in it; nothing stored"
                         for path in report.empty)
        if job.counts["stored"]:
            self._analyse(job)

    def _as_uploaded(self, error: str) -> str:
        """An input's error naming an upload as its uploader knows it (``records.jsonl:2: ...``),
        not by the name it is kept under beside the store."""
        for path, name in self._upload_names.items():
            if error.startswith(path):
                return name + error[len(path):]
        return error

    def _analyse(self, job: Job) -> None:
        from newsdesk.analyse import analyse

        def on_batch(done: int, total: int) -> None:
            job.progress.update(analysed=done, to_analyse=total)

        report = analyse(db=self.db, workers=1, progress=on_batch)
        job.counts.update(analysed=report.analysed, corpus_steps=report.corpus_steps,
                          not_analysed=len(report.failed))
        job.errors.extend(report.failed)


#: Modules of the slow pages that take a second or more to import on a small machine (the
#: brief's scikit-learn, with SciPy) or that the home page's making runs after the brief.
PAGE_MODULES = ("newsdesk.brief.build", "newsdesk.timeline", "newsdesk.footprint",
                "newsdesk.exporter")
#: A sentence the tagger reads while the server starts (``load_page_code``).
_WARM_SENTENCE = "The desk started and loaded the tagger before its first brief."


def page_code_parts() -> list[Callable[[], Any]]:
    """``load_page_code``'s parts in the order it runs them: each of ``PAGE_MODULES``, the
    brief's tagger, then what DuckDB's client imports on the first statement with parameters
    (``store.load_client``)."""
    import importlib
    from functools import partial

    from newsdesk.store import load_client

    def tagger() -> None:
        from newsdesk.prose import prose_problems

        prose_problems([_WARM_SENTENCE])

    modules = [partial(importlib.import_module, name) for name in PAGE_MODULES]
    return [*modules, tagger, load_client]


def load_page_code() -> None:
    """Import ``PAGE_MODULES``, load the brief's tagger and tag one sentence with it
    (``prose.prose_problems``), and let DuckDB's client import what it imports on the first
    statement with parameters (``store.load_client``): the costs of the first brief of a
    process that do not depend on the store."""
    for part in page_code_parts():
        part()


def _load_logged(parts: list[Callable[[], Any]]) -> None:
    try:
        for part in parts:
            part()
    except Exception:  # a thread's error reaches no reader: a page loads what it needs itself
        log.exception("loading the desk's page code failed")


def brief_key(**settings: Any) -> str:
    """The cache key of the brief of ``settings`` (a setting left out is its default). It
    imports the brief's builder, as reading the settings did before the brief package left its
    import to the brief's making: a brief asked for at once was otherwise made later (1.2 ->
    2.1 s, ``benchmarks/bench_startup.py``)."""
    import newsdesk.brief.build  # noqa: F401
    from newsdesk.brief import brief_settings

    return "brief " + repr(brief_settings(**settings))


def ingest_counts(report: IngestReport) -> dict[str, int]:
    """An ingest's counts as ``newsdesk ingest`` sums them up: articles new, updated and
    unchanged; inputs read, skipped as unchanged and failed (not read at all); bad records
    (skipped within an input that was read)."""
    return {
        "inputs": report.inputs,
        "new": report.new,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "skipped": report.skipped,
        "failed": report.failed_inputs,
        "bad_records": report.bad_records,
        "stored": report.new + report.updated,
    }


def _file_version(path: str) -> tuple[int, ...]:
    """Size and modification time of the store file and its write-ahead log."""
    version: list[int] = []
    for name in (path, path + ".wal"):
        try:
            stat = os.stat(name)
        except OSError:
            version += [0, 0]
        else:
            version += [stat.st_size, stat.st_mtime_ns]
    return tuple(version)


def upload_format(data: bytes, *, filename: str | None = None) -> str | None:
    """The format to read an upload as, judged by its bytes; the file name's suffix only
    chooses among text formats the bytes cannot tell apart (CSV, JSON, Markdown)."""
    from newsdesk.readers.sniff import sniff_format

    sniffed = sniff_format(data)
    suffix = (filename or "").lower().rsplit(".", 1)[-1] if "." in (filename or "") else ""
    if sniffed == "txt":
        stripped = data.lstrip()
        if stripped[:1] in (b"{", b"["):
            return "json" if suffix == "json" else "jsonl"
        if suffix in ("csv", "tsv", "md"):
            return suffix
    return sniffed if sniffed in UPLOAD_FORMATS else None
