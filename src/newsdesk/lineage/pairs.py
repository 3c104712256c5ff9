"""Comparing a pair of articles: near duplicates, shared passages and rewrites.

``PairComparer`` keeps each article's tokens, shingles and stems for the next pair; the link
of a pair is the first kind that holds in the order near, rewrite, passage (exact duplicates
are found by hash in ``newsdesk.lineage.update``). See ``newsdesk.lineage``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from newsdesk.article import Article
from newsdesk.lineage import NEAR_JACCARD
from newsdesk.lineage.fingerprints import (
    SHINGLE_WORDS,
    WORD,
    content_stem_set,
    ngram_hashes,
    passage_marks,
    segments,
    words,
)
from newsdesk.lineage.links import Link
from newsdesk.sentences import sentence_spans
from newsdesk.similarity import jaccard, overlap

NEAR_CONTAINMENT = 0.9
MIN_PASSAGE_WORDS = 20
PASSAGE_GAP_WORDS = 6
REWRITE_STEM_JACCARD = 0.4


@dataclass(slots=True)
class _Tokens:
    """The words of an article's segments with their character offsets and word 5-gram hashes."""

    words: list[str]
    segment: list[int]
    starts: list[int]
    ends: list[int]
    places: list[tuple[str, int | None]]
    grams: np.ndarray


def _tokens(article: Article) -> _Tokens:
    tokens = _Tokens([], [], [], [], [], np.zeros(0, dtype=np.uint64))
    grams = []
    for number, (name, line, text) in enumerate(segments(article)):
        tokens.places.append((name, line))
        found = list(WORD.finditer(text))
        tokens.words += [match.group().casefold() for match in found]
        tokens.segment += [number] * len(found)
        tokens.starts += [match.start() for match in found]
        tokens.ends += [match.end() for match in found]
        grams.append(_padded_grams(tokens.words[len(tokens.words) - len(found) :]))
    tokens.grams = np.concatenate(grams) if grams else tokens.grams
    return tokens


def _padded_grams(segment_words: list[str], n: int = SHINGLE_WORDS) -> np.ndarray:
    """One 5-gram hash per word (0 where fewer than 5 words of the segment are left)."""
    grams = np.zeros(len(segment_words), dtype=np.uint64)
    if len(segment_words) >= n:
        grams[: len(segment_words) - n + 1] = ngram_hashes(segment_words, n)
    return grams


class PairComparer:
    """Compares pairs of articles, keeping each article's tokens and shingles for the next pair."""

    def __init__(
        self,
        *,
        common_marks: set[int] | None = None,
        stems: dict[str, frozenset[str]] | None = None,
        sentences: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        """``stems``: content stems already computed this run (``Fingerprint.stems``), by id;
        ``sentences``: stored ``sentences`` layers by id (an article without one is split by
        the regex fallback of ``newsdesk.sentences.sentence_spans``)."""
        self.common_marks = common_marks or set()
        self.sentences = sentences or {}
        self._tokens: dict[str, _Tokens] = {}
        self._shingles: dict[str, set[int]] = {}
        self._stems: dict[str, frozenset[str]] = dict(stems or {})

    def tokens(self, article: Article) -> _Tokens:
        if article.id not in self._tokens:
            self._tokens[article.id] = _tokens(article)
        return self._tokens[article.id]

    def shingles(self, article: Article) -> set[int]:
        if article.id not in self._shingles:
            self._shingles[article.id] = set(ngram_hashes(words(article.text), SHINGLE_WORDS).tolist())
        return self._shingles[article.id]

    def compare(self, copy: Article, original: Article, *, rewrite_candidate: bool = False) -> Link | None:
        """The link from ``copy`` to the earlier ``original``, or ``None`` when they are unrelated."""
        jaccard, containment = self.shingle_overlap(copy, original)
        spans = self.shared_passages(copy, original)
        if jaccard >= NEAR_JACCARD or containment >= NEAR_CONTAINMENT:
            return Link(copy.id, original.id, "near", round(jaccard, 4), spans)
        rewrite = self.rewrite_link(copy, original) if rewrite_candidate else None
        if rewrite is not None:
            return rewrite
        if spans:
            return Link(copy.id, original.id, "passage", self._passage_score(copy, original, spans), spans)
        return None

    def shingle_overlap(self, a: Article, b: Article) -> tuple[float, float]:
        """Exact Jaccard and containment (share of the smaller set) of two texts' word 5-shingles."""
        return overlap(self.shingles(a), self.shingles(b))

    def shared_passages(
        self, a: Article, b: Article, *, min_words: int = MIN_PASSAGE_WORDS, gap: int = PASSAGE_GAP_WORDS
    ) -> list[dict[str, Any]]:
        """The passages ``a`` and ``b`` share: ``{"this": location in a, "of": in b, "words": n}``."""
        tokens_a, tokens_b = self.tokens(a), self.tokens(b)
        passages = [
            p
            for p in _join_runs(_word_runs(tokens_a, tokens_b), tokens_a, tokens_b, gap=gap)
            if p.matched >= min_words and not self._is_boilerplate(tokens_a, p)
        ]
        spans, seen = [], set()
        for p in passages:
            span = {
                "this": _location(tokens_a, p.a_start, p.a_end),
                "of": _location(tokens_b, p.b_start, p.b_end),
                "words": p.matched,
            }
            key = tuple(span["this"].values())
            if key not in seen:
                seen.add(key)
                spans.append(span)
        return spans

    def _passage_score(self, a: Article, b: Article, spans: list[dict[str, Any]]) -> float:
        """Share of the shorter article's words inside the shared passages."""
        shorter = min(len(self.tokens(a).words), len(self.tokens(b).words))
        return round(min(1.0, sum(span["words"] for span in spans) / max(shorter, 1)), 4)

    def _is_boilerplate(self, tokens: _Tokens, passage: Passage) -> bool:
        """True when every fingerprint of the passage is one that many articles have."""
        if not self.common_marks:
            return False
        marks = passage_marks([tokens.words[passage.a_start : passage.a_end]])
        return bool(marks) and all(mark in self.common_marks for mark in marks)

    def stems(self, article: Article) -> frozenset[str]:
        if article.id not in self._stems:
            self._stems[article.id] = content_stem_set(article.text)
        return self._stems[article.id]

    def _sentence_spans(self, article: Article) -> list[tuple[int, int]]:
        return sentence_spans(article.text, self.sentences.get(article.id))

    def rewrite_link(self, copy: Article, original: Article) -> Link | None:
        """A ``rewrite`` link when the sentences align (``newsdesk.rewrite``), else ``None``."""
        from newsdesk.rewrite import rewrite_match

        if not similar_stems(self.stems(copy), self.stems(original)):
            return None
        match = rewrite_match(
            original.text, copy.text, spans_a=self._sentence_spans(original), spans_b=self._sentence_spans(copy)
        )
        if match is None:
            return None
        spans = [
            {"this": text_span(span_copy), "of": text_span(span_original)} for span_original, span_copy in match.pairs
        ]
        return Link(copy.id, original.id, "rewrite", round(float(match.score), 4), spans)


@dataclass(slots=True)
class Passage:
    """A shared run of words: token ranges ``[a_start, a_end)`` and ``[b_start, b_end)``."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    matched: int


def _word_runs(a: _Tokens, b: _Tokens) -> list[tuple[int, int, int]]:
    """Maximal runs ``(i, j, length)`` of equal words within one segment, found from 5-gram hits."""
    hits = np.nonzero(np.isin(a.grams, b.grams) & (a.grams != 0))[0]
    if not len(hits):
        return []
    wanted = set(a.grams[hits].tolist())
    where: dict[int, list[int]] = {}
    for j, gram in enumerate(b.grams.tolist()):
        if gram in wanted:
            where.setdefault(gram, []).append(j)
    runs = []
    for i in hits.tolist():
        for j in where.get(int(a.grams[i]), ())[:4]:
            if not _continues(a, b, i, j):
                runs.append((i, j, _extend(a, b, i, j)))
    return runs


def _same(a: _Tokens, b: _Tokens, i: int, j: int, i0: int, j0: int) -> bool:
    return (
        i < len(a.words)
        and j < len(b.words)
        and a.words[i] == b.words[j]
        and a.segment[i] == a.segment[i0]
        and b.segment[j] == b.segment[j0]
    )


def _continues(a: _Tokens, b: _Tokens, i: int, j: int) -> bool:
    return i > 0 and j > 0 and _same(a, b, i - 1, j - 1, i, j)


def _extend(a: _Tokens, b: _Tokens, i: int, j: int) -> int:
    length = 0
    while _same(a, b, i + length, j + length, i, j):
        length += 1
    return length


def _join_runs(runs: list[tuple[int, int, int]], a: _Tokens, b: _Tokens, *, gap: int) -> list[Passage]:
    """Join runs that follow each other in both texts, at most ``gap`` words apart, into passages."""
    passages: list[Passage] = []
    for i, j, length in sorted(runs):
        recent = passages[-8:]
        last = next((p for p in reversed(recent) if _joins(p, i, j, a, b, gap=gap)), None)
        if last is not None:
            last.a_end, last.b_end, last.matched = i + length, j + length, last.matched + length
        elif not any(p.a_start <= i and i + length <= p.a_end for p in recent):
            passages.append(Passage(i, i + length, j, j + length, length))
    return passages


def _joins(p: Passage, i: int, j: int, a: _Tokens, b: _Tokens, *, gap: int) -> bool:
    return (
        a.segment[i] == a.segment[p.a_start]
        and b.segment[j] == b.segment[p.b_start]
        and 0 <= i - p.a_end <= gap
        and 0 <= j - p.b_end <= gap
    )


def _location(tokens: _Tokens, start: int, end: int) -> dict[str, Any]:
    name, line = tokens.places[tokens.segment[start]]
    return {"field": name, "line": line, "start": tokens.starts[start], "end": tokens.ends[end - 1]}


def compare(copy: Article, original: Article, *, rewrite_candidate: bool = False) -> Link | None:
    """The link from ``copy`` to the earlier ``original``, or ``None`` when they are unrelated."""
    return PairComparer().compare(copy, original, rewrite_candidate=rewrite_candidate)


def shared_passages(a: Article, b: Article) -> list[dict[str, Any]]:
    """The passages two articles share, located in both (see ``PairComparer.shared_passages``)."""
    return PairComparer().shared_passages(a, b)


def text_span(span: tuple[int, int]) -> dict[str, Any]:
    return {"field": "text", "line": None, "start": span[0], "end": span[1]}


def similar_stems(a: frozenset[str], b: frozenset[str]) -> bool:
    """The rewrite pre-check: the content-stem sets overlap enough to align sentences."""
    return jaccard(a, b) >= REWRITE_STEM_JACCARD
