"""The per-article step of analysis: one spaCy parse of each text, read by every analyser.

``AnalyseStep`` is what a worker runs (``newsdesk.analyse`` sends it with the analysers); this
module imports no store, executor or reader, so a worker starting it imports none of them
(nor DuckDB and pyarrow, which the store brings).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from newsdesk.article import Article
from newsdesk.languages import is_supported
from newsdesk.long_text import PIECE_CHARS, next_cluster_base, shifted, text_pieces

if TYPE_CHECKING:
    from newsdesk.analyse import Analyser

log = logging.getLogger(__name__)


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

        try:
            for analyser in self.analysers:
                article.annotations[analyser.layer] = analyser(doc, article)
        except Exception as error:  # one article's failure is its own (docs/reliability.md)
            failed(article, analyser.layer, error)
        for parsed in (doc, *(caption for _, caption in doc.user_data.get(CAPTIONS_KEY, ()))):
            release(parsed)

    def _analyse_in_pieces(self, nlp: Any, article: Article) -> None:
        """A text too long for one parse (newsdesk.long_text): each piece alone, offsets shifted."""
        layers: dict[str, list[dict[str, Any]]] = {a.layer: [] for a in self.analysers}
        for offset, text in text_pieces(article.text):
            # captions belong to the whole article: the first piece reads them, once
            piece = replace(article, text=text, annotations={}, removed=[] if offset else article.removed)
            self._analyse(nlp(text), piece)
            if FAILED_KEY in article.metadata:  # the piece shares the article's metadata
                return
            base = next_cluster_base(layers.get("mentions", []))
            for layer, records in piece.annotations.items():
                layers[layer].extend(shifted(records, offset, cluster_base=base))
        article.annotations.update(layers)
        log.info("%s: %d characters analysed in pieces", article.id, len(article.text))



#: The metadata key that carries why an article's analysis failed back from a worker.
FAILED_KEY = "analysis_failed"


def failed(article: Article, layer: str, error: Exception) -> None:
    """Leave ``article`` with no layer at all and the reason in its metadata (``FAILED_KEY``):
    the run goes on, nothing of it is stored, the writer reports it once with its path, and
    the next analysis tries it again."""
    article.metadata[FAILED_KEY] = f"the {layer} layer failed: {type(error).__name__}: {str(error)[:200]}"
    article.annotations.clear()


def annotations_only(articles: Iterable[Article]) -> Iterator[Article]:
    """Step: each article cut to its identity and its layers, all the writer needs back from a
    worker (its texts stay behind instead of being sent back)."""
    for article in articles:
        failure = {FAILED_KEY: article.metadata[FAILED_KEY]} if FAILED_KEY in article.metadata else {}
        yield Article(path=article.path, raw_text="", locator=article.locator,
                      source=article.source, annotations=article.annotations, metadata=failure)
