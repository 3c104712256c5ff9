"""Sentence spans of clean article text, shared by rewrite alignment, briefs, framing and ask.

The sentences come from the parse: ``SentencesAnalyser`` stores spaCy's sentence boundaries
(or the Russian pipeline's, newsdesk.lang.ru) as the ``sentences`` layer when an article is
analysed, and ``sentence_spans`` reads that layer. ``split_sentences``, a regular-expression
splitter, is the fallback for text without the layer (not analysed yet, a language with no
pipeline, text that is not an article's): blank lines always end a sentence; a full stop after
a known abbreviation or a single initial does not. It is hand-written because it runs where
no parse exists and must not load a model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsdesk.parsed import doc_text

Span = tuple[int, int]

#: The name of the stored layer of sentence offsets.
LAYER = "sentences"


class SentencesAnalyser:
    """The parse's sentences as ``{"start", "end"}`` records (``sentence_records``)."""

    layer = LAYER
    version = 2  # 2: a comma, or a lower-case word after a word that ends no sentence,
    # opens none (nlp.continuation_opens_no_sentence)

    def __call__(self, doc: Any, article: Any) -> list[dict[str, int]]:
        return sentence_records(doc_text(doc), [(sent.start_char, sent.end_char) for sent in doc.sents])


def sentence_records(text: str, spans: Sequence[Span]) -> list[dict[str, int]]:
    """Layer records of ``spans`` of ``text``, each trimmed of whitespace; blank ones dropped,
    and one with no letter or digit (a stray quote mark) joined to the sentence before it."""
    trimmed: list[Span] = []
    for start, end in spans:
        _append_span(trimmed, text, start, end)
    joined: list[Span] = []
    for start, end in trimmed:
        if joined and not any(char.isalnum() for char in text[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return [{"start": start, "end": end} for start, end in joined]


def sentence_spans(text: str, records: Sequence[dict[str, Any]] | None = None) -> list[Span]:
    """The sentences of ``text``: its stored ``sentences`` layer when there is one, else the
    regex splitter (an article without the layer, or whose layer is empty)."""
    if records:
        return [(record["start"], record["end"]) for record in records]
    return split_sentences(text)

_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "a.m", "p.m", "e.g", "i.e", "etc"]
)
_SENTENCE_END = re.compile(r"""[.!?…]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|\n\s*""")


def split_sentences(text: str) -> list[Span]:
    """Character spans of the sentences of ``text`` (regex splitter; a line break also ends one)."""
    spans: list[Span] = []
    start = 0
    for end_match in _SENTENCE_END.finditer(text):
        if end_match.group().startswith(".") and _ends_with_abbreviation(text, end_match.start()):
            continue
        _append_span(spans, text, start, end_match.end())
        start = end_match.end()
    _append_span(spans, text, start, len(text))
    return spans


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or len(word) == 1


def _append_span(spans: list[Span], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        left = start + len(chunk) - len(chunk.lstrip())
        spans.append((left, left + len(stripped)))
