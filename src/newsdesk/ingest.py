"""Ingest: read inputs, run the per-article steps on an executor, store each input atomically."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

from newsdesk.article import Article
from newsdesk.errors import InputError
from newsdesk.executors import Executor, make_executor
from newsdesk.fetch import DEFAULT_DELAY, DEFAULT_TIMEOUT, Fetcher, is_url
from newsdesk.pipeline import INGEST_STEPS
from newsdesk.readers import ReadContext, discover, read_input, reader_for
from newsdesk.readers.base import DEFAULT_MAX_BYTES, source_of
from newsdesk.store import DEFAULT_DB, Store, open_store

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
    interrupted: bool = False  # stopped on request before the last input (newsdesk.stopping)

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    inputs: Iterable[str],
    *,
    db: str = DEFAULT_DB,
    workers: int | None = None,
    fields: Mapping[str, str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_links: bool = False,
    delay: float = DEFAULT_DELAY,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressCallback | None = None,
    stop: Callable[[], bool] | None = None,
) -> IngestReport:
    """Ingest files, folders and globs into the store at ``db``; return what happened.

    Each input is committed in its own transaction: an interrupted run keeps every input
    finished before it, and a rerun skips inputs whose bytes have not changed. Inputs may be
    http(s) URLs (feeds, sitemaps, pages, archives); ``follow_links`` fetches feed items' pages;
    every request waits ``delay`` seconds after the last one to the same host and gives up
    after ``timeout`` seconds. When ``stop()`` turns true the run ends after the current
    input, with ``interrupted`` set in the report.
    """
    paths = list(discover(inputs))
    fetcher = Fetcher(delay=delay, timeout=timeout, max_bytes=max_bytes)
    new_context = partial(ReadContext, fields=dict(fields or {}), max_bytes=max_bytes,
                          follow_links=follow_links, fetcher=fetcher)
    executor = make_executor(workers)
    report = IngestReport(inputs=len(paths))
    created = not os.path.exists(db)
    try:
        with open_store(db) as store:
            for done, path in enumerate(paths, start=1):
                if stop is not None and stop():
                    report.interrupted = True
                    break
                status = _ingest_one(path, store=store, executor=executor, report=report,
                                     new_context=new_context)
                store.let_readers_in()
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


def _ingest_one(path: str, *, store: Store, executor: Executor, report: IngestReport,
                new_context: Callable[[], ReadContext]) -> str:
    context = new_context()
    try:
        reader_for(path)
        source, (digest, size) = source_of(path), _fingerprint(path, context)
        if store.file_sha256(source) == digest:
            report.skipped += 1
            return "unchanged"
        articles = _keep_with_text(executor.run(INGEST_STEPS, read_input(path, context)), context)
        counts = store.save_input(source=source, path=path, sha256=digest, size=size, articles=articles)
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
    report.new += counts.new
    report.updated += counts.updated
    report.unchanged += counts.unchanged
    return "ingested"


def _keep_with_text(articles: list[Article], context: ReadContext) -> list[Article]:
    kept = []
    for article in articles:
        if article.text.strip():
            kept.append(article)
        else:
            where = f"{article.path}#{article.locator}" if article.locator else article.path
            context.problems.append(InputError(where, "no article text left after removing boilerplate"))
    return kept


def _fingerprint(path: str, context: ReadContext) -> tuple[str, int]:
    """(sha256, size) of an input's bytes; a URL is fetched once and its bytes kept for the reader."""
    if is_url(path):
        data = context.fetch(path).content
        return hashlib.sha256(data).hexdigest(), len(data)
    return _sha256(path), os.path.getsize(path)


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror or e}") from e
    return digest.hexdigest()
