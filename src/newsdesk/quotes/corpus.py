"""Corpus step: the same quote in several articles, linked; a changed speaker or wording flagged.

Candidates share word 4-gram shingles (an inverted index over the stored direct quotes);
a pair is the same quote when RapidFuzz's ratio of the normalised wording is at least
``SAME_WORDING`` or one quote is a fragment of the other (partial ratio >= ``FRAGMENT``).
The partial ratio aligns the shorter wording with every window of the longer one, the
costly test of a pair; it runs only when the two wordings' longest common subsequence
(RapidFuzz's bit-parallel ``LCSseq``) reaches the length any window scoring ``FRAGMENT``
needs, so a rebuild whose candidate pairs grow with the square of a group does not pay an
alignment per pair (see ``same_wording``). Linked
quotes form groups (union-find); a group whose members name different speakers is flagged
``speaker_conflict``, and a member whose wording differs from the group's first
(earliest-stored) member is flagged ``altered``.

The step is incremental. The store keeps each indexed quote's shingles (``quote_shingles``),
its text, speaker and outlet (``indexed_quotes``: the stored quotes a run reaches are read
from there, not from their articles' quotes layers, whose JSON is read whole) and the article
version they came from (``quote_articles``). A run takes the articles whose
quotes layer is new, changed or gone, and recomputes only the groups they can touch: their
quotes, every quote sharing a usable shingle with one of them, the groups all these belong
to, and the holders of any shingle whose holder count crossed ``MAX_HOLDERS`` (crossing it
removes or restores candidate pairs between quotes that did not change). Groups are
components of a pairwise relation, so a group no change reaches is what a rebuild gives it,
and the set recomputed is closed: the result equals ``link_quotes(store, full=True)`` (a test
checks it on real articles). Groups are numbered by their first member, as a rebuild numbers them.

Within that set, a group that holds no quote of a changed article and no holder of a shingle
that crossed the cap is *settled*: the pairs that joined it still hold, and two stored quotes
in different groups were tested apart with the same shingles and wording. Its members start
joined and only the pairs with a new quote (or one whose group is reopened) are tested, so
the pair tests grow with the change, not with the size of the groups it reaches.

A run reads what the index holds for the touched shingles once: their holders, from which
the counts after the change follow, and the counts before it are those less the rows added
plus the rows replaced. The changed articles' quotes are read once, and a change that
brings no quote to index and replaces none writes only the articles' versions.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq

from newsdesk.quotes.marks import words
from newsdesk.store import Store
from newsdesk.unionfind import UnionFind

log = logging.getLogger(__name__)

SAME_WORDING = 80.0
#: The partial ratio at which the shorter of two quotes is a fragment of the longer.
FRAGMENT = 95.0
MIN_WORDS = 6
SHINGLE_WORDS = 4
#: A shingle held by more quotes than this is a stock phrase: it makes no candidate pairs.
MAX_HOLDERS = 50


def link_quotes(store: Store, *, full: bool = False) -> None:
    """Bring the quote groups up to date with the stored quotes (``full``: rebuild them all)."""
    if full or not store.quote_index_size():
        _rebuild(store)
        return
    with store.one_thread():
        _update(store, *store.quote_index_changes())


def eligible(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct quotes long enough to compare, each with its ``wording`` (``quote_wording``):
    a quote's words are split once, and its shingles and every comparison read them."""
    quotes = ({**q, "wording": quote_wording(q["text"])} for q in rows if q["direct"])
    return [q for q in quotes if q["wording"].count(" ") + 1 >= MIN_WORDS]


def _rebuild(store: Store) -> None:
    quotes = eligible({**q, "direct": True} for q in store.quote_texts())
    keys = [shingles(q["wording"]) for q in quotes]
    groups = group_quotes(quotes, keys=keys)
    with store.transaction():
        store.replace_quote_index(
            article_ids=[],
            versions=store.quote_layer_versions(),
            shingles=_index_rows(quotes, keys),
            quotes=quotes,
            everything=True,
        )
        store.save_quote_groups(_group_rows(quotes, groups))
    log.info("quotes: %d groups across articles from %d direct quotes", len(groups), len(quotes))


def _update(
    store: Store, stale: dict[str, int | None], indexed: set[str], layers: dict[str, tuple[int, str | None]]
) -> None:
    """Recompute the groups the ``stale`` articles' old and new quotes can reach (``stale``:
    ``{id: version of its quotes layer, None when gone}``; ``indexed``: those of them the
    index holds, whose old shingles are read; ``layers``: where the present ones' quotes
    layers are, ``Store.quote_index_changes``)."""
    if not stale:
        return
    ids = sorted(stale)
    new = eligible({**q, "direct": True} for q in store.quote_texts_at(layers))
    old_rows = store.quote_shingles_of(sorted(indexed)) if indexed else []
    new_keys = [shingles(q["wording"]) for q in new]
    added = _index_rows(new, new_keys)
    held = sorted(indexed)  # only these have rows in the index to replace
    if not old_rows and not added:  # nothing indexed before or now: no group can change
        store.replace_quote_index(article_ids=held, shingles=[], versions=_present(stale))
        log.info("quotes: %d articles changed, none with a quote to group", len(ids))
        return
    touched = sorted({row[0] for row in old_rows} | {row[0] for row in added})
    with store.transaction():
        store.replace_quote_index(
            article_ids=held, shingles=added, quotes=new, versions=_present(stale)
        )
        holders = store.quote_shingle_holders(touched)
        after = Counter(row[0] for row in holders)
        before = after - Counter(row[0] for row in added)  # drops the shingles now held by none
        before.update(row[0] for row in old_rows)
        reach, unknown = _reached(new, holders, before, after)
        _regroup(store, reach, unknown, new=new, new_keys=new_keys, stale=ids, counts=after)
    log.info("quotes: %d articles changed, %d quotes regrouped", len(ids), len(reach))


def _present(stale: dict[str, int | None]) -> dict[str, int]:
    return {article_id: version for article_id, version in stale.items() if version is not None}


def _reached(
    new: list[dict[str, Any]],
    holders: list[tuple[int, str, int]],
    before: Counter[int],
    after: Counter[int],
) -> tuple[set[tuple[str, int]], set[tuple[str, int]]]:
    """Quotes whose group may change: the new ones, every quote sharing a usable shingle with
    them, the holders of shingles that crossed ``MAX_HOLDERS``; and, apart, the new ones and
    those holders (the quotes whose pairs with stored quotes are not known). ``holders``:
    every indexed quote holding a shingle the change touched; ``before`` and ``after``: how
    many quotes held each of those shingles before and after the change."""
    unknown = {(q["article_id"], q["quote_index"]) for q in new}
    reach = set(unknown)
    for shingle, article_id, index in holders:
        crossed = (before[shingle] <= MAX_HOLDERS) != (after[shingle] <= MAX_HOLDERS)
        if crossed:
            unknown.add((article_id, index))
        if crossed or after[shingle] <= MAX_HOLDERS:
            reach.add((article_id, index))
    return reach, unknown


def _regroup(
    store: Store,
    reach: set[tuple[str, int]],
    unknown: set[tuple[str, int]],
    *,
    new: list[dict[str, Any]],
    new_keys: list[set[int]],
    stale: list[str],
    counts: Counter[int],
) -> None:
    """Regroup the reached quotes and the groups they belong to. A group holding no quote of
    a changed article and no holder of a shingle that crossed the cap is *settled*: what
    joined its members still holds and no pair of stored quotes has a new candidate, so its
    members start joined and only pairs with an ``unknown`` or reopened quote are tested.
    ``new``: the changed articles' quotes (read already) and ``new_keys`` their shingles
    (computed already: hashed again, the step's hashing took 5.6-5.7 CPU ms
    against 3.2-3.5, 10 changed articles of 1,000); ``counts``: the holder counts known (of the shingles the
    change touched)."""
    membership = store.quote_group_members_of(sorted(reach), article_ids=stale)
    dropped = sorted({group_id for group_id, _, _ in membership})
    changed = set(stale)
    reopened = {
        group_id
        for group_id, article_id, index in membership
        if article_id in changed or (article_id, index) in unknown
    }
    reach |= {(article_id, index) for _, article_id, index in membership}
    quotes = _reached_quotes(store, reach, new=new, changed=changed)
    known = {(q["article_id"], q["quote_index"]): key for q, key in zip(new, new_keys)}
    keys = [known.get((q["article_id"], q["quote_index"])) or shingles(q["wording"]) for q in quotes]
    missing = sorted(set().union(*keys) - set(counts))
    counts = {**(store.quote_shingle_counts(missing) if missing else {}), **counts}
    groups = group_quotes(
        quotes,
        usable=lambda shingle: counts.get(shingle, 0) <= MAX_HOLDERS,
        settled=_settled(quotes, membership, reopened=reopened, unknown=unknown),
        keys=keys,
    )
    store.update_quote_groups(dropped=dropped, rows=_group_rows(quotes, groups))


def _reached_quotes(
    store: Store, reach: set[tuple[str, int]], *, new: list[dict[str, Any]], changed: set[str]
) -> list[dict[str, Any]]:
    """The eligible quotes of ``reach`` in the order groups are built in (article id, quote
    index); those of the ``changed`` articles are ``new``, the others are read from the index
    (``Store.indexed_quotes``: every quote of ``reach`` outside them is indexed)."""
    others = sorted(key for key in reach if key[0] not in changed)
    indexed = store.indexed_quotes(others) if others else []
    stored = eligible({**q, "direct": True} for q in indexed)
    found = [q for q in [*new, *stored] if (q["article_id"], q["quote_index"]) in reach]
    return sorted(found, key=lambda q: (q["article_id"], q["quote_index"]))


def _settled(
    quotes: list[dict[str, Any]],
    membership: list[tuple[int, str, int]],
    *,
    reopened: set[int],
    unknown: set[tuple[str, int]],
) -> list[list[int]]:
    """Indexes into ``quotes`` of each settled group, and each reached stored quote in no
    group, reopened or unknown (alone: its pairs with other stored quotes were tested)."""
    number = {(q["article_id"], q["quote_index"]): i for i, q in enumerate(quotes)}
    groups: dict[int, list[int]] = defaultdict(list)
    for group_id, article_id, index in membership:
        if (article_id, index) in number:
            groups[group_id].append(number[article_id, index])
    settled = [members for group_id, members in groups.items() if group_id not in reopened]
    grouped = {i for members in groups.values() for i in members}
    return settled + [[i] for key, i in number.items() if i not in grouped and key not in unknown]


def group_quotes(
    quotes: list[dict[str, Any]],
    *,
    usable: Any = None,
    settled: Sequence[Sequence[int]] = (),
    keys: Sequence[set[int]] | None = None,
) -> list[list[int]]:
    """Indexes into ``quotes`` of each group of the same quote in two or more articles.

    ``usable(shingle)`` says whether a shingle may make candidate pairs; by default one held
    by at most ``MAX_HOLDERS`` of ``quotes``. The indexes of each ``settled`` list start
    joined, and a pair of two settled indexes is not tested. ``keys``: each quote's
    ``shingles``, when the caller has them; a quote's ``wording`` is read where ``eligible``
    gave it one."""
    sets = UnionFind(len(quotes))
    for members in settled:
        for i in members[1:]:
            sets.union(i, members[0])
    known = {i for members in settled for i in members}
    wordings = [q.get("wording") or quote_wording(q["text"]) for q in quotes]
    keys = keys if keys is not None else [shingles(wording) for wording in wordings]
    for a, b in _candidate_pairs(keys, usable=usable, known=known):
        if quotes[a]["article_id"] != quotes[b]["article_id"] and same_wording(wordings[a], wordings[b]):
            sets.union(a, b)
    members: dict[int, list[int]] = defaultdict(list)
    for index in range(len(quotes)):
        members[sets.find(index)].append(index)
    return [sorted(group) for group in members.values() if len({quotes[i]["article_id"] for i in group}) > 1]


def same_quote(a: str, b: str) -> bool:
    return same_wording(quote_wording(a), quote_wording(b))


def same_wording(left: str, right: str) -> bool:
    """Whether two quotes' wordings (``quote_wording``) are the same quote: a ratio of at
    least ``SAME_WORDING``, or a partial ratio of at least ``FRAGMENT``.

    The partial ratio is the best ratio ``2 L / (|x| + |w|)`` of one wording ``x`` and a
    window ``w`` of the other, ``L`` their longest common subsequence. A score ``p`` (as a
    fraction) needs ``L >= p (|x| + |w|) / 2`` and ``L <= |w|``, hence ``|w| >= p |x| / (2 - p)``
    and ``L >= p |x| / (2 - p)``; the window's ``L`` is at most that of the whole wordings,
    and ``|x|`` at least the shorter's length. Wordings whose subsequence falls short of
    that bound have no such window, and the alignment is not run. Both tests read one
    subsequence, computed once."""
    common, lengths = LCSseq.similarity(left, right), len(left) + len(right)
    if 200 * common >= SAME_WORDING * lengths:  # RapidFuzz's ratio, 200 L / (|l| + |r|)
        return True
    if common < int(FRAGMENT / (200 - FRAGMENT) * min(len(left), len(right))):  # rounded down
        return False
    return fuzz.partial_ratio(left, right, score_cutoff=FRAGMENT) >= FRAGMENT


def quote_wording(text: str) -> str:
    """A quote's words in lower case, one space apart: what two copies of it share."""
    return " ".join(words(text.lower()))


def shingles(wording: str) -> set[int]:
    """64-bit keys of the word 4-grams of a quote's ``wording`` (one gram when it is shorter)."""
    tokens = wording.split(" ")
    starts = range(max(1, len(tokens) - SHINGLE_WORDS + 1))
    grams = {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in starts}
    return {
        int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little", signed=True)
        for gram in grams
    }


def _index_rows(quotes: list[dict[str, Any]], keys: Sequence[set[int]]) -> list[tuple[int, str, int]]:
    """The index's ``(shingle, article id, quote index)`` rows; ``keys``: each quote's ``shingles``."""
    return [(shingle, q["article_id"], q["quote_index"]) for q, quote_keys in zip(quotes, keys) for shingle in quote_keys]


def _candidate_pairs(
    keys: Sequence[set[int]], *, usable: Any = None, known: set[int] = frozenset()
) -> set[tuple[int, int]]:
    """Pairs ``(a, b)``, ``a < b``, sharing a usable shingle, except pairs of two ``known``."""
    index: dict[int, list[int]] = defaultdict(list)
    for number, quote_keys in enumerate(keys):
        for shingle in quote_keys:
            index[shingle].append(number)
    pairs: set[tuple[int, int]] = set()
    for shingle, holders in index.items():
        if not (usable(shingle) if usable else len(holders) <= MAX_HOLDERS):
            continue
        unknown = [a for a in holders if a not in known] if known else holders
        if len(unknown) == len(holders):
            pairs.update(combinations(holders, 2))  # holders are in increasing order
        else:
            pairs.update((min(a, b), max(a, b)) for a in unknown for b in holders if b != a)
    return pairs


def _group_rows(quotes: list[dict[str, Any]], groups: list[list[int]]) -> list[dict[str, Any]]:
    rows = []
    for number, group in enumerate(groups, start=1):
        first = quotes[group[0]]["wording"]
        speakers = {quotes[i]["speaker"] for i in group if quotes[i]["speaker"]}
        for i in group:
            quote = quotes[i]
            wording = quote["wording"]
            rows.append(
                {
                    "group_id": number,
                    "article_id": quote["article_id"],
                    "quote_index": quote["quote_index"],
                    "outlet": quote["outlet"],
                    "speaker": quote["speaker"],
                    "text": quote["text"],
                    "similarity": fuzz.ratio(first, wording) / 100,
                    "altered": wording != first,
                    "speaker_conflict": len(speakers) > 1,
                }
            )
    return rows
