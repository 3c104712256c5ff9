"""Copy lineage: exact duplicates, near duplicates, reused passages and rewrites; then stories.

``update_lineage(store)`` is a corpus step (``newsdesk analyse`` runs it). It is incremental:
each article is fingerprinted once per version and its fingerprints are kept in the store, so a
run compares only the articles that are new since the last run, and compares them only with
articles that share a fingerprint (no all-pairs comparison).

* **exact**: the same normalised text (NFKC, case-folded, quotes and dashes unified,
  whitespace collapsed). The copy links to the source (``source_order``) and is not indexed
  again, so it never counts twice as separate evidence. When a new article outranks the
  processed holder of its text, the holder and its copies are processed again as its copies.
* **near**: MinHash (datasketch, 126 permutations) over word 5-shingles, banded into
  42 bands of 3 rows whose keys live in the store (a pair at Jaccard 0.5 shares a band with
  probability 0.996). Candidates are checked with the exact Jaccard of their shingle sets:
  a near duplicate has Jaccard >= 0.5, or one article holds >= 90% of the other's shingles
  (a trimmed copy).
* **passage**: sampled word 8-gram fingerprints (hashes that are 0 mod 4) over the text and
  the captions that cleaning removed find candidate pairs (at least 2 shared). The shared word
  runs of a pair are found from word 5-gram hits, extended to maximal runs and joined across
  edits of up to 6 words. A passage has at least 20 matching words, and at least one of its
  fingerprints is held by no more than 5 articles (else it is site boilerplate or wire text).
* **rewrite**: sentence alignment from ``newsdesk.rewrite`` on candidates from a second
  MinHash band index over content-word stems (42 bands of 4 rows; the stem sets must have
  Jaccard >= 0.4 before sentences are aligned). The sentences are the stored ``sentences``
  layer (the parse's), read in one query for the candidates; an article without it is split
  by the regex fallback. Each article's stems are computed once, when it is fingerprinted,
  and kept in the store (``lineage_stems``): a later run checks a stored candidate against
  them without reading its text, and reads texts and sentences only for the pairs that pass.

A pair gets one link, the first kind that holds in the order exact, near, rewrite, passage.
The link goes from the copy to the source, chosen whatever order the articles arrived in
(``source_order``): the earlier published day, then the earlier time of day where known, then
a wire agency's article, then the smaller article id.

Written here because no maintained package does it over an embedded store: the band-key
index (datasketch's ``MinHashLSH`` keeps its index in memory, Redis or Cassandra), the
fingerprint sampling and the passage extension. MinHash itself is datasketch's.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import numpy as np

from newsdesk.article import Article
from newsdesk.sentences import LAYER as SENTENCES
from newsdesk.sentences import sentence_spans
from newsdesk.store import Store

log = logging.getLogger(__name__)

#: Bump when fingerprints or link rules change: every article is then processed again.
LINEAGE_VERSION = 2
SHINGLE_WORDS = 5
NEAR_BANDS, NEAR_ROWS = 42, 3
STEM_BANDS, STEM_ROWS = 42, 4
NEAR_JACCARD = 0.5
NEAR_CONTAINMENT = 0.9
MARK_WORDS = 8
MARK_SAMPLE = 4
MIN_SHARED_MARKS = 2
#: A fingerprint found in more articles than this is site boilerplate (a sign-up box, a
#: syndication notice) or wire text (near duplicates find that): it does not make a passage.
MAX_MARK_ARTICLES = 5
MIN_PASSAGE_WORDS = 20
PASSAGE_GAP_WORDS = 6
REWRITE_STEM_JACCARD = 0.4
#: Articles dated this many days around a changed one are re-clustered with it
#: (``newsdesk.stories.cluster_stories`` drops pairs further apart than its ``window_days``, 14).
STORY_WINDOW_DAYS = 14
#: Texts read at once when story terms are counted for articles that have none stored.
_TEXT_BATCH = 1000
#: Removed lines that are article content another article may reuse (not site boilerplate).
PASSAGE_REMOVED_REASONS = frozenset({"caption"})
#: Kinds that make an article a copy of another (a reused passage does not).
COPY_KINDS = frozenset({"exact", "near", "rewrite"})

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_UNIFY = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_MIX = np.uint64(0x9E3779B97F4A7C15)


@dataclass(slots=True)
class Link:
    """``article`` is a copy of (or shares passages with) ``of``; ``of`` is the earlier one.

    Each span pairs a location in ``article`` (``this``) with one in ``of``: a location is
    ``{"field": "text", "line": None, "start", "end"}`` (offsets into ``text``) or
    ``{"field": "removed", "line": i, "start", "end"}`` (offsets into ``removed[i].text``).
    Spans of ``near`` and ``passage`` links also carry ``words``, the matching words in them.
    """

    article: str
    of: str
    kind: str
    score: float
    spans: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class Fingerprint:
    """What the store keeps of one article to find its copies later."""

    article_id: str
    norm_hash: str
    near_keys: list[int]
    stem_keys: list[int]
    marks: list[int]
    #: The content-word stems (``newsdesk.rewrite.content_stems``) behind ``stem_keys``, kept
    #: for the rewrite pre-check of this run; not stored.
    stems: frozenset[str] = frozenset()


@dataclass(slots=True)
class LineageReport:
    articles: int = 0
    links: dict[str, int] = field(default_factory=dict)
    candidates: int = 0
    stories: int = 0


# ----------------------------------------------------------------------------- fingerprints


def normalise(text: str) -> str:
    """The text compared for exact duplicates."""
    text = unicodedata.normalize("NFKC", text).translate(_UNIFY).casefold()
    return _SPACE.sub(" ", text).strip()


def norm_hash(text: str) -> str:
    """The key of exact duplicates: SHA-1 of the normalised text."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def ngram_hashes(tokens: Sequence[str], n: int) -> np.ndarray:
    """64-bit hashes of the word ``n``-grams of ``tokens`` (one gram when shorter than ``n``)."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    table = {token: zlib.crc32(token.encode("utf-8")) for token in set(tokens)}
    base = np.fromiter(map(table.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    width = min(n, len(tokens))
    count = len(tokens) - width + 1
    grams = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        grams = grams * np.uint64(1_000_003) + base[offset : offset + count]
    return _mix64(grams)


def _mix64(values: np.ndarray) -> np.ndarray:
    values = (values ^ (values >> np.uint64(30))) * _MIX
    values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return values ^ (values >> np.uint64(31))


def fingerprint(article: Article, *, text_hash: str | None = None) -> Fingerprint:
    """Exact hash (``text_hash`` when the caller has it), MinHash band keys (shingles and
    stems) and passage marks of one article."""
    segment_words = [words(text) for _, _, text in segments(article)]
    shingles = np.unique(ngram_hashes(segment_words[0], SHINGLE_WORDS) & np.uint64(0xFFFFFFFF))
    near = band_keys(_minhash(shingles.tolist(), NEAR_BANDS * NEAR_ROWS), rows=NEAR_ROWS)
    stems = content_stem_set(article.text)
    return Fingerprint(
        article_id=article.id,
        norm_hash=text_hash or norm_hash(article.text),
        near_keys=near if len(shingles) else [],
        stem_keys=_stem_keys(stems),
        marks=_marks(segment_words),
        stems=stems,
    )


def _minhash(values: list[int], num_perm: int) -> np.ndarray:
    from datasketch import MinHash

    signature = MinHash(num_perm=num_perm, hashfunc=int, scheme="affine32", permutations=_permutations(num_perm))
    signature.update_batch(values)
    return signature.hashvalues


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, scheme="affine32").permutations


def band_keys(signature: np.ndarray, *, rows: int) -> list[int]:
    """One signed 64-bit key per band of ``rows`` MinHash values."""
    return [
        int.from_bytes(
            hashlib.blake2b(signature[start : start + rows].tobytes(), digest_size=8).digest(), "little", signed=True
        )
        for start in range(0, len(signature) - rows + 1, rows)
    ]


def content_stem_set(text: str) -> frozenset[str]:
    """The content-word stems of ``text``: its stem band keys and the rewrite pre-check use them."""
    from newsdesk.rewrite import content_stems

    return frozenset(content_stems(text))


def _stem_keys(stems: frozenset[str]) -> list[int]:
    if not stems:
        return []
    values = [zlib.crc32(stem.encode("utf-8")) for stem in sorted(stems)]
    return band_keys(_minhash(values, STEM_BANDS * STEM_ROWS), rows=STEM_ROWS)


def _marks(segment_words: list[list[str]]) -> list[int]:
    """The sampled word 8-gram hashes (those 0 mod ``MARK_SAMPLE``) of every segment."""
    grams = [ngram_hashes(tokens, MARK_WORDS) for tokens in segment_words if tokens]
    if not grams:
        return []
    hashes = np.unique(np.concatenate(grams))
    return hashes[(hashes & np.uint64(MARK_SAMPLE - 1)) == 0].view(np.int64).tolist()


def segments(article: Article) -> list[tuple[str, int | None, str]]:
    """The parts of an article searched for passages: its text and its removed captions."""
    parts: list[tuple[str, int | None, str]] = [("text", None, article.text)]
    parts += [
        ("removed", index, line.text)
        for index, line in enumerate(article.removed)
        if line.reason in PASSAGE_REMOVED_REASONS
    ]
    return parts


# ----------------------------------------------------------------------------- comparing a pair


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
        found = list(_WORD.finditer(text))
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
        set_a, set_b = self.shingles(a), self.shingles(b)
        if not set_a or not set_b:
            return 0.0, 0.0
        shared = len(set_a & set_b)
        return shared / len(set_a | set_b), shared / min(len(set_a), len(set_b))

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
        marks = _marks([tokens.words[passage.a_start : passage.a_end]])
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

        if not _similar_stems(self.stems(copy), self.stems(original)):
            return None
        match = rewrite_match(
            original.text, copy.text, spans_a=self._sentence_spans(original), spans_b=self._sentence_spans(copy)
        )
        if match is None:
            return None
        spans = [
            {"this": _text_span(span_copy), "of": _text_span(span_original)} for span_original, span_copy in match.pairs
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


def _text_span(span: tuple[int, int]) -> dict[str, Any]:
    return {"field": "text", "line": None, "start": span[0], "end": span[1]}


# ----------------------------------------------------------------------------- the corpus step


def update_lineage(store: Store, *, stories: bool = True, full: bool = False) -> LineageReport:
    """Fingerprint new or changed articles, link them to earlier ones, then refresh stories.
    ``full`` forgets every fingerprint and link first, so every article is processed again."""
    report = LineageReport()
    with _threads(store, full=full), store.transaction():  # links and stories commit together
        if full:
            store.lineage_forget_all()
        pending = store.lineage_begin(version=LINEAGE_VERSION)
        hashes = {article.id: norm_hash(article.text) for article, _ in pending}
        reopened = store.lineage_reopen(_outranked_holders(store, hashes))
        hashes.update({article.id: norm_hash(article.text) for article, _ in reopened})
        pending += reopened
        if pending:
            _link_pending(store, pending, hashes=hashes, report=report)
        if stories:
            report.stories = _refresh_stories(store, [article for article, _ in pending], full=full)
    log.info(
        "lineage: %d articles processed, links %s, %d candidate pairs, %d stories",
        report.articles,
        report.links,
        report.candidates,
        report.stories,
    )
    return report


def _threads(store: Store, *, full: bool) -> AbstractContextManager[None]:
    """DuckDB on one thread for an update (``Store.one_thread``); a rebuild or a first run,
    which read every article, on all of them."""
    return nullcontext() if full or not store.lineage_size() else store.one_thread()


def _outranked_holders(store: Store, hashes: dict[str, str]) -> list[str]:
    """Processed articles whose text (``hashes``: ``{pending id: norm_hash}``) a pending article
    has and outranks as the source (``source_order``): processed again, as its exact copies."""
    if not hashes:
        return []
    held = store.lineage_hash_holders(sorted(set(hashes.values())))
    if not held:
        return []
    ids = sorted({*hashes, *(i for ids in held.values() for i in ids)})
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS), article_ids=ids)
    rank = {i: source_order(rows.get(i, {}), i) for i in ids}
    best = {}
    for article_id, text_hash in hashes.items():
        best[text_hash] = min(best.get(text_hash, rank[article_id]), rank[article_id])
    return sorted(i for text_hash, ids in held.items() for i in ids if best[text_hash] < min(rank[j] for j in ids))


def _link_pending(
    store: Store, pending: list[tuple[Article, int]], *, hashes: dict[str, str], report: LineageReport
) -> None:
    articles = {article.id: article for article, _ in pending}
    seqs = {article.id: seq for article, seq in pending}
    prints = [fingerprint(article, text_hash=hashes[article.id]) for article, _ in pending]
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS), article_ids=sorted(articles))
    rank = {article_id: source_order(rows.get(article_id, {}), article_id) for article_id in articles}
    exact_of = store.lineage_exact_owners({p.article_id: p.norm_hash for p in prints}, rank=rank)
    store.save_fingerprints(prints, exact_of=exact_of, seqs=seqs, version=LINEAGE_VERSION)
    links = [_exact_link(articles, copy, original, store) for copy, original in exact_of.items()]
    candidates = store.lineage_candidates(
        [p.article_id for p in prints if p.article_id not in exact_of],
        min_shared_marks=MIN_SHARED_MARKS,
        max_mark_articles=MAX_MARK_ARTICLES,
    )
    links += _compare_candidates(store, candidates, articles, stems={p.article_id: p.stems for p in prints})
    store.save_links(links)
    report.articles, report.candidates = len(pending), len(candidates)
    for link in links:
        report.links[link.kind] = report.links.get(link.kind, 0) + 1


def _exact_link(articles: dict[str, Article], copy: str, original: str, store: Store) -> Link:
    text = articles[copy].text
    source = articles.get(original) or store.get_article(original)
    spans = [{"this": _text_span((0, len(text))), "of": _text_span((0, len(source.text) if source else 0))}]
    return Link(copy, original, "exact", 1.0, spans)


def _compare_candidates(
    store: Store,
    candidates: dict[tuple[str, str], set[str]],
    articles: dict[str, Article],
    *,
    stems: dict[str, frozenset[str]],
) -> list[Link]:
    """Compare each candidate pair, the later article as the copy of the earlier one
    (``stems``: the content stems fingerprinting computed, so they are not computed again).
    A pair that shares only a stem band and fails the rewrite pre-check is dropped before
    any text is read."""
    stems = _candidate_stems(store, candidates, articles, stems=stems)
    candidates = {
        pair: spaces
        for pair, spaces in candidates.items()
        if spaces != {"stem"} or _similar_stems(*(stems.get(i, frozenset()) for i in pair))
    }
    paired = sorted({i for pair in candidates for i in pair})
    articles = {**articles, **store.get_articles(sorted(set(paired) - set(articles)))}
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS), article_ids=paired)
    common = store.lineage_common_marks(
        sorted({i for pair, spaces in candidates.items() if spaces != {"stem"} for i in pair}),
        max_articles=MAX_MARK_ARTICLES,
    )
    sentences = store.layer(
        SENTENCES, article_ids=sorted({i for pair, spaces in candidates.items() if "stem" in spaces for i in pair})
    )
    links = []
    comparer = PairComparer(common_marks=common, stems=stems, sentences=sentences)
    for pair, spaces in candidates.items():
        if not all(i in articles for i in pair):
            continue
        earlier, later = sorted(pair, key=lambda article_id: source_order(rows.get(article_id, {}), article_id))
        if spaces == {"stem"}:  # shares no shingle band and no passage: only a rewrite can link them
            link = comparer.rewrite_link(articles[later], articles[earlier])
        else:
            link = comparer.compare(articles[later], articles[earlier], rewrite_candidate="stem" in spaces)
        if link is not None:
            links.append(link)
    return links


def _candidate_stems(
    store: Store,
    candidates: dict[tuple[str, str], set[str]],
    articles: dict[str, Article],
    *,
    stems: dict[str, frozenset[str]],
) -> dict[str, frozenset[str]]:
    """Content stems of every article in a pair sharing a stem band: computed this run, else
    stored, else (an article fingerprinted before stems were kept) stemmed from its text."""
    wanted = {i for pair, spaces in candidates.items() if "stem" in spaces for i in pair} - set(stems)
    found = {**stems, **store.lineage_stems(sorted(wanted))}
    missing = sorted(wanted - set(found))
    texts = {**articles, **store.get_articles([i for i in missing if i not in articles])}
    found.update({i: content_stem_set(texts[i].text) for i in missing if i in texts})
    return found


def _similar_stems(a: frozenset[str], b: frozenset[str]) -> bool:
    """The rewrite pre-check: the content-stem sets overlap enough to align sentences."""
    return bool(a and b) and len(a & b) / len(a | b) >= REWRITE_STEM_JACCARD


# ----------------------------------------------------------------------------- stories


def _refresh_stories(store: Store, changed: list[Article], *, full: bool) -> int:
    """Stories near the changed articles, or all of them when ``full``, when the store has
    none, or when an article that did not change has no story (a store written before links
    and stories were one commit, or a run without stories): then every story is rebuilt."""
    story_less = set(store.story_less_ids())
    if full or not store.has_stories() or story_less - {article.id for article in changed}:
        return update_stories(store)
    return update_stories_near(store, changed) if changed else 0


def update_stories_near(store: Store, changed: Sequence[Article], *, window_days: int = STORY_WINDOW_DAYS) -> int:
    """Re-cluster only the neighbourhood of ``changed``: the articles dated within
    ``window_days`` of one of them, and every story or copy those touch (closed, see
    ``Store.story_neighbourhood``). Returns the number of stories written. The neighbourhood is
    weighed from its stored story terms; only articles without them (the changed ones) are
    tokenised.

    Not equal to ``update_stories``: a rebuild weighs words by their document frequency in
    the whole store and takes each article's nearest neighbours among all articles, so one
    new article shifts, a little, similarities far from it; here both come from the
    neighbourhood (docs/scale.md gives the measured agreement)."""
    from newsdesk.stories import published_span

    days = []
    for article in changed:
        span = published_span(article.published)
        if span is not None:
            days.append(
                (
                    date.fromordinal(span[0] - window_days).isoformat(),
                    date.fromordinal(span[1] + window_days).isoformat(),
                )
            )
    with store.one_thread(), store.transaction():  # the new terms and their stories together
        ids = store.story_neighbourhood([a.id for a in changed], days=days, copy_kinds=sorted(COPY_KINDS))
        rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS), article_ids=ids)
        dates = [(article_id, rows[article_id]["published"]) for article_id in ids if article_id in rows]
        numbers = _cluster(store, dates, changed={a.id: a for a in changed})
        groups = _join_copies(numbers, store.copy_links_among(ids, kinds=sorted(COPY_KINDS)))
        stories = [_story(members, rows) for members in groups]
        store.replace_stories_of(ids, stories)
    log.info("stories: %d articles changed, %d re-clustered into %d stories", len(changed), len(ids), len(stories))
    return len(stories)


def update_stories(store: Store) -> int:
    """Cluster every current article into stories (copies always join their original's story)."""
    numbers = _cluster(store, store.article_dates())
    groups = _join_copies(numbers, store.lineage_links(kinds=sorted(COPY_KINDS)))
    rows = store.lineage_story_rows(copy_kinds=sorted(COPY_KINDS))
    stories = [_story(members, rows) for members in groups]
    store.save_stories(stories)
    return len(stories)


def _cluster(
    store: Store, dates: Sequence[tuple[str, str | None]], *, changed: dict[str, Article] | None = None
) -> dict[str, int]:
    """Story numbers of the articles of ``dates`` (id, published), clustered on their story
    terms: stored, else counted from the text (``changed`` holds texts already read)."""
    try:
        from newsdesk.stories import cluster_terms
    except ImportError:  # story clustering not installed: each article is its own story
        log.warning("newsdesk.stories is not available; every article is its own story")
        return {article_id: number for number, (article_id, _) in enumerate(dates)}
    terms = _story_terms(store, [article_id for article_id, _ in dates], changed=changed or {})
    found = [(article_id, published) for article_id, published in dates if article_id in terms]
    return cluster_terms([i for i, _ in found], [terms[i] for i, _ in found], [p for _, p in found])


def _story_terms(store: Store, ids: list[str], *, changed: dict[str, Article]) -> dict[str, Any]:
    """Each article's story terms: stored for its version, else counted now and kept (in
    batches of ``_TEXT_BATCH`` texts, so memory stays flat on a first run)."""
    from newsdesk.stories import TERMS_VERSION, story_terms

    found = store.story_terms(ids, version=TERMS_VERSION)
    missing = [article_id for article_id in ids if article_id not in found]
    for start in range(0, len(missing), _TEXT_BATCH):
        batch = missing[start : start + _TEXT_BATCH]
        texts = {**store.get_articles([i for i in batch if i not in changed]), **changed}
        counted = {i: story_terms(texts[i]) for i in batch if i in texts}
        store.save_story_terms(counted, version=TERMS_VERSION)
        found.update(counted)
    return found


def _join_copies(numbers: dict[str, int], links: Iterable[dict[str, Any]]) -> list[list[str]]:
    """Story members: the clusters, merged wherever one article is a copy of another."""
    parent = {f"story:{number}": f"story:{number}" for number in numbers.values()}
    parent.update({article_id: f"story:{number}" for article_id, number in numbers.items()})

    def root(node: str) -> str:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        if link["article"] in numbers and link["of"] in numbers:
            parent[root(link["article"])] = root(link["of"])
    groups: dict[str, list[str]] = {}
    for article_id in numbers:
        groups.setdefault(root(article_id), []).append(article_id)
    return list(groups.values())


def _story(members: list[str], rows: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Earliest member (``source_order``) and the count of independent sources."""
    ordered = sorted(members, key=lambda article_id: source_order(rows.get(article_id, {}), article_id))
    independent = {_source_of(rows.get(i, {}), i) for i in members if not rows.get(i, {}).get("is_copy")}
    return {
        "story_id": ordered[0],
        "earliest": ordered[0],
        "members": ordered,
        "articles": len(members),
        "independent_sources": len(independent),
    }


def source_order(row: dict[str, Any], article_id: str) -> tuple[bool, str, str, bool, str]:
    """How articles rank as the source of a copy, whatever order they arrived in: dated ones
    first, the earliest day first, then the earliest time of day where the date has one (a
    date without a time counts as the start of its day), then a wire agency's article
    (``newsdesk.bylines.NEWS_AGENCIES``) before a client's, then the article id."""
    day, time_of_day = _published_moment(row.get("published") or "")
    return (not day, day, time_of_day, not _is_wire(row.get("outlet")), article_id)


def _published_moment(published: str) -> tuple[str, str]:
    """``(day, time of day)`` of a published date, in UTC when it has a time zone."""
    if len(published) <= 10:
        return published, ""
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published[:10], ""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date().isoformat(), moment.time().isoformat()


def _is_wire(outlet: str | None) -> bool:
    from newsdesk.bylines import NEWS_AGENCIES

    return (outlet or "").strip().casefold() in NEWS_AGENCIES


def _source_of(row: dict[str, Any], article_id: str) -> str:
    outlet = (row.get("outlet") or "").strip().casefold()
    return f"outlet:{outlet}" if outlet else f"article:{article_id}"


# ----------------------------------------------------------------------------- reading lineage


def links_of(store: Store, article_id: str | None = None) -> list[dict[str, Any]]:
    """Stored links (all, or those touching one article), ``article`` being the copy of ``of``."""
    return store.lineage_links(article_id=article_id)


def as_seen_from(link: dict[str, Any], article_id: str) -> dict[str, Any]:
    """A link as one article's export record sees it: ``of`` is the other article and ``role``
    says whether this article is the ``copy`` (the later one) or the ``source``."""
    is_copy = link["article"] == article_id
    spans = [
        {"this": span["this"] if is_copy else span["of"], "of": span["of"] if is_copy else span["this"]}
        for span in link["spans"]
    ]
    return {
        "of": link["of"] if is_copy else link["article"],
        "kind": link["kind"],
        "score": link["score"],
        "role": "copy" if is_copy else "source",
        "spans": spans,
    }


def duplicates_by_article(store: Store) -> dict[str, list[dict[str, Any]]]:
    """The ``duplicates`` export field: every processed article's links, seen from it."""
    records: dict[str, list[dict[str, Any]]] = {i: [] for i in store.lineage_processed_ids()}
    for link in store.lineage_links():
        for side in (link["article"], link["of"]):
            records.setdefault(side, []).append(as_seen_from(link, side))
    return records


def span_text(article: Article, location: dict[str, Any]) -> str:
    """The text a span location points at (``text`` or one ``removed`` line)."""
    source = article.removed[location["line"]].text if location["field"] == "removed" else article.text
    return source[location["start"] : location["end"]]

