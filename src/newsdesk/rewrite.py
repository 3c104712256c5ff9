"""Rewrites and machine-spun copies: one article's sentences re-worded one by one from another's.

A spinner (or a translate-and-back round trip, or a content farm) keeps the source's sentence
order and its names and numbers, but changes the words between them. So two texts are a
rewrite pair when most sentences of each can be paired one-to-one with a sentence of the other,
mostly in the same order, each pair sharing clearly more rare content words than chance, while
the texts share few *verbatim* word runs (texts that do share them are near duplicates, a
different kind of copy, found by the near-duplicate step).

The method is lexical, so the core install needs no model:

* sentences come from a regular-expression splitter (fast; spaCy's parser would cost far more
  and adds nothing for alignment);
* each sentence becomes a set of content-word stems (Snowball English stemmer, via PyStemmer;
  stop words from scikit-learn), so "decided"/"decides" and "talks"/"talk" match;
* two sentences score the IDF-weighted Dice overlap of their stem sets, IDF counted over the
  sentences of the two texts, so a shared name or number counts more than a shared common word;
* sentences are paired one-to-one by maximum-weight matching (``scipy`` Hungarian algorithm)
  over pairs scoring at least ``pair_threshold``; the pairs that keep the order (longest
  increasing run) are the alignment;
* the match score is the harmonic mean of the share of each text's characters that is aligned,
  each aligned sentence weighted by its similarity: independent reports of the same event
  share facts sentence by sentence but keep far fewer of each other's words than a rewrite.

Hand-written here, because no maintained package does it: the sentence splitter (a regex) and the
alignment score. The rest is PyStemmer, scikit-learn's stop words, SciPy and datasketch.

``rewrite_candidates`` finds the pairs worth aligning in a corpus without comparing all pairs:
MinHash LSH (datasketch) over each article's set of content-word stems. Word *shingles*, as used
for near duplicates, do not survive synonym substitution (one changed word breaks five 5-shingles),
but single stems of the words a spinner keeps (names, numbers, rare terms) do; LSH finds sets
with high Jaccard in time near-linear in the corpus size, and the index takes new articles one
at a time.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH
from scipy import sparse
from scipy.optimize import linear_sum_assignment
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.lang.words import english_stemmer
from newsdesk.lineage import NEAR_JACCARD  # lineage's near-duplicate definition
from newsdesk.sentences import Span, split_sentences
from newsdesk.similarity import jaccard, overlap

logger = logging.getLogger(__name__)


#: Default decision threshold on ``RewriteMatch.score`` (chosen on the spun AllSides set).
SCORE_THRESHOLD = 0.45
#: Default least IDF-weighted Dice overlap for two sentences to be paired.
PAIR_THRESHOLD = 0.3
#: Default least Jaccard similarity of two articles' content-stem sets for them to be aligned.
CANDIDATE_THRESHOLD = 0.35
#: Share of aligned sentences left unchanged (same content stems) from which two texts are
#: copies (a trimmed or lightly edited copy) rather than a rewrite.
MAX_UNCHANGED = 0.55

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+(?:[.,]\d+)*")
_MIN_SENTENCE_CHARS = 20


@dataclass(slots=True)
class RewriteMatch:
    """Evidence that one text is a sentence-by-sentence rewrite of another.

    ``pairs`` holds the aligned sentences as ``((start, end) in a, (start, end) in b)``,
    in the order of ``a``; ``similarities`` the overlap score of each pair.
    ``coverage_a``/``coverage_b`` are the shares of each text's sentence characters that are
    aligned, each sentence weighted by its pair's similarity (so a sentence re-worded to keep
    70% of its content counts 0.7), ``score`` their harmonic mean, ``order`` the share of
    paired sentences that keep their order, ``unchanged`` the share of aligned pairs whose
    content words are the same.
    ``verbatim`` is the share of the shorter text's word 5-grams found word for word in the
    other, ``jaccard`` the Jaccard similarity of the two texts' word 5-gram sets.
    """

    score: float
    pairs: list[tuple[Span, Span]]
    coverage_a: float
    coverage_b: float
    order: float
    unchanged: float
    verbatim: float
    jaccard: float
    similarities: list[float] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class _Sentences:
    spans: list[Span]
    stems: list[frozenset[str]]


# ----------------------------------------------------------------------------- text units

def content_stems(text: str) -> list[str]:
    """Stems of the content words of ``text`` (lower-cased, stop words dropped), in order."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    return [stem for stem in map(_content_stem, words) if stem]


@lru_cache(maxsize=500_000)
def _content_stem(word: str) -> str:
    word = word.removesuffix("'s")
    if word in ENGLISH_STOP_WORDS or (len(word) < 2 and not word.isdigit()):
        return ""
    return english_stemmer().stemWord(word)


def _sentences(text: str, spans: Sequence[Span] | None = None) -> _Sentences:
    """The sentences of ``text`` long enough to align, with their stems; ``spans`` are the
    stored sentences (newsdesk.sentences), else the regex splitter finds them. Built once per
    text: lineage compares one original with several candidate copies."""
    return _sentence_stems(text, tuple(spans) if spans else None)


@lru_cache(maxsize=256)
def _sentence_stems(text: str, spans: tuple[Span, ...] | None) -> _Sentences:
    spans = [span for span in (spans or split_sentences(text))
             if span[1] - span[0] >= _MIN_SENTENCE_CHARS]
    stems = [frozenset(content_stems(text[start:end])) for start, end in spans]
    kept = [index for index, stem_set in enumerate(stems) if stem_set]
    return _Sentences([spans[index] for index in kept], [stems[index] for index in kept])


# ----------------------------------------------------------------------------- similarity

def sentence_similarity(sentences_a: list[frozenset[str]],
                        sentences_b: list[frozenset[str]]) -> np.ndarray:
    """IDF-weighted Dice overlap of every sentence of ``a`` with every sentence of ``b``.

    IDF is counted over the sentences of both texts, so a word found in many of them counts
    little and a rare name or number counts much.
    """
    vocabulary = {stem: index for index, stem in enumerate(set().union(*sentences_a, *sentences_b))}
    matrix_a = _incidence(sentences_a, vocabulary)
    matrix_b = _incidence(sentences_b, vocabulary)
    total = len(sentences_a) + len(sentences_b)
    document_frequency = np.asarray(matrix_a.sum(axis=0) + matrix_b.sum(axis=0)).ravel()
    weights = np.log1p(total / document_frequency)
    weighted_a = matrix_a.multiply(weights).tocsr()
    shared = np.asarray((weighted_a @ matrix_b.T).todense())
    mass_a = np.asarray(weighted_a.sum(axis=1)).ravel()
    mass_b = np.asarray(matrix_b.multiply(weights).sum(axis=1)).ravel()
    return 2 * shared / (mass_a[:, None] + mass_b[None, :])


def _incidence(sentences: list[frozenset[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    rows = [row for row, stems in enumerate(sentences) for _ in stems]
    columns = [vocabulary[stem] for stems in sentences for stem in stems]
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, columns)), shape=(len(sentences), len(vocabulary)))


def verbatim_overlap(text_a: str, text_b: str, *, n: int = 5) -> tuple[float, float]:
    """``(containment, jaccard)`` of the two texts' lower-cased word ``n``-gram sets.

    Containment is the share of the shorter text's ``n``-grams found in the other.
    """
    jaccard_score, containment = overlap(_word_ngrams(text_a, n), _word_ngrams(text_b, n))
    return containment, jaccard_score


def _word_ngrams(text: str, n: int) -> set[tuple[str, ...]]:
    words = [word.lower() for word in _WORD.findall(text)]
    return {tuple(words[index:index + n]) for index in range(len(words) - n + 1)}


# ----------------------------------------------------------------------------- alignment

def align_sentences(similarity: np.ndarray, *, pair_threshold: float = PAIR_THRESHOLD) -> list[tuple[int, int]]:
    """One-to-one sentence pairs of highest total similarity, each at least ``pair_threshold``."""
    if similarity.size == 0:
        return []
    weights = np.where(similarity >= pair_threshold, similarity, 0.0)
    rows, columns = linear_sum_assignment(weights, maximize=True)
    return [(int(row), int(column)) for row, column in zip(rows, columns) if weights[row, column] > 0]


def monotonic_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` that keeps the order of both texts (longest increasing subsequence)."""
    ordered = sorted(pairs)
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(ordered)
    for index, (_, column) in enumerate(ordered):
        position = bisect_left(tails, column)
        previous[index] = tail_index[position - 1] if position else -1
        if position == len(tails):
            tails.append(column)
            tail_index.append(index)
        else:
            tails[position] = column
            tail_index[position] = index
    run: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(ordered[index])
        index = previous[index]
    return run[::-1]


def _coverage(spans: list[Span], aligned: Iterable[tuple[int, float]]) -> float:
    """Share of the characters of ``spans`` aligned, each sentence weighted by its pair's similarity."""
    total = sum(end - start for start, end in spans)
    covered = sum((spans[index][1] - spans[index][0]) * weight for index, weight in aligned)
    return covered / total if total else 0.0


def _harmonic(x: float, y: float) -> float:
    return 2 * x * y / (x + y) if x + y else 0.0


# ----------------------------------------------------------------------------- public API

def rewrite_match(text_a: str, text_b: str, *, threshold: float = SCORE_THRESHOLD,
                  pair_threshold: float = PAIR_THRESHOLD, near_jaccard: float = NEAR_JACCARD,
                  max_unchanged: float = MAX_UNCHANGED, min_pairs: int = 3,
                  spans_a: Sequence[Span] | None = None,
                  spans_b: Sequence[Span] | None = None) -> RewriteMatch | None:
    """How ``text_b`` rewrites ``text_a`` sentence by sentence, or ``None`` when it does not.

    ``None`` when fewer than ``min_pairs`` sentences align, when the score is below
    ``threshold``, or when the texts are copies rather than rewrites: word 5-gram Jaccard of
    at least ``near_jaccard`` (near duplicates), or at least ``max_unchanged`` of the aligned
    sentences left with the same content words (a trimmed or lightly edited copy).
    The relation is symmetric; spans in ``pairs`` are into ``text_a`` and ``text_b``.
    ``spans_a`` and ``spans_b`` are the texts' stored sentences (``sentence_spans``), when known.
    """
    match = score_rewrite(text_a, text_b, pair_threshold=pair_threshold,
                          spans_a=spans_a, spans_b=spans_b)
    accepted = match is not None and is_rewrite(match, threshold=threshold, near_jaccard=near_jaccard,
                                                max_unchanged=max_unchanged, min_pairs=min_pairs)
    return match if accepted else None


def is_rewrite(match: RewriteMatch, *, threshold: float = SCORE_THRESHOLD, near_jaccard: float = NEAR_JACCARD,
               max_unchanged: float = MAX_UNCHANGED, min_pairs: int = 3) -> bool:
    """The decision ``rewrite_match`` takes on a scored alignment (see there)."""
    aligned = len(match.pairs) >= min_pairs and match.score >= threshold
    return aligned and match.jaccard < near_jaccard and match.unchanged < max_unchanged


def score_rewrite(text_a: str, text_b: str, *, pair_threshold: float = PAIR_THRESHOLD,
                  spans_a: Sequence[Span] | None = None,
                  spans_b: Sequence[Span] | None = None) -> RewriteMatch | None:
    """The sentence alignment of two texts with its score, whatever the score (``None`` if empty)."""
    sentences_a, sentences_b = _sentences(text_a, spans_a), _sentences(text_b, spans_b)
    if not sentences_a.spans or not sentences_b.spans:
        return None
    similarity = sentence_similarity(sentences_a.stems, sentences_b.stems)
    pairs = align_sentences(similarity, pair_threshold=pair_threshold)
    ordered = monotonic_pairs(pairs)
    similarities = [float(similarity[row, column]) for row, column in ordered]
    coverage_a = _coverage(sentences_a.spans, zip((row for row, _ in ordered), similarities))
    coverage_b = _coverage(sentences_b.spans, zip((column for _, column in ordered), similarities))
    verbatim, jaccard = verbatim_overlap(text_a, text_b)
    return RewriteMatch(
        score=round(_harmonic(coverage_a, coverage_b), 4),
        pairs=[(sentences_a.spans[row], sentences_b.spans[column]) for row, column in ordered],
        coverage_a=round(coverage_a, 4), coverage_b=round(coverage_b, 4),
        order=round(len(ordered) / len(pairs), 4) if pairs else 0.0,
        unchanged=round(sum(value > 0.999 for value in similarities) / len(ordered), 4) if ordered else 0.0,
        verbatim=round(verbatim, 4), jaccard=round(jaccard, 4),
        similarities=[round(value, 4) for value in similarities],
    )


class RewriteIndex:
    """Incremental MinHash LSH index of articles' content-stem sets, to find rewrite candidates.

    ``add(key, text)`` indexes an article and ``query(text)`` looks one up; both return
    ``(key, jaccard)`` for the indexed articles whose content-stem sets have an exact Jaccard
    similarity of at least ``threshold`` with it, best first. LSH picks the few articles to
    compare (weighted towards few missed pairs); the exact check drops its false positives.
    """

    def __init__(self, *, threshold: float = CANDIDATE_THRESHOLD, num_perm: int = 128) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.3, 0.7))
        self._template = MinHash(num_perm=num_perm)
        self._stems: dict[str, frozenset[str]] = {}

    def __len__(self) -> int:
        return len(self._stems)

    def __contains__(self, key: object) -> bool:
        return key in self._stems

    def add(self, key: str, text: str) -> list[tuple[str, float]]:
        """Index ``text`` under ``key``; returns the candidates already indexed (not ``key`` itself)."""
        stems = frozenset(content_stems(text))
        signature = self._signature(stems)
        found = self._similar(stems, signature, exclude=key)
        if key not in self._stems and stems:
            self._lsh.insert(key, signature)
            self._stems[key] = stems
        return found

    def query(self, text: str) -> list[tuple[str, float]]:
        stems = frozenset(content_stems(text))
        return self._similar(stems, self._signature(stems), exclude=None)

    def _signature(self, stems: frozenset[str]) -> MinHash:
        template = self._template
        signature = MinHash(num_perm=template.num_perm, permutations=template.permutations, scheme=template.scheme)
        signature.update_batch([stem.encode("utf-8") for stem in stems])
        return signature

    def _similar(self, stems: frozenset[str], signature: MinHash, *, exclude: str | None) -> list[tuple[str, float]]:
        if not stems:
            return []
        scored = ((other, jaccard(stems, self._stems[other])) for other in self._lsh.query(signature))
        kept = [(other, value) for other, value in scored if other != exclude and value >= self.threshold]
        return sorted(kept, key=lambda item: -item[1])


def rewrite_candidates(items: Iterable[tuple[str, str]], *, threshold: float = CANDIDATE_THRESHOLD,
                       num_perm: int = 128) -> Iterator[tuple[str, str, float]]:
    """Pairs ``(earlier key, later key, stem jaccard)`` among ``(key, text)`` items worth aligning.

    MinHash LSH over content-word stem sets, then the exact Jaccard of the sets: no all-pairs
    comparison; each item is compared only with the items in its LSH buckets. Items are
    indexed in the order given, so the first key of a pair is the one seen first.
    """
    index = RewriteIndex(threshold=threshold, num_perm=num_perm)
    for key, text in items:
        for other, similarity in index.add(key, text):
            yield other, key, similarity


def find_rewrites(items: Iterable[tuple[str, str]], *, threshold: float = SCORE_THRESHOLD,
                  candidate_threshold: float = CANDIDATE_THRESHOLD) -> Iterator[tuple[str, str, RewriteMatch]]:
    """Every rewrite pair among ``(key, text)`` items: candidates from LSH, confirmed by alignment.

    Keeps the texts in memory; for a stored corpus use ``RewriteIndex`` and ``rewrite_match``.
    """
    texts: dict[str, str] = {}
    index = RewriteIndex(threshold=candidate_threshold)
    compared = 0
    for key, text in items:
        texts[key] = text
        for other, _ in index.add(key, text):
            compared += 1
            match = rewrite_match(texts[other], text, threshold=threshold)
            if match is not None:
                yield other, key, match
    logger.debug("rewrite search: %d articles, %d candidate pairs aligned", len(texts), compared)


__all__ = [
    "CANDIDATE_THRESHOLD", "MAX_UNCHANGED", "NEAR_JACCARD", "PAIR_THRESHOLD", "SCORE_THRESHOLD", "RewriteIndex", "RewriteMatch",
    "align_sentences", "content_stems", "find_rewrites", "is_rewrite", "monotonic_pairs",
    "rewrite_candidates", "rewrite_match", "score_rewrite", "sentence_similarity",
    "verbatim_overlap",
]
