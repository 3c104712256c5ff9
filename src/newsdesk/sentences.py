"""Sentence spans of clean article text, shared by rewrite alignment, briefs, framing and ask.

A regular-expression splitter rather than spaCy's parser: these callers need sentence
boundaries over whole corpora at thousands of sentences per second, and the parse is only
available inside the analysis stage. Blank lines always end a sentence; a full stop after a
known abbreviation or a single initial does not.
"""

from __future__ import annotations

import re

Span = tuple[int, int]

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
