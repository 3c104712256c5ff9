"""Analysis: per-article NLP layers (one spaCy parse shared by all analysers), then corpus steps.

An analyser is an object with ``layer`` (its name), ``version`` (bump it when its output
changes, so stored results are recomputed) and ``__call__(doc, article) -> list[dict]``
returning JSON-able records with ``start``/``end`` offsets into ``article.text``.
``analysers()`` lists them in the order they run; a later analyser may read the layers of
earlier ones from ``article.annotations``.

A corpus step is a function ``step(store) -> None`` that reads the store and writes its
results back; ``CORPUS_STEPS`` run after every analysis, in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from newsdesk.article import Article
from newsdesk.executors import make_executor
from newsdesk.languages import is_supported
from newsdesk.store import DEFAULT_DB, Store, open_store


class Analyser(Protocol):
    layer: str
    version: int

    def __call__(self, doc: Any, article: Article) -> list[dict[str, Any]]: ...


#: Corpus steps run after the per-article layers are stored, in order. Each imports its
#: module when it runs, so importing this module (and the CLI) stays cheap.
CORPUS_STEPS: list[Callable[[Store], None]] = []


def _lineage_step(store: Store) -> None:
    """Copy lineage and stories (newsdesk.lineage), incremental over new or changed articles."""
    from newsdesk.lineage import update_lineage

    update_lineage(store)


def _entities_step(store: Store) -> None:
    """The corpus entity registry (newsdesk.entities), rebuilt with the user's decisions."""
    from newsdesk.entities import resolve_entities

    resolve_entities(store)


def _quotes_step(store: Store) -> None:
    """The same quote across outlets, linked and flagged (newsdesk.quotes.corpus)."""
    from newsdesk.quotes.corpus import link_quotes

    link_quotes(store)


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
    from newsdesk.timex import TimesAnalyser

    return (MentionAnalyser(), QuoteAnalyser(), FiguresAnalyser(), TimesAnalyser(), EventsAnalyser())


class AnalyseStep:
    """Pipeline step: parse each article once and run every analyser on the parse.

    An article in a language the pipeline does not support (newsdesk.languages) gets empty
    layers and is never parsed."""

    def __init__(self, analysers: Sequence[Analyser]) -> None:
        self.analysers = list(analysers)

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        from newsdesk.nlp import load_pipeline

        nlp = load_pipeline()
        for article in articles:
            if not is_supported(article.language):
                article.annotations.update({analyser.layer: [] for analyser in self.analysers})
                yield article
                continue
            doc = nlp(article.text)
            for analyser in self.analysers:
                article.annotations[analyser.layer] = analyser(doc, article)
            yield article


@dataclass(slots=True)
class AnalyseReport:
    analysed: int = 0
    corpus_steps: int = 0


def analyse(*, db: str = DEFAULT_DB, workers: int | None = None, batch_size: int = 256,
            progress: Callable[[int, int], None] | None = None) -> AnalyseReport:
    """Run the analysers on every article whose layers are missing or outdated, then the corpus steps."""
    versions = {analyser.layer: analyser.version for analyser in analysers()}
    report = AnalyseReport()
    with open_store(db) as store:
        if versions:
            report.analysed = _analyse_pending(store, versions, workers=workers, batch_size=batch_size,
                                               progress=progress)
        for step in CORPUS_STEPS:
            step(store)
            report.corpus_steps += 1
    return report


def _analyse_pending(store: Store, versions: dict[str, int], *, workers: int | None, batch_size: int,
                     progress: Callable[[int, int], None] | None) -> int:
    pending = store.articles_needing_layers(versions)
    executor = make_executor(workers)
    step = AnalyseStep(analysers())
    done = 0
    if progress:
        progress(0, len(pending))  # the total is known before the first batch ends
    try:
        for start in range(0, len(pending), batch_size):
            articles = executor.run([step], pending[start:start + batch_size])
            store.save_annotations(articles, versions)
            done += len(articles)
            if progress:
                progress(done, len(pending))
    finally:
        executor.close()
    return done
