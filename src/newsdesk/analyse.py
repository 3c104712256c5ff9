"""Analysis: per-article NLP layers (one spaCy parse shared by all analysers), then corpus steps.

The per-article step a worker runs is ``newsdesk.layers.AnalyseStep``.

An analyser is an object with ``layer`` (its name), ``version`` (bump it when its output
changes, so stored results are recomputed) and ``__call__(doc, article) -> list[dict]``
returning JSON-able records with ``start``/``end`` offsets into ``article.text``.
``analysers()`` lists them in the order they run; a later analyser may read the layers of
earlier ones from ``article.annotations``.

A corpus step is a function ``step(store, *, full) -> None`` that reads the store and writes
its results back; ``CORPUS_STEPS`` run after every analysis, in order. Each updates itself from
the articles that changed since its last run; ``full`` rebuilds it from the whole store.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Protocol

from newsdesk.article import Article
from newsdesk.executors import Executor, make_executor
from newsdesk.layers import FAILED_KEY, AnalyseStep, annotations_only, batched
from newsdesk.store import DEFAULT_DB, Store, open_store

log = logging.getLogger(__name__)

__all__ = ["CORPUS_STEPS", "AnalyseReport", "AnalyseStep", "Analyser", "analyse", "analysers",
           "annotations_only", "batched", "older_objects_frozen", "steps_threads"]


class Analyser(Protocol):
    layer: str
    version: int

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]: ...


#: Corpus steps run after the per-article layers are stored, in order. Each imports its
#: module when it runs, so importing this module (and the CLI) stays cheap.
CORPUS_STEPS: list[Callable[..., None]] = []


def _lineage_step(store: Store, *, full: bool = False) -> None:
    """Copy lineage and stories (newsdesk.lineage), incremental over new or changed articles."""
    from newsdesk.lineage.update import update_lineage

    update_lineage(store, full=full)


def _entities_step(store: Store, *, full: bool = False) -> None:
    """The corpus entity registry (newsdesk.entities), with the user's decisions."""
    from newsdesk.entities import resolve_entities

    resolve_entities(store, full=full)


def _quotes_step(store: Store, *, full: bool = False) -> None:
    """The same quote across outlets, linked and flagged (newsdesk.quotes.corpus)."""
    from newsdesk.quotes.corpus import link_quotes

    link_quotes(store, full=full)


CORPUS_STEPS.extend([_lineage_step, _entities_step, _quotes_step])


@lru_cache(maxsize=1)
def analysers() -> tuple[Analyser, ...]:
    """The per-article analysers, in the order they run, built on first use (they load spaCy).

    Mentions come first: quotes resolve speakers to its entities, and events read it and the
    "times" layer (docs/figures-events.md).
    """
    from newsdesk.entities import MentionAnalyser
    from newsdesk.events import EventsAnalyser
    from newsdesk.figures import FiguresAnalyser
    from newsdesk.quotes import QuoteAnalyser
    from newsdesk.sentences import SentencesAnalyser
    from newsdesk.timex import TimesAnalyser

    return (MentionAnalyser(), QuoteAnalyser(), FiguresAnalyser(), TimesAnalyser(),
            EventsAnalyser(), SentencesAnalyser())


@dataclass(slots=True)
class AnalyseReport:
    analysed: int = 0
    corpus_steps: int = 0
    executor: str = "inprocess"  # the executor that ran, and with how many workers
    workers: int = 1
    interrupted: bool = False  # stopped on request; a rerun does the rest (newsdesk.stopping)
    #: where and why for each article an analyser failed on: not stored, tried again next run
    failed: list[str] = field(default_factory=list)


def analyse(*, db: str = DEFAULT_DB, executor: str | None = None, workers: int | None = None,
            address: str | None = None, batch_size: int = 256,
            progress: Callable[[int, int], None] | None = None,
            stop: Callable[[], bool] | None = None, full: bool = False) -> AnalyseReport:
    """Run the analysers on every article whose layers are missing or outdated, then the corpus steps.

    ``executor`` (``newsdesk.executors.EXECUTORS``) runs shards of each batch on ``workers``
    processes or Ray tasks; ``address`` joins a Ray cluster. This process writes every result.
    Each batch's layers are stored in one transaction, so a killed run resumes with the
    articles whose layers are missing and stores each result once. When ``stop()`` turns
    true the run ends after the current batch or step (``interrupted``). ``full`` rebuilds
    the corpus steps from the whole store instead of updating them from what changed.
    """
    versions = {analyser.layer: analyser.version for analyser in analysers()}
    report = AnalyseReport()
    stop = stop or (lambda: False)
    with open_store(db, create=False) as store:
        if versions:
            _analyse_pending(store, versions, report, executor=make_executor(workers, kind=executor,
                             address=address), batch_size=batch_size, progress=progress, stop=stop)
        with steps_threads(store, full=full):
            for step in CORPUS_STEPS:
                if stop():
                    report.interrupted = True
                    break
                with older_objects_frozen():
                    step(store, full=full)
                report.corpus_steps += 1
                store.let_readers_in()
    return report


def steps_threads(store: Store, *, full: bool) -> AbstractContextManager[None]:
    """DuckDB's threads for the corpus steps, set once around them all: one thread for an
    update (``Store.one_thread``, which each step's update also asks for, then already in
    force), as before otherwise; a rebuild or a first run (no lineage yet), which reads every
    article, on all of them. Set and restored per step, the setting cost 2-4 CPU ms a step
    of a 1% update (docs/scale.md)."""
    return nullcontext() if full or not store.lineage_size() else store.one_thread()


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    """Python's cycle collector leaves the objects that exist when the block starts alone
    until it ends, then sees them again (``gc.freeze``, ``gc.unfreeze``). A corpus step runs
    in it: a full collection scans every object it sees, and one that falls inside an
    update scanned the imported modules, the spaCy pipeline and the gazetteer, 0.06 CPU s
    of a 0.6 s update at 2,000 articles (docs/scale.md); in the block it scans what the step
    made. Nothing is lost: a cycle the older objects drop meanwhile is collected after the
    block, and the step's own cycles within it. Where the program froze objects itself, or
    turned the collector off, the block leaves both as they are."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _for_analysis(article: Article) -> Article:
    """``article`` without what no analyser reads (the text as read, the metadata), so less is
    sent to the workers."""
    return replace(article, raw_text="", metadata={})


def _report_failures(articles: list[Article], report: AnalyseReport) -> None:
    """Count and log once, with its path and reason, each article an analyser failed on."""
    for article in articles:
        if FAILED_KEY in article.metadata:
            report.failed.append(f"{article.source_key} (article {article.id}): "
                                 f"not analysed, {article.metadata[FAILED_KEY]}")
            log.warning("%s", report.failed[-1])


def _analyse_pending(store: Store, versions: dict[str, int], report: AnalyseReport, *, executor: Executor,
                     batch_size: int, progress: Callable[[int, int], None] | None,
                     stop: Callable[[], bool]) -> None:
    """Analyse the pending articles batch by batch; only ids are held for the whole run."""
    report.executor, report.workers = executor.name, executor.workers
    steps = [AnalyseStep(analysers()), annotations_only]
    try:
        pending = store.article_ids_needing_layers(versions)
        if progress:
            progress(0, len(pending))  # the total is known before the first batch ends
        for ids in batched(pending, batch_size):
            if stop():
                break
            found = store.get_articles(ids)
            articles = executor.run(steps, [_for_analysis(found[article_id]) for article_id in ids
                                            if article_id in found])
            analysed = [article for article in articles if FAILED_KEY not in article.metadata]
            _report_failures(articles, report)
            store.save_annotations(analysed, versions)
            store.let_readers_in()
            report.analysed += len(analysed)
            if progress:
                progress(report.analysed, len(pending))
    finally:
        executor.close()
