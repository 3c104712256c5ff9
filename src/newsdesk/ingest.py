"""Ingest: read inputs, run the per-article steps on an executor, store each input atomically."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from newsdesk.article import Article
from newsdesk.errors import InputError, UsageError
from newsdesk.executors import Executor, make_executor
from newsdesk.fetch import DEFAULT_DELAY, DEFAULT_TIMEOUT, Fetcher, is_url
from newsdesk.pipeline import INGEST_STEPS, PerArticle, Step, run_steps
from newsdesk.readers import ReadContext, discover, read_input, reader_for
from newsdesk.readers.base import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_RECORD_BYTES,
    DEFAULT_PARSE_SECONDS,
    open_regular,
    source_of,
    time_budget,
)
from newsdesk.readers.html import read_html
from newsdesk.readers.tabular import EXPORTED
from newsdesk.readers.text import read_text
from newsdesk.store import DEFAULT_DB, SaveCounts, Store, open_store

log = logging.getLogger(__name__)

#: Called after each input with (path, status, done, total); status is
#: "ingested", "unchanged" or "failed".
ProgressCallback = Callable[[str, str, int, int], None]


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, in articles (new, updated, unchanged) and inputs (failed)."""

    inputs: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: list[InputError] = field(default_factory=list)
    failed_inputs: int = 0  # inputs not read at all; the rest of ``failed`` are bad records
    #: Inputs read whole that hold no article (a feed with no items, a sitemap that lists no
    #: page, an archive with no HTML page): no failure, but worth a word.
    empty: list[str] = field(default_factory=list)
    interrupted: bool = False  # stopped on request before the last input (newsdesk.stopping)

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def bad_records(self) -> int:
        """Records skipped within inputs that were read (``failed`` less the inputs not read)."""
        return max(0, len(self.failed) - self.failed_inputs)


def ingest(
    inputs: Iterable[str],
    *,
    db: str = DEFAULT_DB,
    workers: int | None = None,
    fields: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
    parse_seconds: float = DEFAULT_PARSE_SECONDS,
    allow_private: bool = False,
    public_only: bool = False,
    follow_links: bool = False,
    delay: float = DEFAULT_DELAY,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressCallback | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into the store at ``db``; return what happened.

    Each input is committed in its own transaction: an interrupted run keeps every input
    finished before it, and a rerun skips inputs whose bytes have not changed and that were read
    without a bad record (an input with bad records is read again: its bad records are reported
    again and its stored articles stay unchanged). Inputs may be
    http(s) URLs (feeds, sitemaps, pages, archives); ``follow_links`` fetches feed items' pages;
    every request waits ``delay`` seconds after the last one to the same host and gives up
    after ``timeout`` seconds.

    Limits: a file over ``max_bytes``, a record over ``max_record_bytes`` and a document that
    takes over ``parse_seconds`` to parse are skipped with a reason. URLs found in fetched
    content that point to private addresses are refused unless ``allow_private``; with
``public_only`` (a server ingesting what a request names) the URL inputs themselves are
refused there too. Inputs that
    match nothing (an empty glob or folder) raise ``UsageError`` before the store is opened. When ``stop()`` turns true the run ends after the current
    input, with ``interrupted`` set in the report.
    """
    paths = _discover_all(list(inputs))
    fetcher = Fetcher(delay=delay, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private,
                      public_only=public_only)
    new_context = partial(ReadContext, fields=dict(fields or {}), max_bytes=max_bytes,
                          max_record_bytes=max_record_bytes, parse_seconds=parse_seconds,
                          allow_private=allow_private, public_only=public_only,
                          follow_links=follow_links, fetcher=fetcher)
    executor = make_executor(workers)
    steps = budgeted(INGEST_STEPS, seconds=parse_seconds)
    report = IngestReport(inputs=len(paths))
    # a shard's reader gets the same options, less the fetcher (local files only)
    reader = ReadFiles(options=dict(new_context.keywords, fetcher=None), steps=steps)
    created = not os.path.exists(db)
    try:
        with open_store(db) as store:
            done = 0
            for group in _groups(paths, sharded=executor.workers > 1, size=SHARD_FILES * executor.workers):
                if stop is not None and stop():  # between shards: each finished input is stored
                    report.interrupted = True
                    break
                for path, status in _ingest_group(group, store=store, executor=executor, steps=steps,
                                                  report=report, new_context=new_context, reader=reader):
                    store.let_readers_in()
                    report.failed_inputs += status == "failed"
                    done += 1
                    if progress:
                        progress(path, status, done, len(paths))
    finally:
        executor.close()
        fetcher.close()
        if created and not report.new:
            _remove_store(db)
    return report


def _remove_store(db: str) -> None:
    """A run that stored nothing leaves no store file behind (a typo must not create one)."""
    for path in (db, db + ".wal"):
        with contextlib.suppress(OSError):
            os.remove(path)


def _discover_all(inputs: list[str]) -> list[str]:
    """Every input path, in order; ``UsageError`` for none given or one that matches nothing."""
    if not inputs:
        raise UsageError("no inputs given")
    for given in inputs:
        if next(iter(discover([given])), None) is None:
            raise UsageError(f"{given!r} matches no files (an empty folder or glob)")
    return list(discover(inputs))


def _check_name(path: str) -> None:
    """A file name that is not valid UTF-8 cannot be stored; say so instead of failing later."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(path.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                         "file name is not valid UTF-8; rename the file") from None


#: Local files read per worker in one shard when a folder of one-article files is ingested.
SHARD_FILES = 16
_FAILED, _PROBLEM = "newsdesk_read_failed", "newsdesk_read_problem"  # keys of a stand-in's metadata


@dataclass(slots=True, frozen=True)
class ReadFiles:
    """Pipeline step for a shard of one-article files: read each stand-in's path and run the
    ingest steps, so reading happens on the executor's workers too. A file that cannot be read
    comes back as its stand-in, carrying the reason."""

    options: dict[str, Any]
    steps: tuple[Step, ...]

    def __call__(self, stand_ins: Iterable[Article]) -> Iterator[Article]:
        for stand_in in stand_ins:
            context = ReadContext(**self.options)
            try:
                articles = run_steps(read_input(stand_in.path, context), self.steps)
            except InputError as e:
                articles = [replace(stand_in, metadata={_FAILED: (e.path, e.reason, e.record)})]
            yield from articles
            yield from (replace(stand_in, metadata={_PROBLEM: (p.path, p.reason, p.record)}) for p in context.problems)


def _groups(paths: list[str], *, sharded: bool, size: int) -> Iterator[list[str]]:
    """Runs of local one-article files, ``size`` at a time, when ``sharded``; else single inputs."""
    run: list[str] = []
    for path in paths:
        if sharded and _one_article_file(path):
            run.append(path)
            if len(run) < size:
                continue
        if run:
            yield run
            run = []
        if not (sharded and _one_article_file(path)):
            yield [path]
    if run:
        yield run


def _one_article_file(path: str) -> bool:
    try:
        return not is_url(path) and reader_for(path) in (read_text, read_html)
    except InputError:
        return False


def _ingest_group(group: list[str], *, store: Store, executor: Executor, steps: tuple[Step, ...],
                  report: IngestReport, new_context: Callable[[], ReadContext],
                  reader: ReadFiles) -> Iterator[tuple[str, str]]:
    if (len(group) == 1 and not _one_article_file(group[0])) or executor.workers == 1:
        for path in group:
            yield path, _ingest_one(path, store=store, executor=executor, steps=steps, report=report,
                                    new_context=new_context)
        return
    yield from _ingest_shard(group, store=store, executor=executor, report=report, reader=reader)


def _ingest_shard(group: list[str], *, store: Store, executor: Executor, report: IngestReport,
                  reader: ReadFiles) -> Iterator[tuple[str, str]]:
    """Read and clean a shard of files on the workers; store each file in its own transaction."""
    todo = {}
    for path in group:
        try:
            _check_name(path)
            source, (digest, size) = source_of(path), _fingerprint(path, ReadContext())
        except InputError as e:
            report.failed.append(e)
            yield path, "failed"
            continue
        if store.file_sha256(source) == digest:
            report.skipped += 1
            yield path, "unchanged"
        else:
            todo[path] = (source, digest, size)
    read: dict[str, list[Article]] = {path: [] for path in todo}
    for article in executor.run([reader], [Article(path=path, raw_text="") for path in todo]):
        read[article.path].append(article)
    for path, (source, digest, size) in todo.items():
        yield path, _store_read(path, read[path], store=store, report=report,
                                fingerprint=(source, digest, size))


def _store_read(path: str, articles: list[Article], *, store: Store, report: IngestReport,
                fingerprint: tuple[str, str, int]) -> str:
    failed = [article.metadata[_FAILED] for article in articles if _FAILED in article.metadata]
    problems = [article.metadata[_PROBLEM] for article in articles if _PROBLEM in article.metadata]
    report.failed.extend(
        InputError(where, reason, record=record) for where, reason, record in failed + problems
    )
    if failed:
        return "failed"
    context = ReadContext()
    kept = _keep_with_text([a for a in articles if not a.metadata.keys() & {_FAILED, _PROBLEM}], context)
    report.failed.extend(context.problems)
    source, digest, size = fingerprint
    read_whole = not (problems or context.problems)
    counts = _save(store, source=source, path=path, sha256=digest if read_whole else None,
                   size=size, articles=kept)
    _add_counts(report, counts, path=path, read=len(kept) if read_whole else None)
    return "ingested"


def _add_counts(report: IngestReport, counts: SaveCounts, *, path: str, read: int | None) -> None:
    """Add one input's counts; ``read`` is how many articles an input read whole held."""
    report.new += counts.new
    report.updated += counts.updated
    report.unchanged += counts.unchanged
    if read == 0:
        report.empty.append(path)


def _ingest_one(path: str, *, store: Store, executor: Executor, steps: tuple[Step, ...],
                report: IngestReport, new_context: Callable[[], ReadContext]) -> str:
    return ingest_input(path, store=store, executor=executor, report=report, context=new_context(),
                        steps=steps)


def ingest_input(path: str, *, store: Store, executor: Executor, report: IngestReport,
                 context: ReadContext, language: str | None = None,
                 steps: tuple[Step, ...] | None = None) -> str:
    """Ingest one input into an open store (one transaction); add what happened to ``report``.

    A URL already fetched into ``context.fetched`` is not fetched again; ``language`` is the
    articles' language where the input gives none; ``steps`` default to the ingest steps held to
    the context's time budget. Returns "ingested", "unchanged" or "failed".
    """
    if steps is None:
        steps = budgeted(INGEST_STEPS, seconds=context.parse_seconds)
    try:
        _check_name(path)
        reader_for(path)
        source, (digest, size) = source_of(path), _fingerprint(path, context)
        if store.file_sha256(source) == digest:
            report.skipped += 1
            return "unchanged"
        read = _with_language(read_input(path, context), language)
        articles = _keep_with_text(executor.run(steps, read), context)
        marker = None if context.problems else digest  # a partly bad input is read again next run
        counts = _save(store, source=source, path=path, sha256=marker, size=size,
                       articles=articles)
    except InputError as e:
        report.failed.append(e)
        return "failed"
    except Exception as e:  # a bug must not stop the run; it is reported with the input's path
        log.debug("unexpected error on %s", path, exc_info=True)
        report.failed.append(InputError(path, f"unexpected {type(e).__name__}: {e}"))
        return "failed"
    finally:
        report.failed.extend(context.problems)
    log.info("stored %s: %d new, %d updated, %d unchanged", path, counts.new, counts.updated, counts.unchanged)
    _add_counts(report, counts, path=path, read=None if marker is None else len(articles))
    return "ingested"


def _save(store: Store, *, source: str, path: str, sha256: str | None, size: int,
          articles: list[Article]) -> SaveCounts:
    """Store one input's articles (``Store.save_input``). An article read back from a newsdesk
    export is unchanged where the store's current version has its clean text and metadata:
    the export carries no raw text, so its content hash never matches the stored one."""
    known = _unchanged_exported(store, articles)
    counts = store.save_input(source=source, path=path, sha256=sha256, size=size,
                              articles=[article for article in articles if article.id not in known])
    counts.unchanged += len(known)
    return counts


def _unchanged_exported(store: Store, articles: list[Article]) -> set[str]:
    exported = [article for article in articles if EXPORTED in article.metadata]
    stored = store.get_articles([article.id for article in exported], raw_text=False)
    return {article.id for article in exported
            if article.id in stored and _content(stored[article.id]) == _content(article)}


def _content(article: Article) -> tuple:
    return (article.text, article.title, list(article.authors), article.outlet, article.published,
            article.url)


class WithinBudget:
    """A per-article step that gives up on an article after ``seconds`` (a class, so process
    pools can pickle it). The article comes out with no text and the reason in ``metadata``."""

    def __init__(self, function: Callable[[Article], Article], seconds: float) -> None:
        self.function = function
        self.seconds = seconds

    def __call__(self, articles: Iterable[Article]) -> Iterable[Article]:
        for article in articles:
            if article.metadata.get(_SKIPPED):
                yield article
                continue
            try:
                with time_budget(self.seconds, where=article.path,
                                 doing=f"in {self.function.__name__}"):
                    article = self.function(article)
            except InputError as e:
                article.text = ""
                article.metadata[_SKIPPED] = e.reason
            yield article


_SKIPPED = "skipped"


def budgeted(steps: Iterable[Step], *, seconds: float) -> tuple[Step, ...]:
    """The steps with each per-article one held to ``seconds`` per article."""
    return tuple(WithinBudget(step.function, seconds) if isinstance(step, PerArticle) else step
                 for step in steps)


def _with_language(articles: list[Article], language: str | None) -> list[Article]:
    for article in articles:
        article.language = article.language or language
    return articles


def _keep_with_text(articles: list[Article], context: ReadContext) -> list[Article]:
    kept = []
    for article in articles:
        if article.text.strip():
            kept.append(article)
        else:
            where = f"{article.path}#{article.locator}" if article.locator else article.path
            reason = article.metadata.pop(_SKIPPED, "no article text left after removing boilerplate")
            context.problems.append(InputError(where, reason))
    return kept


def _fingerprint(path: str, context: ReadContext) -> tuple[str, int]:
    """(sha256, size) of an input's bytes; a URL is fetched once and its bytes kept for the reader."""
    if is_url(path):
        data = context.fetch(path).content
        return hashlib.sha256(data).hexdigest(), len(data)
    digest = _sha256(path)
    return digest, os.path.getsize(path)


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    return digest.hexdigest()
