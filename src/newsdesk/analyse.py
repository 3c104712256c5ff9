"""Analysis: per-article NLP layers (one spaCy parse shared by all analysers), then corpus steps.

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

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Any, Protocol

from newsdesk.article import Article
from newsdesk.executors import Executor, make_executor
from newsdesk.languages import is_supported
from newsdesk.long_text import PIECE_CHARS, next_cluster_base, shifted, text_pieces
from newsdesk.store import DEFAULT_DB, Store, open_store

log = logging.getLogger(__name__)


class Analyser(Protocol):
    layer: str
    version: int

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]: ...


#: Corpus steps run after the per-article layers are stored, in order. Each imports its
#: module when it runs, so importing this module (and the CLI) stays cheap.
CORPUS_STEPS: list[Callable[..., None]] = []


def _lineage_step(store: Store, *, full: bool = False) -> None:
    """Copy lineage and stories (newsdesk.lineage), incremental over new or changed articles."""
    from newsdesk.lineage import update_lineage

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


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items in order, the last one shorter (``itertools.batched`` from 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class AnalyseStep:
    """Pipeline step: parse each text once, in batches, and run every analyser on the parse.

    The bodies and the photo captions of a batch of articles go through one ``nlp.pipe``;
    each body's doc carries its captions' docs (``newsdesk.timex.CAPTIONS_KEY``), so the
    analysers that read captions never parse them again. An article in a language the
    pipeline does not support (newsdesk.languages) gets empty layers and is never parsed.
    Each doc is analysed as it comes out of the pipe and then dropped, so about
    ``batch_size`` parses are held at once: 8 used less memory than 32 and parsed no slower
    (docs/scale.md).
    """

    def __init__(self, analysers: Sequence[Analyser], *, batch_size: int = 8) -> None:
        self.analysers = list(analysers)
        self.batch_size = batch_size

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        from newsdesk.nlp import load_pipeline

        nlp = load_pipeline()
        for batch in batched(articles, self.batch_size):
            yield from self._analyse_batch(nlp, batch)

    def _analyse_batch(self, nlp: Any, articles: list[Article]) -> list[Article]:
        from newsdesk.lang import language_layers

        layers = [analyser.layer for analyser in self.analysers]
        together = []
        for article in articles:
            own = language_layers(article, layers=layers)  # Russian: newsdesk.lang
            if own is not None:
                article.annotations.update(own)
            elif not is_supported(article.language):
                article.annotations.update({analyser.layer: [] for analyser in self.analysers})
            elif len(article.text) > PIECE_CHARS:
                self._analyse_in_pieces(nlp, article)
            else:
                together.append(article)
        self._analyse_together(nlp, together)
        return articles

    def _analyse_together(self, nlp: Any, articles: list[Article]) -> None:
        from newsdesk.timex import CAPTIONS_KEY, caption_texts

        captions = [caption_texts(article) for article in articles]
        texts = [text for article, found in zip(articles, captions)
                 for text in (article.text, *(caption for _, caption in found))]
        docs = iter(nlp.pipe(texts, batch_size=self.batch_size))
        for article, found in zip(articles, captions):
            doc = next(docs)
            doc.user_data[CAPTIONS_KEY] = [(index, next(docs)) for index, _ in found]
            self._analyse(doc, article)

    def _analyse(self, doc: Any, article: Article) -> None:
        from newsdesk.parsed import release
        from newsdesk.timex import CAPTIONS_KEY

        for analyser in self.analysers:
            article.annotations[analyser.layer] = analyser(doc, article)
        for parsed in (doc, *(caption for _, caption in doc.user_data.get(CAPTIONS_KEY, ()))):
            release(parsed)

    def _analyse_in_pieces(self, nlp: Any, article: Article) -> None:
        """A text too long for one parse (newsdesk.long_text): each piece alone, offsets shifted."""
        layers: dict[str, list[dict[str, Any]]] = {a.layer: [] for a in self.analysers}
        for offset, text in text_pieces(article.text):
            # captions belong to the whole article: the first piece reads them, once
            piece = replace(article, text=text, annotations={}, removed=[] if offset else article.removed)
            self._analyse(nlp(text), piece)
            base = next_cluster_base(layers.get("mentions", []))
            for layer, records in piece.annotations.items():
                layers[layer].extend(shifted(records, offset, cluster_base=base))
        article.annotations.update(layers)
        log.info("%s: %d characters analysed in pieces", article.id, len(article.text))


@dataclass(slots=True)
class AnalyseReport:
    analysed: int = 0
    corpus_steps: int = 0
    executor: str = "inprocess"  # the executor that ran, and with how many workers
    workers: int = 1
    interrupted: bool = False  # stopped on request; a rerun does the rest (newsdesk.stopping)


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
        for step in CORPUS_STEPS:
            if stop():
                report.interrupted = True
                break
            step(store, full=full)
            report.corpus_steps += 1
            store.let_readers_in()
    return report


def annotations_only(articles: Iterable[Article]) -> Iterator[Article]:
    """Step: each article cut to its identity and its layers, all the writer needs back from a
    worker (its texts stay behind instead of being sent back)."""
    for article in articles:
        yield Article(path=article.path, raw_text="", locator=article.locator,
                      source=article.source, annotations=article.annotations)


def _for_analysis(article: Article) -> Article:
    """``article`` without what no analyser reads (the text as read, the metadata), so less is
    sent to the workers."""
    return replace(article, raw_text="", metadata={})


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
            store.save_annotations(articles, versions)
            store.let_readers_in()
            report.analysed += len(articles)
            if progress:
                progress(report.analysed, len(pending))
    finally:
        executor.close()
