"""Story clustering: group articles that report the same real-world event.

Each article becomes a sparse vector: TF-IDF of the words and word pairs of its title and body,
joined with a second TF-IDF over *names and numbers* (capitalised word runs and figures), which
is what tells two events of the same kind apart (two rehab stays, two earthquakes). Candidate
pairs come from exact cosine nearest neighbours, brute force over sparse rows in square blocks
(scikit-learn's ``safe_sparse_dot`` for each product), so memory grows with ``n * neighbours``
and never with ``n²``. The search is written here because scikit-learn's ``NearestNeighbors``,
queried with its own rows, computes every pair twice (once per direction): the blocks compute
each pair once and offer it to both rows, which nearly halves the largest cost of a
re-cluster. Pairs further apart in time than ``window_days`` are dropped; a year- or
month-precision date counts as the whole year or month, and an article without a date is
never ruled out by time.

The terms are counted once per article (``story_terms``: a pure function of the article, kept
in the store) and weighed for each set of articles clustered (``weigh_terms``: scikit-learn's
``TfidfTransformer`` arithmetic on the counts, written out in ``_sublinear_tfidf``), so an
update re-weighs the stored counts of the articles near a change instead of tokenising their
texts again.

Stories are the clusters of exact average linkage over that sparse similarity graph, cut at
``threshold``: two groups merge while the mean similarity over *all* pairs across them (missing
pairs count as 0) is at least ``threshold``. This merge loop is written here because SciPy's and
scikit-learn's average linkage need the dense ``n²`` distance matrix, and scikit-learn's
connectivity-constrained variant averages only over connected pairs, which over-merges.
"""

from __future__ import annotations

import heapq
import logging
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer
from sklearn.utils import murmurhash3_32
from sklearn.utils.extmath import safe_sparse_dot
from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

from newsdesk.article import Article
from newsdesk.errors import UsageError

log = logging.getLogger(__name__)

#: Capitalised word runs ("Tara Reid", "Betty Ford Center") and figures ("6.1", "2013").
_NAME_OR_NUMBER = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|\b\d[\d.,:]*\d\b|\b\d\b")
#: Below this many articles every term is kept (``min_df=1``); see ``vectorise``.
_MIN_CORPUS_FOR_MIN_DF = 20
#: Empty articles added when learning IDF, so that small corpora still weigh words sensibly.
_BACKGROUND_ARTICLES = 20
#: Memory (MiB) for each block of the nearest-neighbour search; scikit-learn's default is 1024.
_WORKING_MEMORY_MB = 128
#: Fewest rows in a block of the nearest-neighbour search (smaller ones cost more than they save).
_MIN_BLOCK_ROWS = 256
_DATE_PARTS = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
#: Bump when ``story_terms`` counts differently: stored counts are then counted again.
TERMS_VERSION = 1
#: The clustering's settings, one place for the rebuild and the partial update: the average
#: similarity at which two clusters join, the days two articles of a story may lie apart, and
#: the nearest neighbours each article keeps.
THRESHOLD = 0.2
WINDOW_DAYS = 14
NEIGHBOURS = 30


def cluster_stories(articles: Sequence[Article], *, threshold: float = THRESHOLD,
                    window_days: int | None = WINDOW_DAYS, neighbours: int = NEIGHBOURS,
                    name_weight: float = 1.0) -> dict[str, int]:
    """Map each ``article.id`` to a story number (0, 1, ...; numbered by first appearance).

    ``threshold`` is the mean cosine similarity two groups need to merge (lower merges more).
    ``window_days`` drops pairs published further apart (``None``: no time limit).
    ``neighbours`` is how many nearest neighbours each article is compared with.
    ``name_weight`` weighs the names-and-numbers vector against the word vector.
    """
    unique = list({article.id: article for article in articles}.values())
    return cluster_terms([a.id for a in unique], [story_terms(a) for a in unique],
                         [a.published for a in unique], threshold=threshold,
                         window_days=window_days, neighbours=neighbours, name_weight=name_weight)


def cluster_terms(ids: Sequence[str], terms: Sequence[dict[str, tuple[np.ndarray, np.ndarray]]],
                  published: Sequence[str | None], *, threshold: float = THRESHOLD,
                  window_days: int | None = WINDOW_DAYS, neighbours: int = NEIGHBOURS,
                  name_weight: float = 1.0) -> dict[str, int]:
    """``cluster_stories`` of articles given by their ids, counted terms (``story_terms``)
    and published dates, one of each per article (ids distinct)."""
    _check_options(threshold=threshold, window_days=window_days, neighbours=neighbours,
                   name_weight=name_weight)
    if len(ids) < 2:
        return {article_id: 0 for article_id in ids}
    vectors = weigh_terms(terms, name_weight=name_weight)
    edges = neighbour_edges(vectors, neighbours=neighbours)
    if window_days is not None:
        edges = within_window(edges, [published_span(p) for p in published],
                              window_days=window_days)
    labels = average_linkage(edges, n=len(ids), threshold=threshold)
    log.info("clustered %d articles into %d stories", len(ids), len(set(labels)))
    return {article_id: int(label) for article_id, label in zip(ids, labels, strict=True)}


def vectorise(articles: Sequence[Article], *, name_weight: float = 1.0) -> sp.csr_matrix:
    """L2-normalised sparse rows: word TF-IDF joined with names-and-numbers TF-IDF.

    Word pairs and names seen in only one article are dropped once the corpus is big enough for
    that to mean something (``_MIN_CORPUS_FOR_MIN_DF``): they cannot link two articles and
    only dilute the similarity of articles full of one-off detail.
    """
    return weigh_terms([story_terms(article) for article in articles], name_weight=name_weight)


def story_terms(article: Article) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """The terms ``vectorise`` weighs, counted in one article: ``{part: (keys, counts)}`` for
    ``words``, ``pairs`` and ``names``, each term a 64-bit hash of its text.

    A pure function of the article, so the store keeps it and a later run re-weighs stored
    counts (the weights depend on the other articles) instead of tokenising every text again.
    """
    text = _text_of(article)
    words: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    for term in _word_analyser()(text):
        (pairs if " " in term else words)[term] += 1
    names = Counter(names_and_numbers(text))
    return {part: _hashed(counts) for part, counts in
            (("words", words), ("pairs", pairs), ("names", names))}


def weigh_terms(terms: Sequence[dict[str, tuple[np.ndarray, np.ndarray]]], *,
                name_weight: float = 1.0) -> sp.csr_matrix:
    """``vectorise`` from counted terms (``story_terms``): sublinear TF-IDF per part with
    scikit-learn's smoothed IDF over the articles and ``_BACKGROUND_ARTICLES`` empty ones."""
    min_df = 2 if len(terms) >= _MIN_CORPUS_FOR_MIN_DF else 1
    words = sp.hstack([_weigh(terms, "words", min_df=1), _weigh(terms, "pairs", min_df=min_df)])
    parts = [_unit_rows(words.tocsr())]
    if name_weight > 0:
        parts.append(name_weight * _unit_rows(_weigh(terms, "names", min_df=min_df)))
    return _unit_rows(sp.hstack(parts, format="csr"))


def names_and_numbers(text: str) -> list[str]:
    """Features for the names vector: each capitalised run as one token plus its words."""
    features = []
    for match in _NAME_OR_NUMBER.finditer(text):
        words = match.group(0).lower().split()
        if len(words) == 1 and words[0] in ENGLISH_STOP_WORDS:
            continue
        features.append("_".join(words))
        if len(words) > 1:
            features.extend(word for word in words if word not in ENGLISH_STOP_WORDS)
    return features


def average_linkage(edges: sp.coo_matrix, *, n: int, threshold: float) -> list[int]:
    """Flat clusters of average linkage over a sparse similarity graph (absent pairs are 0).

    ``edges`` holds each pair in both directions (a symmetric matrix) and no diagonal. Labels are numbered by each cluster's first member, so the result does not depend on
    merge order.
    """
    links, sizes, members = _initial_links(edges, n=n)
    heap = [(-s, a, b) for a, row in links.items() for b, s in row.items() if a < b]
    heapq.heapify(heap)
    while heap:
        negative_mean, a, b = heapq.heappop(heap)
        if -negative_mean < threshold:
            break  # average linkage is monotone: no later merge can reach the threshold
        if a in members and b in members:  # an entry whose cluster merged since is stale
            for pair in _merge(a, b, links=links, sizes=sizes, members=members):
                heapq.heappush(heap, pair)
    return _labels(members, n=n)


def _check_options(*, threshold: float, window_days: int | None, neighbours: int,
                   name_weight: float) -> None:
    if not 0 < threshold <= 1:
        raise UsageError(f"threshold must be above 0 and at most 1, not {threshold}")
    if window_days is not None and window_days < 0:
        raise UsageError(f"window_days must be 0 or more (or None), not {window_days}")
    if neighbours < 1:
        raise UsageError(f"neighbours must be at least 1, not {neighbours}")
    if name_weight < 0:
        raise UsageError(f"name_weight must be 0 or more, not {name_weight}")


def _text_of(article: Article) -> str:
    body = article.text or article.raw_text
    return f"{article.title}\n{body}" if article.title else body


@lru_cache(maxsize=1)
def _word_analyser() -> Callable[[str], list[str]]:
    """scikit-learn's word analyser: lower-cased words of two letters or more, English stop
    words dropped, then the words and the pairs of adjacent remaining words."""
    return TfidfVectorizer(stop_words="english", ngram_range=(1, 2)).build_analyzer()


def _hashed(counts: Counter[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each term as a 64-bit key (two 32-bit MurmurHash3 values of it) and its count."""
    keys = [murmurhash3_32(term, seed=0) << 32 | murmurhash3_32(term, seed=1, positive=True)
            for term in counts]
    return np.array(keys, dtype=np.int64), np.array(list(counts.values()), dtype=np.int32)


def _weigh(terms: Sequence[dict[str, tuple[np.ndarray, np.ndarray]]], part: str, *,
           min_df: int) -> sp.csr_matrix:
    """Sublinear TF-IDF of one part (scikit-learn's ``TfidfTransformer`` arithmetic,
    ``_sublinear_tfidf``, on the counts of the terms in ``min_df`` articles or more), IDF
    learnt as if ``_BACKGROUND_ARTICLES`` empty articles were there: as
    ``TfidfVectorizer(sublinear_tf=True, min_df=min_df)`` on the texts.

    Without them, a handful of articles on one subject gives their shared words no weight at all
    (they occur everywhere), so the articles look unrelated; in a large corpus they change little.
    """
    keys = [article[part][0] for article in terms]
    lengths = np.array([len(k) for k in keys], dtype=np.int64)
    empty = sp.csr_matrix((len(terms), 1), dtype=np.float32)
    if not lengths.sum():
        return empty
    flat = np.concatenate(keys)
    values = np.concatenate([article[part][1] for article in terms]).astype(np.float32)
    rows = np.repeat(np.arange(len(terms)), lengths)
    if min_df > 1:  # most word pairs and names occur once: drop them before sorting the rest
        shared = _maybe_shared(flat)
        flat, values, rows = flat[shared], values[shared], rows[shared]
    vocabulary, columns = np.unique(flat, return_inverse=True)
    counts = sp.csr_matrix((values, (rows, columns)),
                           shape=(len(terms) + _BACKGROUND_ARTICLES, len(vocabulary)))
    kept = np.bincount(columns, minlength=len(vocabulary)) >= min_df
    if not kept.any():  # no term survives (no names, or no word pair seen twice)
        return empty
    return _sublinear_tfidf(counts[:, kept])[: len(terms)]


def _sublinear_tfidf(counts: sp.csr_matrix) -> sp.csr_matrix:
    """What ``TfidfTransformer(sublinear_tf=True).fit_transform`` makes of a float matrix
    of counts, the same operations in the same order and type: smoothed IDF from each
    column's document count, ``1 + log(tf)``, rows scaled to unit length. Written out because
    the estimator's input checks cost more than the arithmetic on an update's few hundred
    rows (and the first of a process looks for dataframe libraries' plugins: 7 ms)."""
    weights = counts.copy()
    df = np.bincount(weights.indices, minlength=weights.shape[1]).astype(weights.dtype)
    df += 1.0
    idf = np.full_like(df, fill_value=weights.shape[0] + 1, dtype=weights.dtype)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(weights.data, weights.data)
    weights.data += 1.0
    weights.data *= idf[weights.indices]
    return _unit_rows(weights, copy=False)


def _unit_rows(matrix: sp.csr_matrix, *, copy: bool = True) -> sp.csr_matrix:
    """The rows of a float CSR matrix scaled to unit length (scikit-learn's ``normalize``
    without its checks of the input)."""
    unit = matrix.copy() if copy else matrix
    inplace_csr_row_normalize_l2(unit)
    return unit


def _maybe_shared(keys: np.ndarray) -> np.ndarray:
    """False for keys that surely occur once: alone in their bucket of a table two to four times
    their number (each key is a hash, so its low bits spread evenly). A key that occurs twice
    or more always shares its bucket, so dropping the others changes no count of ``min_df``
    or more, and the terms kept and their order (by key) stay the same."""
    buckets = 1 << (2 * len(keys)).bit_length()
    slot = keys & (buckets - 1)
    return np.bincount(slot, minlength=buckets)[slot] > 1


def neighbour_edges(vectors: sp.csr_matrix, *, neighbours: int) -> sp.coo_matrix:
    """Symmetric sparse cosine similarities to each row's nearest neighbours.

    Brute force over square blocks of rows: the product of blocks ``i`` and ``j >= i`` gives
    the candidates of the rows of both, so each pair's similarity is computed once (a
    nearest-neighbour index queried with its own rows computes it twice) and only the best
    ``neighbours + 1`` per row (the row itself among them) are kept between blocks.
    """
    n = vectors.shape[0]
    k = min(neighbours + 1, n)
    size = _block_rows(n)
    starts = range(0, n, size)
    blocks = [vectors[start:start + size] for start in starts]
    flipped = [block.T.tocsr() for block in blocks]
    best = _Nearest(n=n, k=k)
    for i, start in enumerate(starts):
        for j in range(i, len(starts)):
            similarity = safe_sparse_dot(blocks[i], flipped[j], dense_output=True)
            best.offer(start, similarity, first_column=starts[j])
            if j > i:
                best.offer(starts[j], similarity.T, first_column=start)
    return best.edges()


def _block_rows(n: int) -> int:
    """Rows per block: about an eighth of the rows (the pair products then cost 9/16 of all
    pairs), at least ``_MIN_BLOCK_ROWS``, and few enough that a block of similarities and
    its sort keys stay within ``_WORKING_MEMORY_MB``."""
    most = int((_WORKING_MEMORY_MB * 2**20 / 16) ** 0.5)
    return max(1, min(max(-(-n // 8), _MIN_BLOCK_ROWS), most))


class _Nearest:
    """Each row's ``k`` most similar columns seen so far."""

    def __init__(self, *, n: int, k: int) -> None:
        self.k = k
        self.values = np.full((n, k), -np.inf, dtype=np.float32)
        self.columns = np.zeros((n, k), dtype=np.int64)

    def offer(self, first_row: int, similarity: np.ndarray, *, first_column: int) -> None:
        """Merge a block of similarities (rows and columns numbered from ``first_row`` and
        ``first_column``) into the best kept for its rows."""
        rows = slice(first_row, first_row + similarity.shape[0])
        columns = np.arange(first_column, first_column + similarity.shape[1])
        if similarity.shape[1] > self.k:
            top = np.argpartition(-similarity, self.k - 1, axis=1)[:, : self.k]
            similarity, columns = np.take_along_axis(similarity, top, axis=1), columns[top]
        else:
            columns = np.broadcast_to(columns, similarity.shape)
        values = np.concatenate([self.values[rows], similarity], axis=1)
        top = np.argpartition(-values, self.k - 1, axis=1)[:, : self.k]
        self.values[rows] = np.take_along_axis(values, top, axis=1)
        self.columns[rows] = np.take_along_axis(
            np.concatenate([self.columns[rows], columns], axis=1), top, axis=1)

    def edges(self) -> sp.coo_matrix:
        """The kept pairs of positive similarity, in both directions, without the diagonal."""
        n = self.values.shape[0]
        return _symmetric(np.repeat(np.arange(n), self.k), self.columns.ravel(),
                          self.values.ravel(), n=n)


def _symmetric(rows: np.ndarray, columns: np.ndarray, values: np.ndarray, *,
               n: int) -> sp.coo_matrix:
    """The pairs of positive similarity among ``n`` rows, each in both directions (the larger
    value where both are given), without the diagonal."""
    keep = (rows != columns) & (values > 0)
    similarity = sp.coo_matrix((values[keep], (rows[keep], columns[keep])), shape=(n, n))
    return similarity.maximum(similarity.T).tocoo()


def nearest_of(vectors: sp.csr_matrix, rows: Sequence[int], *, neighbours: int = NEIGHBOURS,
               known: tuple[Sequence[int], tuple[np.ndarray, np.ndarray]] | None = None,
               ) -> tuple[np.ndarray, np.ndarray]:
    """The ``neighbours + 1`` most similar rows of ``vectors`` (the row itself among them) to
    each of ``rows``, as ``neighbour_edges`` keeps them: ``(columns, similarities)``, one line
    of each per given row. Costs ``len(rows)`` rows against all, not all pairs. ``known``:
    rows whose nearest were found already (``nearest_and_joinable``), taken as they are."""
    given = {row: place for place, row in enumerate(known[0])} if known else {}
    others = [row for row in rows if row not in given]
    columns, values = _scan(vectors, others, neighbours=neighbours)
    if not given:
        return columns, values
    after = {row: len(given) + place for place, row in enumerate(others)}
    order = np.asarray([given[row] if row in given else after[row] for row in rows], dtype=np.int64)
    return (np.concatenate([known[1][0], columns])[order],
            np.concatenate([known[1][1], values])[order])


def nearest_and_joinable(vectors: sp.csr_matrix, rows: Sequence[int],
                         spans: Sequence[tuple[int, int] | None], *, neighbours: int = NEIGHBOURS,
                         threshold: float = THRESHOLD, window_days: int | None = WINDOW_DAYS,
                         ) -> tuple[tuple[np.ndarray, np.ndarray], set[int]]:
    """``nearest_of`` the ``rows``, and the other rows as similar to one of them as
    ``threshold`` within ``window_days`` (``spans``: each row's ``published_span``): the only
    articles whose stories such a row can join, since average linkage merges two clusters only
    when some pair across them is that similar (whichever of the two holds the other among its
    nearest neighbours). Both from one product of the rows with every row."""
    joinable: set[int] = set()
    nearest = _scan(vectors, rows, neighbours=neighbours, joinable=(joinable, spans, threshold, window_days))
    return nearest, joinable


def _scan(vectors: sp.csr_matrix, rows: Sequence[int], *, neighbours: int,
          joinable: tuple[set[int], Sequence[tuple[int, int] | None], float, int | None] | None = None,
          ) -> tuple[np.ndarray, np.ndarray]:
    """Each of ``rows`` against every row in blocks: the nearest kept, and where ``joinable``
    (a set to fill, the spans, the threshold, the window) is given, every other row at least
    as similar as the threshold within the window added to the set."""
    n = vectors.shape[0]
    best = _Nearest(n=len(rows), k=min(neighbours + 1, n))
    size = _block_rows(n)
    chosen = vectors[np.asarray(rows, dtype=np.int64)]
    starts = range(0, n, size)
    flipped = [vectors[start:start + size].T.tocsr() for start in starts]
    for first in range(0, len(rows), size):
        for start, block in zip(starts, flipped, strict=True):
            similarity = safe_sparse_dot(chosen[first:first + size], block, dense_output=True)
            best.offer(first, similarity, first_column=start)
            if joinable is not None:
                _add_joinable(similarity, rows[first:first + size], start, *joinable)
    return best.columns, best.values


def _add_joinable(similarity: np.ndarray, rows: Sequence[int], first_column: int, found: set[int],
                  spans: Sequence[tuple[int, int] | None], threshold: float,
                  window_days: int | None) -> None:
    """Add to ``found`` the columns of a block of similarities (``rows`` against the columns
    numbered from ``first_column``) at least ``threshold`` to a row other than their own and
    within ``window_days`` of it."""
    places, columns = np.nonzero(similarity >= threshold)
    for place, column in zip(places.tolist(), (columns + first_column).tolist(), strict=True):
        row = rows[place]
        if column != row and _near_in_time(spans[row], spans[column], window_days=window_days):
            found.add(column)


def edges_among(rows: Sequence[int], nearest: tuple[np.ndarray, np.ndarray]) -> sp.coo_matrix:
    """The similarity graph ``neighbour_edges`` gives over all rows, cut down to ``rows``
    (numbered by their place in ``rows``), from each one's ``nearest_of`` over all rows: a pair
    is an edge when either holds the other among its nearest, so it is the same graph."""
    columns, values = nearest
    local = np.full(max(int(columns.max(initial=0)), max(rows, default=0)) + 1, -1, dtype=np.int64)
    local[np.asarray(rows, dtype=np.int64)] = np.arange(len(rows))
    places = local[columns.ravel()]
    keep = places >= 0
    starts = np.repeat(np.arange(len(rows)), columns.shape[1])
    return _symmetric(starts[keep], places[keep], values.ravel()[keep], n=len(rows))


def cluster_rows(rows: Sequence[int], nearest: tuple[np.ndarray, np.ndarray],
                 spans: Sequence[tuple[int, int] | None], *, threshold: float = THRESHOLD,
                 window_days: int | None = WINDOW_DAYS) -> list[int]:
    """``cluster_terms``'s labels of ``rows`` alone (numbered by their place in ``rows``), on
    the similarity graph of all rows cut down to them (``edges_among``)."""
    edges = edges_among(rows, nearest)
    if window_days is not None:
        edges = within_window(edges, [spans[row] for row in rows], window_days=window_days)
    return average_linkage(edges, n=len(rows), threshold=threshold)


def _near_in_time(a: tuple[int, int] | None, b: tuple[int, int] | None, *,
                  window_days: int | None) -> bool:
    if window_days is None or a is None or b is None:
        return True
    return max(a[0] - b[1], b[0] - a[1]) <= window_days


def published_span(published: str | None) -> tuple[int, int] | None:
    """First and last day (ordinals) that ``published`` may mean, or ``None`` if unknown."""
    match = _DATE_PARTS.match(published or "")
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        if month is None:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        if day is None:
            start = date(year, month, 1)
            end = date(year + month // 12, month % 12 + 1, 1)
            return start.toordinal(), end.toordinal() - 1
        return (date(year, month, day).toordinal(),) * 2
    except ValueError:
        return None


def within_window(edges: sp.coo_matrix, spans: list[tuple[int, int] | None], *,
                  window_days: int) -> sp.coo_matrix:
    """The ``edges`` between articles whose published spans (days, None: unknown) are at
    most ``window_days`` apart; an edge to an article of unknown span is kept."""
    known = np.array([span is not None for span in spans])
    start = np.array([span[0] if span else 0 for span in spans])
    end = np.array([span[1] if span else 0 for span in spans])
    gap = np.maximum(start[edges.row] - end[edges.col], start[edges.col] - end[edges.row])
    keep = ~(known[edges.row] & known[edges.col]) | (gap <= window_days)
    return sp.coo_matrix((edges.data[keep], (edges.row[keep], edges.col[keep])),
                         shape=edges.shape)


def _initial_links(edges: sp.coo_matrix, *, n: int) -> tuple[dict, list[int], dict]:
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for a, b, similarity in zip(edges.row.tolist(), edges.col.tolist(), edges.data.tolist()):
        if a != b:
            links[a][b] = float(similarity)
    return links, [1] * n, {i: [i] for i in range(n)}


def _merge(a: int, b: int, *, links: dict, sizes: list[int],
           members: dict) -> Iterable[tuple[float, int, int]]:
    """Merge clusters ``a`` and ``b`` into a new one; yield heap entries for its links.

    ``links`` holds, for each live cluster, the *sum* of similarities to each linked cluster.
    """
    new = len(sizes)
    sizes.append(sizes[a] + sizes[b])
    members[new] = members.pop(a) + members.pop(b)
    merged: dict[int, float] = {}
    for old in (a, b):
        for other, total in links.pop(old).items():
            if other in (a, b):
                continue
            merged[other] = merged.get(other, 0.0) + total
            del links[other][old]
    links[new] = merged
    for other, total in merged.items():
        links[other][new] = total
        yield (-total / (sizes[new] * sizes[other]), other, new)


def _labels(members: dict[int, list[int]], *, n: int) -> list[int]:
    labels = [0] * n
    groups = sorted(members.values(), key=min)
    for number, group in enumerate(groups):
        for index in group:
            labels[index] = number
    return labels
